/** Proof of holding an order's payment lock; `fence` grows with every acquisition. */
export interface OrderLease {
  orderNo: string;
  fence: number;
}

/**
 * One payment (or regeneration) at a time per order, across replicas. Brief and ephemeral: what
 * a payment leaves behind lives in the ledger, never here.
 */
export interface OrderLockStore {
  /** null when another holder's lease is still running. */
  acquire(orderNo: string, ttlMs: number): Promise<OrderLease | null>;
  /** Releases only the holder's own lease, never a newer one. */
  release(lease: OrderLease): Promise<void>;
}
