import { Locale } from '../../src/guidance/locale';
import {
  PAYMENT_GUIDANCE,
  paymentAcceptedGuidance,
  paymentGuidance,
} from '../../src/guidance/payment-guidance.catalogue';
import { PaymentOutcome } from '../../src/payments/payment-outcome';
import { Discriminated } from '../types/discriminant';
import {
  FAILURE_TYPENAMES,
  InvalidPaymentRequestObject,
  PaymentAcceptedObject,
  PaymentStillSettlingObject,
} from '../types/payment-result.type';

export type PaymentResultView = (
  PaymentAcceptedObject | InvalidPaymentRequestObject | PaymentStillSettlingObject
) &
  Discriminated;

/** Domain outcome → union member value, with guidance in the caller's locale. */
export function paymentResultView(
  outcome: PaymentOutcome,
  locale: Locale,
  now: Date,
): PaymentResultView {
  if (outcome.kind === 'accepted') {
    const guidance = paymentAcceptedGuidance(locale);
    return {
      typename: 'PaymentAccepted',
      orderNo: outcome.orderNo,
      paymentMethod: outcome.method,
      atlasStatus: 0,
      message: guidance.summary,
      atlasMessage: outcome.atlasMessage,
      cardLast4: outcome.cardLast4,
      decidedBy: outcome.decidedBy,
      guidance,
    };
  }
  const guidance = paymentGuidance(outcome.code, locale);
  const settlesAt = outcome.settlesAt === null ? null : new Date(outcome.settlesAt);
  return {
    typename: FAILURE_TYPENAMES[outcome.code],
    code: outcome.code,
    orderNo: outcome.orderNo,
    atlasStatus: outcome.atlasStatus,
    message: guidance.summary,
    atlasMessage: outcome.atlasMessage,
    retryable: PAYMENT_GUIDANCE[outcome.code].retryable,
    guidance,
    decidedBy: outcome.decidedBy,
    issues: outcome.issues,
    ...(settlesAt && {
      settlesAt,
      retryAfterSeconds: Math.max(0, Math.ceil((settlesAt.getTime() - now.getTime()) / 1000)),
    }),
  };
}
