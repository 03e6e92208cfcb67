import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createLogger } from '../../src/logging/logger';
import { createSharedState, SharedState } from '../../src/shared-state';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { connectTestRedis, TEST_REDIS_URL, TestRedis } from '../support/redis';
import { postAsBackOffice, startGateway } from '../support/stack';
import { BACK_OFFICE } from '../support/partners';
import { subscribeOverWs } from '../support/ws-client';

const WATCH = `subscription($orderNo: ID!) { ticketingStatus(orderNo: $orderNo) { status final source } }`;

interface Update {
  status: string;
  final: boolean;
  source: string;
}

describe('ticketing across replicas sharing one Redis', () => {
  let testRedis: TestRedis;
  let simulator: Simulator;
  const closers: (() => Promise<void>)[] = [];

  const replica = async (intervalsMs: number[]) => {
    const shared: SharedState = await createSharedState(
      { kind: 'redis', url: TEST_REDIS_URL, keyPrefix: testRedis.keyPrefix },
      10_000,
      createLogger({ level: 'silent' }),
    );
    closers.push(shared.close);
    const gateway = await startGateway(await simulatorUrl(), createLogger({ level: 'silent' }), {
      safety: { locks: shared.locks },
      ticketing: {
        schedule: { intervalsMs, jitter: 0, staleAfterMs: 60_000 },
        pubsub: shared.ticketingPubSub,
        leadership: shared.pollLeadership,
      },
    });
    closers.push(gateway.close);
    return { ...gateway, wsUrl: gateway.url.replace(/^http/, 'ws') };
  };
  let simUrl: string | null = null;
  const simulatorUrl = async () => (simUrl ??= await simulator.listen(0));
  const reads = (orderNo: string) =>
    simulator.store
      .calls()
      .filter((c) => c.endpoint === 'queryOrderDetails.do' && c.orderNo === orderNo).length;

  before(async () => {
    testRedis = await connectTestRedis();
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 800 });
  });
  after(async () => {
    for (const close of closers.reverse()) await close();
    await simulator.close();
    await testRedis.close();
  });

  it('lets one replica poll a watched order while both serve subscribers', async (t) => {
    if (!testRedis.redis) return t.skip('Redis is not reachable here');
    const [a, b] = [await replica([300]), await replica([300])];
    const orderNo = simulator.store.createOrder({}).orderNo;
    const onA = subscribeOverWs<Update>(
      a.wsUrl,
      WATCH,
      { orderNo },
      'ticketingStatus',
      BACK_OFFICE,
    );
    const onB = subscribeOverWs<Update>(
      b.wsUrl,
      WATCH,
      { orderNo },
      'ticketingStatus',
      BACK_OFFICE,
    );
    await Promise.all([onA.waitFor(1), onB.waitFor(1)]);
    const start = reads(orderNo);
    await sleep(2_100);
    const polled = reads(orderNo) - start;
    assert.ok(polled <= 8, `${polled} reads in 2.1 s at 300 ms: one poller, not two`);
    assert.ok(polled >= 4, `${polled} reads: someone polls`);

    const paid = await postAsBackOffice(
      b.url,
      `mutation { payOrder(input: {orderNo: "${orderNo}", paymentMethod: DEPOSIT}) { __typename } }`,
    );
    assert.equal(JSON.stringify(paid.body.data), '{"payOrder":{"__typename":"PaymentAccepted"}}');
    await Promise.all([onA.done, onB.done]);
    for (const stream of [onA, onB]) {
      assert.deepEqual(
        stream.data.map((u) => u.status),
        ['UNPAID', 'TICKETING', 'TICKETED'],
      );
    }
  });

  it('brings a webhook received by replica B to a subscriber on replica A', async (t) => {
    if (!testRedis.redis) return t.skip('Redis is not reachable here');
    const [a, b] = [await replica([10_000]), await replica([10_000])];
    await b.registerWebhook(new URL(b.url).origin);
    const orderNo = simulator.store.createOrder({}).orderNo;
    const onA = subscribeOverWs<Update>(
      a.wsUrl,
      WATCH,
      { orderNo },
      'ticketingStatus',
      BACK_OFFICE,
    );
    await onA.waitFor(1);
    const paidAt = Date.now();
    await postAsBackOffice(
      a.url,
      `mutation { payOrder(input: {orderNo: "${orderNo}", paymentMethod: DEPOSIT}) { __typename } }`,
    );
    await onA.done;
    assert.ok(Date.now() - paidAt < 5_000, 'long before the 10 s poll');
    assert.deepEqual(onA.data.at(-1), { status: 'TICKETED', final: true, source: 'WEBHOOK' });
  });
});
