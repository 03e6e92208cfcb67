import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Order, OrderStatus, PaymentMethod } from '../../src/domain/order';
import { PaymentFailureCode } from '../../src/payments/payment-failure-code';
import { PaymentDecisionSource } from '../../src/payments/payment-outcome';
import { reconcileAttempt } from '../../src/payments/payment-reconciliation';
import { PaymentAttempt } from '../../src/safety/order-lock.store';

const attempt: PaymentAttempt = {
  state: 'unknown',
  fingerprint: 'fp-first',
  method: PaymentMethod.VCC,
  cardLast4: '0366',
  sentAt: '2026-11-22T10:00:00.000Z',
  idempotency: null,
};

const order = (status: OrderStatus): Order => ({
  orderNo: 'O1',
  pnrCode: null,
  status,
  atlasOrderStatus: '0',
  ticketIssued: false,
  paymentDeadline: null,
  totalPrice: null,
  totalTransactionFee: null,
  vendorTotalPrice: null,
  supportedPaymentMethods: [PaymentMethod.VCC],
  paymentMethod: null,
  airlineCodes: [],
  passengers: [],
  ticketingFailure: null,
});

describe('reconciling an attempt whose pay.do answer was lost', () => {
  for (const status of [OrderStatus.TICKETING, OrderStatus.TICKETED]) {
    it(`answers PaymentAccepted by reconciliation to the same request when the order is ${status}`, () => {
      assert.deepEqual(reconcileAttempt(attempt, order(status), 'fp-first'), {
        kind: 'accepted',
        orderNo: 'O1',
        method: PaymentMethod.VCC,
        atlasMessage: null,
        cardLast4: '0366',
        decidedBy: PaymentDecisionSource.RECONCILIATION,
      });
    });

    it(`answers OrderAlreadyPaid to a different request when the order is ${status}`, () => {
      const outcome = reconcileAttempt(attempt, order(status), 'fp-other');
      assert.equal(
        outcome?.kind === 'failed' && outcome.code,
        PaymentFailureCode.ORDER_ALREADY_PAID,
      );
      assert.equal(outcome?.decidedBy, PaymentDecisionSource.RECONCILIATION);
    });
  }

  for (const status of [OrderStatus.UNPAID, OrderStatus.CANCELLED]) {
    it(`leaves the decision to the pre-check when the order is ${status}`, () => {
      assert.equal(reconcileAttempt(attempt, order(status), 'fp-first'), null);
    });
  }
});
