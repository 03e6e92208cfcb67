import { createMemoryIdempotencyStore } from '../../src/safety/idempotency.memory-store';
import { createMemoryOrderLockStore } from '../../src/safety/order-lock.memory-store';
import { safetyStoreContract } from './safety-stores.contract';

safetyStoreContract('memory', async () => ({
  stores: { idempotency: createMemoryIdempotencyStore(), locks: createMemoryOrderLockStore() },
  close: async () => {},
}));
