import { Redis } from 'ioredis';
import { OrderLease, OrderLockStore } from './order-lock.store';
import { runScript } from './redis.scripts';

/**
 * An order's fence counter outlives any lease, so a stale holder never meets a reset counter. The
 * counter is per order so that its INCR stays in the order's cluster slot.
 */
const FENCE_RETENTION_MS = 8 * 24 * 60 * 60 * 1000;

const ACQUIRE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local fence = redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
redis.call('SET', KEYS[1], fence, 'PX', ARGV[1])
return fence
`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1
`;

/** Per-order lock and fence counter; the hash tag keeps them in one cluster slot. */
export function createRedisOrderLockStore(redis: Redis, keyPrefix: string): OrderLockStore {
  const keys = (orderNo: string) => {
    const base = `${keyPrefix}order:{${orderNo}}`;
    return { lock: `${base}:lock`, fence: `${base}:fence` };
  };
  return {
    async acquire(orderNo, ttlMs) {
      const k = keys(orderNo);
      const fence = await runScript(
        redis,
        'lock acquire',
        ACQUIRE,
        [k.lock, k.fence],
        [ttlMs, FENCE_RETENTION_MS],
      );
      return fence === null ? null : { orderNo, fence: Number(fence) };
    },
    async release(lease: OrderLease) {
      await runScript(redis, 'lock release', RELEASE, [keys(lease.orderNo).lock], [lease.fence]);
    },
  };
}
