import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { createLogger } from '../../src/logging/logger';
import { createRedisOrderLockStore } from '../../src/safety/order-lock.redis-store';
import { connectRedis } from '../../src/safety/redis.connection';
import { card, MASTERCARD } from '../support/cards';
import { openTestLedger } from '../support/ledger';
import { BACK_OFFICE, bearer, PARTNER_A, PARTNER_B } from '../support/partners';
import { subscribeOverWs } from '../support/ws-client';
import { Stack, startStack } from '../support/stack';

const PAY = `mutation Pay($input: PayOrderInput!) {
  payOrder(input: $input) {
    __typename
    ... on PaymentAccepted { orderNo paymentMethod atlasStatus cardLast4 decidedBy message guidance { nextActions } }
    ... on PaymentFailure { code atlasStatus retryable decidedBy message orderNo guidance { nextActions } }
    ... on InvalidPaymentRequest { issues { field message } }
  }
}`;

interface Result {
  __typename: string;
  code?: string;
  decidedBy: string;
  atlasStatus: number | null;
  cardLast4?: string | null;
  guidance: { nextActions: string[] };
  issues?: { field: string; message: string }[];
}

describe('payOrder never charges twice (memory store, over HTTP)', () => {
  let stack: Stack;
  const pay = async (input: Record<string, unknown>, partner = PARTNER_A): Promise<Result> => {
    const response = await stack.gql(PAY, { input }, bearer(partner));
    assert.equal(response.body.errors, undefined, response.text);
    return (response.body.data as { payOrder: Result }).payOrder;
  };
  const payCalls = async (orderNo: string) =>
    (await stack.calls('pay.do')).filter((c) => c.orderNo === orderNo).length;
  const reads = async (orderNo: string) =>
    (await stack.calls('queryOrderDetails.do')).filter((c) => c.orderNo === orderNo).length;
  const orderStatus = async (orderNo: string) => {
    const response = await stack.gql(`{ order(orderNo: "${orderNo}") { status } }`);
    return (response.body.data as { order: { status: string } }).order.status;
  };

  before(async () => {
    stack = await startStack({ ticketingDelayMs: 60_000, payTimeoutMs: 500 });
  });
  after(() => stack.close());
  beforeEach(() => stack.control('DELETE', '/_sim/faults'));

  it('replays the first PaymentAccepted for the same key and request without touching Atlas again', async () => {
    const orderNo = await stack.createOrder();
    const input = { orderNo, paymentMethod: 'VCC', card: card(), idempotencyKey: 'checkout-1' };
    const first = await pay(input);
    const readsBefore = await reads(orderNo);
    const second = await pay(input);
    assert.equal(first.__typename, 'PaymentAccepted');
    assert.deepEqual(second, first);
    assert.equal(await payCalls(orderNo), 1);
    assert.equal(await reads(orderNo), readsBefore, 'the replay read the order');
  });

  it('replays a failure Atlas decided (411) without calling pay.do again', async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'pay.do',
      kind: 'status',
      atlasStatus: 411,
    });
    const input = { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'checkout-411' };
    const first = await pay(input);
    assert.equal(first.__typename, 'PaymentGatewayError');
    assert.deepEqual(await pay(input), first);
    assert.equal(await payCalls(orderNo), 1);
  });

  it('refuses the same key with a different request as IdempotencyKeyReused, sending nothing', async () => {
    const orderNo = await stack.createOrder();
    await pay({ orderNo, paymentMethod: 'VCC', card: card(), idempotencyKey: 'k-reused' });
    const readsBefore = await reads(orderNo);
    const reused = await pay({
      orderNo,
      paymentMethod: 'VCC',
      card: card({ number: MASTERCARD }),
      idempotencyKey: 'k-reused',
    });
    assert.equal(reused.__typename, 'IdempotencyKeyReused');
    assert.equal(reused.code, 'IDEMPOTENCY_KEY_REUSED');
    assert.equal(reused.decidedBy, 'SAFETY_GUARD');
    assert.equal(reused.atlasStatus, null);
    assert.equal(await payCalls(orderNo), 1);
    assert.equal(await reads(orderNo), readsBefore, 'the refusal read the order');
  });

  it('scopes keys per partner: another partner may use the same key for its own order', async () => {
    const [a, b] = [await stack.createOrder(), await stack.createOrder({}, PARTNER_B)];
    const first = await pay({ orderNo: a, paymentMethod: 'DEPOSIT', idempotencyKey: 'k' });
    const second = await pay(
      { orderNo: b, paymentMethod: 'DEPOSIT', idempotencyKey: 'k' },
      PARTNER_B,
    );
    assert.equal(first.__typename, 'PaymentAccepted');
    assert.equal(second.__typename, 'PaymentAccepted');
  });

  it('replays nothing of a key to another partner: it gets OrderNotFound, as for no order', async () => {
    const orderNo = await stack.createOrder();
    const input = { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'k-stolen' };
    assert.equal((await pay(input)).__typename, 'PaymentAccepted');
    const replayed = await pay(input, PARTNER_B);
    const unknown = await pay({ ...input, orderNo: 'TESTZ20990101000000000' }, PARTNER_B);
    assert.deepEqual(replayed, { ...unknown, orderNo });
    assert.equal(replayed.__typename, 'OrderNotFound');
  });

  it('rejects an empty or over-long key as InvalidPaymentRequest', async () => {
    const orderNo = await stack.createOrder();
    for (const idempotencyKey of ['', 'x'.repeat(256)]) {
      const result = await pay({ orderNo, paymentMethod: 'DEPOSIT', idempotencyKey });
      assert.equal(result.__typename, 'InvalidPaymentRequest');
      assert.deepEqual(result.issues, [
        { field: 'idempotencyKey', message: 'must be 1 to 255 characters' },
      ]);
    }
    assert.equal(await payCalls(orderNo), 0);
  });

  it('sends one pay.do for 20 simultaneous duplicates; the others get PaymentInProgress from the guard', async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'pay.do',
      kind: 'latency',
      latencyMs: 300,
    });
    const input = { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'double-click' };
    const results = await Promise.all(Array.from({ length: 20 }, () => pay(input)));
    const accepted = results.filter((r) => r.__typename === 'PaymentAccepted');
    const waiting = results.filter((r) => r.__typename === 'PaymentInProgress');
    assert.equal(accepted.length, 1);
    assert.equal(waiting.length, 19);
    for (const result of waiting) {
      assert.equal(result.decidedBy, 'SAFETY_GUARD');
      assert.equal(result.atlasStatus, null);
    }
    assert.equal(await payCalls(orderNo), 1);
    assert.equal((await pay(input)).__typename, 'PaymentAccepted');
  });

  it('holds one payment in flight per order even without keys and with different cards', async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'pay.do',
      kind: 'latency',
      latencyMs: 300,
    });
    const results = await Promise.all([
      pay({ orderNo, paymentMethod: 'VCC', card: card() }),
      pay({ orderNo, paymentMethod: 'VCC', card: card({ number: MASTERCARD }) }),
      pay({ orderNo, paymentMethod: 'DEPOSIT' }),
    ]);
    assert.deepEqual(results.map((r) => r.__typename).sort(), [
      'PaymentAccepted',
      'PaymentInProgress',
      'PaymentInProgress',
    ]);
    assert.equal(await payCalls(orderNo), 1);
  });

  it('reconciles a lost answer: the retry learns the payment went through, with no second pay.do', async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'pay.do',
      kind: 'reset',
      afterProcessing: true,
    });
    const input = { orderNo, paymentMethod: 'VCC', card: card(), idempotencyKey: 'lost-1' };
    const unknown = await pay(input);
    assert.equal(unknown.__typename, 'PaymentOutcomeUnknown');
    const retried = await pay(input);
    assert.equal(retried.__typename, 'PaymentAccepted');
    assert.equal(retried.decidedBy, 'RECONCILIATION');
    assert.equal(retried.cardLast4, '0366');
    assert.equal(await payCalls(orderNo), 1);
    assert.deepEqual(await pay(input), retried, 'the reconciled answer is now replayed');
    const other = await pay({ orderNo, paymentMethod: 'DEPOSIT' });
    assert.equal(other.__typename, 'OrderAlreadyPaid');
    assert.equal(await payCalls(orderNo), 1);
  });

  it('answers a different request OrderAlreadyPaid by reconciliation after a lost answer', async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'pay.do',
      kind: 'timeout',
      afterProcessing: true,
    });
    const lost = await pay({ orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'first' });
    assert.equal(lost.__typename, 'PaymentOutcomeUnknown');
    const other = await pay({ orderNo, paymentMethod: 'VCC', card: card() });
    assert.equal(other.__typename, 'OrderAlreadyPaid');
    assert.equal(other.decidedBy, 'RECONCILIATION');
    assert.equal(await payCalls(orderNo), 1);
    const original = await pay({ orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'first' });
    assert.equal(original.__typename, 'PaymentAccepted', 'the first key learned the truth too');
    assert.equal(original.decidedBy, 'RECONCILIATION');
  });

  it('sends nothing while a lost pay.do may still land, and pays once its settle window passed unpaid', async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', { endpoint: 'pay.do', kind: 'reset' });
    const input = { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'lost-early' };
    assert.equal((await pay(input)).__typename, 'PaymentOutcomeUnknown');
    assert.equal(await orderStatus(orderNo), 'UNPAID');
    const settling = await pay(input);
    assert.equal(settling.__typename, 'PaymentStillSettling');
    assert.equal(settling.decidedBy, 'SAFETY_GUARD');
    stack.clock.advance(120_000);
    const retried = await pay(input);
    assert.equal(retried.__typename, 'PaymentAccepted');
    assert.equal(retried.decidedBy, 'ATLAS');
    const calls = (await stack.calls('pay.do')).filter((c) => c.orderNo === orderNo);
    assert.deepEqual(
      calls.map((c) => c.fault),
      ['reset', null],
      'one pay.do that never ran, then exactly one that did, after the window',
    );
  });

  it('works out a pre-check answer again: a transient 800 does not stick to the key', async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'queryOrderDetails.do',
      kind: 'status',
      atlasStatus: 800,
    });
    const input = { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'transient-800' };
    const first = await pay(input);
    assert.equal(first.__typename, 'OrderNotFound');
    assert.equal(first.decidedBy, 'PRE_CHECK');
    const retried = await pay(input);
    assert.equal(retried.__typename, 'PaymentAccepted');
    assert.equal(retried.decidedBy, 'ATLAS');
    assert.equal(await payCalls(orderNo), 1);
  });

  it('runs the same key again after an answer that attempted nothing (Atlas unavailable)', async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'queryOrderDetails.do',
      kind: 'http-error',
      httpStatus: 503,
      times: 3,
    });
    const input = { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'after-outage' };
    assert.equal((await pay(input)).__typename, 'AtlasUnavailable');
    assert.equal((await pay(input)).__typename, 'PaymentAccepted');
    assert.equal(await payCalls(orderNo), 1);
  });
});

describe('idempotency keys expire', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ ticketingDelayMs: 60_000 });
  });
  after(() => stack.close());

  it('forgets a key after its time to live, so it no longer replays or conflicts', async () => {
    const orderNo = await stack.createOrder();
    const pay = async (input: Record<string, unknown>) => {
      const response = await stack.gql(PAY, { input });
      return (response.body.data as { payOrder: Result }).payOrder;
    };
    const first = await pay({ orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'short' });
    assert.equal(first.__typename, 'PaymentAccepted');
    const other = { orderNo, paymentMethod: 'VCC', card: card(), idempotencyKey: 'short' };
    assert.equal((await pay(other)).__typename, 'IdempotencyKeyReused');
    stack.clock.advance(86_400_000);
    const later = await pay(other);
    assert.equal(later.__typename, 'OrderAlreadyPaid');
    assert.equal(later.decidedBy, 'PRE_CHECK');
  });
});

describe('payOrder when Redis is unreachable', () => {
  let stack: Stack;
  let redis: Redis;
  before(async () => {
    redis = await connectRedis('redis://127.0.0.1:1', createLogger({ level: 'silent' }));
    stack = await startStack({
      safety: {
        locks: createRedisOrderLockStore(redis, 'down:'),
      },
    });
  });
  after(async () => {
    await stack.close();
    redis.disconnect();
  });

  it('refuses to pay, with or without a key, and sends nothing to Atlas; reads keep working', async () => {
    const orderNo = await stack.createOrder();
    for (const idempotencyKey of ['k-down', null]) {
      const response = await stack.gql(PAY, {
        input: { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey },
      });
      const result = (response.body.data as { payOrder: Result }).payOrder;
      assert.equal(result.__typename, 'PaymentProtectionUnavailable');
      assert.equal(result.code, 'PAYMENT_PROTECTION_UNAVAILABLE');
      assert.equal(result.decidedBy, 'SAFETY_GUARD');
      assert.deepEqual(result.guidance.nextActions, ['RETRY_PAYMENT']);
    }
    assert.equal((await stack.calls('pay.do')).length, 0);
    const read = await stack.gql(`{ order(orderNo: "${orderNo}") { status } }`);
    assert.deepEqual(read.body.data, { order: { status: 'UNPAID' } });
  });
});

describe('payOrder when the ledger is unreachable', () => {
  let stack: Stack;
  let orderNo: string;
  /** An order its owner read while the ledger was up. */
  let seenOrderNo: string;
  before(async () => {
    const testLedger = await openTestLedger();
    stack = await startStack({ safety: { ledger: testLedger.ledger } });
    orderNo = await stack.createOrder();
    seenOrderNo = await stack.createOrder();
    const seen = await stack.gql(`{ order(orderNo: "${seenOrderNo}") { status } }`);
    assert.deepEqual(seen.body.data, { order: { status: 'UNPAID' } });
    // Closed under the running gateway: every statement from now on fails.
    await testLedger.close();
  });
  after(() => stack.close());

  it('refuses to pay, with or without a key, and sends nothing; the back office still reads the order', async () => {
    for (const idempotencyKey of ['k-ledger-down', null]) {
      const response = await stack.gql(PAY, {
        input: { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey },
      });
      const result = (response.body.data as { payOrder: Result }).payOrder;
      assert.equal(result.__typename, 'PaymentProtectionUnavailable');
      assert.equal(result.decidedBy, 'SAFETY_GUARD');
    }
    assert.equal((await stack.calls('pay.do')).length, 0);
    const read = await stack.gql(
      `{ order(orderNo: "${orderNo}") { status } }`,
      {},
      bearer(BACK_OFFICE),
    );
    assert.deepEqual(read.body.data, { order: { status: 'UNPAID' } });
    const history = await stack.gql(
      `{ order(orderNo: "${orderNo}") { payments { id } } }`,
      {},
      bearer(BACK_OFFICE),
    );
    assert.equal(history.body.errors?.[0]?.extensions?.code, 'LEDGER_UNAVAILABLE');
  });

  it('answers its owner LEDGER_UNAVAILABLE for the order: whose it is cannot be told', async () => {
    const read = await stack.gql(`{ order(orderNo: "${orderNo}") { status } }`);
    assert.equal(read.body.errors?.[0]?.extensions?.code, 'LEDGER_UNAVAILABLE');
    assert.deepEqual(read.body.data, { order: null });
    const commit = await stack.gql(
      `mutation { commitOrder(orderNo: "${orderNo}", redirectUri: "https://shop.example/back") { __typename } }`,
    );
    assert.equal(commit.body.errors?.[0]?.extensions?.code, 'LEDGER_UNAVAILABLE');
    const watch = subscribeOverWs(
      stack.wsUrl,
      `subscription { ticketingStatus(orderNo: "${orderNo}") { status } }`,
      {},
      'ticketingStatus',
    );
    await watch.ended();
    assert.equal(watch.errors[0]?.extensions?.code, 'LEDGER_UNAVAILABLE');
  });

  it('lets its owner read on an order whose owner it read before: an owner never changes', async () => {
    const read = await stack.gql(`{ order(orderNo: "${seenOrderNo}") { status } }`);
    assert.deepEqual(read.body, { data: { order: { status: 'UNPAID' } } });
    const other = await stack.gql(
      `{ order(orderNo: "${seenOrderNo}") { status } }`,
      {},
      bearer(PARTNER_B),
    );
    assert.deepEqual(other.body, { data: { order: null } });
    const pay = await stack.gql(PAY, { input: { orderNo: seenOrderNo, paymentMethod: 'DEPOSIT' } });
    const result = (pay.body.data as { payOrder: Result }).payOrder;
    assert.equal(result.__typename, 'PaymentProtectionUnavailable');
  });
});
