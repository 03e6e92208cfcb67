import { Redis } from 'ioredis';
import { createLogger } from '../../src/logging/logger';
import { connectRedis } from '../../src/safety/redis.connection';
import { createRedisPollLeadership } from '../../src/ticketing/poll-leadership.redis';
import { createRedisTicketingPubSub } from '../../src/ticketing/ticketing.redis-pubsub';
import { connectTestRedis, TEST_REDIS_URL } from '../support/redis';
import { ticketingSharingContract } from './ticketing-sharing.contract';

ticketingSharingContract('redis', async () => {
  const test = await connectTestRedis();
  const commands = test.redis;
  if (!commands) return null;
  const logger = createLogger({ level: 'silent' });
  const clients: Redis[] = [];
  const client = async () => {
    const redis = await connectRedis(TEST_REDIS_URL, logger, { queueWhileOffline: true });
    clients.push(redis);
    return redis;
  };
  const replica = async () =>
    createRedisTicketingPubSub(await client(), await client(), test.keyPrefix, logger);
  return {
    replicas: {
      pubsub: [await replica(), await replica()],
      leadership: (leaseMs) => [
        createRedisPollLeadership(commands, test.keyPrefix, leaseMs, logger),
        createRedisPollLeadership(commands, test.keyPrefix, leaseMs, logger),
      ],
    },
    async close() {
      for (const redis of clients) redis.disconnect();
      await test.close();
    },
  };
});
