import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Logger } from '../logging/logger';
import { PollLeadership } from './poll-leadership';

const CLAIM = `
local owner = redis.call('GET', KEYS[1])
if owner and owner ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
`;

const RESIGN = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1
`;

/**
 * Leases in Redis. Fails open: when Redis cannot answer, this replica polls itself. An extra
 * read of an order costs little; a watched order nobody reads would leave subscribers waiting.
 */
export function createRedisPollLeadership(
  redis: Redis,
  keyPrefix: string,
  leaseMs: number,
  logger: Logger,
): PollLeadership {
  const me = randomUUID();
  const key = (orderNo: string) => `${keyPrefix}ticketing:{${orderNo}}:poller`;
  return {
    async claim(orderNo) {
      try {
        return (await redis.eval(CLAIM, 1, key(orderNo), me, leaseMs)) === 1;
      } catch (error) {
        logger.warn({ orderNo, err: (error as Error).message }, 'poll leadership unknown; polling');
        return true;
      }
    },
    async resign(orderNo) {
      await redis.eval(RESIGN, 1, key(orderNo), me).catch(() => undefined);
    },
  };
}
