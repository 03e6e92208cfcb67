import { PaymentMethod } from '../domain/order';
import { PaymentFailureCode } from './payment-failure-code';

export interface FieldIssue {
  field: string;
  message: string;
}

/** Who decided the outcome: support staff need to know whether Atlas was ever asked to pay. */
export enum PaymentDecisionSource {
  INPUT_CHECK = 'INPUT_CHECK',
  PRE_CHECK = 'PRE_CHECK',
  ATLAS = 'ATLAS',
  TRANSPORT = 'TRANSPORT',
}

export interface PaymentAcceptedOutcome {
  kind: 'accepted';
  orderNo: string;
  method: PaymentMethod;
  atlasMessage: string | null;
  cardLast4: string | null;
}

export interface PaymentFailedOutcome {
  kind: 'failed';
  code: PaymentFailureCode;
  orderNo: string;
  atlasStatus: number | null;
  atlasMessage: string | null;
  decidedBy: PaymentDecisionSource;
  issues: FieldIssue[];
}

/** Discriminated by `kind`, then by `code`: serialisable, so a replayed outcome resolves alike. */
export type PaymentOutcome = PaymentAcceptedOutcome | PaymentFailedOutcome;
