import { FieldIssue } from '../domain/field-issue';
import { PaymentMethod } from '../domain/order';
import { PaymentFailureCode } from './payment-failure-code';

/** Who decided the outcome: support staff need to know whether Atlas was ever asked to pay. */
export enum PaymentDecisionSource {
  INPUT_CHECK = 'INPUT_CHECK',
  PRE_CHECK = 'PRE_CHECK',
  ATLAS = 'ATLAS',
  TRANSPORT = 'TRANSPORT',
  /** The gateway's double-payment guard answered; Atlas was not asked to pay. */
  SAFETY_GUARD = 'SAFETY_GUARD',
  /** Read from the order after an earlier attempt whose answer was lost. */
  RECONCILIATION = 'RECONCILIATION',
}

export interface PaymentAcceptedOutcome {
  kind: 'accepted';
  orderNo: string;
  method: PaymentMethod;
  atlasMessage: string | null;
  cardLast4: string | null;
  decidedBy: PaymentDecisionSource.ATLAS | PaymentDecisionSource.RECONCILIATION;
}

export interface PaymentFailedOutcome {
  kind: 'failed';
  code: PaymentFailureCode;
  orderNo: string;
  atlasStatus: number | null;
  atlasMessage: string | null;
  decidedBy: PaymentDecisionSource;
  issues: FieldIssue[];
  /** PAYMENT_STILL_SETTLING only: when an earlier pay.do can no longer land (ISO 8601). */
  settlesAt: string | null;
}

/** Discriminated by `kind`, then by `code`: serialisable, so a replayed outcome resolves alike. */
export type PaymentOutcome = PaymentAcceptedOutcome | PaymentFailedOutcome;

export function failedOutcome(
  orderNo: string,
  code: PaymentFailureCode,
  decidedBy: PaymentDecisionSource,
  extra: Partial<
    Pick<PaymentFailedOutcome, 'atlasStatus' | 'atlasMessage' | 'issues' | 'settlesAt'>
  > = {},
): PaymentFailedOutcome {
  return {
    kind: 'failed',
    code,
    orderNo,
    decidedBy,
    atlasStatus: extra.atlasStatus ?? null,
    atlasMessage: extra.atlasMessage ?? null,
    issues: extra.issues ?? [],
    settlesAt: extra.settlesAt ?? null,
  };
}

/** The double-payment guard answered for itself; Atlas was not asked to pay. */
export function guardFailure(orderNo: string, code: PaymentFailureCode): PaymentFailedOutcome {
  return failedOutcome(orderNo, code, PaymentDecisionSource.SAFETY_GUARD);
}
