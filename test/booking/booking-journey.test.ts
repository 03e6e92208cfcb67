import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bearer, PARTNER_B, READ_ONLY } from '../support/partners';
import { travelDate } from '../support/sim-shopping';
import { Stack, startStack } from '../support/stack';
import { subscribeOverWs } from '../support/ws-client';

/** search → price → create → pay → ticketing, as a frontend sends it, against the simulator. */

const SEARCH = `query Search($input: FlightSearchInput!) {
  searchFlights(input: $input) {
    __typename
    ... on FlightOffers {
      offers {
        offerId supportedPaymentMethods infantsAllowed confirmationRequired
        totalPrice { amount currency }
        prices { type count fare { amount } taxes { amount } items { kind amount { amount } } }
        itinerary {
          segmentIndex direction carrier flightNumber departureAirport arrivalAirport
          departureLocalTime departureTime arrivalLocalTime arrivalTime durationMinutes fareFamily
        }
      }
    }
    ... on InvalidFlightSearch { issues { field message } }
    ... on FlightSearchFailure { code atlasStatus retryable guidance { nextActions } }
  }
}`;

const PRICE = `query Price($offerId: ID!) {
  priceOffer(offerId: $offerId) {
    __typename
    ... on PricedOffer {
      priceChanged previousTotal { amount } newTotal { amount currency } maxSeats
      requiredPassengerFields bookingToken bookingTokenExpiresAt
      offer { offerId totalPrice { amount } }
      guidance { nextActions }
    }
    ... on PriceOfferFailure { code atlasStatus retryable guidance { nextActions } }
  }
}`;

const CREATE = `mutation Create($input: CreateOrderInput!) {
  createOrder(input: $input) {
    __typename
    ... on OrderCreated {
      replayed
      order {
        orderNo status paymentDeadline supportedPaymentMethods
        totalPrice { amount currency }
        passengers { name type }
        itinerary { flightNumber departureTime }
        priceBreakdown { type count fare { amount } taxes { amount } }
      }
      guidance { nextActions }
    }
    ... on PassengerDataRejected { issues { field message } }
    ... on DuplicateBookingFound { duplicateOrders }
    ... on CreateOrderFailure { code atlasStatus message retryable guidance { nextActions } }
  }
}`;

const PAY = `mutation Pay($input: PayOrderInput!) {
  payOrder(input: $input) { __typename ... on PaymentFailure { code } }
}`;

const ORDER = `query Order($orderNo: ID!) {
  order(orderNo: $orderNo) {
    orderNo status
    itinerary { flightNumber departureTime arrivalTime }
    priceBreakdown { type count fare { amount } }
    payments { method state }
  }
}`;

const WATCH = `subscription Watch($orderNo: ID!) {
  ticketingStatus(orderNo: $orderNo) { status final }
}`;

const PASSPORT = 'K9876543';
const EMAIL = 'mei.tan@example.org';
const BIRTHDAY = '1991-07-14';

type Json = Record<string, unknown> & { __typename: string };

function passenger(overrides: Record<string, unknown> = {}) {
  return {
    familyName: 'Tan',
    givenNames: 'Mei Ling',
    type: 'ADULT',
    gender: 'FEMALE',
    birthday: BIRTHDAY,
    nationality: 'SG',
    document: {
      type: 'PASSPORT',
      number: PASSPORT,
      expiryDate: '2031-05-01',
      issuingCountry: 'SG',
    },
    ...overrides,
  };
}

const CONTACT = {
  familyName: 'Tan',
  givenNames: 'Mei Ling',
  email: EMAIL,
  phone: { countryCode: '65', number: '81234567' },
};

describe('booking through the graph: searchFlights → priceOffer → createOrder', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ ticketingDelayMs: 300 });
  });
  after(() => stack.close());

  async function field(
    query: string,
    variables: Record<string, unknown>,
    name: string,
    headers?: Record<string, string>,
  ) {
    const response = await stack.gql(query, variables, headers);
    assert.equal(response.body.errors, undefined, response.text);
    return response.body.data![name] as Json;
  }
  const search = (input: Record<string, unknown>) =>
    field(SEARCH, { input: { departureDate: isoDate(30), adults: 1, ...input } }, 'searchFlights');
  const price = (offerId: string, headers?: Record<string, string>) =>
    field(PRICE, { offerId }, 'priceOffer', headers);
  const create = (input: Record<string, unknown>, headers?: Record<string, string>) =>
    field(
      CREATE,
      { input: { passengers: [passenger()], contact: CONTACT, ...input } },
      'createOrder',
      headers,
    );

  async function offerFor(from: string, to: string, input: Record<string, unknown> = {}) {
    const found = await search({ from, to, ...input });
    assert.equal(found.__typename, 'FlightOffers', JSON.stringify(found));
    return (found.offers as Json[])[0]!;
  }
  async function tokenFor(from: string, to: string) {
    const priced = await price(String((await offerFor(from, to)).offerId));
    assert.equal(priced.__typename, 'PricedOffer', JSON.stringify(priced));
    return String(priced.bookingToken);
  }

  it('books and pays a trip end to end, with local times and offsets, and ticketing to TICKETED', async () => {
    const offer = await offerFor('MNL', 'SIN');
    assert.deepEqual(offer.supportedPaymentMethods, ['DEPOSIT']);
    const [first, second] = offer.itinerary as Json[];
    assert.equal(first!.departureLocalTime, `${isoDate(30)}T06:40`);
    assert.equal(first!.departureTime, `${isoDate(30)}T06:40:00+08:00`);
    assert.equal(second!.arrivalTime, `${isoDate(30)}T14:05:00+08:00`);
    assert.deepEqual(offer.totalPrice, { amount: '300.35', currency: 'USD' });

    const priced = await price(String(offer.offerId));
    assert.equal(priced.__typename, 'PricedOffer');
    assert.equal(priced.priceChanged, false);
    assert.equal(priced.previousTotal, null);
    assert.deepEqual(priced.newTotal, { amount: '300.35', currency: 'USD' });
    assert.ok((priced.requiredPassengerFields as string[]).includes('DOCUMENT_NUMBER'));
    assert.deepEqual((priced.guidance as Json).nextActions, ['CREATE_ORDER']);

    const created = await create({
      bookingToken: priced.bookingToken,
      idempotencyKey: 'journey-1',
    });
    assert.equal(created.__typename, 'OrderCreated', JSON.stringify(created));
    const order = created.order as Json;
    assert.equal(order.status, 'UNPAID');
    assert.ok(order.paymentDeadline);
    assert.deepEqual(order.passengers, [{ name: 'TAN/MEI LING', type: 'ADULT' }]);
    assert.deepEqual((created.guidance as Json).nextActions, ['PAY_ORDER']);
    const orderNo = String(order.orderNo);

    const paid = await field(PAY, { input: { orderNo, paymentMethod: 'DEPOSIT' } }, 'payOrder');
    assert.equal(paid.__typename, 'PaymentAccepted');
    const stream = subscribeOverWs<{ status: string; final: boolean }>(
      stack.wsUrl,
      WATCH,
      { orderNo },
      'ticketingStatus',
    );
    await stream.done;
    assert.deepEqual(stream.errors, []);
    assert.equal(stream.data.at(-1)?.status, 'TICKETED');

    const read = await field(ORDER, { orderNo }, 'order');
    assert.deepEqual(
      (read.itinerary as Json[]).map((s) => s.flightNumber),
      ['5J178', '5J563'],
    );
    assert.deepEqual(read.priceBreakdown, [{ type: 'ADULT', count: 1, fare: { amount: '265' } }]);
    assert.deepEqual(read.payments, [{ method: 'DEPOSIT', state: 'ACCEPTED' }]);
  });

  it('says the price changed on verify, with the old and new totals', async () => {
    const priced = await price(String((await offerFor('MNL', 'HKG')).offerId));
    assert.equal(priced.priceChanged, true);
    assert.deepEqual(priced.previousTotal, { amount: '148' });
    assert.deepEqual(priced.newTotal, { amount: '163', currency: 'USD' });
  });

  it('answers OfferSoldOut with SEARCH_AGAIN for the fare that sells out on verify', async () => {
    const priced = await price(String((await offerFor('SIN', 'HKG')).offerId));
    assert.equal(priced.__typename, 'OfferSoldOut');
    assert.equal(priced.atlasStatus, 210);
    assert.deepEqual((priced.guidance as Json).nextActions, ['SEARCH_AGAIN']);
  });

  it('answers BookingTokenExpired with PRICE_AGAIN when Atlas says the session is older than 2 h', async () => {
    const bookingToken = await tokenFor('SIN', 'BKK');
    stack.simulator.store.clock.advance(2 * 3600_000 + 1_000);
    const created = await create({ bookingToken });
    assert.equal(created.__typename, 'BookingTokenExpired');
    assert.equal(created.atlasStatus, 301);
    assert.deepEqual((created.guidance as Json).nextActions, ['PRICE_AGAIN']);
  });

  it('answers BookingTokenExpired without calling Atlas once the token is past its expiry', async () => {
    const bookingToken = await tokenFor('SIN', 'BKK');
    const before = (await stack.calls('order.do')).length;
    stack.clock.advance(2 * 3600_000 + 1_000);
    const created = await create({ bookingToken });
    assert.equal(created.__typename, 'BookingTokenExpired');
    assert.equal(created.atlasStatus, null);
    assert.equal((await stack.calls('order.do')).length, before);
  });

  it('rejects passenger data field by field before calling Atlas', async () => {
    const bookingToken = await tokenFor('HKG', 'PEK');
    const before = (await stack.calls('order.do')).length;
    const created = await create({
      bookingToken,
      passengers: [
        passenger({ document: null }),
        passenger({ givenNames: 'Baby', type: 'INFANT', birthday: '2026-13-01' }),
      ],
      contact: { ...CONTACT, email: 'not-an-address' },
    });
    assert.equal(created.__typename, 'PassengerDataRejected');
    assert.equal(created.atlasStatus, null);
    assert.deepEqual((created.issues as Json[]).map((issue) => issue.field).sort(), [
      'contact.email',
      'passengers[1].birthday',
    ]);
    assert.deepEqual((created.guidance as Json).nextActions, ['FIX_PASSENGER_DATA']);
    const fare = await create({
      bookingToken,
      passengers: [
        passenger({ document: null }),
        passenger({ givenNames: 'Baby', type: 'INFANT' }),
      ],
    });
    assert.deepEqual(
      (fare.issues as Json[]).map((issue) => issue.field),
      ['passengers[0].document', 'passengers[1].type'],
    );
    assert.equal((await stack.calls('order.do')).length, before);
    for (const issue of [...(created.issues as Json[]), ...(fare.issues as Json[])]) {
      assert.doesNotMatch(String(issue.message), /not-an-address|2026-13-01/);
    }
  });

  it('books once for the same idempotency key sent twice, and refuses the key for another booking', async () => {
    const bookingToken = await tokenFor('SIN', 'BKK');
    const before = (await stack.calls('order.do')).length;
    const input = {
      bookingToken,
      idempotencyKey: 'twice-1',
      passengers: [passenger({ familyName: 'Lim' })],
    };
    const first = await create(input);
    const second = await create(input);
    assert.equal(first.__typename, 'OrderCreated', JSON.stringify(first));
    assert.equal(second.__typename, 'OrderCreated');
    assert.equal(first.replayed, false);
    assert.equal(second.replayed, true);
    assert.equal((second.order as Json).orderNo, (first.order as Json).orderNo);
    assert.equal((await stack.calls('order.do')).length, before + 1);
    const other = await create({ ...input, passengers: [passenger({ familyName: 'Koh' })] });
    assert.equal(other.__typename, 'BookingIdempotencyKeyReused');
    assert.equal((await stack.calls('order.do')).length, before + 1);
  });

  it('answers DuplicateBookingFound naming the caller’s own live order when the travellers book the same flights again', async () => {
    const book = async () =>
      create({
        bookingToken: await tokenFor('DUB', 'KIR'),
        passengers: [passenger({ familyName: 'Murphy', document: null })],
      });
    const first = await book();
    assert.equal(first.__typename, 'OrderCreated', JSON.stringify(first));
    assert.deepEqual((first.guidance as Json).nextActions, ['CONFIRM_ORDER', 'PAY_ORDER']);
    const again = await book();
    assert.equal(again.__typename, 'DuplicateBookingFound');
    assert.equal(again.atlasStatus, 318);
    assert.deepEqual(again.duplicateOrders, [(first.order as Json).orderNo]);
  });

  it('answers BookingOutcomeUnknown for a lost order.do answer, and the same call again names the booking, now the caller’s', async () => {
    const input = {
      bookingToken: await tokenFor('SIN', 'BKK'),
      idempotencyKey: 'lost-1',
      passengers: [passenger({ familyName: 'Goh' })],
    };
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'order.do',
      kind: 'reset',
      times: 1,
      afterProcessing: true,
    });
    const lost = await create(input);
    assert.equal(lost.__typename, 'BookingOutcomeUnknown');
    assert.deepEqual((lost.guidance as Json).nextActions, ['CREATE_ORDER']);
    const again = await create(input);
    assert.equal(again.__typename, 'DuplicateBookingFound');
    const [orderNo] = again.duplicateOrders as string[];
    assert.ok(orderNo, 'the booking that landed is named');
    const read = await field(ORDER, { orderNo }, 'order');
    assert.equal(read.orderNo, orderNo);
  });

  it('keeps a new order from partner B, as if it did not exist', async () => {
    const created = await create({
      bookingToken: await tokenFor('SIN', 'BKK'),
      passengers: [passenger({ familyName: 'Ong' })],
    });
    const orderNo = (created.order as Json).orderNo;
    const response = await stack.gql(ORDER, { orderNo }, bearer(PARTNER_B));
    assert.equal(response.body.errors, undefined, response.text);
    assert.equal(response.body.data!.order, null);
  });

  it('refuses a booking token priced for another partner, and an offerId it never issued', async () => {
    const offer = await offerFor('SIN', 'BKK');
    const theirs = await price(String(offer.offerId), bearer(PARTNER_B));
    const response = await stack.gql(CREATE, {
      input: { bookingToken: theirs.bookingToken, passengers: [passenger()], contact: CONTACT },
    });
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(response.body.errors?.[0]?.extensions?.field, 'input.bookingToken');
    const garbled = await stack.gql(PRICE, { offerId: 'not-an-offer' });
    assert.equal(garbled.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('lets an orders:read partner search and price, but not book', async () => {
    const offer = await offerFor('SIN', 'BKK');
    const priced = await price(String(offer.offerId), bearer(READ_ONLY));
    assert.equal(priced.__typename, 'PricedOffer');
    const response = await stack.gql(
      CREATE,
      { input: { bookingToken: priced.bookingToken, passengers: [passenger()], contact: CONTACT } },
      bearer(READ_ONLY),
    );
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  it('answers a search with per-field issues before calling Atlas, and NoFlightsFound from Atlas', async () => {
    const before = (await stack.calls('search.do')).length;
    const invalid = await search({
      from: 'MNL',
      to: 'mnl',
      adults: 1,
      infants: 2,
      departureDate: '2020-01-01',
    });
    assert.equal(invalid.__typename, 'InvalidFlightSearch');
    assert.deepEqual((invalid.issues as Json[]).map((issue) => issue.field).sort(), [
      'departureDate',
      'infants',
      'to',
    ]);
    assert.equal((await stack.calls('search.do')).length, before);
    const none = await search({ from: 'LHR', to: 'JFK' });
    assert.equal(none.__typename, 'NoFlightsFound');
    assert.equal(none.atlasStatus, 114);
    assert.deepEqual((none.guidance as Json).nextActions, ['FIX_SEARCH']);
  });

  it('does not echo a passport number GraphQL itself refuses to coerce', async () => {
    const response = await stack.gql(CREATE, {
      input: {
        bookingToken: 'x',
        passengers: [passenger({ document: { type: 'PASSPORT', number: 98765432 } })],
        contact: CONTACT,
      },
    });
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(response.text.includes('98765432'), false, response.text);
  });

  it('never writes passport numbers, birthdays or e-mail addresses to the gateway log', () => {
    const log = stack.logs.join('\n');
    assert.ok(log.includes('order booked'), 'the journey was logged');
    for (const secret of [PASSPORT, EMAIL, BIRTHDAY, BIRTHDAY.replace(/-/g, ''), '81234567']) {
      assert.equal(log.includes(secret), false, `the log holds ${secret}`);
    }
  });
});

function isoDate(days: number): string {
  const compact = travelDate(days);
  return `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
}
