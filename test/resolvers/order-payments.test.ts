import assert from 'node:assert/strict';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createLogger } from '../../src/logging/logger';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { card, VISA_VCC } from '../support/cards';
import { openTestLedger, TestLedger } from '../support/ledger';
import { postAsBackOffice, Stack, startGateway, startStack } from '../support/stack';

const PAY = `mutation Pay($input: PayOrderInput!) {
  payOrder(input: $input) { __typename ... on PaymentFailure { code decidedBy } ... on PaymentAccepted { decidedBy } }
}`;
const PAYMENTS = `query P($o: ID!) {
  order(orderNo: $o) {
    payments {
      id attemptId state method cardBrand cardLast4 atlasStatus decidedBy createdAt settledAt
      outcome { member code }
      events { type at atlasStatus }
    }
  }
}`;

interface Attempt {
  id: string;
  attemptId: string;
  state: string;
  method: string;
  cardBrand: string | null;
  cardLast4: string | null;
  atlasStatus: number | null;
  decidedBy: string | null;
  createdAt: string;
  settledAt: string | null;
  outcome: { member: string; code: string | null } | null;
  events: { type: string; at: string; atlasStatus: number | null }[];
}

const historyOf = async (url: string, orderNo: string): Promise<Attempt[]> => {
  const response = await postAsBackOffice(url, PAYMENTS, { o: orderNo });
  assert.equal(response.body.errors, undefined, response.text);
  return (response.body.data as { order: { payments: Attempt[] } }).order.payments;
};

describe('Order.payments: what happened to each payment, from the ledger', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ ticketingDelayMs: 60_000 });
  });
  after(() => stack.close());
  beforeEach(() => stack.control('DELETE', '/_sim/faults'));

  it('lists each attempt that reached pay.do, newest first, with its outcome and events', async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'pay.do',
      kind: 'status',
      atlasStatus: 411,
    });
    const declined = await stack.gql(PAY, { input: { orderNo, paymentMethod: 'DEPOSIT' } });
    assert.equal((declined.body.data?.payOrder as { code: string }).code, 'PAYMENT_GATEWAY_ERROR');
    const invalid = await stack.gql(PAY, {
      input: { orderNo, paymentMethod: 'VCC', card: card({ cvv: 'x' }) },
    });
    assert.equal(
      (invalid.body.data?.payOrder as { __typename: string }).__typename,
      'InvalidPaymentRequest',
    );
    const paid = await stack.gql(PAY, { input: { orderNo, paymentMethod: 'VCC', card: card() } });
    assert.equal(
      (paid.body.data?.payOrder as { __typename: string }).__typename,
      'PaymentAccepted',
    );
    const afterPaid = await stack.gql(PAY, { input: { orderNo, paymentMethod: 'DEPOSIT' } });
    assert.equal((afterPaid.body.data?.payOrder as { decidedBy: string }).decidedBy, 'PRE_CHECK');

    const history = await historyOf(stack.url, orderNo);
    assert.deepEqual(
      history.map(({ id, attemptId, createdAt, settledAt, events, ...rest }) => {
        assert.match(attemptId, /^[0-9a-f-]{36}$/);
        assert.match(id, /^[A-Za-z0-9_-]+$/, 'a global id, opaque');
        assert.ok(Date.parse(createdAt) <= Date.parse(settledAt!));
        return { ...rest, events: events.map((e) => [e.type, e.atlasStatus]) };
      }),
      [
        {
          state: 'ACCEPTED',
          method: 'VCC',
          cardBrand: 'VISA',
          cardLast4: VISA_VCC.slice(-4),
          atlasStatus: 0,
          decidedBy: 'ATLAS',
          outcome: { member: 'PaymentAccepted', code: null },
          events: [
            ['RECORDED', null],
            ['SENT', null],
            ['ACCEPTED', 0],
          ],
        },
        {
          state: 'FAILED',
          method: 'DEPOSIT',
          cardBrand: null,
          cardLast4: null,
          atlasStatus: 411,
          decidedBy: 'ATLAS',
          outcome: { member: 'PaymentGatewayError', code: 'PAYMENT_GATEWAY_ERROR' },
          events: [
            ['RECORDED', null],
            ['SENT', null],
            ['FAILED', 411],
          ],
        },
      ],
      'input and pre-check refusals never reached pay.do, so they are not attempts',
    );
  });

  it('is empty for an order never paid through the gateway', async () => {
    const orderNo = await stack.createOrder();
    assert.deepEqual(await historyOf(stack.url, orderNo), []);
  });
});

/**
 * A proxy that stops listening once it has passed on the order read, so the gateway's pay.do
 * meets a refused connection: a request that provably never left.
 */
async function closingProxy(target: string) {
  let closeAfterRead = false;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const answer = await fetch(new URL(req.url!, target), {
      method: req.method,
      headers: Object.fromEntries(
        Object.entries(req.headers).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && entry[0].startsWith('x-atlas-'),
        ),
      ),
      body: Buffer.concat(chunks),
    });
    if (closeAfterRead && req.url?.endsWith('queryOrderDetails.do')) {
      closeAfterRead = false;
      server.close();
    }
    res.writeHead(answer.status, { 'content-type': 'application/json', connection: 'close' });
    res.end(await answer.text());
  });
  const listen = (port: number) =>
    new Promise<number>((resolve) =>
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
    );
  const port = await listen(0);
  return {
    url: `http://127.0.0.1:${port}/`,
    closeAfterNextRead: () => (closeAfterRead = true),
    reopen: () => listen(port),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('a pay.do whose connection was refused', () => {
  let simulator: Simulator;
  let ledger: TestLedger;
  let proxy: Awaited<ReturnType<typeof closingProxy>>;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  before(async () => {
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 60_000 });
    proxy = await closingProxy(await simulator.listen(0));
    ledger = await openTestLedger();
    gateway = await startGateway(proxy.url, createLogger({ level: 'silent' }), {
      safety: { ledger: ledger.ledger },
    });
  });
  after(async () => {
    await gateway.close();
    await proxy.close().catch(() => {});
    await simulator.close();
    await ledger.close();
  });

  it('is recorded NOT_SENT and answered AtlasUnavailable; paying again goes ahead at once', async () => {
    const orderNo = simulator.store.createOrder({}).orderNo;
    const input = { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'refused-1' };
    proxy.closeAfterNextRead();
    const refused = await postAsBackOffice(gateway.url, PAY, { input });
    assert.deepEqual(refused.body.data?.payOrder, {
      __typename: 'AtlasUnavailable',
      code: 'ATLAS_UNAVAILABLE',
      decidedBy: 'TRANSPORT',
    });
    await proxy.reopen();
    const retried = await postAsBackOffice(gateway.url, PAY, { input });
    assert.deepEqual(retried.body.data?.payOrder, {
      __typename: 'PaymentAccepted',
      decidedBy: 'ATLAS',
    });
    const sent = simulator.store.calls().filter((c) => c.endpoint === 'pay.do');
    assert.equal(sent.length, 1, 'the refused pay.do never reached Atlas');
    assert.deepEqual(
      (await historyOf(gateway.url, orderNo)).map((a) => [a.state, a.events.map((e) => e.type)]),
      [
        ['ACCEPTED', ['RECORDED', 'SENT', 'ACCEPTED']],
        ['NOT_SENT', ['RECORDED', 'NOT_SENT']],
      ],
    );
  });
});
