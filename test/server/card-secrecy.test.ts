import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { card, VISA_VCC } from '../support/cards';
import { Stack, startStack } from '../support/stack';

/**
 * An answer without its request ids: they are random UUIDs, and about one in 190 holds the
 * test CVV's three digits (c9b1176a-8548-4987-…), which is no echo of the card.
 */
const withoutRequestIds = (text: string) =>
  text.replace(/"requestId":"[0-9a-f-]{36}"/g, '"requestId":"…"');

/** Card data never comes back in a response or an error, and never reaches a log line. */
describe('card data secrecy', () => {
  let stack: Stack;
  const PAY =
    'mutation($input: PayOrderInput!) { payOrder(input: $input) { __typename ... on InvalidPaymentRequest { issues { field message } } } }';

  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  it('never logs the card number, CVV or expiry, even at debug level, across accepted and rejected payments', async () => {
    const orderNo = await stack.createOrder({ supportPaymentMethods: [1, 3] });
    const secretCard = card({ cvv: '987', expiryMonth: '07', expiryYear: '2031' });
    await stack.gql(PAY, { input: { orderNo, paymentMethod: 'VCC', card: secretCard } });
    await stack.gql(PAY, {
      input: {
        orderNo: await stack.createOrder({ supportPaymentMethods: [1] }),
        paymentMethod: 'VCC',
        card: secretCard,
      },
    });
    await stack.gql(PAY, {
      input: { orderNo, paymentMethod: 'VCC', card: { ...secretCard, number: '4532015112830367' } },
    });
    const logs = stack.logs.join('\n');
    assert.ok(stack.logs.length > 3, 'the gateway did log');
    // The expiry as a value, never the bare digits: the simulator's order numbers carry the date
    // and time, so 2031 is in every one made on 3 December, or at 20:31.
    const expiry = ['"2031"', ':2031', '07/2031', '07/31', '2031-07'];
    for (const secret of [VISA_VCC, '4532015112830367', '"987"', ...expiry]) {
      assert.equal(
        logs.includes(secret),
        false,
        `log contains ${secret}: ${stack.logs.find((l) => l.includes(secret))}`,
      );
    }
  });

  it('does not echo card values in InvalidPaymentRequest issues', async () => {
    const orderNo = await stack.createOrder({ supportPaymentMethods: [1, 3] });
    const response = await stack.gql(PAY, {
      input: {
        orderNo,
        paymentMethod: 'VCC',
        card: card({ number: '4532015112830367', cvv: '98x', expiryMonth: '19' }),
      },
    });
    assert.equal(response.text.includes('4532015112830367'), false);
    assert.equal(response.text.includes('98x'), false);
    assert.equal(response.text.includes('"19"'), false);
  });

  it('does not echo card values from variable coercion errors, and keeps the field path', async () => {
    const response = await stack.gql(PAY, {
      input: {
        orderNo: 'X',
        paymentMethod: 'VCC',
        card: { ...card(), number: 4532015112830366, cvv: 987, expiryMonth: 7 },
      },
    });
    assert.equal(response.httpStatus, 400);
    const answer = withoutRequestIds(response.text);
    for (const secret of ['4532015112830366', '987', ': 7'])
      assert.equal(answer.includes(secret), false, answer);
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(response.body.errors![0]!.message, /at "input\.card\.number"/);
  });

  it('does not echo card values written as literals in the query document', async () => {
    const response = await stack.gql(
      'mutation { payOrder(input: {orderNo: "X", paymentMethod: VCC, card: {number: 4532015112830366, cvv: 987, expiryMonth: "12", expiryYear: "30", holderFirstName: "A", holderLastName: "B"}}) { __typename } }',
    );
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    const answer = withoutRequestIds(response.text);
    for (const secret of ['4532015112830366', '987'])
      assert.equal(answer.includes(secret), false, answer);
  });
});

describe('unexpected errors', () => {
  let stack: Stack;

  before(async () => {
    stack = await startStack({ clientSecret: 'not-the-secret' });
  });
  after(() => stack.close());

  it('masks the error, returns a request id, and logs the cause under the same id', async () => {
    const orderNo = await stack.createOrder();
    const response = await stack.gql(`{ order(orderNo: "${orderNo}") { status } }`, undefined, {
      'x-request-id': 'req-secrecy-1',
    });
    const error = response.body.errors?.[0];
    assert.deepEqual(error?.extensions, {
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'req-secrecy-1',
    });
    assert.equal(error?.message, 'Internal server error');
    assert.equal(response.text.includes('credentials'), false);
    assert.equal(response.headers.get('x-request-id'), 'req-secrecy-1');
    const logged = stack.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.ok(
      logged.some(
        (entry) =>
          entry.requestId === 'req-secrecy-1' && entry.msg === 'unexpected error while resolving',
      ),
    );
    assert.equal(
      stack.logs.join('\n').includes('not-the-secret'),
      false,
      'the Atlas secret is never logged',
    );
  });
});
