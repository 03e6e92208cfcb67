import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bearer, PARTNER_B } from '../support/partners';
import { Stack, startStack } from '../support/stack';

const ORDER_ID = `query O($o: ID!) { order(orderNo: $o) { id orderNo payments { id attemptId } } }`;
const NODE = `query N($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Order { orderNo status }
    ... on PaymentAttempt { attemptId state }
  }
}`;
const REGENERATE = `mutation R($o: ID!) {
  regenerateOrder(orderNo: $o) { __typename ... on OrderRegenerated { order { orderNo } } }
}`;
const LINKS = `query L($o: ID!) {
  order(orderNo: $o) {
    orderNo
    replacedBy { orderNo status replaces { orderNo } }
    replaces { orderNo }
    recovery { path replacementOrderNo mustRegenerate paymentMethods guidance { nextActions } }
  }
}`;

interface NodeAnswer {
  __typename: string;
  id: string;
  orderNo?: string;
  status?: string;
  attemptId?: string;
  state?: string;
}

describe('Relay node ids and regenerated-order links over HTTP', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ ticketingDelayMs: 60_000 });
  });
  after(() => stack.close());

  const nodeOf = async (id: string, headers?: Record<string, string>) => {
    const { body } = await stack.gql(NODE, { id }, headers);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return (body.data as { node: NodeAnswer | null }).node;
  };

  it('fetches an order and a payment attempt again by the global id they carry', async () => {
    const orderNo = await stack.createOrder();
    const paid = await stack.gql(
      `mutation { payOrder(input: { orderNo: "${orderNo}", paymentMethod: DEPOSIT }) { __typename } }`,
    );
    assert.equal(
      (paid.body.data?.payOrder as { __typename: string }).__typename,
      'PaymentAccepted',
    );
    const { body } = await stack.gql(ORDER_ID, { o: orderNo });
    const order = (
      body.data as { order: { id: string; payments: { id: string; attemptId: string }[] } }
    ).order;
    assert.notEqual(order.id, orderNo, 'the id is global, not the order number');

    assert.deepEqual(await nodeOf(order.id), {
      __typename: 'Order',
      id: order.id,
      orderNo,
      status: 'TICKETING',
    });
    const [attempt] = order.payments;
    assert.deepEqual(await nodeOf(attempt!.id), {
      __typename: 'PaymentAttempt',
      id: attempt!.id,
      attemptId: attempt!.attemptId,
      state: 'ACCEPTED',
    });
  });

  it('answers null for another partner’s objects, without asking Atlas', async () => {
    const orderNo = await stack.createOrder();
    const { body } = await stack.gql(ORDER_ID, { o: orderNo });
    const id = (body.data as { order: { id: string } }).order.id;
    const before = (await stack.calls('queryOrderDetails.do')).length;
    assert.equal(await nodeOf(id, bearer(PARTNER_B)), null);
    assert.equal((await stack.calls('queryOrderDetails.do')).length, before);
  });

  it('refuses an id this graph did not hand out with BAD_USER_INPUT, not echoing it', async () => {
    for (const id of ['not base64!', Buffer.from('Passenger:1').toString('base64url')]) {
      const { body } = await stack.gql(NODE, { id });
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.ok(!body.errors?.[0]?.message.includes(id));
    }
  });

  it('links a regenerated order both ways, and the original’s recovery points at its replacement', async () => {
    const original = await stack.createOrder({
      state: 'CANCELLED',
      cancelErrorCode: '604',
      supportPaymentMethods: [1, 3],
    });
    const before = await stack.gql(LINKS, { o: original });
    const unlinked = (before.body.data as { order: Record<string, unknown> }).order;
    assert.equal(unlinked.replacedBy, null);
    assert.equal((unlinked.recovery as { path: string }).path, 'REGENERATE_THEN_PAY');

    const regenerated = await stack.gql(REGENERATE, { o: original });
    const replacement = (regenerated.body.data?.regenerateOrder as { order: { orderNo: string } })
      .order.orderNo;

    const after = await stack.gql(LINKS, { o: original });
    assert.equal(after.body.errors, undefined, JSON.stringify(after.body.errors));
    assert.deepEqual((after.body.data as { order: unknown }).order, {
      orderNo: original,
      replacedBy: { orderNo: replacement, status: 'UNPAID', replaces: { orderNo: original } },
      replaces: null,
      recovery: {
        path: 'PAY_REPLACEMENT',
        replacementOrderNo: replacement,
        mustRegenerate: false,
        paymentMethods: ['DEPOSIT', 'VCC'],
        guidance: { nextActions: ['QUERY_ORDER', 'PAY_ORDER'] },
      },
    });
  });

  it('prices the links as Atlas reads: orders × replacedBy over the limit is refused before any call', async () => {
    const orderNo = await stack.createOrder();
    const keys = Array.from({ length: 30 }, () => `"${orderNo}"`).join(', ');
    const before = (await stack.calls('queryOrderDetails.do')).length;
    const { body } = await stack.gql(
      `{ orders(orderNos: [${keys}]) { replacedBy { orderNo } replaces { orderNo } } }`,
    );
    assert.equal(body.errors?.[0]?.extensions?.code, 'ATLAS_CALL_LIMIT_EXCEEDED');
    assert.equal((await stack.calls('queryOrderDetails.do')).length, before);
  });
});
