import { PaymentHistoryEntry } from '../../src/payments/payment-history';
import { paymentAttemptKey, toGlobalId } from '../global-id';
import { CARD_BRAND_VALUES } from './card-brand.view';
import { PaymentAttemptObject } from '../types/payment-attempt.type';
import { FAILURE_TYPENAMES } from '../types/payment-result.type';

export function paymentAttemptView({
  attempt,
  outcome,
}: PaymentHistoryEntry): PaymentAttemptObject {
  return {
    typename: 'PaymentAttempt',
    id: toGlobalId('PaymentAttempt', paymentAttemptKey(attempt.orderNo, attempt.id)),
    attemptId: attempt.id,
    state: attempt.state,
    method: attempt.method,
    cardBrand: attempt.cardBrand && CARD_BRAND_VALUES[attempt.cardBrand],
    cardLast4: attempt.cardLast4,
    outcome:
      outcome &&
      (outcome.kind === 'accepted'
        ? { member: 'PaymentAccepted', code: null }
        : { member: FAILURE_TYPENAMES[outcome.code], code: outcome.code }),
    atlasStatus: attempt.atlasStatus,
    decidedBy: outcome?.decidedBy ?? null,
    createdAt: attempt.createdAt,
    settledAt: attempt.settledAt,
    events: attempt.events,
  };
}
