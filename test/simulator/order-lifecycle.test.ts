import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { atlasPost } from '../support/atlas-http';
import { VISA_VCC } from '../support/cards';
import { verifiedSession } from '../support/sim-shopping';

/** order.do → pay.do → queryOrderDetails.do, and the envelope rules, as the Atlas docs state them. */
describe('simulator order lifecycle and envelope', () => {
  let simulator: Simulator;
  let url: string;
  const query = (orderNo: string) => atlasPost(url, 'queryOrderDetails.do', { orderNo });

  before(async () => {
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 20_000 });
    url = await simulator.listen(0);
  });
  after(() => simulator.close());

  it('creates an unpaid order with order.do and shows it with string statuses and an SGT deadline', async () => {
    const created = await atlasPost(url, 'order.do', {
      sessionId: await verifiedSession(url, { from: 'DUB', to: 'KIR' }),
      passengers: [
        {
          name: 'DOE/JANE',
          passengerType: 0,
          gender: 'F',
          birthday: '19900101',
          cardType: 'PP',
          cardNum: 'E1234567',
        },
      ],
      contact: { name: 'DOE/JANE', email: 'jane@example.com', mobile: '0065-81234567' },
    });
    assert.equal(created.json.status, 0);
    const orderNo = String(created.json.orderNo);
    assert.match(orderNo, /^TEST[A-Z]\d{17}$/);
    assert.match(String(created.json.tktLimitTime), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const { json } = await query(orderNo);
    assert.equal(json.status, 0);
    assert.equal(json.orderStatus, '0');
    assert.equal(json.ticketStatus, '0');
    assert.equal(json.paymentMethod, null);
    assert.ok(Array.isArray(json.paymentOptions));
  });

  it('rejects an order.do passenger name that is not FAMILY/GIVEN with 307', async () => {
    const { json } = await atlasPost(url, 'order.do', {
      sessionId: await verifiedSession(url, { from: 'DUB', to: 'KIR' }),
      passengers: [{ name: 'Jane Doe', passengerType: 0, gender: 'F' }],
      contact: { name: 'DOE/JANE' },
    });
    assert.equal(json.status, 307);
  });

  it('moves 0 → 1 on payment and 1 → 2 with a ticket per passenger once the ticketing delay passes', async () => {
    const orderNo = simulator.store.createOrder({
      passengers: [{}, { name: 'DOE/JOHN', gender: 'M' }],
    }).orderNo;
    assert.equal((await atlasPost(url, 'pay.do', { orderNo, paymentMethod: 1 })).json.status, 0);
    const ticketing = (await query(orderNo)).json;
    assert.equal(ticketing.orderStatus, '1');
    assert.equal(ticketing.paymentOptions, null);
    simulator.store.clock.advance(20_000);
    const ticketed = (await query(orderNo)).json;
    assert.equal(ticketed.orderStatus, '2');
    assert.equal(ticketed.ticketStatus, '1');
    const pax = ticketed.paxTicketInfos as { ticketNos: string[]; airlinePNRs: string[] }[];
    assert.equal(pax.length, 2);
    assert.ok(pax.every((p) => p.ticketNos.length === 1 && p.airlinePNRs.length === 1));
  });

  for (const [firstName, errorCode] of [
    ['Reject', '604'],
    ['Three DS', '616'],
  ] as const) {
    it(`accepts a card held by "${firstName}" and cancels the order with ${errorCode} at ticketing`, async () => {
      const orderNo = simulator.store.createOrder({}).orderNo;
      const payment = await atlasPost(url, 'pay.do', {
        orderNo,
        paymentMethod: 3,
        creditCard: {
          cardNumber: VISA_VCC,
          cardCVV: '123',
          cardExpireMonth: '12',
          cardExpireYear: '30',
          cardHolderFirstName: firstName,
          cardHolderLastName: 'DOE',
        },
      });
      assert.equal(payment.json.status, 0);
      simulator.store.clock.advance(20_000);
      const { json } = await query(orderNo);
      assert.equal(json.orderStatus, '-3');
      assert.equal(json.errorCode, errorCode);
      assert.equal(typeof json.errorMessage, 'string');
    });
  }

  it('answers 800 for an order it does not know', async () => {
    assert.equal((await query('TESTQ20990101000000000')).json.status, 800);
  });

  it('answers 900 when the credentials are wrong', async () => {
    const { httpStatus, json } = await atlasPost(
      url,
      'queryOrderDetails.do',
      { orderNo: 'X' },
      { 'x-atlas-client-secret': 'wrong' },
    );
    assert.equal(httpStatus, 200);
    assert.equal(json.status, 900);
  });

  it('answers 901 when the body is not JSON', async () => {
    assert.equal((await atlasPost(url, 'pay.do', '{not json')).json.status, 901);
  });

  it('gzips its answers when the caller accepts gzip', async () => {
    assert.equal((await query('TESTQ20990101000000000')).contentEncoding, 'gzip');
  });

  it('applies a payment but loses the answer when a fault is armed after processing', async () => {
    const orderNo = simulator.store.createOrder({}).orderNo;
    simulator.faults.arm({
      endpoint: 'pay.do',
      kind: 'reset',
      times: 1,
      latencyMs: 0,
      httpStatus: 502,
      atlasStatus: 0,
      afterProcessing: true,
    });
    await assert.rejects(atlasPost(url, 'pay.do', { orderNo, paymentMethod: 1 }));
    assert.equal((await query(orderNo)).json.orderStatus, '1');
  });
});
