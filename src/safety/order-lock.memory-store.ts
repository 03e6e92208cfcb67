import { createExpiringMap } from './expiring-map';
import { OrderLockStore } from './order-lock.store';

/** Single-process locks: each method body runs without an await, so each one is atomic. */
export function createMemoryOrderLockStore(now: () => number = Date.now): OrderLockStore {
  const locks = createExpiringMap<number>(now);
  // One counter for every order: no fence is handed out twice in this process, so a stale holder
  // is always recognisable and an order's lock leaves nothing behind once released or expired.
  let lastFence = 0;

  return {
    async acquire(orderNo, ttlMs) {
      if (locks.get(orderNo) !== undefined) return null;
      lastFence += 1;
      locks.set(orderNo, lastFence, ttlMs);
      return { orderNo, fence: lastFence };
    },
    async release(lease) {
      if (locks.get(lease.orderNo) === lease.fence) locks.delete(lease.orderNo);
    },
  };
}
