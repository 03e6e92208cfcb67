import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { card } from '../support/cards';
import { PARTNER_A } from '../support/partners';
import { Stack, startStack } from '../support/stack';
import { subscribeOverWs } from '../support/ws-client';

const PAY = `mutation PayTheOrder($input: PayOrderInput!) { payOrder(input: $input) { __typename } }`;

const parsed = (lines: string[]) =>
  lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('one log line per operation, and the request id on every line it causes', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  it('logs the operation with its name, type, duration, partner and result, and Atlas calls with its id', async () => {
    const orderNo = await stack.createOrder({ supportPaymentMethods: [1, 3] });
    const requestId = 'req-log-test-1';
    const response = await stack.gql(
      PAY,
      { input: { orderNo, paymentMethod: 'VCC', card: card() } },
      { 'x-request-id': requestId },
    );
    assert.equal(response.headers.get('x-request-id'), requestId);
    const mine = parsed(stack.logs).filter((line) => line.requestId === requestId);
    const operation = mine.filter((line) => line.msg === 'graphql operation');
    assert.equal(operation.length, 1);
    assert.equal(operation[0]!.operationName, 'PayTheOrder');
    assert.equal(operation[0]!.operationType, 'mutation');
    assert.equal(operation[0]!.partnerId, PARTNER_A.id);
    assert.deepEqual(operation[0]!.results, ['payOrder:PaymentAccepted']);
    assert.equal(typeof operation[0]!.durationMs, 'number');
    const atlas = mine.filter((line) => line.msg === 'Atlas answered').map((line) => line.endpoint);
    assert.deepEqual(atlas, ['queryOrderDetails.do', 'pay.do']);
    const raw = stack.logs.filter((line) => line.includes(`"requestId":"${requestId}"`));
    for (const line of raw.filter((line) => line.includes('"Atlas answered"'))) {
      assert.equal(line.split('"component":"atlas"').length, 2, `tagged once: ${line}`);
    }
    const text = stack.logs.join('\n');
    assert.ok(!text.includes(String(card().number)), 'no card number in any line');
    assert.ok(!text.includes('"variables"'), 'no variables in any line');
  });

  it("logs the gateway's own Atlas calls as Atlas's, under no request", async () => {
    const before = stack.logs.length;
    await fetch(new URL('/readyz', stack.url));
    const probe = stack.logs
      .slice(before)
      .find((line) => line.includes('"Atlas answered"') && line.includes('queryOrderDetails.do'));
    assert.ok(probe, 'the readiness probe asked Atlas');
    assert.equal(probe.split('"component":"atlas"').length, 2, probe);
    assert.equal(probe.includes('"requestId"'), false, probe);
  });

  it('logs the error codes an operation returned', async () => {
    await stack.gql(
      `query Broken { order(orderNo: "!!") { status } }`,
      {},
      { 'x-request-id': 'req-log-test-2' },
    );
    const line = parsed(stack.logs).find(
      (entry) => entry.requestId === 'req-log-test-2' && entry.msg === 'graphql operation',
    );
    assert.deepEqual(line?.errors, ['BAD_USER_INPUT']);
    assert.equal(line?.operationType, 'query');
  });

  it('logs a WebSocket operation when it completes, Atlas reads under its request id', async () => {
    const orderNo = await stack.createOrder();
    const before = stack.logs.length;
    const read = subscribeOverWs(
      stack.wsUrl,
      `query ReadOverWs { order(orderNo: "${orderNo}") { status } }`,
      {},
      'order',
    );
    await read.ended();
    const lines = parsed(stack.logs.slice(before));
    const operation = lines.find((line) => line.msg === 'graphql operation');
    assert.equal(operation?.operationName, 'ReadOverWs');
    assert.equal(operation?.transport, 'websocket');
    const atlas = lines.find((line) => line.msg === 'Atlas answered');
    assert.ok(atlas?.requestId, 'the Atlas call names a request');
    assert.equal(atlas?.requestId, operation?.requestId);
  });
});

describe('a subscription sent over HTTP', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  it('is refused with SUBSCRIPTION_NEEDS_WEBSOCKET, naming the WebSocket URL, before anything runs', async () => {
    const orderNo = await stack.createOrder();
    const callsBefore = (await stack.calls()).length;
    const response = await stack.gql(
      `subscription { ticketingStatus(orderNo: "${orderNo}") { status } }`,
    );
    assert.equal(response.httpStatus, 400);
    const error = response.body.errors?.[0];
    assert.equal(error?.extensions?.code, 'SUBSCRIPTION_NEEDS_WEBSOCKET');
    assert.equal(error?.extensions?.websocketUrl, stack.wsUrl);
    assert.match(error?.message ?? '', /WebSocket/);
    assert.equal((await stack.calls()).length, callsBefore);
  });
});
