import { createExpiringMap } from './expiring-map';
import { FENCE_RETENTION_MS, OrderLockStore } from './order-lock.store';

/** Single-process locks: each method body runs without an await, so each one is atomic. */
export function createMemoryOrderLockStore(now: () => number = Date.now): OrderLockStore {
  const locks = createExpiringMap<number>(now);
  // Fences only grow, even after a lock expires, so a stale holder is always recognisable.
  const fences = createExpiringMap<number>(now);

  return {
    async acquire(orderNo, ttlMs) {
      if (locks.get(orderNo) !== undefined) return null;
      const fence = (fences.get(orderNo) ?? 0) + 1;
      fences.set(orderNo, fence, FENCE_RETENTION_MS);
      locks.set(orderNo, fence, ttlMs);
      return { orderNo, fence };
    },
    async release(lease) {
      if (locks.get(lease.orderNo) === lease.fence) locks.delete(lease.orderNo);
    },
  };
}
