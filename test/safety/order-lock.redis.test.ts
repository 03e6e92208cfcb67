import { createRedisOrderLockStore } from '../../src/safety/order-lock.redis-store';
import { connectTestRedis } from '../support/redis';
import { orderLockContract } from './order-lock.contract';

orderLockContract('redis', async () => {
  const test = await connectTestRedis();
  if (!test.redis) return null;
  return {
    locks: createRedisOrderLockStore(test.redis, test.keyPrefix),
    close: () => test.close(),
  };
});
