import { createMemoryOrderLockStore } from '../../src/safety/order-lock.memory-store';
import { orderLockContract } from './order-lock.contract';

orderLockContract('memory', async () => ({
  locks: createMemoryOrderLockStore(),
  close: async () => {},
}));
