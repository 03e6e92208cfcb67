import { CardBrand } from '../../src/domain/card';
import { PaymentHistoryEntry } from '../../src/payments/payment-history';
import { CardBrandValue } from '../types/enums';
import { PaymentAttemptObject } from '../types/payment-attempt.type';
import { FAILURE_TYPENAMES } from '../types/payment-result.type';

const CARD_BRAND_VALUES: Readonly<Record<CardBrand, CardBrandValue>> = {
  Visa: CardBrandValue.VISA,
  MasterCard: CardBrandValue.MASTERCARD,
  Amex: CardBrandValue.AMEX,
  Discover: CardBrandValue.DISCOVER,
  JCB: CardBrandValue.JCB,
  DinersClub: CardBrandValue.DINERS_CLUB,
};

export function paymentAttemptView({
  attempt,
  outcome,
}: PaymentHistoryEntry): PaymentAttemptObject {
  return {
    id: attempt.id,
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
