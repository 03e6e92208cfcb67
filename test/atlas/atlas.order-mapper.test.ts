import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWith } from '../../src/atlas/atlas.call';
import { AtlasTransportError } from '../../src/atlas/atlas.errors';
import { orderFromWire } from '../../src/atlas/atlas.order-mapper';
import { queryOrderSuccessSchema } from '../../src/atlas/atlas.wire-schemas';
import { OrderStatus, PaymentMethod } from '../../src/domain/order';

/** Samples shaped as in order-query.md, with the wire quirks README "Known discrepancies" lists. */
const ticketedSample = {
  status: 0,
  msg: 'success',
  orderNo: 'TESTA20250816160804096',
  pnrCode: 'MDQZ7U',
  orderStatus: '2',
  ticketStatus: '1',
  paxTicketInfos: [
    { name: 'ZHANG/SAN', passengerType: 0, ticketNos: ['S77182'], airlinePNRs: ['S77182'] },
  ],
  totalPrice: 300.35,
  currency: 'USD',
  tktLimitTime: '2025-08-16 16:58:04',
  supportPaymentMethods: [1, 3, 5],
  paymentMethod: 5,
  paymentOptions: null,
  errorCode: null,
  someFieldAtlasAddsLater: { nested: true },
};

/** As the client reads an answer: through parseWith, which runs the schema's compiled copy. */
function parse(overrides: Record<string, unknown>) {
  return orderFromWire(
    parseWith('queryOrderDetails.do', queryOrderSuccessSchema, { ...ticketedSample, ...overrides }),
  );
}

describe('Atlas order mapping', () => {
  it('maps the documented ticketed sample to domain values and tolerates unknown fields', async () => {
    const order = await parse({});
    assert.equal(order?.status, OrderStatus.TICKETED);
    assert.equal(order?.ticketIssued, true);
    assert.equal(order?.paymentMethod, PaymentMethod.MOR);
    assert.deepEqual(order?.supportedPaymentMethods, [
      PaymentMethod.DEPOSIT,
      PaymentMethod.VCC,
      PaymentMethod.MOR,
    ]);
    assert.equal(order?.paymentDeadline?.toISOString(), '2025-08-16T08:58:04.000Z');
  });

  const statuses: [unknown, OrderStatus][] = [
    ['0', OrderStatus.UNPAID],
    [1, OrderStatus.TICKETING],
    ['2', OrderStatus.TICKETED],
    ['-3', OrderStatus.CANCELLED],
    [-3, OrderStatus.CANCELLED],
    ['3', OrderStatus.CANCELLED],
  ];
  for (const [wire, status] of statuses) {
    it(`reads orderStatus ${JSON.stringify(wire)} as ${status}`, async () => {
      assert.equal((await parse({ orderStatus: wire }))?.status, status);
    });
  }

  it('returns null for an orderStatus Atlas never documented', async () => {
    assert.equal(await parse({ orderStatus: '7' }), null);
  });

  it('normalises numbers sent as strings', async () => {
    const order = await parse({
      totalPrice: '300.35',
      paymentMethod: '3',
      supportPaymentMethods: ['1', 3],
    });
    assert.equal(order?.totalPrice?.amount, 300.35);
    assert.equal(order?.paymentMethod, PaymentMethod.VCC);
    assert.deepEqual(order?.supportedPaymentMethods, [PaymentMethod.DEPOSIT, PaymentMethod.VCC]);
  });

  it('is not ticketed while a passenger lacks a ticket number, even with status 2', async () => {
    const order = await parse({
      paxTicketInfos: [
        { name: 'A/B', ticketNos: ['1'] },
        { name: 'C/D', ticketNos: [] },
      ],
    });
    assert.equal(order?.ticketIssued, false);
  });

  it('keeps the ticketing failure of a cancelled order, with a numeric errorCode read as text', async () => {
    const order = await parse({
      orderStatus: '-3',
      errorCode: 604,
      errorMessage: 'Payment declined by airline',
    });
    assert.deepEqual(order?.ticketingFailure, {
      code: '604',
      atlasMessage: 'Payment declined by airline',
      airlineMessage: null,
    });
  });

  it('keeps the order readable when only its routing is malformed', async () => {
    const order = await parse({ routing: { fromSegments: 'not a list' } });
    assert.equal(order?.status, OrderStatus.TICKETED);
    assert.deepEqual(order?.itinerary, []);
  });

  it('refuses an answer of the wrong shape as unparseable, naming where', () => {
    const passengers = [{ name: 5, ticketNos: [], airlinePNRs: [] }];
    assert.throws(
      () => parse({ paxTicketInfos: passengers, orderNo: '' }),
      (error: unknown) =>
        error instanceof AtlasTransportError &&
        error.kind === 'unparseable' &&
        error.message.includes('orderNo, paxTicketInfos.0.name'),
    );
  });
});
