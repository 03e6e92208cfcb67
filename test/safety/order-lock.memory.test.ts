import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createMemoryOrderLockStore } from '../../src/safety/order-lock.memory-store';
import { heapUsedAfterGc } from '../support/heap';
import { orderLockContract } from './order-lock.contract';

orderLockContract('memory', async () => ({
  locks: createMemoryOrderLockStore(),
  close: async () => {},
}));

it('memory: keeps nothing of an order once its payment lock is released', async () => {
  const locks = createMemoryOrderLockStore();
  const before = heapUsedAfterGc();
  // A busy day of payments on one gateway: each order locked once, then released.
  for (let i = 0; i < 200_000; i += 1) {
    const lease = await locks.acquire(`ORDER${i.toString().padStart(14, '0')}`, 120_000);
    assert.ok(lease);
    await locks.release(lease);
  }
  const grownMb = (heapUsedAfterGc() - before) / 1e6;
  assert.ok(grownMb < 8, `the heap grew by ${grownMb.toFixed(1)} MB over 200,000 orders`);
});
