import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { Stack, startStack, TEST_WEBHOOK_SECRET } from '../support/stack';
import { subscribeOverWs } from '../support/ws-client';

const WATCH = `subscription Watch($orderNo: ID!) {
  ticketingStatus(orderNo: $orderNo) { status previousStatus final source passengers { ticketNumbers } }
}`;

interface Update {
  status: string;
  previousStatus: string | null;
  final: boolean;
  source: string;
  passengers: { ticketNumbers: string[] }[];
}

describe('Atlas webhooks at /webhooks/atlas', () => {
  let stack: Stack;
  let hookUrl: string;
  const post = (body: unknown, query = `?token=${TEST_WEBHOOK_SECRET}`, raw = false) =>
    fetch(`${hookUrl}${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: raw ? (body as string) : JSON.stringify(body),
    });
  const ticketed = (orderNo: string) => ({
    cid: 'simulator-client',
    type: 'order.ticketed',
    status: -1,
    data: {
      orderNo,
      orderStatus: 2,
      paxTicketInfos: [
        { name: 'DOE/JANE', passengerType: 0, ticketNos: ['999-1'], airlinePNRs: ['ABC123'] },
      ],
    },
  });

  before(async () => {
    // Polls are 5 s apart after the first read, so an early update can only come from a webhook.
    stack = await startStack({
      ticketingDelayMs: 300,
      ticketing: { schedule: { intervalsMs: [5_000], jitter: 0, staleAfterMs: 60_000 } },
    });
    hookUrl = new URL('/webhooks/atlas', stack.url).toString();
    await stack.registerWebhook();
  });
  after(() => stack.close());

  it('registers itself with the simulator through updateWebhookURL.do, secret in the URL', async () => {
    const { url } = await stack.control<{ url: string }>('GET', '/_sim/webhooks');
    assert.equal(url, `${hookUrl}?token=${TEST_WEBHOOK_SECRET}`);
  });

  it('delivers a ticketing change before the next poll when the webhook arrives', async () => {
    const orderNo = await stack.createOrder();
    const stream = subscribeOverWs<Update>(stack.wsUrl, WATCH, { orderNo }, 'ticketingStatus');
    await stream.waitFor(1);
    const paidAt = Date.now();
    const pay = await stack.gql(
      `mutation { payOrder(input: {orderNo: "${orderNo}", paymentMethod: DEPOSIT}) { __typename } }`,
    );
    assert.equal(JSON.stringify(pay.body.data), '{"payOrder":{"__typename":"PaymentAccepted"}}');
    await stream.done;
    const elapsed = Date.now() - paidAt;
    assert.ok(elapsed < 3_000, `arrived after ${elapsed} ms, before the 5 s poll`);
    const last = stream.data.at(-1)!;
    assert.deepEqual(
      [last.previousStatus, last.status, last.final, last.source],
      ['UNPAID', 'TICKETED', true, 'WEBHOOK'],
    );
    assert.ok(last.passengers.every((p) => p.ticketNumbers.length === 1));
    const { deliveries } = await stack.control<{
      deliveries: { orderNo: string; httpStatus: number; at: number }[];
    }>('GET', '/_sim/webhooks');
    const delivery = deliveries.find((d) => d.orderNo === orderNo);
    assert.equal(delivery?.httpStatus, 204);
    await sleep(300);
    const confirming = (await stack.calls('queryOrderDetails.do')).filter(
      (c) => c.orderNo === orderNo && c.at >= delivery!.at,
    );
    assert.ok(confirming.length >= 1, 'the webhook triggered a confirming read');
  });

  it('turns duplicate webhooks into one update', async () => {
    const orderNo = await stack.createOrder({ state: 'TICKETING', ticketingDelayMs: 600_000 });
    const stream = subscribeOverWs<Update>(stack.wsUrl, WATCH, { orderNo }, 'ticketingStatus');
    await stream.waitFor(1);
    assert.equal((await post(ticketed(orderNo))).status, 204);
    assert.equal((await post(ticketed(orderNo))).status, 204);
    await stream.done;
    assert.deepEqual(
      stream.data.map((u) => [u.status, u.source]),
      [
        ['TICKETING', 'POLL'],
        ['TICKETED', 'WEBHOOK'],
      ],
    );
  });

  it('refuses a missing or wrong secret with 401, logging refusals once per interval without the secret', async () => {
    const before = stack.logs.length;
    assert.equal((await post(ticketed('TESTA20990101000000000'), '')).status, 401);
    assert.equal((await post(ticketed('TESTA20990101000000000'), '?token=guess')).status, 401);
    const header = await fetch(hookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-webhook-token': 'guess' },
      body: JSON.stringify(ticketed('TESTA20990101000000000')),
    });
    assert.equal(header.status, 401);
    const lines = stack.logs.slice(before).filter((l) => l.includes('webhooks refused'));
    // The first refusals this gateway has seen: one line, the next ones counted into it later.
    assert.equal(lines.length, 1, `${lines.length} lines for three refusals in one interval`);
    assert.ok(stack.logs.every((l) => !l.includes(TEST_WEBHOOK_SECRET) && !l.includes('guess')));
  });

  it('never reads the body of an unauthenticated webhook', async () => {
    const unparsable = await post('{not json', '?token=guess', true);
    assert.equal(unparsable.status, 401, 'refused for its token, not its body');
    const secret = 'DOE/SECRETNAME';
    await post({ ...ticketed('TESTA20990101000000000'), note: secret }, '');
    assert.ok(stack.logs.every((l) => !l.includes(secret)));
  });

  it('answers 400 for bodies that are not Atlas events, without their text in a log line, and keeps running', async () => {
    const before = stack.logs.length;
    for (const [body, raw] of [
      ['{not json DOE/JANE', true],
      [{ data: {} }, false],
      [{ type: 'order.ticketed', data: { orderNo: 'X1', name: 'DOE/JANE' } }, false],
      [{ type: 'order.cancelled', data: {} }, false],
    ] as const) {
      assert.equal((await post(body, undefined, raw)).status, 400, JSON.stringify(body));
    }
    assert.ok(stack.logs.slice(before).every((l) => !l.includes('DOE/JANE')));
    assert.equal((await fetch(new URL('/healthz', stack.url))).status, 200);
  });

  it('accepts and ignores event types it does not act on, with a log line', async () => {
    const before = stack.logs.length;
    const response = await post({
      type: 'airline.status',
      status: -1,
      data: { airline: ['TO'], airlineStatus: 'Active' },
    });
    assert.equal(response.status, 204);
    assert.ok(stack.logs.slice(before).some((l) => l.includes('airline.status')));
  });
});
