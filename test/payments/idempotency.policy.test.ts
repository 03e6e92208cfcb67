import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PaymentMethod } from '../../src/domain/order';
import { idempotencyKeep } from '../../src/payments/idempotency.policy';
import { PaymentFailureCode } from '../../src/payments/payment-failure-code';
import { failedOutcome, PaymentDecisionSource } from '../../src/payments/payment-outcome';

const failure = (code: PaymentFailureCode, decidedBy = PaymentDecisionSource.ATLAS) =>
  failedOutcome('O1', code, decidedBy);

describe('what an idempotency record keeps of an outcome', () => {
  const cases = [
    [
      'accepted',
      {
        kind: 'accepted',
        orderNo: 'O1',
        method: PaymentMethod.DEPOSIT,
        atlasMessage: null,
        cardLast4: null,
        decidedBy: PaymentDecisionSource.ATLAS,
      } as const,
      'replay',
    ],
    [
      'outcome unknown',
      failure(PaymentFailureCode.OUTCOME_UNKNOWN, PaymentDecisionSource.TRANSPORT),
      'reconcile',
    ],
    [
      'lock held by another payment',
      failure(PaymentFailureCode.PAYMENT_IN_PROGRESS, PaymentDecisionSource.SAFETY_GUARD),
      'forget',
    ],
    ['Atlas 406', failure(PaymentFailureCode.PAYMENT_IN_PROGRESS), 'forget'],
    [
      'Atlas unreachable before paying',
      failure(PaymentFailureCode.ATLAS_UNAVAILABLE, PaymentDecisionSource.PRE_CHECK),
      'forget',
    ],
    [
      'store unreachable',
      failure(
        PaymentFailureCode.PAYMENT_PROTECTION_UNAVAILABLE,
        PaymentDecisionSource.SAFETY_GUARD,
      ),
      'forget',
    ],
    ['Atlas 411', failure(PaymentFailureCode.PAYMENT_GATEWAY_ERROR), 'replay'],
    ['Atlas 404', failure(PaymentFailureCode.ORDER_ALREADY_PAID), 'replay'],
    [
      'pre-check: deadline passed',
      failure(PaymentFailureCode.DEADLINE_PASSED, PaymentDecisionSource.PRE_CHECK),
      'replay',
    ],
  ] as const;
  for (const [name, outcome, expected] of cases) {
    it(`keeps "${name}" as ${expected}`, () => {
      assert.equal(idempotencyKeep(outcome), expected);
    });
  }
});
