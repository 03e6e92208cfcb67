import { PaymentLedger } from '../ledger/payment-ledger';
import { OrderLockStore } from '../safety/order-lock.store';
import { PaymentFingerprinter } from './payment-fingerprint';

/** The double-payment guard's parts, as the payments use case receives them. */
export interface PaymentSafety {
  ledger: PaymentLedger;
  locks: OrderLockStore;
  fingerprinter: PaymentFingerprinter;
  /** Outlives a whole payment (order read with retries, then pay.do), so only a crash frees it. */
  lockTtlMs: number;
  /** How long an idempotency key stays bound to its request. */
  recordTtlMs: number;
  /** How long after pay.do left an unanswered payment may still land. */
  settleMs: number;
}
