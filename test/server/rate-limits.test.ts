import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../src/logging/logger';
import { openPartnerDirectory } from '../../src/partners/partner-directory';
import { createRedisRateLimiter } from '../../src/safety/rate-limiter.flexible';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { card, MASTERCARD, MOR_VISA, VISA_VCC } from '../support/cards';
import { openTestLedger, TestLedger } from '../support/ledger';
import {
  asPartner,
  bearer,
  DEFAULT_TEST_PARTNERS,
  PARTNER_A,
  TestPartner,
} from '../support/partners';
import { connectTestRedis, TestRedis } from '../support/redis';
import { postGraphQL, Stack, startGateway, startStack } from '../support/stack';

const silent = createLogger({ level: 'silent' });
const GUIDANCE = `{ paymentGuidance(code: ORDER_NOT_FOUND) { summary } }`;
const PAY = `mutation P($input: PayOrderInput!) { payOrder(input: $input) { __typename } }`;

const limited = (id: string, limits: TestPartner['limits']): TestPartner => ({
  ...PARTNER_A,
  id,
  key: `atk_test_${id}_0123456789abcdefghijklmnop`,
  limits,
});

const directoryWith = (...partners: TestPartner[]) =>
  openPartnerDirectory(
    {
      kind: 'fixed',
      partners: [...DEFAULT_TEST_PARTNERS, ...partners].map((partner) => asPartner(partner)),
    },
    silent,
  );

describe('rate limits per partner, in memory', () => {
  const burst = limited('bursty', { requestsPerSecond: 2 });
  const payer = limited('payer', { paymentsPerMinute: 2 });
  const tester = limited('card-tester', { paymentAttemptsPerOrderPerHour: 3 });
  let stack: Stack;
  before(async () => {
    stack = await startStack({ partners: await directoryWith(burst, payer, tester) });
  });
  after(() => stack.close());

  it('answers 429 RATE_LIMITED with Retry-After over requests per second, and RateLimit headers on every answer', async () => {
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => stack.gql(GUIDANCE, {}, bearer(burst))),
    );
    const seconds = Math.ceil((Date.now() - started) / 1000) + 1;
    const served = responses.filter((response) => response.httpStatus === 200);
    const refused = responses.filter((response) => response.httpStatus === 429);
    assert.equal(served.length + refused.length, 10);
    assert.ok(
      served.length <= 2 * seconds,
      `${served.length} served within ${seconds} windows of 2`,
    );
    assert.ok(refused.length > 0);
    const over = refused[0]!;
    assert.equal(over.body.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    const retryAfter = Number(over.headers.get('retry-after'));
    assert.equal(retryAfter, 1, 'the one-second window frees up within a second');
    assert.equal(over.body.errors?.[0]?.extensions?.retryAfterSeconds, retryAfter);
    for (const response of responses) {
      assert.equal(response.headers.get('ratelimit-policy'), '"requests";q=2;w=1');
      assert.match(response.headers.get('ratelimit') ?? '', /^"requests";r=\d+;t=1$/);
    }
  });

  it('refuses a payment over payments per minute with 429, and sends no pay.do', async () => {
    const orders = [
      await stack.createOrder({}, payer),
      await stack.createOrder({}, payer),
      await stack.createOrder({}, payer),
    ];
    const answers = [];
    for (const orderNo of orders) {
      answers.push(
        await stack.gql(PAY, { input: { orderNo, paymentMethod: 'DEPOSIT' } }, bearer(payer)),
      );
    }
    assert.deepEqual(
      answers.map((answer) => answer.httpStatus),
      [200, 200, 429],
    );
    const refused = answers[2]!;
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    const paid = (await stack.calls('pay.do')).map((call) => call.orderNo);
    assert.ok(!paid.includes(orders[2]!), 'the third payment never reached Atlas');
  });

  it('stops card testing: attempts on one order beyond the hourly limit are refused before pay.do', async () => {
    const orderNo = await stack.createOrder({ supportPaymentMethods: [1, 3] }, tester);
    const statuses = [];
    for (const number of [VISA_VCC, MOR_VISA, '4111111111111111', MASTERCARD]) {
      const answer = await stack.gql(
        PAY,
        {
          input: { orderNo, paymentMethod: 'VCC', card: card({ number }), idempotencyKey: number },
        },
        bearer(tester),
      );
      statuses.push(answer.httpStatus);
    }
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const attempts = (await stack.calls()).filter((call) => call.orderNo === orderNo);
    assert.ok(
      attempts.length <= 6,
      'three attempts reached Atlas at most: a read and a pay.do each',
    );
    assert.ok(stack.logs.every((line) => !line.includes('4111111111111111')));
  });
});

describe('rate limits shared by two replicas through Redis', () => {
  const payer = limited('shared-payer', { paymentsPerMinute: 2 });
  let simulator: Simulator;
  let testRedis: TestRedis;
  let testLedger: TestLedger;
  const replicas: { url: string; close(): Promise<void> }[] = [];
  before(async () => {
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 60_000 });
    const simUrl = await simulator.listen(0);
    testRedis = await connectTestRedis();
    testLedger = await openTestLedger();
    if (!testRedis.redis) return;
    for (let i = 0; i < 2; i += 1) {
      replicas.push(
        await startGateway(simUrl, silent, {
          partners: await directoryWith(payer),
          safety: { ledger: testLedger.ledger },
          security: { rateLimiter: createRedisRateLimiter(testRedis.redis, testRedis.keyPrefix) },
        }),
      );
    }
  });
  after(async () => {
    for (const replica of replicas) await replica.close();
    await testLedger.close();
    await testRedis.close();
    await simulator.close();
  });

  it('answers 429 on replica B once the partner used its payments on replica A', async (t) => {
    if (!testRedis.redis) return t.skip('Redis is not reachable here');
    const orders: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const orderNo = simulator.store.createOrder({}).orderNo;
      await testLedger.ledger.owners.claim(orderNo, payer.id, new Date());
      orders.push(orderNo);
    }
    const [a, b] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
    const pay = (url: string, orderNo: string) =>
      postGraphQL(url, PAY, { input: { orderNo, paymentMethod: 'DEPOSIT' } }, bearer(payer));
    assert.equal((await pay(a.url, orders[0]!)).httpStatus, 200);
    assert.equal((await pay(a.url, orders[1]!)).httpStatus, 200);
    const onB = await pay(b.url, orders[2]!);
    assert.equal(onB.httpStatus, 429);
    assert.equal(onB.body.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    const paid = simulator.store.calls().filter((call) => call.endpoint === 'pay.do');
    assert.ok(!paid.some((call) => call.orderNo === orders[2]));
  });
});
