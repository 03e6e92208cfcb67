import {
  PaymentAttempt,
  PaymentAttemptState,
  PaymentAttemptWithEvents,
} from '../domain/payment-attempt';

/** What is known of an attempt before pay.do leaves. */
export type NewPaymentAttempt = Pick<
  PaymentAttempt,
  | 'id'
  | 'orderNo'
  | 'caller'
  | 'method'
  | 'cardBrand'
  | 'cardLast4'
  | 'fingerprint'
  | 'requestId'
  | 'createdAt'
>;

/** Binds a caller's idempotency key (as a keyed hash) to the attempt that used it. */
export interface IdempotencyBinding {
  keyHash: string;
  fingerprint: string;
  expiresAt: Date;
}

export type RecordResult =
  | 'recorded'
  /** Another attempt for the order may still land (RECORDED or UNKNOWN): nothing was written. */
  | 'orderBusy'
  /** The key is bound to a different request and has not expired: nothing was written. */
  | 'keyReused';

export interface AttemptSettlement {
  state:
    | PaymentAttemptState.ACCEPTED
    | PaymentAttemptState.FAILED
    | PaymentAttemptState.UNKNOWN
    | PaymentAttemptState.NOT_SENT;
  atlasStatus: number | null;
  outcome: string;
  decidedBy: string;
  /** null when the request provably never left. */
  sentAt: Date | null;
  settledAt: Date;
}

export interface AttemptResolution {
  state: PaymentAttemptState.RECONCILED | PaymentAttemptState.NOT_TAKEN;
  /** The outcome the attempt's own request now replays; null when nothing is to be replayed. */
  outcome: string | null;
  decidedBy: string;
  at: Date;
}

export interface KeyedAttempt {
  /** The fingerprint of the request the key was first used for. */
  fingerprint: string;
  attempt: PaymentAttempt;
}

/** What a payment must know before it may send anything, read in one statement. */
export interface PaymentLookup {
  /** The order's attempt that may still land, if any. */
  open: PaymentAttempt | null;
  /** The attempt an unexpired key is bound to, when a key was given. */
  keyed: KeyedAttempt | null;
}

/**
 * The durable home of payment attempts, their events and idempotency keys. Every write is one
 * statement, events included, so a crash leaves either all of it or none of it, and a payment
 * costs two durable writes.
 */
export interface PaymentLedger {
  lookup(orderNo: string, keyHash: string | null, now: Date): Promise<PaymentLookup>;
  /** The order's attempt that may still land, if any. */
  openAttempt(orderNo: string): Promise<PaymentAttempt | null>;
  /** Written before pay.do is sent; refused while another attempt for the order is open. */
  record(attempt: NewPaymentAttempt, key: IdempotencyBinding | null): Promise<RecordResult>;
  /** RECORDED → the state pay.do's answer gives. False when the attempt was not RECORDED. */
  settle(id: string, settlement: AttemptSettlement): Promise<boolean>;
  /** An open attempt, once the order tells its fate. False when it was no longer open. */
  resolve(id: string, resolution: AttemptResolution): Promise<boolean>;
  /** Every open attempt, oldest first: what a starting gateway must keep watching. */
  openAttempts(): Promise<PaymentAttempt[]>;
  /** For each order, its attempts newest first, with their events. */
  history(orderNos: readonly string[]): Promise<PaymentAttemptWithEvents[][]>;
}
