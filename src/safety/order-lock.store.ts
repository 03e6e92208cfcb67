import { PaymentMethod } from '../domain/order';

/** Fences outlive any lease and attempt record, so a stale holder never meets a reset counter. */
export const FENCE_RETENTION_MS = 8 * 24 * 60 * 60 * 1000;

/** Proof of holding an order's payment lock; `fence` grows with every acquisition. */
export interface OrderLease {
  orderNo: string;
  fence: number;
}

/**
 * Written before pay.do is sent and cleared once Atlas answers. A record still present later
 * means the answer was lost (`unknown`) or the sender died (`sent`): the order must be read
 * before anything is paid again. Holds no card data beyond the last four digits.
 */
export interface PaymentAttempt {
  state: 'sent' | 'unknown';
  fingerprint: string;
  method: PaymentMethod;
  cardLast4: string | null;
  sentAt: string;
  /** The idempotency record to settle if a later reconciliation finds this payment went through. */
  idempotency: { key: string; token: string } | null;
}

export interface OrderLockStore {
  /** null when another holder's lease is still running. */
  acquire(orderNo: string, ttlMs: number): Promise<OrderLease | null>;
  release(lease: OrderLease): Promise<void>;
  readAttempt(orderNo: string): Promise<PaymentAttempt | null>;
  /** Fenced: false, and nothing written, when a newer lease exists for the order. */
  writeAttempt(lease: OrderLease, attempt: PaymentAttempt, ttlMs: number): Promise<boolean>;
  clearAttempt(lease: OrderLease): Promise<boolean>;
}
