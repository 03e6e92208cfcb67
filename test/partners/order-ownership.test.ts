import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BACK_OFFICE, bearer, PARTNER_A, PARTNER_B } from '../support/partners';
import { Stack, startStack } from '../support/stack';
import { subscribeOverWs } from '../support/ws-client';

const UNKNOWN = 'TESTZ20990101000000000';

/** Every entry point that names an order, with what it answers: compared for A's order and none. */
const ENTRY_POINTS: { name: string; query: string; field: string }[] = [
  { name: 'order', query: `query Q($o: ID!) { order(orderNo: $o) { orderNo } }`, field: 'order' },
  {
    name: 'orders',
    query: `query Q($o: ID!) { orders(orderNos: [$o]) { orderNo } }`,
    field: 'orders',
  },
  {
    name: 'payOrder',
    query: `mutation Q($o: ID!) {
      payOrder(input: { orderNo: $o, paymentMethod: DEPOSIT, idempotencyKey: "k-own" }) {
        __typename ... on PaymentFailure { code atlasStatus decidedBy retryable guidance { nextActions } }
      }
    }`,
    field: 'payOrder',
  },
  {
    name: 'commitOrder',
    query: `mutation Q($o: ID!) {
      commitOrder(orderNo: $o, redirectUri: "https://shop.example/back") {
        __typename ... on CommitOrderFailure { code atlasStatus guidance { nextActions } }
      }
    }`,
    field: 'commitOrder',
  },
  {
    name: 'regenerateOrder',
    query: `mutation Q($o: ID!) {
      regenerateOrder(orderNo: $o) {
        __typename ... on RegenerateOrderFailure { code atlasStatus guidance { nextActions } }
      }
    }`,
    field: 'regenerateOrder',
  },
];

/** Order numbers are replaced, so answers about two orders compare as answers. */
const anonymised = (value: unknown, orderNo: string) =>
  JSON.parse(JSON.stringify(value).replaceAll(orderNo, '<order>'));

describe('whose order: a partner reaches only its own', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  for (const entry of ENTRY_POINTS) {
    it(`answers ${entry.name} for another partner’s order exactly as for no order, without asking Atlas`, async () => {
      const orderNo = await stack.createOrder({ carrier: 'FR' });
      const callsBefore = (await stack.calls()).length;
      const theirs = await stack.gql(entry.query, { o: orderNo }, bearer(PARTNER_B));
      const none = await stack.gql(entry.query, { o: UNKNOWN }, bearer(BACK_OFFICE));
      assert.equal(theirs.httpStatus, 200);
      assert.equal(theirs.body.errors, undefined, theirs.text);
      assert.deepEqual(
        anonymised(theirs.body.data, orderNo),
        anonymised(none.body.data, UNKNOWN),
        'the same answer as for an order Atlas does not know',
      );
      const calls = (await stack.calls()).slice(callsBefore);
      assert.deepEqual(
        calls.filter((call) => call.orderNo === orderNo),
        [],
        'Atlas heard nothing of the order',
      );
      const own = await stack.gql(entry.query, { o: orderNo }, bearer(PARTNER_A));
      assert.notDeepEqual(
        anonymised(own.body.data, orderNo),
        anonymised(none.body.data, UNKNOWN),
        'its owner gets a real answer',
      );
    });
  }

  it('answers a subscription to another partner’s order with ORDER_NOT_FOUND, as for no order', async () => {
    const orderNo = await stack.createOrder();
    const watch = `subscription W($o: ID!) { ticketingStatus(orderNo: $o) { status } }`;
    const callsBefore = (await stack.calls()).length;
    const theirs = subscribeOverWs(
      stack.wsUrl,
      watch,
      { o: orderNo },
      'ticketingStatus',
      PARTNER_B,
    );
    await theirs.ended();
    const none = subscribeOverWs(
      stack.wsUrl,
      watch,
      { o: UNKNOWN },
      'ticketingStatus',
      BACK_OFFICE,
    );
    await none.ended();
    assert.equal(theirs.errors[0]?.extensions?.code, 'ORDER_NOT_FOUND');
    assert.equal(
      theirs.errors[0]?.message.replace(orderNo, '<order>'),
      none.errors[0]?.message.replace(UNKNOWN, '<order>'),
    );
    const calls = (await stack.calls()).slice(callsBefore);
    assert.equal(calls.filter((call) => call.orderNo === orderNo).length, 0);
  });

  it('lets the back office (orders:any) reach every order, owned or not', async () => {
    const owned = await stack.createOrder();
    const unowned = await stack.createOrder({}, null);
    const response = await stack.gql(
      `query Q($a: ID!, $b: ID!) { a: order(orderNo: $a) { status } b: order(orderNo: $b) { status } }`,
      { a: owned, b: unowned },
      bearer(BACK_OFFICE),
    );
    assert.deepEqual(response.body.data, { a: { status: 'UNPAID' }, b: { status: 'UNPAID' } });
    const mine = await stack.gql(`{ order(orderNo: "${unowned}") { status } }`);
    assert.deepEqual(
      mine.body.data,
      { order: null },
      'an order the gateway never made is no one’s',
    );
  });

  it('gives the order regenerateOrder makes to the partner that asked for it', async () => {
    const orderNo = await stack.createOrder({ deadlineInSeconds: -60 });
    const regenerated = await stack.gql(
      `mutation R($o: ID!) { regenerateOrder(orderNo: $o) { ... on OrderRegenerated { order { orderNo } } } }`,
      { o: orderNo },
    );
    const newOrderNo = (regenerated.body.data?.regenerateOrder as { order: { orderNo: string } })
      .order.orderNo;
    const read = `query Q($o: ID!) { order(orderNo: $o) { orderNo } }`;
    const mine = await stack.gql(read, { o: newOrderNo });
    assert.deepEqual(mine.body.data, { order: { orderNo: newOrderNo } });
    const theirs = await stack.gql(read, { o: newOrderNo }, bearer(PARTNER_B));
    assert.deepEqual(theirs.body.data, { order: null });
  });
});
