import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createLogger } from '../../src/logging/logger';
import { connectRedis } from '../../src/safety/redis.connection';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestRedis {
  /** null when Redis is not reachable outside CI; in CI an unreachable Redis fails the run. */
  redis: Redis | null;
  /** Unique per run, so parallel runs and leftovers never meet. */
  keyPrefix: string;
  close(): Promise<void>;
}

export async function connectTestRedis(): Promise<TestRedis> {
  const redis = await connectRedis(TEST_REDIS_URL, createLogger({ level: 'silent' }));
  const keyPrefix = `test:${randomUUID()}:`;
  if (redis.status !== 'ready') {
    redis.disconnect();
    if (process.env.CI === 'true') {
      throw new Error(`Redis is required in CI and is not reachable at ${TEST_REDIS_URL}`);
    }
    return { redis: null, keyPrefix, close: async () => {} };
  }
  return {
    redis,
    keyPrefix,
    async close() {
      const keys = await redis.keys(`${keyPrefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    },
  };
}
