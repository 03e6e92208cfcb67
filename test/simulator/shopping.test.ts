import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { atlasPost } from '../support/atlas-http';
import { searchRouting, travelDate, verifiedSession } from '../support/sim-shopping';

const JANE = {
  name: 'DOE/JANE',
  passengerType: 0,
  gender: 'F',
  birthday: '19900101',
  nationality: 'SG',
  cardType: 'PP',
  cardNum: 'E7654321',
  cardExpired: '20320101',
};
const CONTACT = { name: 'DOE/JANE', email: 'jane@example.com', mobile: '0065-81234567' };

/** search.do → verify.do → order.do as search-verify.md and orders.md §1 state them. */
describe('simulator shopping: search.do, verify.do and order.do', () => {
  let simulator: Simulator;
  let url: string;
  const search = (body: Record<string, unknown>) =>
    atlasPost(url, 'search.do', {
      tripType: '1',
      adultNum: 1,
      childNum: 0,
      infantNum: 0,
      fromCity: 'MNL',
      toCity: 'SIN',
      fromDate: travelDate(30),
      ...body,
    });

  before(async () => {
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 20_000 });
    url = await simulator.listen(0);
  });
  after(() => simulator.close());

  it('answers a one-way search with one routing: segments in local yyyyMMddHHmm, prices and payment methods', async () => {
    const routing = await searchRouting(url, { from: 'MNL', to: 'SIN' });
    assert.equal(typeof routing.routingIdentifier, 'string');
    assert.deepEqual(routing.supportPaymentMethods, [1]);
    assert.equal(routing.supportCreditTransPayment, '0');
    assert.equal(routing.vendorFare, null);
    const segments = routing.fromSegments as Record<string, unknown>[];
    assert.deepEqual(
      segments.map((s) => [s.segmentIndex, s.depAirport, s.arrAirport]),
      [
        [1, 'MNL', 'CEB'],
        [2, 'CEB', 'SIN'],
      ],
    );
    assert.equal(segments[0]!.depTime, `${travelDate(30)}0640`);
    assert.deepEqual(routing.retSegments, []);
    assert.equal(routing.adultPrice, 265);
  });

  it('continues segment indexes across a return trip', async () => {
    const routing = await searchRouting(url, { from: 'SIN', to: 'BKK', retDate: travelDate(37) });
    const ret = routing.retSegments as Record<string, unknown>[];
    assert.deepEqual(
      ret.map((s) => [s.segmentIndex, s.depAirport, s.depTime]),
      [[2, 'BKK', `${travelDate(37)}1100`]],
    );
    assert.ok(routing.vendorFare, 'a VCC-capable fare carries vendorFare');
  });

  for (const [name, body, status] of [
    ['no adult', { adultNum: 0, childNum: 1 }, 102],
    ['ten seated passengers', { adultNum: 5, childNum: 5 }, 102],
    ['more infants than adults', { adultNum: 1, infantNum: 2 }, 102],
    ['a lower-case city', { fromCity: 'mnl' }, 102],
    ['a date in the past', { fromDate: '20200101' }, 102],
    ['a return trip without retDate', { tripType: '2' }, 100],
    ['a missing fromCity', { fromCity: undefined }, 100],
    ['a currency other than USD', { currency: 'EUR' }, 124],
    ['a route with no fare', { fromCity: 'LHR', toCity: 'JFK' }, 114],
    ['an airline filter that excludes the fare', { airlines: ['PR'] }, 114],
  ] as const) {
    it(`answers search.do with ${status} for ${name}`, async () => {
      const { json } = await search(body);
      assert.equal(json.status, status);
    });
  }

  it('verifies a routing: a sessionId, maxSeats, the booking requirement and no price change', async () => {
    const routing = await searchRouting(url, { from: 'DUB', to: 'KIR' });
    const { json } = await atlasPost(url, 'verify.do', {
      routingIdentifier: routing.routingIdentifier,
    });
    assert.equal(json.status, 0);
    assert.match(String(json.sessionId), /^[0-9a-f-]{36}$/);
    assert.equal(json.maxSeats, 9);
    const passenger = (
      json.bookingRequirement as { passenger: Record<string, { required: boolean }> }
    ).passenger;
    assert.equal(passenger.birthday!.required, true);
    assert.equal(passenger.cardNum!.required, false);
    assert.equal((json.priceChange as { isPriceChange: boolean }).isPriceChange, false);
  });

  it('re-prices the price-rise fare at verify and says so in priceChange', async () => {
    const routing = await searchRouting(url, { from: 'MNL', to: 'HKG' });
    const { json } = await atlasPost(url, 'verify.do', {
      routingIdentifier: routing.routingIdentifier,
    });
    const change = json.priceChange as Record<string, unknown>;
    assert.equal(change.isPriceChange, true);
    assert.equal(change.originalAdultPrice, 120);
    assert.equal(change.newAdultPrice, 135);
    assert.equal((json.routing as Record<string, unknown>).adultPrice, 135);
  });

  it('answers verify.do 210 for the fare that sells out, 200 for an altered identifier and 202 after 6 h', async () => {
    const soldOut = await searchRouting(url, { from: 'SIN', to: 'HKG' });
    const sold = await atlasPost(url, 'verify.do', {
      routingIdentifier: soldOut.routingIdentifier,
    });
    assert.equal(sold.json.status, 210);
    const routing = await searchRouting(url, { from: 'SIN', to: 'BKK' });
    const altered = await atlasPost(url, 'verify.do', {
      routingIdentifier: `${String(routing.routingIdentifier)}x`,
    });
    assert.equal(altered.json.status, 200);
    simulator.store.clock.advance(6 * 3600_000);
    const expired = await atlasPost(url, 'verify.do', {
      routingIdentifier: routing.routingIdentifier,
    });
    assert.equal(expired.json.status, 202);
  });

  it('books with a live sessionId at the verified price, with the fare’s segments and methods', async () => {
    const sessionId = await verifiedSession(url, { from: 'MNL', to: 'HKG' });
    const { json } = await atlasPost(url, 'order.do', {
      sessionId,
      passengers: [JANE],
      contact: CONTACT,
    });
    assert.equal(json.status, 0);
    assert.equal(json.totalPrice, 135 + 28);
    assert.equal(json.totalTransactionFee, 2);
    assert.equal(json.sessionId, sessionId);
    const routing = json.routing as Record<string, unknown>;
    assert.deepEqual(routing.supportPaymentMethods, [1, 3]);
    assert.equal((routing.fromSegments as unknown[]).length, 1);
  });

  it('answers order.do 301 for a session it never issued and for one older than 2 h', async () => {
    const unknown = await atlasPost(url, 'order.do', {
      sessionId: 'a39fc063-3192-4058-b179-998ebfb2fed8',
      passengers: [JANE],
      contact: CONTACT,
    });
    assert.equal(unknown.json.status, 301);
    const sessionId = await verifiedSession(url, { from: 'MNL', to: 'SIN' });
    simulator.store.clock.advance(2 * 3600_000);
    const expired = await atlasPost(url, 'order.do', {
      sessionId,
      passengers: [JANE],
      contact: CONTACT,
    });
    assert.equal(expired.json.status, 301);
  });

  it('answers order.do 327 when a field the fare requires is missing, 310 for an infant on a fare without infants, 312 above maxSeats', async () => {
    const withoutDocument = { ...JANE, cardNum: null };
    const missing = await atlasPost(url, 'order.do', {
      sessionId: await verifiedSession(url, { from: 'MNL', to: 'SIN' }),
      passengers: [withoutDocument],
      contact: CONTACT,
    });
    assert.equal(missing.json.status, 327);
    const infant = { ...JANE, name: 'DOE/BABY', passengerType: 2, birthday: '20260101' };
    const noInfants = await atlasPost(url, 'order.do', {
      sessionId: await verifiedSession(url, { from: 'HKG', to: 'PEK' }),
      passengers: [JANE, infant],
      contact: CONTACT,
    });
    assert.equal(noInfants.json.status, 310);
    const five = ['A', 'B', 'C', 'D', 'E'].map((given) => ({ ...JANE, name: `DOE/${given}` }));
    const tooMany = await atlasPost(url, 'order.do', {
      sessionId: await verifiedSession(url, { from: 'HKG', to: 'PEK' }),
      passengers: five,
      contact: CONTACT,
    });
    assert.equal(tooMany.json.status, 312);
  });

  it('answers order.do 318 naming the live order when the same travellers book the same flights again', async () => {
    const book = async () =>
      (
        await atlasPost(url, 'order.do', {
          sessionId: await verifiedSession(url, { from: 'SIN', to: 'BKK' }),
          passengers: [{ ...JANE, name: 'TAN/MEI' }],
          contact: CONTACT,
        })
      ).json;
    const first = await book();
    assert.equal(first.status, 0);
    const second = await book();
    assert.equal(second.status, 318);
    assert.deepEqual(second.duplicateOrders, [first.orderNo]);
  });

  it('books a Ryanair fare that needs the traveller’s confirmation before pay.do (415)', async () => {
    const { json } = await atlasPost(url, 'order.do', {
      sessionId: await verifiedSession(url, { from: 'DUB', to: 'KIR' }),
      passengers: [{ name: 'MURPHY/SEAN', passengerType: 0, gender: 'M', birthday: '19850505' }],
      contact: CONTACT,
    });
    assert.equal(json.status, 0);
    const paid = await atlasPost(url, 'pay.do', { orderNo: json.orderNo, paymentMethod: 1 });
    assert.equal(paid.json.status, 415);
  });
});
