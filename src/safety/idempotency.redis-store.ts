import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { ClaimPrevious, IdempotencyStore } from './idempotency.store';
import { runScript } from './redis.scripts';

const CLAIM = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local r = redis.call('HMGET', KEYS[1], 'state', 'fingerprint', 'leaseUntil', 'result')
local state = r[1]
if state then
  if r[2] ~= ARGV[1] then return {'mismatch'} end
  if state == 'settled' then return {'settled', r[4]} end
  if state == 'claimed' and tonumber(r[3]) > now then return {'inFlight'} end
end
local previous = 'none'
if state == 'unknown' then previous = 'unknown' elseif state then previous = 'abandoned' end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'state', 'claimed', 'fingerprint', ARGV[1], 'token', ARGV[4],
  'leaseUntil', now + tonumber(ARGV[2]))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {'claimed', previous}
`;

const SETTLE = `
if redis.call('HGET', KEYS[1], 'token') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'state', ARGV[2], 'result', ARGV[3])
redis.call('HDEL', KEYS[1], 'leaseUntil')
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
`;

const RELEASE = `
if redis.call('HGET', KEYS[1], 'token') ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
return 1
`;

/** Shared by every replica: one hash per key, changed only by the scripts above. */
export function createRedisIdempotencyStore(redis: Redis, keyPrefix: string): IdempotencyStore {
  const recordKey = (key: string) => `${keyPrefix}idempotency:${key}`;
  return {
    async claim(key, { fingerprint, leaseMs, ttlMs }) {
      const token = randomUUID();
      const reply = (await runScript(
        redis,
        'idempotency claim',
        CLAIM,
        [recordKey(key)],
        [fingerprint, leaseMs, ttlMs, token],
      )) as string[];
      switch (reply[0]) {
        case 'mismatch':
          return { kind: 'mismatch' };
        case 'settled':
          return { kind: 'settled', result: reply[1]! };
        case 'inFlight':
          return { kind: 'inFlight' };
        default:
          return { kind: 'claimed', token, previous: reply[1] as ClaimPrevious };
      }
    },
    async settle(key, token, { state, result }, ttlMs) {
      const reply = await runScript(
        redis,
        'idempotency settle',
        SETTLE,
        [recordKey(key)],
        [token, state, result, ttlMs],
      );
      return reply === 1;
    },
    async release(key, token) {
      return (
        (await runScript(redis, 'idempotency release', RELEASE, [recordKey(key)], [token])) === 1
      );
    },
  };
}
