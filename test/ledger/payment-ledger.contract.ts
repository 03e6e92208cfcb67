import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { PaymentMethod } from '../../src/domain/order';
import { PaymentAttemptState } from '../../src/domain/payment-attempt';
import { NewPaymentAttempt } from '../../src/ledger/payment-ledger';
import { TestLedger } from '../support/ledger';
import { suiteResource } from '../support/suite-resource';

const T0 = new Date('2026-12-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const DAY = 86_400_000;

const newAttempt = (overrides: Partial<NewPaymentAttempt> = {}): NewPaymentAttempt => ({
  id: randomUUID(),
  orderNo: `ORD${randomUUID().slice(0, 8)}`,
  caller: 'partner-a',
  method: PaymentMethod.VCC,
  cardBrand: 'Visa',
  cardLast4: '1111',
  fingerprint: 'fp-1',
  requestId: 'req-1',
  createdAt: T0,
  ...overrides,
});
const key = (keyHash: string, fingerprint = 'fp-1', expiresAt = at(DAY)) => ({
  keyHash,
  fingerprint,
  expiresAt,
});
const accepted = {
  state: PaymentAttemptState.ACCEPTED as const,
  atlasStatus: 0,
  outcome: '{"kind":"accepted"}',
  decidedBy: 'ATLAS',
  sentAt: at(1),
  settledAt: at(900),
};

/** One behaviour on every database the ledger runs on: PGlite embedded and PostgreSQL. */
export function paymentLedgerContract(name: string, open: () => Promise<TestLedger | null>): void {
  describe(`${name}: payment ledger contract`, () => {
    const use = suiteResource(name, open, (opened) => opened.ledger.payments);

    it('records an attempt with its RECORDED event, and settles it with SENT and the answer', async (t) => {
      const ledger = use(t);
      if (!ledger) return;
      const attempt = newAttempt();
      assert.equal(await ledger.record(attempt, null), 'recorded');
      assert.equal((await ledger.openAttempt(attempt.orderNo))?.id, attempt.id);
      assert.equal(await ledger.settle(attempt.id, accepted), true);
      assert.equal(await ledger.openAttempt(attempt.orderNo), null);
      const [history] = await ledger.history([attempt.orderNo]);
      assert.equal(history!.length, 1);
      const stored = history![0]!;
      assert.deepEqual(
        {
          state: stored.state,
          method: stored.method,
          cardBrand: stored.cardBrand,
          cardLast4: stored.cardLast4,
          atlasStatus: stored.atlasStatus,
          createdAt: stored.createdAt,
          sentAt: stored.sentAt,
          settledAt: stored.settledAt,
        },
        {
          state: 'ACCEPTED',
          method: 'VCC',
          cardBrand: 'Visa',
          cardLast4: '1111',
          atlasStatus: 0,
          createdAt: T0,
          sentAt: at(1),
          settledAt: at(900),
        },
      );
      assert.deepEqual(stored.events, [
        { type: 'RECORDED', at: T0, atlasStatus: null },
        { type: 'SENT', at: at(1), atlasStatus: null },
        { type: 'ACCEPTED', at: at(900), atlasStatus: 0 },
      ]);
    });

    it('settles an attempt once: a second settle changes nothing and appends nothing', async (t) => {
      const ledger = use(t);
      if (!ledger) return;
      const attempt = newAttempt();
      await ledger.record(attempt, null);
      assert.equal(await ledger.settle(attempt.id, accepted), true);
      assert.equal(
        await ledger.settle(attempt.id, { ...accepted, state: PaymentAttemptState.FAILED }),
        false,
      );
      const stored = (await ledger.history([attempt.orderNo]))[0]![0]!;
      assert.equal(stored.state, 'ACCEPTED');
      assert.equal(stored.events.length, 3);
    });

    it('refuses a second attempt for an order while one is RECORDED or UNKNOWN', async (t) => {
      const ledger = use(t);
      if (!ledger) return;
      const first = newAttempt();
      await ledger.record(first, null);
      const second = newAttempt({
        orderNo: first.orderNo,
        fingerprint: 'fp-2',
        createdAt: at(10_000),
      });
      assert.equal(await ledger.record(second, null), 'orderBusy');
      await ledger.settle(first.id, {
        ...accepted,
        state: PaymentAttemptState.UNKNOWN,
        atlasStatus: null,
      });
      assert.equal(await ledger.record(second, null), 'orderBusy');
      assert.equal(
        await ledger.resolve(first.id, {
          state: PaymentAttemptState.NOT_TAKEN,
          outcome: null,
          decidedBy: 'RECONCILIATION',
          at: at(5_000),
        }),
        true,
      );
      assert.equal(await ledger.record(second, null), 'recorded');
      const [history] = await ledger.history([first.orderNo]);
      assert.deepEqual(
        history!.map((a) => a.state),
        ['RECORDED', 'NOT_TAKEN'],
      );
    });

    it('lets exactly one of 20 concurrent records for one order through', async (t) => {
      const ledger = use(t);
      if (!ledger) return;
      const orderNo = newAttempt().orderNo;
      const results = await Promise.all(
        Array.from({ length: 20 }, () => ledger.record(newAttempt({ orderNo }), null)),
      );
      assert.equal(results.filter((r) => r === 'recorded').length, 1);
      assert.equal(results.filter((r) => r === 'orderBusy').length, 19);
    });

    it('resolves an open attempt once, keeping its first outcome when given none', async (t) => {
      const ledger = use(t);
      if (!ledger) return;
      const attempt = newAttempt();
      await ledger.record(attempt, null);
      const unknown = { ...accepted, state: PaymentAttemptState.UNKNOWN as const, outcome: 'U' };
      await ledger.settle(attempt.id, unknown);
      const reconciled = {
        state: PaymentAttemptState.RECONCILED as const,
        outcome: 'R',
        decidedBy: 'RECONCILIATION',
        at: at(60_000),
      };
      assert.equal(await ledger.resolve(attempt.id, reconciled), true);
      assert.equal(await ledger.resolve(attempt.id, reconciled), false);
      const stored = (await ledger.history([attempt.orderNo]))[0]![0]!;
      assert.equal(stored.state, 'RECONCILED');
      assert.equal(stored.outcome, 'R');
      assert.deepEqual(
        stored.events.map((e) => e.type),
        ['RECORDED', 'SENT', 'UNKNOWN', 'RECONCILED'],
      );
    });

    it('binds a key to its attempt; the same request may rebind it, another may not until it expires', async (t) => {
      const ledger = use(t);
      if (!ledger) return;
      const k = randomUUID();
      const first = newAttempt();
      assert.equal(await ledger.record(first, key(k)), 'recorded');
      const found = (await ledger.lookup(first.orderNo, k, at(10))).keyed;
      assert.equal(found?.fingerprint, 'fp-1');
      assert.equal(found?.attempt.id, first.id);
      assert.equal(found?.attempt.idempotencyKeyHash, k);
      await ledger.settle(first.id, {
        ...accepted,
        state: PaymentAttemptState.NOT_SENT,
        sentAt: null,
      });

      const other = newAttempt({ fingerprint: 'fp-2' });
      assert.equal(await ledger.record(other, key(k, 'fp-2')), 'keyReused');
      assert.equal(await ledger.openAttempt(other.orderNo), null, 'nothing of it was written');

      const again = newAttempt({ orderNo: first.orderNo, createdAt: at(20) });
      assert.equal(await ledger.record(again, key(k)), 'recorded');
      const rebound = await ledger.lookup(first.orderNo, k, at(30));
      assert.equal(rebound.keyed?.attempt.id, again.id);
      assert.equal(rebound.open?.id, again.id, 'one read answers both questions');

      const expired = await ledger.lookup(first.orderNo, k, at(DAY));
      assert.equal(expired.keyed, null, 'expired keys are not found');
      const later = newAttempt({ fingerprint: 'fp-2', createdAt: at(DAY + 1) });
      assert.equal(await ledger.record(later, key(k, 'fp-2', at(2 * DAY))), 'recorded');
      assert.equal((await ledger.lookup(later.orderNo, k, at(DAY + 2))).keyed?.fingerprint, 'fp-2');
    });

    it('answers each of many concurrent records on its own, as if each went alone', async (t) => {
      const ledger = use(t);
      if (!ledger) return;
      const busy = newAttempt();
      await ledger.record(busy, null);
      const fresh = Array.from({ length: 8 }, () => [newAttempt(), key(randomUUID())] as const);
      const results = await Promise.all([
        ...fresh.map(([a, k]) => ledger.record(a, k)),
        ledger.record(newAttempt({ orderNo: busy.orderNo }), null),
      ]);
      assert.deepEqual(results, [...Array(8).fill('recorded'), 'orderBusy']);
      const settled = await Promise.all(fresh.map(([a]) => ledger.settle(a.id, accepted)));
      assert.deepEqual(settled, Array(8).fill(true));
      for (const [a] of fresh) {
        const history = await ledger.history([a.orderNo]);
        assert.deepEqual(
          history[0]![0]!.events.map((e) => e.type),
          ['RECORDED', 'SENT', 'ACCEPTED'],
        );
      }
      const lookups = await Promise.all(
        fresh.map(([a, k]) => ledger.lookup(a.orderNo, k.keyHash, at(10))),
      );
      lookups.forEach((found, i) => {
        assert.equal(found.open, null);
        assert.equal(found.keyed?.attempt.id, fresh[i]![0].id);
      });
    });

    it('keeps every answer right when concurrent records share a key or meet a busy order', async (t) => {
      const ledger = use(t);
      if (!ledger) return;
      const busy = newAttempt();
      await ledger.record(busy, null);
      const shared = randomUUID();
      const results = await Promise.all([
        ledger.record(newAttempt(), key(randomUUID())),
        ledger.record(newAttempt({ fingerprint: 'fp-a' }), key(shared, 'fp-a')),
        ledger.record(newAttempt({ fingerprint: 'fp-b' }), key(shared, 'fp-b')),
        ledger.record(newAttempt({ orderNo: busy.orderNo }), key(randomUUID())),
        ledger.record(newAttempt(), key(randomUUID())),
      ]);
      assert.equal(results[0], 'recorded');
      assert.deepEqual([results[1], results[2]].sort(), ['keyReused', 'recorded']);
      assert.equal(results[3], 'orderBusy', 'a keyed attempt for a busy order binds nothing');
      assert.equal(results[4], 'recorded');
    });

    it('lists open attempts oldest first and answers history per order in the order asked', async (t) => {
      const ledger = use(t);
      if (!ledger) return;
      const a = newAttempt({ createdAt: at(-2_000) });
      const b = newAttempt({ createdAt: at(-1_000) });
      await ledger.record(b, null);
      await ledger.record(a, null);
      const open = (await ledger.openAttempts()).map((x) => x.id);
      assert.ok(open.indexOf(a.id) < open.indexOf(b.id));
      const history = await ledger.history([b.orderNo, 'NOSUCHORDER', a.orderNo]);
      assert.deepEqual(
        history.map((list) => list.map((x) => x.id)),
        [[b.id], [], [a.id]],
      );
    });
  });
}
