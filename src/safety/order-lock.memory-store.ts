import { createExpiringMap } from './expiring-map';
import { FENCE_RETENTION_MS, OrderLease, OrderLockStore, PaymentAttempt } from './order-lock.store';

/** Single-process locks: each method body runs without an await, so each one is atomic. */
export function createMemoryOrderLockStore(now: () => number = Date.now): OrderLockStore {
  const locks = createExpiringMap<number>(now);
  const attempts = createExpiringMap<PaymentAttempt>(now);
  // Fences only grow, even after a lock expires, so a stale holder is always recognisable;
  // they are kept longer than any lease or attempt record can live.
  const fences = createExpiringMap<number>(now);
  const isCurrent = (lease: OrderLease) => fences.get(lease.orderNo) === lease.fence;

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
    async readAttempt(orderNo) {
      return attempts.get(orderNo) ?? null;
    },
    async writeAttempt(lease, attempt, ttlMs) {
      if (!isCurrent(lease)) return false;
      attempts.set(lease.orderNo, { ...attempt }, ttlMs);
      return true;
    },
    async clearAttempt(lease) {
      if (!isCurrent(lease)) return false;
      attempts.delete(lease.orderNo);
      return true;
    },
  };
}
