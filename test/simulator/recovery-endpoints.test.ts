import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { atlasPost } from '../support/atlas-http';

/** orderCommit.do, the traveller's confirmation and regenerateOrder.do, against orders.md §2–§3. */
describe('simulator recovery endpoints', () => {
  let simulator: Simulator;
  let url: string;
  const order = (spec: Parameters<Simulator['store']['createOrder']>[0] = {}) =>
    simulator.store.createOrder(spec).orderNo;
  const commit = (body: Record<string, unknown>) => atlasPost(url, 'orderCommit.do', body);
  const regenerate = (originalOrderNo: string) =>
    atlasPost(url, 'regenerateOrder.do', { originalOrderNo });
  const control = (path: string, method = 'POST') =>
    fetch(new URL(path, url), { method, redirect: 'manual' });

  before(async () => {
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 50 });
    url = await simulator.listen(0);
  });
  after(() => simulator.close());

  describe('orderCommit.do', () => {
    it('hands out a confirmation URL with partnerId, session and the redirectUri', async () => {
      const orderNo = order({ carrier: 'FR' });
      const { json } = await commit({ orderNo, redirectUri: 'https://shop.example/back' });
      assert.equal(json.status, 0);
      const page = new URL(String(json.confirmationUrl));
      assert.equal(page.searchParams.get('partnerId'), 'ATLAS');
      assert.match(page.searchParams.get('session') ?? '', /^[0-9a-f-]{36}$/);
      assert.equal(page.searchParams.get('redirectUri'), 'https://shop.example/back');
    });

    it('takes iframe as the string "true" or a boolean and then needs no redirectUri', async () => {
      for (const iframe of ['true', true]) {
        const { json } = await commit({ orderNo: order({ carrier: 'FR' }), iframe });
        assert.equal(json.status, 0);
        assert.equal(new URL(String(json.confirmationUrl)).searchParams.get('redirectUri'), null);
      }
    });

    const failures: { name: string; status: number; body: () => Record<string, unknown> }[] = [
      { name: 'answers 307 without an orderNo', status: 307, body: () => ({ iframe: 'true' }) },
      {
        name: 'answers 307 in popup mode without a redirectUri',
        status: 307,
        body: () => ({ orderNo: order({ carrier: 'FR' }), iframe: false }),
      },
      {
        name: 'answers 307 for a redirectUri that is not an http(s) URL',
        status: 307,
        body: () => ({ orderNo: order({ carrier: 'FR' }), redirectUri: 'javascript:alert(1)' }),
      },
      {
        name: 'answers 800 for an order Atlas does not know',
        status: 800,
        body: () => ({ orderNo: 'TESTZ20990101000000000', iframe: 'true' }),
      },
      {
        name: 'answers 307 for an order of another airline',
        status: 307,
        body: () => ({ orderNo: order({ carrier: '5J' }), iframe: 'true' }),
      },
      {
        name: 'answers 307 for a Ryanair order that is already paid',
        status: 307,
        body: () => ({ orderNo: order({ carrier: 'FR', state: 'TICKETING' }), iframe: 'true' }),
      },
      {
        name: 'answers 307 for a Ryanair order past its hold',
        status: 307,
        body: () => ({ orderNo: order({ carrier: 'FR', deadlineInSeconds: -1 }), iframe: 'true' }),
      },
    ];
    for (const { name, status, body } of failures) {
      it(name, async () => {
        const { json } = await commit(body());
        assert.equal(json.status, status, String(json.msg));
        assert.equal(json.confirmationUrl ?? null, null);
      });
    }
  });

  describe("the traveller's confirmation", () => {
    it('refuses the control call until orderCommit.do handed out a page, then lets pay.do through', async () => {
      const orderNo = order({ carrier: 'FR' });
      assert.equal((await control(`_sim/orders/${orderNo}/confirm`)).status, 409);
      assert.equal(
        (await atlasPost(url, 'pay.do', { orderNo, paymentMethod: 1 })).json.status,
        415,
      );
      await commit({ orderNo, iframe: 'true' });
      assert.equal((await control(`_sim/orders/${orderNo}/confirm`)).status, 200);
      assert.equal((await atlasPost(url, 'pay.do', { orderNo, paymentMethod: 1 })).json.status, 0);
    });

    it('serves the confirmation page and sends the traveller back with AtlasOrderNumber', async () => {
      const orderNo = order({ carrier: 'FR' });
      const { json } = await commit({ orderNo, redirectUri: 'https://shop.example/back?x=1' });
      const pageUrl = String(json.confirmationUrl);
      const shown = await fetch(pageUrl);
      assert.equal(shown.status, 200);
      assert.match(await shown.text(), new RegExp(orderNo));
      assert.equal(simulator.store.getOrder(orderNo)?.confirmed, false);
      const confirmed = await fetch(pageUrl, { method: 'POST', redirect: 'manual' });
      assert.equal(confirmed.status, 303);
      const back = new URL(confirmed.headers.get('location') ?? '');
      assert.equal(back.origin + back.pathname, 'https://shop.example/back');
      assert.equal(back.searchParams.get('x'), '1');
      assert.equal(back.searchParams.get('AtlasOrderNumber'), orderNo);
      assert.equal(simulator.store.getOrder(orderNo)?.confirmed, true);
    });

    it('honours only the newest page when orderCommit.do is called again', async () => {
      const orderNo = order({ carrier: 'FR' });
      const first = String((await commit({ orderNo, iframe: 'true' })).json.confirmationUrl);
      const second = String((await commit({ orderNo, iframe: 'true' })).json.confirmationUrl);
      assert.equal((await fetch(first, { method: 'POST' })).status, 404);
      assert.equal(simulator.store.getOrder(orderNo)?.confirmed, false);
      assert.equal((await fetch(second, { method: 'POST' })).status, 200);
      assert.equal(simulator.store.getOrder(orderNo)?.confirmed, true);
    });

    it('refuses the confirmation once the order is past its hold', async () => {
      const orderNo = order({ carrier: 'FR', deadlineInSeconds: 60 });
      await commit({ orderNo, iframe: 'true' });
      simulator.store.clock.advance(61_000);
      assert.equal((await control(`_sim/orders/${orderNo}/confirm`)).status, 409);
      assert.equal(simulator.store.getOrder(orderNo)?.confirmed, false);
    });

    it('does not accept a made-up session', async () => {
      const page = new URL('_sim/ryanair/flights-confirmation?session=nope', url);
      assert.equal((await fetch(page, { method: 'POST' })).status, 404);
    });
  });

  describe('regenerateOrder.do', () => {
    it('creates a new unpaid order with the same trip and leaves the original untouched', async () => {
      const originalNo = order({
        state: 'CANCELLED',
        cancelErrorCode: '604',
        passengers: [{}, {}],
      });
      const { json } = await regenerate(originalNo);
      assert.equal(json.status, 0, String(json.msg));
      assert.equal(json.originalOrderNo, originalNo);
      const newNo = String(json.orderNo);
      assert.notEqual(newNo, originalNo);
      assert.match(String(json.tktLimitTime), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      assert.equal((json.paxTicketInfos as unknown[]).length, 2);
      const fresh = await atlasPost(url, 'queryOrderDetails.do', { orderNo: newNo });
      assert.equal(fresh.json.orderStatus, '0');
      assert.equal(fresh.json.paymentMethod, null);
      const original = await atlasPost(url, 'queryOrderDetails.do', { orderNo: originalNo });
      assert.equal(original.json.orderStatus, '-3');
      assert.equal(original.json.errorCode, '604');
    });

    it('gives the regenerated order a fresh 30-minute hold', async () => {
      const originalNo = order({ deadlineInSeconds: -60 });
      assert.equal(
        (await atlasPost(url, 'pay.do', { orderNo: originalNo, paymentMethod: 1 })).json.status,
        401,
      );
      const { json } = await regenerate(originalNo);
      assert.equal(json.status, 0);
      const created = simulator.store.getOrder(String(json.orderNo));
      const holdMs = (created?.deadline ?? 0) - simulator.store.clock.now();
      assert.ok(holdMs > 29 * 60_000 && holdMs <= 30 * 60_000, `hold ${holdMs} ms`);
      assert.equal(
        (await atlasPost(url, 'pay.do', { orderNo: json.orderNo, paymentMethod: 1 })).json.status,
        0,
      );
    });

    it('answers 318 naming the live order when the original was already regenerated', async () => {
      const originalNo = order({ state: 'CANCELLED' });
      const first = await regenerate(originalNo);
      const second = await regenerate(originalNo);
      assert.equal(second.json.status, 318);
      assert.deepEqual(second.json.duplicateOrders, [first.json.orderNo]);
    });

    it('answers 318 for an unpaid original that can still be paid', async () => {
      const originalNo = order();
      const { json } = await regenerate(originalNo);
      assert.equal(json.status, 318);
      assert.deepEqual(json.duplicateOrders, [originalNo]);
    });

    it('answers 314 for an original that is ticketing or ticketed', async () => {
      for (const state of ['TICKETING', 'TICKETED'] as const) {
        assert.equal((await regenerate(order({ state }))).json.status, 314);
      }
    });

    it('answers 307 for an unknown original and 100 without one', async () => {
      assert.equal((await regenerate('TESTZ20990101000000000')).json.status, 307);
      assert.equal((await atlasPost(url, 'regenerateOrder.do', {})).json.status, 100);
    });
  });
});
