import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { card } from '../support/cards';
import { Stack, startStack } from '../support/stack';
import { subscribeOverWs } from '../support/ws-client';

const WATCH = `subscription Watch($orderNo: ID!) {
  ticketingStatus(orderNo: $orderNo) {
    orderNo status previousStatus final source stale occurredAt lastConfirmedAt
    passengers { name ticketNumbers airlinePnrs }
    failure { code meaning guidance { nextActions steps } }
  }
}`;

interface Update {
  orderNo: string;
  status: string;
  previousStatus: string | null;
  final: boolean;
  source: string;
  stale: boolean;
  passengers: { name: string; ticketNumbers: string[]; airlinePnrs: string[] }[];
  failure: { code: string; meaning: string; guidance: { nextActions: string[] } } | null;
}

const PAY = `mutation Pay($input: PayOrderInput!) { payOrder(input: $input) { __typename } }`;

describe('ticketingStatus over graphql-ws, fed by polling', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ ticketingDelayMs: 600 });
  });
  after(() => stack.close());

  const watch = (orderNo: string) =>
    subscribeOverWs<Update>(stack.wsUrl, WATCH, { orderNo }, 'ticketingStatus');
  const pay = async (input: Record<string, unknown>) => {
    const response = await stack.gql(PAY, { input });
    assert.deepEqual(response.body.data, { payOrder: { __typename: 'PaymentAccepted' } });
  };

  it('emits the state at once, then TICKETING and TICKETED with ticket numbers, then completes', async () => {
    const orderNo = await stack.createOrder();
    const stream = watch(orderNo);
    const [first] = await stream.waitFor(1);
    assert.equal(first!.status, 'UNPAID');
    assert.equal(first!.previousStatus, null);
    assert.equal(first!.final, false);
    assert.equal(first!.source, 'POLL');
    await pay({ orderNo, paymentMethod: 'DEPOSIT' });
    await stream.done;
    assert.deepEqual(
      stream.data.map((u) => [u.previousStatus, u.status, u.final]),
      [
        [null, 'UNPAID', false],
        ['UNPAID', 'TICKETING', false],
        ['TICKETING', 'TICKETED', true],
      ],
    );
    const ticketed = stream.data.at(-1)!;
    assert.ok(ticketed.passengers.length > 0);
    for (const pax of ticketed.passengers) {
      assert.equal(pax.ticketNumbers.length, 1);
      assert.equal(pax.airlinePnrs.length, 1);
    }
    assert.deepEqual(stream.errors, []);
  });

  it('ends with CANCELLED, failure 604 and its guidance when the airline declines the card', async () => {
    const orderNo = await stack.createOrder();
    const stream = watch(orderNo);
    await stream.waitFor(1);
    await pay({
      orderNo,
      paymentMethod: 'VCC',
      card: card({ holderFirstName: 'Reject' }),
    });
    await stream.done;
    const last = stream.data.at(-1)!;
    assert.equal(last.status, 'CANCELLED');
    assert.equal(last.final, true);
    assert.equal(last.failure?.code, 'CARD_DECLINED_BY_AIRLINE');
    assert.equal(last.failure?.meaning, 'The airline declined the payment card.');
    assert.deepEqual(last.failure?.guidance.nextActions, [
      'REGENERATE_ORDER',
      'SWITCH_PAYMENT_METHOD',
    ]);
  });

  it('emits a final order once and completes at once', async () => {
    const orderNo = await stack.createOrder({ state: 'TICKETED' });
    const stream = watch(orderNo);
    await stream.done;
    assert.deepEqual(
      stream.data.map((u) => [u.status, u.final]),
      [['TICKETED', true]],
    );
  });

  it('ends an unknown order with an ORDER_NOT_FOUND error instead of hanging', async () => {
    const stream = watch('TESTX20990101000000000');
    await stream.done;
    assert.deepEqual(stream.data, []);
    assert.equal(stream.errors[0]?.extensions?.code, 'ORDER_NOT_FOUND');
  });

  it('refuses a malformed order number as BAD_USER_INPUT', async () => {
    const stream = watch('not an order');
    await stream.done;
    assert.equal(stream.errors[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('stays open when Atlas cannot be read at subscribe time, and sends the state once it can', async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'queryOrderDetails.do',
      kind: 'http-error',
      httpStatus: 503,
      times: 9,
    });
    const stream = watch(orderNo);
    const [first] = await stream.waitFor(1, 8_000);
    assert.equal(first!.status, 'UNPAID');
    assert.deepEqual(stream.errors, []);
    await stream.stop();
  });

  it('marks the state stale while Atlas does not answer, and keeps the stream open', async () => {
    const local = await startStack({
      ticketingDelayMs: 60_000,
      ticketing: { schedule: { intervalsMs: [100], jitter: 0, staleAfterMs: 400 } },
    });
    try {
      const orderNo = await local.createOrder({ state: 'TICKETING' });
      const stream = subscribeOverWs<Update>(local.wsUrl, WATCH, { orderNo }, 'ticketingStatus');
      await stream.waitFor(1);
      await local.control('POST', '/_sim/faults', {
        endpoint: 'queryOrderDetails.do',
        kind: 'http-error',
        httpStatus: 503,
        times: 1000,
      });
      const [, stale] = await stream.waitFor(2);
      assert.deepEqual([stale!.status, stale!.stale, stale!.final], ['TICKETING', true, false]);
      await local.control('DELETE', '/_sim/faults');
      const [, , fresh] = await stream.waitFor(3);
      assert.deepEqual([fresh!.status, fresh!.stale], ['TICKETING', false]);
      await stream.stop();
    } finally {
      await local.close();
    }
  });
});

describe('one poller per order, however many subscribers', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({
      ticketingDelayMs: 60_000,
      ticketing: { schedule: { intervalsMs: [250], jitter: 0, staleAfterMs: 60_000 } },
    });
  });
  after(() => stack.close());

  it('reads the order at most once per interval for 200 subscribers, and stops when they leave', async () => {
    const orderNo = await stack.createOrder({ state: 'TICKETING' });
    const queries = async () =>
      (await stack.calls('queryOrderDetails.do')).filter((c) => c.orderNo === orderNo).length;
    const streams = Array.from({ length: 200 }, () =>
      subscribeOverWs<Update>(stack.wsUrl, WATCH, { orderNo }, 'ticketingStatus'),
    );
    await Promise.all(streams.map((s) => s.waitFor(1)));
    const start = await queries();
    const windowMs = 2_000;
    await sleep(windowMs);
    const polled = (await queries()) - start;
    assert.ok(polled <= windowMs / 250 + 1, `${polled} reads in ${windowMs} ms`);
    assert.ok(polled >= 4, `polling continues (${polled} reads)`);
    assert.ok(streams.every((s) => s.data.length === 1 && s.data[0]!.status === 'TICKETING'));
    await Promise.all(streams.map((s) => s.stop()));
    await sleep(400);
    const stopped = await queries();
    await sleep(1_000);
    assert.equal(await queries(), stopped, 'no reads once every subscriber left');
  });
});
