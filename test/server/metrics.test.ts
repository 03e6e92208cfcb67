import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PARTNER_A } from '../support/partners';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createLogger } from '../../src/logging/logger';
import { createSimulator } from '../../src/simulator/simulator.server';
import { Stack, startGateway, startStack, TEST_WEBHOOK_SECRET } from '../support/stack';
import { subscribeOverWs } from '../support/ws-client';

/** The value of one sample line, or 0 when the series does not exist yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (wanted.every((pair) => line.includes(pair))) return Number(line.split(' ').at(-1));
  }
  return 0;
}

describe('Prometheus metrics at /metrics', () => {
  let stack: Stack;
  const scrape = async () => {
    const response = await fetch(new URL('/metrics', stack.url));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/plain/);
    return response.text();
  };
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  it('counts a known set of operations, payments, Atlas calls and webhooks', async () => {
    const before = await scrape();
    const [a, b] = [await stack.createOrder(), await stack.createOrder()];
    await stack.gql(`query ReadOne { order(orderNo: "${a}") { status } }`);
    await stack.gql(`query ReadOne { order(orderNo: "${b}") { status } }`);
    await stack.gql(
      `mutation PayIt { payOrder(input: { orderNo: "${a}", paymentMethod: DEPOSIT }) { __typename } }`,
    );
    await stack.gql(
      `mutation PayIt { payOrder(input: { orderNo: "${a}", paymentMethod: DEPOSIT }) { __typename } }`,
    );
    await stack.gql(`query Broken { order(orderNo: "!!") { status } }`);
    await fetch(new URL('/webhooks/atlas', stack.url), { method: 'POST', body: '{}' });
    await fetch(new URL(`/webhooks/atlas?token=${TEST_WEBHOOK_SECRET}`, stack.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'airline.status', data: {} }),
    });
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      sample(after, name, labels) - sample(before, name, labels);

    const ok = { operation_name: 'ReadOne', operation_type: 'query', result: 'ok' };
    assert.equal(delta('gateway_graphql_operations_total', ok), 2);
    assert.equal(
      delta('gateway_graphql_operations_total', { operation_name: 'PayIt', result: 'ok' }),
      2,
    );
    assert.equal(
      delta('gateway_graphql_operations_total', { operation_name: 'Broken', result: 'error' }),
      1,
    );
    assert.equal(
      delta('gateway_graphql_operation_duration_seconds_count', {
        operation_type: 'mutation',
        result: 'ok',
      }),
      2,
    );
    assert.equal(
      delta('gateway_pay_order_results_total', { member: 'PaymentAccepted', decided_by: 'ATLAS' }),
      1,
    );
    assert.equal(
      delta('gateway_pay_order_results_total', {
        member: 'OrderAlreadyPaid',
        decided_by: 'PRE_CHECK',
      }),
      1,
    );
    // Two reads and two pre-check reads (PaymentAccepted.order was not selected), one pay.do.
    assert.equal(delta('gateway_atlas_calls_total', { endpoint: 'pay.do', outcome: '0' }), 1);
    assert.equal(
      delta('gateway_atlas_calls_total', { endpoint: 'queryOrderDetails.do', outcome: '0' }),
      4,
    );
    assert.equal(delta('gateway_atlas_call_duration_seconds_count', { endpoint: 'pay.do' }), 1);
    assert.equal(delta('gateway_webhooks_total', { type: 'none', verdict: 'unauthorized' }), 1);
    assert.equal(delta('gateway_webhooks_total', { type: 'other', verdict: 'ignored' }), 1);
    assert.ok(sample(after, 'process_resident_memory_bytes') > 0, 'default process metrics');
  });

  it('shows live WebSocket connections and subscriptions, and labels nothing unbounded', async () => {
    const orderNo = await stack.createOrder();
    const stream = subscribeOverWs(
      stack.wsUrl,
      `subscription { ticketingStatus(orderNo: "${orderNo}") { status } }`,
      {},
      'ticketingStatus',
    );
    await stream.waitFor(1);
    const during = await scrape();
    assert.ok(sample(during, 'gateway_websocket_connections') >= 1);
    assert.ok(sample(during, 'gateway_subscriptions') >= 1);
    assert.ok(sample(during, 'gateway_ticketing_pollers') >= 1);
    await stream.stop();
    const text = await scrape();
    assert.ok(!text.includes(orderNo), 'no order number as a label');
    assert.ok(!text.includes(PARTNER_A.key), 'no key');
    assert.ok(!/TEST[A-Z]\d{10,}/.test(text), 'no order number of any kind');
  });
});

describe('METRICS_PORT', () => {
  it('serves /metrics on its own port, and not on the main one', async () => {
    const simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 60_000 });
    const gateway = await startGateway(
      await simulator.listen(0),
      createLogger({ level: 'silent' }),
      {
        metricsPort: 0,
      },
    );
    try {
      assert.notEqual(new URL(gateway.metricsUrl).port, new URL(gateway.url).port);
      const own = await fetch(gateway.metricsUrl);
      assert.equal(own.status, 200);
      assert.match(await own.text(), /gateway_graphql_operations_total/);
      assert.equal((await fetch(new URL('/metrics', gateway.url))).status, 404);
    } finally {
      await gateway.close();
      await simulator.close();
    }
  });
});
