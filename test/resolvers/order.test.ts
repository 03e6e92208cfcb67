import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Stack, startStack } from '../support/stack';

describe('order and orders over HTTP against the simulator', () => {
  let stack: Stack;
  const queries = async (orderNo: string) =>
    (await stack.calls('queryOrderDetails.do')).filter((call) => call.orderNo === orderNo).length;

  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());
  beforeEach(() => stack.control('DELETE', '/_sim/faults'));

  it('returns the order with domain values: enum status, ISO deadline, money, methods', async () => {
    const orderNo = await stack.createOrder({
      supportPaymentMethods: [1, 3],
      deadlineInSeconds: 1800,
    });
    const { body } = await stack.gql(`{ order(orderNo: "${orderNo}") {
      orderNo status atlasOrderStatus ticketIssued paymentDeadline totalPrice { amount currency minorUnits }
      vendorTotalPrice { currency } supportedPaymentMethods paymentMethod passengers { name type ticketNumbers } failure { code } } }`);
    const order = (body.data as { order: Record<string, unknown> }).order;
    assert.equal(order.status, 'UNPAID');
    assert.equal(order.atlasOrderStatus, '0');
    assert.deepEqual(order.supportedPaymentMethods, ['DEPOSIT', 'VCC']);
    assert.deepEqual(
      order.totalPrice,
      { amount: '300.35', currency: 'USD', minorUnits: 30035 },
      'money is exact decimal text, never a float',
    );
    assert.deepEqual(order.vendorTotalPrice, { currency: 'PHP' });
    assert.equal(order.paymentMethod, null);
    assert.equal(order.failure, null);
    const deadline = Date.parse(String(order.paymentDeadline));
    assert.ok(
      Math.abs(deadline - (Date.now() + 1800_000)) < 5_000,
      'SGT wall-clock text becomes the right instant',
    );
  });

  it('returns null, not an error, for an order Atlas does not know', async () => {
    const { body } = await stack.gql('{ order(orderNo: "TESTQ20990101000000000") { orderNo } }');
    assert.deepEqual(body, { data: { order: null } });
  });

  it('returns a cancelled order with its ticketing failure, meaning and guidance', async () => {
    const orderNo = await stack.createOrder({ state: 'CANCELLED', cancelErrorCode: '604' });
    const { body } = await stack.gql(
      `{ order(orderNo: "${orderNo}") { status failure { code atlasErrorCode meaning atlasMessage guidance { nextActions } } } }`,
    );
    assert.deepEqual(body.data, {
      order: {
        status: 'CANCELLED',
        failure: {
          code: 'CARD_DECLINED_BY_AIRLINE',
          atlasErrorCode: '604',
          meaning: 'The airline declined the payment card.',
          atlasMessage: 'Payment declined by airline',
          guidance: { nextActions: ['REGENERATE_ORDER', 'SWITCH_PAYMENT_METHOD'] },
        },
      },
    });
  });

  it('costs one upstream call for the same order asked for in ten places of one query', async () => {
    const orderNo = await stack.createOrder();
    const aliases = Array.from(
      { length: 10 },
      (_, i) => `o${i}: order(orderNo: "${orderNo}") { status }`,
    ).join(' ');
    const { body } = await stack.gql(
      `{ ${aliases} many: orders(orderNos: ["${orderNo}", "${orderNo}"]) { orderNo } }`,
    );
    assert.equal(Object.keys(body.data!).length, 11);
    assert.equal(await queries(orderNo), 1);
  });

  it('returns one entry per key in order, null for unknown ones', async () => {
    const a = await stack.createOrder();
    const b = await stack.createOrder({ state: 'TICKETED' });
    const { body } = await stack.gql(
      `{ orders(orderNos: ["${b}", "TESTQ20990101000000000", "${a}"]) { orderNo status } }`,
    );
    assert.deepEqual(body.data, {
      orders: [{ orderNo: b, status: 'TICKETED' }, null, { orderNo: a, status: 'UNPAID' }],
    });
  });

  it('retries a transient query failure (705, then 5xx) and still answers', async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'queryOrderDetails.do',
      kind: 'status',
      atlasStatus: 705,
    });
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'queryOrderDetails.do',
      kind: 'http-error',
      httpStatus: 502,
    });
    const { body } = await stack.gql(`{ order(orderNo: "${orderNo}") { status } }`);
    assert.deepEqual(body.data, { order: { status: 'UNPAID' } });
    assert.equal(
      (await stack.calls('queryOrderDetails.do')).filter((c) => c.orderNo === orderNo).length,
      3,
    );
  });

  it('answers ATLAS_UNAVAILABLE once retries are exhausted', async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'queryOrderDetails.do',
      kind: 'reset',
      times: 3,
    });
    const { body } = await stack.gql(`{ order(orderNo: "${orderNo}") { status } }`);
    assert.equal(body.errors?.[0]?.extensions?.code, 'ATLAS_UNAVAILABLE');
    assert.deepEqual(body.data, { order: null });
  });

  it('refuses more than 50 orders in one call as over the Atlas-call limit, before asking Atlas', async () => {
    const before = (await stack.calls('queryOrderDetails.do')).length;
    const keys = Array.from({ length: 51 }, (_, i) => `"TESTQ${String(i).padStart(17, '0')}"`).join(
      ',',
    );
    const { body } = await stack.gql(`{ orders(orderNos: [${keys}]) { orderNo } }`);
    assert.equal(body.errors?.[0]?.extensions?.code, 'ATLAS_CALL_LIMIT_EXCEEDED');
    assert.equal((await stack.calls('queryOrderDetails.do')).length, before);
  });

  it('answers the health check', async () => {
    const response = await fetch(new URL('/healthz', stack.url));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok' });
  });

  it('answers BAD_USER_INPUT for an order number that cannot exist, naming the argument', async () => {
    const { body } = await stack.gql('{ order(orderNo: "not an order; drop") { orderNo } }');
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(body.errors?.[0]?.extensions?.field, 'orderNo');
  });
});
