import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { OrderOwners } from '../../src/ledger/order-owners';
import { withKnownOwners } from '../../src/ledger/order-owners.known';
import { openTestLedger, TestLedger } from '../support/ledger';
import { orderOwnersContract } from './order-owners.contract';

const T0 = new Date('2026-12-01T10:00:00.000Z');
const orderNo = () => `TESTK${randomUUID().replace(/-/g, '').slice(0, 17)}`;

orderOwnersContract('known owners in front of the ledger', async () => {
  const opened = await openTestLedger();
  return { owners: withKnownOwners(opened.ledger.owners, 1_000), close: opened.close };
});

describe('known owners: each order’s owner read from the ledger once', () => {
  let opened: TestLedger;
  /** Every order number the ledger was asked about, in order. */
  let asked: string[];
  /** The ledger's owners as it is, for what another replica does. */
  let ledgerOwners: OrderOwners;
  let counted: OrderOwners;
  before(async () => {
    opened = await openTestLedger();
    ledgerOwners = opened.ledger.owners;
    counted = {
      claim: (...args) => ledgerOwners.claim(...args),
      ownersOf: (orderNos) => {
        asked.push(...orderNos);
        return ledgerOwners.ownersOf(orderNos);
      },
    };
  });
  after(() => opened.close());
  const known = (maxEntries = 1_000) => {
    asked = [];
    return withKnownOwners(counted, maxEntries);
  };

  it('answers an owner it has read without reading it again', async () => {
    const owners = known();
    const [a, b] = [orderNo(), orderNo()];
    await ledgerOwners.claim(a, 'partner-a', T0);
    await ledgerOwners.claim(b, 'partner-b', T0);
    assert.deepEqual(await owners.ownersOf([a]), ['partner-a']);
    assert.deepEqual(await owners.ownersOf([b, a, b]), ['partner-b', 'partner-a', 'partner-b']);
    assert.deepEqual(await owners.ownersOf([a, b]), ['partner-a', 'partner-b']);
    assert.deepEqual(asked, [a, b]);
  });

  it('reads an order with no owner every time, so a claim made elsewhere is seen at once', async () => {
    const owners = known();
    const order = orderNo();
    assert.deepEqual(await owners.ownersOf([order]), [null]);
    // Another replica books it.
    await ledgerOwners.claim(order, 'partner-b', T0);
    assert.deepEqual(await owners.ownersOf([order]), ['partner-b']);
    assert.deepEqual(asked, [order, order]);
  });

  it('knows the owner of an order it claimed without reading it', async () => {
    const owners = known();
    const order = orderNo();
    assert.equal(await owners.claim(order, 'partner-a', T0), true);
    assert.deepEqual(await owners.ownersOf([order]), ['partner-a']);
    assert.deepEqual(asked, []);
  });

  it('takes a claim that came second for nothing: the first claimant still owns the order', async () => {
    const owners = known();
    const order = orderNo();
    await ledgerOwners.claim(order, 'partner-a', T0);
    assert.equal(await owners.claim(order, 'partner-b', T0), false);
    assert.deepEqual(await owners.ownersOf([order]), ['partner-a']);
  });

  it('keeps at most its bound, forgetting the oldest first', async () => {
    const owners = known(2);
    const [a, b, c] = [orderNo(), orderNo(), orderNo()];
    for (const order of [a, b, c]) await ledgerOwners.claim(order, 'partner-a', T0);
    await owners.ownersOf([a]);
    await owners.ownersOf([b]);
    await owners.ownersOf([c]);
    asked = [];
    assert.deepEqual(await owners.ownersOf([c, b, a]), ['partner-a', 'partner-a', 'partner-a']);
    assert.deepEqual(asked, [a]);
  });
});
