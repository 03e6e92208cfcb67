import { createRedisIdempotencyStore } from '../../src/safety/idempotency.redis-store';
import { createRedisOrderLockStore } from '../../src/safety/order-lock.redis-store';
import { connectTestRedis } from '../support/redis';
import { safetyStoreContract } from './safety-stores.contract';

safetyStoreContract('redis', async () => {
  const test = await connectTestRedis();
  if (!test.redis) return null;
  return {
    stores: {
      idempotency: createRedisIdempotencyStore(test.redis, test.keyPrefix),
      locks: createRedisOrderLockStore(test.redis, test.keyPrefix),
    },
    close: () => test.close(),
  };
});
