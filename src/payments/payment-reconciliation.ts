import { Order, OrderStatus } from '../domain/order';
import { PaymentAttempt, PaymentAttemptState } from '../domain/payment-attempt';
import { PaymentFailureCode } from './payment-failure-code';
import {
  failedOutcome,
  PaymentAcceptedOutcome,
  PaymentDecisionSource,
  PaymentOutcome,
} from './payment-outcome';

/**
 * What the order says of an attempt whose answer was lost (payment.md "Safe-retry rule").
 * `landed`: the order shows it paid. `settling`: it may still land, so nothing may be sent until
 * `settlesAt`. `lapsed`: the window passed and the order is unpaid, so it did not take.
 */
export type OpenAttemptVerdict =
  { kind: 'landed' } | { kind: 'settling'; settlesAt: Date } | { kind: 'lapsed' };

export interface SettleTimes {
  /** How long after pay.do left it may still land (PAYMENT_SETTLE_MS). */
  settleMs: number;
}

/** Paid shows as ticketing or ticketed, or as cancelled with a method (an airline declined after). */
function showsPaid(order: Order): boolean {
  if (order.status === OrderStatus.TICKETING || order.status === OrderStatus.TICKETED) return true;
  return order.status === OrderStatus.CANCELLED && order.paymentMethod !== null;
}

/** `order` null: Atlas does not know the order, so nothing of it can land either. */
export function judgeOpenAttempt(
  attempt: PaymentAttempt,
  order: Order | null,
  now: Date,
  { settleMs }: SettleTimes,
): OpenAttemptVerdict {
  if (order && showsPaid(order)) return { kind: 'landed' };
  const settlesAt = new Date((attempt.sentAt ?? attempt.createdAt).getTime() + settleMs);
  return now < settlesAt ? { kind: 'settling', settlesAt } : { kind: 'lapsed' };
}

/** What the attempt's own request replays once the order showed it paid. */
export function reconciledOutcome(attempt: PaymentAttempt): PaymentAcceptedOutcome {
  return {
    kind: 'accepted',
    orderNo: attempt.orderNo,
    method: attempt.method,
    atlasMessage: null,
    cardLast4: attempt.cardLast4,
    decidedBy: PaymentDecisionSource.RECONCILIATION,
  };
}

/** The same request learns it was accepted; any other request that the order is already paid. */
export function landedAnswer(attempt: PaymentAttempt, fingerprint: string): PaymentOutcome {
  if (attempt.fingerprint === fingerprint) return reconciledOutcome(attempt);
  return failedOutcome(
    attempt.orderNo,
    PaymentFailureCode.ORDER_ALREADY_PAID,
    PaymentDecisionSource.RECONCILIATION,
  );
}

/** States whose stored outcome a repeated key gets back: what a pay.do attempt ended with. */
const REPLAYED_STATES: ReadonlySet<PaymentAttemptState> = new Set([
  PaymentAttemptState.ACCEPTED,
  PaymentAttemptState.FAILED,
  PaymentAttemptState.RECONCILED,
]);

export function isReplayed(attempt: PaymentAttempt): boolean {
  return REPLAYED_STATES.has(attempt.state) && attempt.outcome !== null;
}
