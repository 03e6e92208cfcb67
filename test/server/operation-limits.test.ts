import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'graphql';
import { operationLimitError } from '../../src/server/operation-limits';
import { buildGatewaySchema } from '../../src/server/schema';
import { createTicketingPubSub } from '../../src/ticketing/ticketing.pubsub';
import { bearer, PARTNER_A } from '../support/partners';
import { Stack, startStack } from '../support/stack';
import { subscribeOverWs } from '../support/ws-client';

const schema = buildGatewaySchema(createTicketingPubSub().graphql);
const codeOf = (query: string, variables: Record<string, unknown> = {}, max = 50) =>
  operationLimitError(schema, parse(query), undefined, variables, max)?.extensions.code ?? null;

describe('the Atlas-call rule, as a table', () => {
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `"O${i}"`).join(',');
  for (const [name, query, variables, expected] of [
    ['one order', '{ order(orderNo: "A") { status } }', {}, null],
    ['orders(50)', `{ orders(orderNos: [${keys(50)}]) { status } }`, {}, null],
    [
      'orders(50) and one order',
      `{ order(orderNo: "A") { status } orders(orderNos: [${keys(50)}]) { status } }`,
      {},
      'ATLAS_CALL_LIMIT_EXCEEDED',
    ],
    [
      'orders by a variable of 51 keys',
      'query Q($k: [ID!]!) { orders(orderNos: $k) { status } }',
      { k: Array.from({ length: 51 }, (_, i) => `O${i}`) },
      'ATLAS_CALL_LIMIT_EXCEEDED',
    ],
    [
      'orders(26) twice through a fragment',
      `query { ...F a: orders(orderNos: [${keys(26)}]) { status } } fragment F on Query { orders(orderNos: [${keys(26)}]) { status } }`,
      {},
      'ATLAS_CALL_LIMIT_EXCEEDED',
    ],
    [
      'one payOrder',
      'mutation { payOrder(input: { orderNo: "A", paymentMethod: DEPOSIT }) { __typename } }',
      {},
      null,
    ],
    [
      'two aliased payOrder',
      'mutation { a: payOrder(input: { orderNo: "A", paymentMethod: DEPOSIT }) { __typename } b: payOrder(input: { orderNo: "B", paymentMethod: DEPOSIT }) { __typename } }',
      {},
      'ONE_PAYMENT_PER_OPERATION',
    ],
    [
      'payOrder inside an inline fragment twice',
      'mutation { ... on Mutation { payOrder(input: { orderNo: "A", paymentMethod: DEPOSIT }) { __typename } } x: payOrder(input: { orderNo: "A", paymentMethod: DEPOSIT }) { __typename } }',
      {},
      'ONE_PAYMENT_PER_OPERATION',
    ],
  ] as const) {
    it(`${expected ? 'refuses' : 'allows'} ${name}`, () => {
      assert.equal(codeOf(query, variables), expected);
    });
  }

  it('counts the order PaymentAccepted reads again', () => {
    const query =
      'mutation { payOrder(input: { orderNo: "A", paymentMethod: DEPOSIT }) { ... on PaymentAccepted { order { status } } } }';
    assert.equal(codeOf(query, {}, 3), null);
    assert.equal(codeOf(query, {}, 2), 'ATLAS_CALL_LIMIT_EXCEEDED');
  });
});

describe('operation limits over HTTP and WebSocket, before anything reaches Atlas', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  it('refuses 100 aliased payOrder whole, and sends no pay.do', async () => {
    const orderNo = await stack.createOrder();
    const fields = Array.from(
      { length: 100 },
      (_, i) =>
        `p${i}: payOrder(input: { orderNo: "${orderNo}", paymentMethod: DEPOSIT, idempotencyKey: "k${i}" }) { __typename }`,
    ).join('\n');
    const response = await stack.gql(`mutation { ${fields} }`);
    assert.equal(response.httpStatus, 400);
    assert.equal(response.body.data, undefined);
    assert.ok(response.body.errors?.length);
    assert.equal((await stack.calls()).filter((call) => call.orderNo === orderNo).length, 0);
  });

  it('refuses two payOrder in one operation with ONE_PAYMENT_PER_OPERATION, and sends nothing', async () => {
    const [a, b] = [await stack.createOrder(), await stack.createOrder()];
    const response = await stack.gql(
      `mutation { a: payOrder(input: { orderNo: "${a}", paymentMethod: DEPOSIT }) { __typename }
                  b: payOrder(input: { orderNo: "${b}", paymentMethod: DEPOSIT }) { __typename } }`,
    );
    assert.equal(response.httpStatus, 400);
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'ONE_PAYMENT_PER_OPERATION');
    assert.equal((await stack.calls()).filter((c) => c.orderNo === a || c.orderNo === b).length, 0);
  });

  it('refuses 40 aliases of orders(50) and makes no read', async () => {
    const keys = Array.from({ length: 50 }, (_, i) => `"TESTQ${String(i).padStart(17, '0')}"`).join(
      ',',
    );
    const fields = Array.from(
      { length: 40 },
      (_, i) => `o${i}: orders(orderNos: [${keys}]) { status }`,
    );
    const before = (await stack.calls('queryOrderDetails.do')).length;
    const response = await stack.gql(`{ ${fields.join('\n')} }`);
    assert.equal(response.httpStatus, 400);
    assert.equal((await stack.calls('queryOrderDetails.do')).length, before);
  });

  it('refuses orders whose variables ask more than MAX_ATLAS_CALLS_PER_OPERATION reads, and makes none', async () => {
    const keys = (from: number) =>
      Array.from({ length: 30 }, (_, i) => `TESTQ${String(from + i).padStart(17, '0')}`);
    const before = (await stack.calls('queryOrderDetails.do')).length;
    const response = await stack.gql(
      'query Q($a: [ID!]!, $b: [ID!]!) { a: orders(orderNos: $a) { status } b: orders(orderNos: $b) { status } }',
      { a: keys(0), b: keys(30) },
    );
    assert.equal(response.httpStatus, 400);
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'ATLAS_CALL_LIMIT_EXCEEDED');
    assert.equal((await stack.calls('queryOrderDetails.do')).length, before);
  });

  it('refuses a batch of operations in one HTTP request, so limits cannot be split across it', async () => {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(PARTNER_A) },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    assert.equal(response.status, 400);
  });

  it('refuses a query deeper than graphql-armor allows', async () => {
    const orderNo = await stack.createOrder();
    const deep = `{ order(orderNo: "${orderNo}") { recovery { guidance { summary } } payments { outcome { __typename } } } }`;
    assert.equal((await stack.gql(deep)).httpStatus, 200, 'real queries fit');
    const nested = `{ a: __type(name: "Order") { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } }`;
    const response = await stack.gql(nested);
    assert.equal(response.httpStatus, 400);
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('applies the same limits to operations sent over WebSocket', async () => {
    const [a, b] = [await stack.createOrder(), await stack.createOrder()];
    const twoPayments = `mutation { a: payOrder(input: { orderNo: "${a}", paymentMethod: DEPOSIT }) { __typename }
                                    b: payOrder(input: { orderNo: "${b}", paymentMethod: DEPOSIT }) { __typename } }`;
    const stream = subscribeOverWs(stack.wsUrl, twoPayments, {}, 'a');
    await stream.ended();
    assert.equal(stream.errors[0]?.extensions?.code, 'ONE_PAYMENT_PER_OPERATION');
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `o${i}: order(orderNo: "${a}") { status }`,
    );
    const many = subscribeOverWs(stack.wsUrl, `{ ${aliases.join(' ')} }`, {}, 'o0');
    await many.ended();
    assert.equal(many.errors[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.equal((await stack.calls()).filter((c) => c.orderNo === a || c.orderNo === b).length, 0);
  });

  it('judges every WebSocket send of a document afresh: a refused one again, and variables each time', async () => {
    const orderNo = await stack.createOrder();
    const invalid = `{ order(orderNo: "${orderNo}") { noSuchField } }`;
    for (const attempt of [1, 2]) {
      const refused = subscribeOverWs(stack.wsUrl, invalid, {}, 'order');
      await refused.ended();
      assert.equal(
        refused.errors[0]?.extensions?.code,
        'GRAPHQL_VALIDATION_FAILED',
        `send ${attempt}`,
      );
    }
    const read = 'query Read($o: [ID!]!) { orders(orderNos: $o) { status } }';
    const few = subscribeOverWs<{ status: string }[]>(
      stack.wsUrl,
      read,
      { o: [orderNo] },
      'orders',
    );
    await few.ended();
    assert.deepEqual(few.data, [[{ status: 'UNPAID' }]]);
    const keys = Array.from({ length: 51 }, () => orderNo);
    const tooMany = subscribeOverWs(stack.wsUrl, read, { o: keys }, 'orders');
    await tooMany.ended();
    assert.equal(tooMany.errors[0]?.extensions?.code, 'ATLAS_CALL_LIMIT_EXCEEDED');
  });
});
