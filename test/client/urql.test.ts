import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { ReadOrderDocument, TicketingStatusDocument } from '../../client/generated/operations';
import { bearer, PARTNER_A } from '../support/partners';
import { Stack, startStack } from '../support/stack';

/** An unmodified urql client as the README configures it: GET for queries, graphql-ws for the rest. */
function urqlClient(url: string, csrfHeader: boolean) {
  const methods: string[] = [];
  const ws = createWsClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: bearer(PARTNER_A),
  });
  const client = new Client({
    url,
    preferGetMethod: 'force',
    fetch: (input, init) => {
      methods.push(init?.method ?? 'GET');
      return fetch(input, init);
    },
    fetchOptions: {
      headers: {
        ...bearer(PARTNER_A),
        ...(csrfHeader ? { 'apollo-require-preflight': 'true' } : {}),
      },
    },
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
  });
  return { client, methods, close: () => ws.dispose() };
}

describe('client/generated against the gateway, through urql 6', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ ticketingDelayMs: 60_000 });
  });
  after(() => stack.close());

  it('reads an order with GET when the CSRF header is sent, and is refused without it', async () => {
    const orderNo = await stack.createOrder();
    const withHeader = urqlClient(stack.url, true);
    const read = await withHeader.client.query(ReadOrderDocument, { orderNo }).toPromise();
    withHeader.close();
    assert.equal(read.error, undefined);
    assert.equal(read.data?.order?.orderNo, orderNo);
    assert.deepEqual(withHeader.methods, ['GET']);

    const without = urqlClient(stack.url, false);
    const refused = await without.client.query(ReadOrderDocument, { orderNo }).toPromise();
    without.close();
    assert.match(refused.error?.message ?? '', /Cross-Site Request Forgery/);
  });

  it('follows ticketing over graphql-ws with the partner credential in connection_init', async () => {
    const orderNo = await stack.createOrder({ state: 'TICKETED' });
    const { client, close } = urqlClient(stack.url, true);
    try {
      const update = await new Promise<string | undefined>((resolve, reject) => {
        const { unsubscribe } = client
          .subscription(TicketingStatusDocument, { orderNo })
          .subscribe((result) => {
            if (result.error) reject(result.error);
            else if (result.data?.ticketingStatus.final) {
              resolve(result.data.ticketingStatus.status);
              queueMicrotask(unsubscribe);
            }
          });
      });
      assert.equal(update, 'TICKETED');
    } finally {
      close();
    }
  });
});
