import { Order, OrderStatus } from '../domain/order';
import { PaymentAttempt } from '../safety/order-lock.store';
import { PaymentFailureCode } from './payment-failure-code';
import { PaymentDecisionSource, PaymentOutcome } from './payment-outcome';

/**
 * After an attempt whose answer was lost, the order tells the truth (payment.md "Safe-retry
 * rule"). Ticketing or ticketed means the lost pay.do went through: the same request learns it
 * was accepted, any other request that the order is already paid. Anything else means it did
 * not take, and the ordinary pre-check decides what happens next.
 */
export function reconcileAttempt(
  attempt: PaymentAttempt,
  order: Order,
  fingerprint: string,
): PaymentOutcome | null {
  if (order.status !== OrderStatus.TICKETING && order.status !== OrderStatus.TICKETED) return null;
  if (attempt.fingerprint === fingerprint) {
    return {
      kind: 'accepted',
      orderNo: order.orderNo,
      method: attempt.method,
      atlasMessage: null,
      cardLast4: attempt.cardLast4,
      decidedBy: PaymentDecisionSource.RECONCILIATION,
    };
  }
  return {
    kind: 'failed',
    code: PaymentFailureCode.ORDER_ALREADY_PAID,
    orderNo: order.orderNo,
    atlasStatus: null,
    atlasMessage: null,
    decidedBy: PaymentDecisionSource.RECONCILIATION,
    issues: [],
  };
}
