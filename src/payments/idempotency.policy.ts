import { PaymentFailureCode } from './payment-failure-code';
import { PaymentOutcome } from './payment-outcome';

/**
 * What an idempotency record keeps of an outcome. `replay`: the answer is final and is given
 * again to the same request. `reconcile`: pay.do's answer was lost, so the next call with the
 * key reads the order instead of replaying "unknown" forever. `forget`: nothing was attempted
 * (lock held, Atlas or the store unreachable), so the same key may simply run again.
 */
export type IdempotencyKeep = 'replay' | 'reconcile' | 'forget';

const NOTHING_ATTEMPTED = new Set<PaymentFailureCode>([
  PaymentFailureCode.PAYMENT_IN_PROGRESS,
  PaymentFailureCode.ATLAS_UNAVAILABLE,
  PaymentFailureCode.PAYMENT_PROTECTION_UNAVAILABLE,
]);

export function idempotencyKeep(outcome: PaymentOutcome): IdempotencyKeep {
  if (outcome.kind === 'accepted') return 'replay';
  if (outcome.code === PaymentFailureCode.OUTCOME_UNKNOWN) return 'reconcile';
  return NOTHING_ATTEMPTED.has(outcome.code) ? 'forget' : 'replay';
}
