import { Logger } from '../logging/logger';
import { createMemoryIdempotencyStore } from './idempotency.memory-store';
import { createRedisIdempotencyStore } from './idempotency.redis-store';
import { IdempotencyStore } from './idempotency.store';
import { createMemoryOrderLockStore } from './order-lock.memory-store';
import { createRedisOrderLockStore } from './order-lock.redis-store';
import { OrderLockStore } from './order-lock.store';
import { connectRedis } from './redis.connection';

export type SafetyStoreSettings =
  { kind: 'memory' } | { kind: 'redis'; url: string; keyPrefix: string };

export interface SafetyStores {
  idempotency: IdempotencyStore;
  locks: OrderLockStore;
  close(): Promise<void>;
}

/** Memory for one process; Redis when replicas must share locks and idempotency records. */
export async function createSafetyStores(
  settings: SafetyStoreSettings,
  logger: Logger,
): Promise<SafetyStores> {
  switch (settings.kind) {
    case 'memory':
      return {
        idempotency: createMemoryIdempotencyStore(),
        locks: createMemoryOrderLockStore(),
        close: async () => {},
      };
    case 'redis': {
      const redis = await connectRedis(settings.url, logger.child({ component: 'redis' }));
      return {
        idempotency: createRedisIdempotencyStore(redis, settings.keyPrefix),
        locks: createRedisOrderLockStore(redis, settings.keyPrefix),
        close: async () => {
          redis.disconnect();
        },
      };
    }
  }
}
