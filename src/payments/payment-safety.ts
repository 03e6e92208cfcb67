import { IdempotencyStore } from '../safety/idempotency.store';
import { OrderLockStore } from '../safety/order-lock.store';
import { PaymentFingerprinter } from './payment-fingerprint';

/** The double-payment guard's parts, as the payments use case receives them. */
export interface PaymentSafety {
  idempotency: IdempotencyStore;
  locks: OrderLockStore;
  fingerprinter: PaymentFingerprinter;
  /** Outlives a whole payment (order read with retries, then pay.do), so only a crash frees it. */
  lockTtlMs: number;
  /** How long idempotency records and unresolved attempts are kept. */
  recordTtlMs: number;
}
