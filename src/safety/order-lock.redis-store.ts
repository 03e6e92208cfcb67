import { Redis } from 'ioredis';
import { z } from 'zod';
import { PaymentMethod } from '../domain/order';
import { FENCE_RETENTION_MS, OrderLease, OrderLockStore, PaymentAttempt } from './order-lock.store';
import { redisCall, runScript } from './redis.scripts';

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

// A write is allowed only while no newer lease exists: the fence counter still equals ours.
const WRITE_ATTEMPT = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
return 1
`;

const CLEAR_ATTEMPT = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[2])
return 1
`;

const attemptSchema = z.object({
  state: z.enum(['sent', 'unknown']),
  fingerprint: z.string(),
  method: z.enum(PaymentMethod),
  cardLast4: z.string().nullable(),
  sentAt: z.string(),
  idempotency: z.object({ key: z.string(), token: z.string() }).nullable(),
});

/** Per-order lock, fence counter and attempt record; the hash tag keeps them in one cluster slot. */
export function createRedisOrderLockStore(redis: Redis, keyPrefix: string): OrderLockStore {
  const keys = (orderNo: string) => {
    const base = `${keyPrefix}order:{${orderNo}}`;
    return { lock: `${base}:lock`, fence: `${base}:fence`, attempt: `${base}:attempt` };
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
    async readAttempt(orderNo) {
      const text = await redisCall('attempt read', () => redis.get(keys(orderNo).attempt));
      return text === null ? null : attemptSchema.parse(JSON.parse(text));
    },
    async writeAttempt(lease, attempt: PaymentAttempt, ttlMs) {
      const k = keys(lease.orderNo);
      const reply = await runScript(
        redis,
        'attempt write',
        WRITE_ATTEMPT,
        [k.fence, k.attempt],
        [lease.fence, JSON.stringify(attempt), ttlMs],
      );
      return reply === 1;
    },
    async clearAttempt(lease) {
      const k = keys(lease.orderNo);
      const reply = await runScript(
        redis,
        'attempt clear',
        CLEAR_ATTEMPT,
        [k.fence, k.attempt],
        [lease.fence],
      );
      return reply === 1;
    },
  };
}
