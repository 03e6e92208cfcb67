import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it, TestContext } from 'node:test';
import { PaymentMethod } from '../../src/domain/order';
import { IdempotencyStore } from '../../src/safety/idempotency.store';
import { OrderLockStore, PaymentAttempt } from '../../src/safety/order-lock.store';

export interface ContractStores {
  idempotency: IdempotencyStore;
  locks: OrderLockStore;
}

/** null: the implementation is not available here (only allowed outside CI). */
export type StoresFactory = () => Promise<{
  stores: ContractStores;
  close(): Promise<void>;
} | null>;

const DAY = 86_400_000;
const claimOptions = (fingerprint = 'fp-1', leaseMs = 30_000, ttlMs = DAY) => ({
  fingerprint,
  leaseMs,
  ttlMs,
});
const attempt = (overrides: Partial<PaymentAttempt> = {}): PaymentAttempt => ({
  state: 'sent',
  fingerprint: 'fp-1',
  method: PaymentMethod.VCC,
  cardLast4: '0366',
  sentAt: '2026-11-22T10:00:00.000Z',
  idempotency: { key: 'k', token: 't' },
  ...overrides,
});

/** One behaviour, every implementation: the memory and Redis stores must be interchangeable. */
export function safetyStoreContract(name: string, factory: StoresFactory): void {
  describe(`${name}: safety store contract`, () => {
    let stores: ContractStores | null = null;
    let close = async () => {};
    before(async () => {
      const made = await factory();
      if (made) ({ stores, close } = made);
    });
    after(() => close());

    const use = (t: TestContext): ContractStores | null => {
      if (!stores) t.skip(`${name} is not available here`);
      return stores;
    };
    const key = () => randomUUID();

    describe('IdempotencyStore', () => {
      it('claims a new key once; a second claim while the lease runs is told it is in flight', async (t) => {
        const s = use(t);
        if (!s) return;
        const k = key();
        const first = await s.idempotency.claim(k, claimOptions());
        assert.equal(first.kind, 'claimed');
        assert.equal(first.kind === 'claimed' && first.previous, 'none');
        assert.deepEqual(await s.idempotency.claim(k, claimOptions()), { kind: 'inFlight' });
      });

      it('refuses the key for a different fingerprint, while claimed and once settled', async (t) => {
        const s = use(t);
        if (!s) return;
        const k = key();
        const claim = await s.idempotency.claim(k, claimOptions('fp-1'));
        assert.deepEqual(await s.idempotency.claim(k, claimOptions('fp-2')), { kind: 'mismatch' });
        assert.ok(claim.kind === 'claimed');
        await s.idempotency.settle(k, claim.token, { state: 'settled', result: 'R' }, DAY);
        assert.deepEqual(await s.idempotency.claim(k, claimOptions('fp-2')), { kind: 'mismatch' });
      });

      it('replays a settled result to the same fingerprint', async (t) => {
        const s = use(t);
        if (!s) return;
        const k = key();
        const claim = await s.idempotency.claim(k, claimOptions());
        assert.ok(claim.kind === 'claimed');
        const stored = JSON.stringify({ kind: 'accepted', note: 'ünïcode ok' });
        assert.equal(
          await s.idempotency.settle(k, claim.token, { state: 'settled', result: stored }, DAY),
          true,
        );
        assert.deepEqual(await s.idempotency.claim(k, claimOptions()), {
          kind: 'settled',
          result: stored,
        });
      });

      it('lets an unknown outcome be taken over, and the old token can no longer settle it', async (t) => {
        const s = use(t);
        if (!s) return;
        const k = key();
        const first = await s.idempotency.claim(k, claimOptions());
        assert.ok(first.kind === 'claimed');
        await s.idempotency.settle(k, first.token, { state: 'unknown', result: 'U' }, DAY);
        const second = await s.idempotency.claim(k, claimOptions());
        assert.ok(second.kind === 'claimed');
        assert.equal(second.previous, 'unknown');
        assert.notEqual(second.token, first.token);
        assert.equal(
          await s.idempotency.settle(k, first.token, { state: 'settled', result: 'stale' }, DAY),
          false,
        );
        await s.idempotency.settle(k, second.token, { state: 'settled', result: 'fresh' }, DAY);
        assert.deepEqual(await s.idempotency.claim(k, claimOptions()), {
          kind: 'settled',
          result: 'fresh',
        });
      });

      it('lets a claim whose lease ran out be taken over as abandoned', async (t) => {
        const s = use(t);
        if (!s) return;
        const k = key();
        await s.idempotency.claim(k, claimOptions('fp-1', 50));
        await sleep(120);
        const again = await s.idempotency.claim(k, claimOptions('fp-1', 50));
        assert.equal(again.kind === 'claimed' && again.previous, 'abandoned');
      });

      it('releases only for the current token', async (t) => {
        const s = use(t);
        if (!s) return;
        const k = key();
        const claim = await s.idempotency.claim(k, claimOptions());
        assert.ok(claim.kind === 'claimed');
        assert.equal(await s.idempotency.release(k, 'not-the-token'), false);
        assert.deepEqual(await s.idempotency.claim(k, claimOptions()), { kind: 'inFlight' });
        assert.equal(await s.idempotency.release(k, claim.token), true);
        const fresh = await s.idempotency.claim(k, claimOptions('fp-other'));
        assert.equal(fresh.kind === 'claimed' && fresh.previous, 'none');
      });

      it('forgets records once their time to live has passed', async (t) => {
        const s = use(t);
        if (!s) return;
        const k = key();
        const claim = await s.idempotency.claim(k, claimOptions('fp-1', 30_000, 150));
        assert.ok(claim.kind === 'claimed');
        await s.idempotency.settle(k, claim.token, { state: 'settled', result: 'R' }, 150);
        assert.equal((await s.idempotency.claim(k, claimOptions())).kind, 'settled');
        await sleep(300);
        const after = await s.idempotency.claim(k, claimOptions('fp-2'));
        assert.equal(after.kind === 'claimed' && after.previous, 'none');
      });

      it('gives a key to exactly one of 50 simultaneous claims', async (t) => {
        const s = use(t);
        if (!s) return;
        const k = key();
        const results = await Promise.all(
          Array.from({ length: 50 }, () => s.idempotency.claim(k, claimOptions())),
        );
        assert.equal(results.filter((r) => r.kind === 'claimed').length, 1);
        assert.equal(results.filter((r) => r.kind === 'inFlight').length, 49);
      });
    });

    describe('OrderLockStore', () => {
      it('gives the lock to one holder at a time, with a larger fence each time', async (t) => {
        const s = use(t);
        if (!s) return;
        const order = key();
        const first = await s.locks.acquire(order, 30_000);
        assert.ok(first);
        assert.equal(await s.locks.acquire(order, 30_000), null);
        await s.locks.release(first);
        const second = await s.locks.acquire(order, 30_000);
        assert.ok(second && second.fence > first.fence);
      });

      it('does not let a stale holder release, or write over, a newer holder', async (t) => {
        const s = use(t);
        if (!s) return;
        const order = key();
        const stale = await s.locks.acquire(order, 50);
        assert.ok(stale);
        await sleep(120);
        const current = await s.locks.acquire(order, 30_000);
        assert.ok(current && current.fence > stale.fence);
        await s.locks.release(stale);
        assert.equal(await s.locks.acquire(order, 30_000), null);
        assert.equal(await s.locks.writeAttempt(current, attempt({ state: 'sent' }), DAY), true);
        assert.equal(await s.locks.writeAttempt(stale, attempt({ state: 'unknown' }), DAY), false);
        assert.equal(await s.locks.clearAttempt(stale), false);
        assert.equal((await s.locks.readAttempt(order))?.state, 'sent');
      });

      it('keeps an attempt record until cleared or expired', async (t) => {
        const s = use(t);
        if (!s) return;
        const order = key();
        const lease = await s.locks.acquire(order, 30_000);
        assert.ok(lease);
        assert.equal(await s.locks.readAttempt(order), null);
        const written = attempt({ cardLast4: null, idempotency: null });
        await s.locks.writeAttempt(lease, written, DAY);
        assert.deepEqual(await s.locks.readAttempt(order), written);
        assert.equal(await s.locks.clearAttempt(lease), true);
        assert.equal(await s.locks.readAttempt(order), null);
        await s.locks.writeAttempt(lease, attempt({ state: 'unknown' }), 150);
        await sleep(300);
        assert.equal(await s.locks.readAttempt(order), null);
      });

      it('gives an order lock to exactly one of 50 simultaneous acquirers', async (t) => {
        const s = use(t);
        if (!s) return;
        const order = key();
        const leases = await Promise.all(
          Array.from({ length: 50 }, () => s.locks.acquire(order, 30_000)),
        );
        assert.equal(leases.filter((lease) => lease !== null).length, 1);
      });
    });
  });
}
