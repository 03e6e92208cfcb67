import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createLogger } from '../../src/logging/logger';
import { createRedisIdempotencyStore } from '../../src/safety/idempotency.redis-store';
import { createRedisOrderLockStore } from '../../src/safety/order-lock.redis-store';
import { connectRedis } from '../../src/safety/redis.connection';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { connectTestRedis, TEST_REDIS_URL, TestRedis } from '../support/redis';
import { postGraphQL, startGateway } from '../support/stack';

const PAY = `mutation Pay($input: PayOrderInput!) {
  payOrder(input: $input) { __typename ... on PaymentFailure { code decidedBy } ... on PaymentAccepted { decidedBy } }
}`;
const HASH_KEY = 'replica-test-hash-key-0123456789abcdef';

interface Paid {
  __typename: string;
  decidedBy?: string;
}

describe('replicas sharing one Redis never charge twice', () => {
  let testRedis: TestRedis;
  let simulator: Simulator;
  let simUrl: string;
  const closers: (() => Promise<void>)[] = [];

  const payCalls = (orderNo: string) =>
    simulator.store.calls().filter((c) => c.endpoint === 'pay.do' && c.orderNo === orderNo);
  const createOrder = () => simulator.store.createOrder({}).orderNo;
  const armFault = async (fault: Record<string, unknown>) => {
    const response = await fetch(new URL('/_sim/faults', simUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fault),
    });
    assert.ok(response.ok, await response.text());
  };

  /** In-process gateways on one simulator, each with its own Redis connection as processes would. */
  const startReplicas = async (count: number): Promise<string[]> => {
    const urls: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const redis = await connectRedis(TEST_REDIS_URL, createLogger({ level: 'silent' }));
      closers.push(async () => redis.disconnect());
      const gateway = await startGateway(simUrl, createLogger({ level: 'silent' }), {
        safety: {
          stores: {
            idempotency: createRedisIdempotencyStore(redis, testRedis.keyPrefix),
            locks: createRedisOrderLockStore(redis, testRedis.keyPrefix),
          },
          hashKey: HASH_KEY,
        },
      });
      closers.push(gateway.close);
      urls.push(gateway.url);
    }
    return urls;
  };

  before(async () => {
    testRedis = await connectTestRedis();
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 60_000 });
    simUrl = await simulator.listen(0);
  });
  after(async () => {
    for (const close of closers.reverse()) await close();
    await simulator.close();
    await testRedis.close();
  });

  it('sends exactly one pay.do for 500 concurrent duplicates spread over 3 gateways', async (t) => {
    if (!testRedis.redis) return t.skip('Redis is not reachable here');
    const gateways = await startReplicas(3);
    const orderNo = createOrder();
    await armFault({ endpoint: 'pay.do', kind: 'latency', latencyMs: 400 });
    const results = await Promise.all(
      Array.from({ length: 500 }, async (_, i) => {
        // Half resend one key (a retrying client), half send no key at all (careless clients).
        const input = {
          orderNo,
          paymentMethod: 'DEPOSIT',
          ...(i % 2 ? { idempotencyKey: 'K' } : {}),
        };
        const response = await postGraphQL(gateways[i % 3]!, PAY, { input });
        assert.equal(response.body.errors, undefined, response.text);
        return (response.body.data as { payOrder: Paid }).payOrder;
      }),
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

  it('reconciles after a gateway is killed between sending pay.do and answering', async (t) => {
    if (!testRedis.redis) return t.skip('Redis is not reachable here');
    const orderNo = createOrder();
    await armFault({ endpoint: 'pay.do', kind: 'timeout', afterProcessing: true });
    const input = { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'crash-1' };

    const doomed = await spawnGateway(simUrl, testRedis.keyPrefix);
    const inFlight = postGraphQL(doomed.url, PAY, { input }).catch(() => null);
    while (payCalls(orderNo).length === 0) await sleep(10);
    doomed.process.kill('SIGKILL');
    assert.equal(await inFlight, null, 'the caller never got an answer');

    const survivor = await spawnGateway(simUrl, testRedis.keyPrefix);
    closers.push(survivor.close);
    const during = await postGraphQL(survivor.url, PAY, { input });
    assert.equal((during.body.data as { payOrder: Paid }).payOrder.__typename, 'PaymentInProgress');
    await sleep(LOCK_TTL_MS + 200);
    const afterLease = await postGraphQL(survivor.url, PAY, { input });
    assert.deepEqual((afterLease.body.data as { payOrder: Paid }).payOrder, {
      __typename: 'PaymentAccepted',
      decidedBy: 'RECONCILIATION',
    });
    assert.equal(payCalls(orderNo).length, 1, 'no second pay.do after the crash');
  });

  it('regenerates an order once when replicas are asked together', async (t) => {
    if (!testRedis.redis) return t.skip('Redis is not reachable here');
    const urls = await startReplicas(2);
    const orderNo = simulator.store.createOrder({
      state: 'CANCELLED',
      cancelErrorCode: '604',
    }).orderNo;
    // The lock holder's read is slow, so the other calls, on either replica, meet the held lock.
    await armFault({ endpoint: 'queryOrderDetails.do', kind: 'latency', latencyMs: 400 });
    const results = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const response = await postGraphQL(
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

const LOCK_TTL_MS = 2_000;

/** A real gateway process, so that killing it loses everything it held in memory. */
async function spawnGateway(
  simUrl: string,
  keyPrefix: string,
): Promise<{ url: string; process: ChildProcess; close(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ATLAS_BASE_URL: simUrl,
      ATLAS_CLIENT_ID: SIMULATOR_CREDENTIALS.clientId,
      ATLAS_CLIENT_SECRET: SIMULATOR_CREDENTIALS.clientSecret,
      ATLAS_TIMEOUT_MS: '300',
      ATLAS_PAY_TIMEOUT_MS: '1000',
      ATLAS_QUERY_RETRIES: '0',
      PAY_LOCK_TTL_MS: String(LOCK_TTL_MS),
      STORE: 'redis',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: keyPrefix,
      IDEMPOTENCY_HASH_KEY: HASH_KEY,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  let url: string | null = null;
  for await (const line of lines) {
    const match = /"url":"([^"]+)".*gateway listening/.exec(line);
    if (match) {
      url = match[1]!;
      break;
    }
  }
  lines.on('line', () => {});
  if (!url) throw new Error('gateway process exited before listening');
  return {
    url,
    process: child,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
