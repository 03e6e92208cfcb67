import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { PaymentMethod } from '../../src/domain/order';
import { TestLedger } from '../support/ledger';
import { suiteResource } from '../support/suite-resource';

const T0 = new Date('2026-12-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const orderNo = () => `TESTR${randomUUID().replace(/-/g, '').slice(0, 17)}`;

/** regenerateOrder's links, and the simulator's start-up reset, on every database the ledger runs on. */
export function orderReplacementsContract(
  name: string,
  open: () => Promise<TestLedger | null>,
): void {
  describe(`${name}: order replacements contract`, () => {
    const use = suiteResource(name, open, (opened) => opened.ledger);

    it('answers the newest replacement of each original and the original of each replacement, in key order', async (t) => {
      const ledger = use(t);
      if (!ledger) return;
      const [a, b, c, lone] = [orderNo(), orderNo(), orderNo(), orderNo()];
      await ledger.replacements.record(a, b, at(0));
      await ledger.replacements.record(a, c, at(1_000));
      await ledger.replacements.record(a, b, at(2_000));
      const replacedBy = await ledger.replacements.linksOf([lone, a, b]);
      assert.deepEqual(
        replacedBy.map((links) => links.replacedBy),
        [null, c, null],
      );
      const replaces = await ledger.replacements.linksOf([c, lone, b, a]);
      assert.deepEqual(
        replaces.map((links) => links.replaces),
        [a, null, a, null],
      );
    });

    it('forgets what it kept under the seeded numbers, and nothing else', async (t) => {
      const ledger = use(t);
      if (!ledger) return;
      const [seeded, kept, regenerated] = [orderNo(), orderNo(), orderNo()];
      for (const order of [seeded, kept]) {
        await ledger.payments.record(
          {
            id: randomUUID(),
            orderNo: order,
            caller: 'demo-web',
            method: PaymentMethod.DEPOSIT,
            cardBrand: null,
            cardLast4: null,
            fingerprint: 'fp',
            requestId: null,
            createdAt: T0,
          },
          { keyHash: randomUUID(), fingerprint: 'fp', expiresAt: at(60_000) },
        );
      }
      await ledger.replacements.record(seeded, regenerated, T0);
      await ledger.forgetSimulatedOrders([seeded]);
      const [seededHistory, keptHistory] = await ledger.payments.history([seeded, kept]);
      assert.deepEqual([seededHistory!.length, keptHistory!.length], [0, 1]);
      assert.deepEqual(await ledger.replacements.linksOf([seeded]), [
        { replacedBy: null, replaces: null },
      ]);
    });
  });
}
