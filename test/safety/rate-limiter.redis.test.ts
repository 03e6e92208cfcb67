import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger } from '../../src/logging/logger';
import { connectRedis } from '../../src/safety/redis.connection';
import { createRedisRateLimiter } from '../../src/safety/rate-limiter.flexible';
import { connectTestRedis } from '../support/redis';
import { rateLimiterContract } from './rate-limiter.contract';

rateLimiterContract(
  'redis',
  async () => {
    const [one, two] = [await connectTestRedis(), await connectTestRedis()];
    if (!one.redis || !two.redis) {
      await one.close();
      await two.close();
      return null;
    }
    return {
      limiters: [
        createRedisRateLimiter(one.redis, one.keyPrefix),
        createRedisRateLimiter(two.redis, one.keyPrefix),
      ],
      async close() {
        await two.close();
        await one.close();
      },
    };
  },
  { shared: true },
);

describe('the Redis rate limiter while Redis is away', () => {
  it('counts in memory instead, refusing nobody only because Redis is down', async () => {
    const away = await connectRedis('redis://127.0.0.1:1', createLogger({ level: 'silent' }));
    try {
      const limiter = createRedisRateLimiter(away, 'test:away:');
      const one = { points: 1, durationSeconds: 3_600 };
      assert.equal((await limiter.consume('requests', 'p', one)).allowed, true);
      assert.equal((await limiter.consume('requests', 'p', one)).allowed, false, 'still a limit');
    } finally {
      away.disconnect();
    }
  });
});
