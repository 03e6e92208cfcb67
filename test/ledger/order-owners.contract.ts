import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { OrderOwners } from '../../src/ledger/order-owners';
import { suiteResource } from '../support/suite-resource';

const T0 = new Date('2026-12-01T10:00:00.000Z');
const orderNo = () => `TESTW${randomUUID().replace(/-/g, '').slice(0, 17)}`;

export interface OpenedOwners {
  owners: OrderOwners;
  close(): Promise<void>;
}

/** Whose order is whose, on every implementation of OrderOwners. */
export function orderOwnersContract(name: string, open: () => Promise<OpenedOwners | null>): void {
  describe(`${name}: order owners contract`, () => {
    const use = suiteResource(name, open, (opened) => opened.owners);

    it('gives an order to the first partner that claims it, and keeps it there', async (t) => {
      const owners = use(t);
      if (!owners) return;
      const order = orderNo();
      assert.equal(await owners.claim(order, 'partner-a', T0), true);
      assert.equal(await owners.claim(order, 'partner-b', T0), false);
      assert.equal(await owners.claim(order, 'partner-a', T0), false);
      assert.deepEqual(await owners.ownersOf([order]), ['partner-a']);
    });

    it('answers each order asked, in the order asked, with null for an order nobody claimed', async (t) => {
      const owners = use(t);
      if (!owners) return;
      const [a, b, none] = [orderNo(), orderNo(), orderNo()];
      await owners.claim(a, 'partner-a', T0);
      await owners.claim(b, 'partner-b', T0);
      assert.deepEqual(await owners.ownersOf([none, b, a, b]), [
        null,
        'partner-b',
        'partner-a',
        'partner-b',
      ]);
      assert.deepEqual(await owners.ownersOf([]), []);
    });

    it('sees a claim made after the order was asked about with no owner', async (t) => {
      const owners = use(t);
      if (!owners) return;
      const order = orderNo();
      assert.deepEqual(await owners.ownersOf([order]), [null]);
      await owners.claim(order, 'partner-b', T0);
      assert.deepEqual(await owners.ownersOf([order]), ['partner-b']);
    });

    it('answers many reads made at once each with the owners of its own orders', async (t) => {
      const owners = use(t);
      if (!owners) return;
      const orders = Array.from({ length: 30 }, () => orderNo());
      await Promise.all(
        orders.map((order, index) => owners.claim(order, `partner-${index % 3}`, T0)),
      );
      const reads = await Promise.all(
        orders.map((order, index) =>
          owners.ownersOf([order, orderNo(), orders[(index + 1) % 30]!]),
        ),
      );
      reads.forEach((read, index) =>
        assert.deepEqual(read, [`partner-${index % 3}`, null, `partner-${(index + 1) % 3}`]),
      );
    });

    it('lets exactly one of two partners claiming at once have the order', async (t) => {
      const owners = use(t);
      if (!owners) return;
      const order = orderNo();
      const [a, b] = await Promise.all([
        owners.claim(order, 'partner-a', T0),
        owners.claim(order, 'partner-b', T0),
      ]);
      assert.notEqual(a, b);
      assert.deepEqual(await owners.ownersOf([order]), [a ? 'partner-a' : 'partner-b']);
    });
  });
}
