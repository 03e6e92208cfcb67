import { CardBrand } from './card';
import { PaymentMethod } from './order';

/**
 * Where one payment attempt stands. RECORDED is written before pay.do leaves; SENT, with the
 * time it left, is appended together with the answer, so a payment costs two durable writes.
 * A RECORDED attempt whose gateway died is therefore treated as possibly sent.
 */
export enum PaymentAttemptState {
  RECORDED = 'RECORDED',
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  FAILED = 'FAILED',
  /** pay.do left, but its answer was lost: it may still land. */
  UNKNOWN = 'UNKNOWN',
  /** The connection was refused before anything was written: provably never reached Atlas. */
  NOT_SENT = 'NOT_SENT',
  /** An unknown attempt the order later showed paid. */
  RECONCILED = 'RECONCILED',
  /** An unknown attempt whose settle window passed with the order still unpaid. */
  NOT_TAKEN = 'NOT_TAKEN',
}

/** States in which pay.do may still land; the ledger allows one such attempt per order. */
export const OPEN_ATTEMPT_STATES: readonly PaymentAttemptState[] = [
  PaymentAttemptState.RECORDED,
  PaymentAttemptState.UNKNOWN,
];

export interface PaymentAttemptEvent {
  type: PaymentAttemptState;
  at: Date;
  atlasStatus: number | null;
}

/** One pay.do the gateway sent or was about to send. Holds no card data beyond brand and last 4. */
export interface PaymentAttempt {
  id: string;
  orderNo: string;
  caller: string;
  method: PaymentMethod;
  cardBrand: CardBrand | null;
  cardLast4: string | null;
  /** Keyed hash of the whole request (payment-fingerprint.ts). */
  fingerprint: string;
  /** Keyed hash of the caller's idempotency key, never the key itself. */
  idempotencyKeyHash: string | null;
  state: PaymentAttemptState;
  atlasStatus: number | null;
  /** The outcome the caller was given, encoded by the payments layer; null while unsettled. */
  outcome: string | null;
  decidedBy: string | null;
  requestId: string | null;
  createdAt: Date;
  sentAt: Date | null;
  settledAt: Date | null;
}

export interface PaymentAttemptWithEvents extends PaymentAttempt {
  /** Oldest first; appended, never rewritten. */
  events: PaymentAttemptEvent[];
}
