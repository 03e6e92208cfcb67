import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  PayOrderDocument,
  ReadOrderDocument,
  type PayOrderMutation,
} from '../../client/generated/operations';
import { possibleTypes } from '../../client/generated/possible-types.json';
import { bearer, PARTNER_A } from '../support/partners';
import { Stack, startStack } from '../support/stack';

type Failure = Extract<PayOrderMutation['payOrder'], { code: unknown }>;

/** An unmodified Apollo Client 4, as an app would configure it from the README. */
function apolloClient(url: string) {
  return new ApolloClient({
    link: new HttpLink({ uri: url, headers: bearer(PARTNER_A) }),
    cache: new InMemoryCache({ possibleTypes }),
  });
}

describe('client/generated against the gateway, through Apollo Client 4', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ ticketingDelayMs: 60_000 });
  });
  after(() => stack.close());

  it('keeps the fields selected through ... on PaymentFailure with the generated possibleTypes', async () => {
    const orderNo = await stack.createOrder({ supportPaymentMethods: [1] });
    const client = apolloClient(stack.url);
    const { data } = await client.mutate({
      mutation: PayOrderDocument,
      variables: { input: { orderNo, paymentMethod: 'BYOA' } },
    });
    const result = data!.payOrder as Failure;
    assert.equal(result.__typename, 'PaymentMethodNotSupported');
    assert.equal(result.code, 'PAYMENT_METHOD_NOT_SUPPORTED');
    assert.equal(result.retryable, true);
    assert.ok(result.guidance.nextActions.includes('SWITCH_PAYMENT_METHOD'));
  });

  it('normalises orders by their global id, so a payment updates the order a screen shows', async () => {
    const orderNo = await stack.createOrder({ supportPaymentMethods: [1] });
    const client = apolloClient(stack.url);
    const read = await client.query({ query: ReadOrderDocument, variables: { orderNo } });
    const order = read.data!.order!;
    assert.equal(order.status, 'UNPAID');
    assert.equal(typeof order.totalPrice?.amount, 'string', 'money arrives as decimal text');

    await client.mutate({
      mutation: PayOrderDocument,
      variables: { input: { orderNo, paymentMethod: 'DEPOSIT' } },
    });
    const cached = client.readQuery({ query: ReadOrderDocument, variables: { orderNo } });
    assert.equal(cached?.order?.status, 'TICKETING', 'the cached order was updated in place');
    assert.ok(client.cache.identify({ __typename: 'Order', id: order.id }));
  });
});
