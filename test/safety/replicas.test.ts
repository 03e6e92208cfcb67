import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openLedger } from '../../src/ledger/open-ledger';
import { createLogger } from '../../src/logging/logger';
import { createRedisOrderLockStore } from '../../src/safety/order-lock.redis-store';
import { connectRedis } from '../../src/safety/redis.connection';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { killGatewayProcess, spawnGatewayProcess } from '../support/gateway-process';
import { openPostgresTestLedger, TestLedger } from '../support/ledger';
import { connectTestRedis, TEST_REDIS_URL, TestRedis } from '../support/redis';
import { simControl, until } from '../support/sim-control';
import { postAsBackOffice, startGateway } from '../support/stack';

const PAY = `mutation Pay($input: PayOrderInput!) {
  payOrder(input: $input) { __typename ... on PaymentFailure { code decidedBy } ... on PaymentAccepted { decidedBy } }
}`;
const HASH_KEY = 'replica-test-hash-key-0123456789abcdef';

interface Paid {
  __typename: string;
  decidedBy?: string;
}

describe('replicas sharing one Redis and one PostgreSQL ledger never charge twice', () => {
  let testRedis: TestRedis;
  let testLedger: TestLedger | null;
  let simulator: Simulator;
  let simUrl: string;
  const closers: (() => Promise<void>)[] = [];
  const silent = createLogger({ level: 'silent' });

  const payCalls = (orderNo: string) =>
    simulator.store.calls().filter((c) => c.endpoint === 'pay.do' && c.orderNo === orderNo);
  const createOrder = () => simulator.store.createOrder({}).orderNo;
  const pay = async (url: string, input: Record<string, unknown>): Promise<Paid> => {
    const response = await postAsBackOffice(url, PAY, { input });
    assert.equal(response.body.errors, undefined, response.text);
    return (response.body.data as { payOrder: Paid }).payOrder;
  };

  /** In-process gateways on one simulator, each with its own Redis and ledger connections. */
  const startReplicas = async (count: number): Promise<string[]> => {
    const urls: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const redis = await connectRedis(TEST_REDIS_URL, silent);
      closers.push(async () => redis.disconnect());
      const ledger = await openLedger(testLedger!.settings, silent);
      const gateway = await startGateway(simUrl, silent, {
        safety: {
          locks: createRedisOrderLockStore(redis, testRedis.keyPrefix),
          ledger,
          hashKey: HASH_KEY,
        },
      });
      closers.push(async () => {
        await gateway.close();
        await ledger.close();
      });
      urls.push(gateway.url);
    }
    return urls;
  };

  before(async () => {
    testRedis = await connectTestRedis();
    testLedger = await openPostgresTestLedger();
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 60_000 });
    simUrl = await simulator.listen(0);
  });
  after(async () => {
    for (const close of closers.reverse()) await close();
    await simulator.close();
    await testLedger?.close();
    await testRedis.close();
  });

  it('sends exactly one pay.do for 500 concurrent duplicates spread over 3 gateways', async (t) => {
    if (!testRedis.redis || !testLedger) return t.skip('Redis or PostgreSQL is not reachable here');
    const gateways = await startReplicas(3);
    const orderNo = createOrder();
    await simControl(simUrl).arm({ endpoint: 'pay.do', kind: 'latency', latencyMs: 400 });
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        // Half resend one key (a retrying client), half send no key at all (careless clients).
        pay(gateways[i % 3]!, {
          orderNo,
          paymentMethod: 'DEPOSIT',
          ...(i % 2 ? { idempotencyKey: 'K' } : {}),
        }),
      ),
    );
    assert.equal(payCalls(orderNo).length, 1, 'exactly one pay.do reached the simulator');
    const byMember = new Map<string, number>();
    for (const r of results) byMember.set(r.__typename, (byMember.get(r.__typename) ?? 0) + 1);
    t.diagnostic(`answers: ${JSON.stringify(Object.fromEntries(byMember))}`);
    assert.ok((byMember.get('PaymentAccepted') ?? 0) >= 1);
    for (const member of byMember.keys()) {
      assert.ok(
        ['PaymentAccepted', 'PaymentInProgress', 'OrderAlreadyPaid'].includes(member),
        `unexpected answer ${member}`,
      );
    }
  });

  it('reconciles on the other replica after one is killed with pay.do on the wire', async (t) => {
    if (!testRedis.redis || !testLedger) return t.skip('Redis or PostgreSQL is not reachable here');
    const sim = simControl(simUrl);
    const env = {
      PAY_LOCK_TTL_MS: '2000',
      STORE: 'redis',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: testRedis.keyPrefix,
      DATABASE_URL: testLedger.databaseUrl!,
      IDEMPOTENCY_HASH_KEY: HASH_KEY,
    };
    const [doomed, survivor] = await Promise.all([
      spawnGatewayProcess(simUrl, env),
      spawnGatewayProcess(simUrl, env),
    ]);
    closers.push(doomed.close, survivor.close);
    const orderNo = createOrder();
    const input = { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'crash-1' };
    await sim.arm({ endpoint: 'pay.do', kind: 'hold' });
    const inFlight = postAsBackOffice(doomed.url, PAY, { input }).catch(() => null);
    await until('pay.do reaches Atlas', async () => (await sim.held()) === 1);
    await killGatewayProcess(doomed);
    assert.equal(await inFlight, null, 'the caller never got an answer');
    assert.equal((await sim.release()).released, 1);
    await until('the order shows paid', async () => (await sim.orderStatus(orderNo)) === '1');

    // The dead replica's lock runs out on its own; until then the survivor says to wait.
    let answer: Paid | undefined;
    await until('the survivor answers for the payment', async () => {
      answer = await pay(survivor.url, input);
      return answer.__typename !== 'PaymentInProgress';
    });
    assert.deepEqual(answer, { __typename: 'PaymentAccepted', decidedBy: 'RECONCILIATION' });
    assert.equal(payCalls(orderNo).length, 1, 'no second pay.do after the crash');
  });

  it('regenerates an order once when replicas are asked together', async (t) => {
    if (!testRedis.redis || !testLedger) return t.skip('Redis or PostgreSQL is not reachable here');
    const urls = await startReplicas(2);
    const orderNo = simulator.store.createOrder({
      state: 'CANCELLED',
      cancelErrorCode: '604',
    }).orderNo;
    // The lock holder's read is slow, so the other calls, on either replica, meet the held lock.
    await simControl(simUrl).arm({
      endpoint: 'queryOrderDetails.do',
      kind: 'latency',
      latencyMs: 400,
    });
    const results = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const response = await postAsBackOffice(
          urls[i % 2]!,
          'mutation R($o: ID!) { regenerateOrder(orderNo: $o) { __typename } }',
          { o: orderNo },
        );
        return (response.body.data?.regenerateOrder as { __typename: string }).__typename;
      }),
    );
    assert.deepEqual(
      results.filter((name) => name !== 'OrderBusy'),
      ['OrderRegenerated'],
    );
    const sent = simulator.store
      .calls()
      .filter((c) => c.endpoint === 'regenerateOrder.do' && c.orderNo === orderNo);
    assert.equal(sent.length, 1);
  });
});
