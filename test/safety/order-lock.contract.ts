import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { after, before, describe, it, TestContext } from 'node:test';
import { OrderLease, OrderLockStore } from '../../src/safety/order-lock.store';

/** null: the implementation is not available here (only allowed outside CI). */
export type LockStoreFactory = () => Promise<{
  locks: OrderLockStore;
  close(): Promise<void>;
} | null>;

/** Acquires as soon as the stale lease has expired; bounded, so a lock that never expires fails. */
async function acquireOnceExpired(locks: OrderLockStore, orderNo: string): Promise<OrderLease> {
  const giveUpAt = Date.now() + 5_000;
  for (;;) {
    const lease = await locks.acquire(orderNo, 30_000);
    if (lease) return lease;
    assert.ok(Date.now() < giveUpAt, 'the expired lease was never freed');
    await nextTurn();
  }
}

/** One behaviour, every implementation: the memory and Redis locks must be interchangeable. */
export function orderLockContract(name: string, factory: LockStoreFactory): void {
  describe(`${name}: order lock contract`, () => {
    let locks: OrderLockStore | null = null;
    let close = async () => {};
    before(async () => {
      const made = await factory();
      if (made) ({ locks, close } = made);
    });
    after(() => close());
    const use = (t: TestContext): OrderLockStore | null => {
      if (!locks) t.skip(`${name} is not available here`);
      return locks;
    };

    it('gives the lock to one holder at a time, with a larger fence each time', async (t) => {
      const s = use(t);
      if (!s) return;
      const order = randomUUID();
      const first = await s.acquire(order, 30_000);
      assert.ok(first);
      assert.equal(await s.acquire(order, 30_000), null);
      await s.release(first);
      const second = await s.acquire(order, 30_000);
      assert.ok(second && second.fence > first.fence);
    });

    it('frees an expired lease, and does not let its stale holder release the newer one', async (t) => {
      const s = use(t);
      if (!s) return;
      const order = randomUUID();
      const stale = await s.acquire(order, 50);
      assert.ok(stale);
      const current = await acquireOnceExpired(s, order);
      assert.ok(current.fence > stale.fence);
      await s.release(stale);
      assert.equal(await s.acquire(order, 30_000), null);
    });

    it('gives an order lock to exactly one of 50 simultaneous acquirers', async (t) => {
      const s = use(t);
      if (!s) return;
      const order = randomUUID();
      const leases = await Promise.all(Array.from({ length: 50 }, () => s.acquire(order, 30_000)));
      assert.equal(leases.filter((lease) => lease !== null).length, 1);
    });
  });
}
