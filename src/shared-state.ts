import { Logger } from './logging/logger';
import { createMemoryOrderLockStore } from './safety/order-lock.memory-store';
import { createRedisOrderLockStore } from './safety/order-lock.redis-store';
import { OrderLockStore } from './safety/order-lock.store';
import { RateLimiter } from './safety/rate-limiter';
import { createMemoryRateLimiter } from './safety/rate-limiter.memory';
import { createRedisRateLimiter } from './safety/rate-limiter.flexible';
import { connectRedis } from './safety/redis.connection';
import { PollLeadership } from './ticketing/poll-leadership';
import { createRedisPollLeadership } from './ticketing/poll-leadership.redis';
import { TicketingPubSub } from './ticketing/ticketing.pubsub';
import { createRedisTicketingPubSub } from './ticketing/ticketing.redis-pubsub';

export type SharedStateSettings =
  { kind: 'memory' } | { kind: 'redis'; url: string; keyPrefix: string };

/**
 * What replicas coordinate through and nothing must outlive: order locks, rate-limit counters,
 * ticketing events and poll leadership. Durable records live in the ledger.
 */
export interface SharedState {
  locks: OrderLockStore;
  rateLimiter: RateLimiter;
  /** Absent in memory mode: the gateway then keeps both in its own process. */
  ticketingPubSub?: TicketingPubSub;
  pollLeadership?: PollLeadership;
  /** Resolves when the shared store answers; absent in memory mode, where nothing can be down. */
  ping?(): Promise<void>;
  close(): Promise<void>;
}

/** Memory for one process; Redis (STORE=redis) when several replicas serve the same callers. */
export async function createSharedState(
  settings: SharedStateSettings,
  leaderLeaseMs: number,
  logger: Logger,
): Promise<SharedState> {
  switch (settings.kind) {
    case 'memory':
      return {
        locks: createMemoryOrderLockStore(),
        rateLimiter: createMemoryRateLimiter(),
        close: async () => {},
      };
    case 'redis': {
      const log = logger.child({ component: 'redis' });
      const commands = await connectRedis(settings.url, log);
      const publisher = await connectRedis(settings.url, log, { queueWhileOffline: true });
      const subscriber = await connectRedis(settings.url, log, { queueWhileOffline: true });
      return {
        locks: createRedisOrderLockStore(commands, settings.keyPrefix),
        rateLimiter: createRedisRateLimiter(commands, settings.keyPrefix),
        ticketingPubSub: createRedisTicketingPubSub(publisher, subscriber, settings.keyPrefix, log),
        pollLeadership: createRedisPollLeadership(commands, settings.keyPrefix, leaderLeaseMs, log),
        ping: async () => {
          await commands.ping();
        },
        close: async () => {
          for (const client of [commands, publisher, subscriber]) client.disconnect();
        },
      };
    }
  }
}
