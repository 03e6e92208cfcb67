import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { card, MASTERCARD } from '../support/cards';
import { Stack, startStack } from '../support/stack';
import { subscribeOverWs } from '../support/ws-client';

/** The four journeys of the hybrid-payment guide and the FR flow, as a frontend sends them. */

const PAY = `mutation Pay($input: PayOrderInput!) {
  payOrder(input: $input) {
    __typename
    ... on PaymentFailure { code atlasStatus decidedBy retryable guidance { nextActions } }
  }
}`;

const RECOVERY = `query Recovery($orderNo: ID!) {
  order(orderNo: $orderNo) {
    status
    recovery {
      path canPayAsIs paymentMethods mustConfirmFirst mustRegenerate payingAgainWouldBeWrong
      guidance { summary nextActions }
    }
  }
}`;

const REGENERATE = `mutation Regenerate($orderNo: ID!) {
  regenerateOrder(orderNo: $orderNo) {
    __typename
    ... on OrderRegenerated {
      originalOrderNo
      order { orderNo status paymentDeadline supportedPaymentMethods recovery { path } }
      guidance { nextActions }
    }
    ... on RegenerateOrderFailure { code atlasStatus guidance { nextActions } }
  }
}`;

const COMMIT = `mutation Commit($orderNo: ID!, $redirectUri: String, $iframe: Boolean) {
  commitOrder(orderNo: $orderNo, redirectUri: $redirectUri, iframe: $iframe) {
    __typename
    ... on ConfirmationPageReady { confirmationUrl display confirmBefore guidance { nextActions } }
    ... on CommitOrderFailure { code atlasStatus retryable guidance { nextActions } }
  }
}`;

const WATCH = `subscription Watch($orderNo: ID!) {
  ticketingStatus(orderNo: $orderNo) { status final failure { code guidance { nextActions } } }
}`;

interface Guided {
  guidance: { summary: string; nextActions: string[] };
}

interface PayResult extends Guided {
  __typename: string;
  atlasStatus: number | null;
  decidedBy: string;
  retryable: boolean;
}

interface Recovery extends Guided {
  path: string;
  canPayAsIs: boolean;
  paymentMethods: string[];
  mustConfirmFirst: boolean;
  mustRegenerate: boolean;
  payingAgainWouldBeWrong: boolean;
}

interface RegenerateResult extends Guided {
  __typename: string;
  originalOrderNo: string;
  order: { orderNo: string; status: string; paymentDeadline: string; recovery: { path: string } };
}

interface CommitResult extends Guided {
  __typename: string;
  confirmationUrl: string;
  display: string;
  confirmBefore: string | null;
}

interface Update {
  status: string;
  final: boolean;
  failure: { code: string; guidance: { nextActions: string[] } } | null;
}

describe('recovery journeys over HTTP and WebSocket against the simulator', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ ticketingDelayMs: 300 });
    await stack.registerWebhook();
  });
  after(() => stack.close());

  async function data<T>(query: string, variables: Record<string, unknown>, field: string) {
    const response = await stack.gql(query, variables);
    assert.equal(response.body.errors, undefined, response.text);
    return response.body.data![field] as T;
  }
  const pay = (input: Record<string, unknown>) => data<PayResult>(PAY, { input }, 'payOrder');
  const readOrder = (orderNo: string) =>
    data<{ status: string; recovery: Recovery }>(RECOVERY, { orderNo }, 'order');
  const recovery = async (orderNo: string) => (await readOrder(orderNo)).recovery;
  const regenerate = (orderNo: string) =>
    data<RegenerateResult>(REGENERATE, { orderNo }, 'regenerateOrder');
  const commit = (variables: Record<string, unknown>) =>
    data<CommitResult>(COMMIT, variables, 'commitOrder');
  const watchToEnd = async (orderNo: string) => {
    const stream = subscribeOverWs<Update>(stack.wsUrl, WATCH, { orderNo }, 'ticketingStatus');
    await stream.done;
    assert.deepEqual(stream.errors, []);
    return stream.data;
  };

  describe('scenario A: pay.do itself failed, so switch method on the same order', () => {
    it('pays by deposit after Atlas refused the card with 414', async () => {
      const orderNo = await stack.createOrder({
        supportPaymentMethods: [1, 3],
        declaredCardBrand: 'Visa',
      });
      const refused = await pay({
        orderNo,
        paymentMethod: 'VCC',
        card: card({ number: MASTERCARD }),
      });
      assert.equal(refused.__typename, 'CardBrandMismatch');
      assert.equal(refused.atlasStatus, 414);
      assert.equal(refused.decidedBy, 'ATLAS');
      const after = await recovery(orderNo);
      assert.equal(after.path, 'PAY');
      assert.equal(after.canPayAsIs, true);
      assert.deepEqual(after.paymentMethods, ['DEPOSIT', 'VCC']);
      assert.equal(
        (await pay({ orderNo, paymentMethod: 'DEPOSIT' })).__typename,
        'PaymentAccepted',
      );
      const payCalls = (await stack.calls('pay.do')).filter((call) => call.orderNo === orderNo);
      assert.deepEqual(
        payCalls.map((call) => call.atlasStatus),
        [414, 0],
      );
    });

    it('pays by deposit after a 411 payment-gateway failure, guided to SWITCH_PAYMENT_METHOD', async () => {
      const orderNo = await stack.createOrder();
      await stack.control('POST', '/_sim/faults', {
        endpoint: 'pay.do',
        kind: 'status',
        atlasStatus: 411,
      });
      const refused = await pay({ orderNo, paymentMethod: 'VCC', card: card() });
      assert.equal(refused.__typename, 'PaymentGatewayError');
      assert.ok(refused.guidance.nextActions.includes('SWITCH_PAYMENT_METHOD'));
      assert.equal((await recovery(orderNo)).path, 'PAY');
      assert.equal(
        (await pay({ orderNo, paymentMethod: 'DEPOSIT' })).__typename,
        'PaymentAccepted',
      );
    });
  });

  describe('scenario B: the airline declined the card after pay.do accepted it', () => {
    it('goes CANCELLED 604 → regenerateOrder → deposit on the new order → TICKETED', async () => {
      const orderNo = await stack.createOrder();
      const stream = subscribeOverWs<Update>(stack.wsUrl, WATCH, { orderNo }, 'ticketingStatus');
      await stream.waitFor(1);
      const accepted = await pay({
        orderNo,
        paymentMethod: 'VCC',
        card: card({ holderFirstName: 'Reject' }),
      });
      assert.equal(accepted.__typename, 'PaymentAccepted');
      await stream.done;
      const last = stream.data.at(-1)!;
      assert.deepEqual(
        [last.status, last.final, last.failure?.code],
        ['CANCELLED', true, 'CARD_DECLINED_BY_AIRLINE'],
      );
      assert.deepEqual(last.failure?.guidance.nextActions, [
        'REGENERATE_ORDER',
        'SWITCH_PAYMENT_METHOD',
      ]);
      const deliveries = await stack.control<{ deliveries: { type: string; orderNo: string }[] }>(
        'GET',
        '/_sim/webhooks',
      );
      assert.ok(
        deliveries.deliveries.some((d) => d.type === 'order.cancelled' && d.orderNo === orderNo),
      );

      const cancelled = await recovery(orderNo);
      assert.equal(cancelled.path, 'REGENERATE_THEN_PAY');
      assert.equal(cancelled.mustRegenerate, true);
      assert.equal(cancelled.payingAgainWouldBeWrong, false);
      assert.deepEqual(cancelled.paymentMethods, ['DEPOSIT', 'VCC']);
      assert.deepEqual(cancelled.guidance.nextActions, [
        'REGENERATE_ORDER',
        'SWITCH_PAYMENT_METHOD',
        'PAY_ORDER',
      ]);

      const regenerated = await regenerate(orderNo);
      assert.equal(regenerated.__typename, 'OrderRegenerated');
      assert.equal(regenerated.originalOrderNo, orderNo);
      const newOrder = regenerated.order;
      assert.notEqual(newOrder.orderNo, orderNo);
      assert.equal(newOrder.status, 'UNPAID');
      assert.equal(newOrder.recovery.path, 'PAY');
      assert.ok(Date.parse(newOrder.paymentDeadline) > Date.now() + 29 * 60_000);
      assert.deepEqual(regenerated.guidance.nextActions, ['PAY_ORDER', 'SWITCH_PAYMENT_METHOD']);

      const paid = await pay({ orderNo: newOrder.orderNo, paymentMethod: 'DEPOSIT' });
      assert.equal(paid.__typename, 'PaymentAccepted');
      const updates = await watchToEnd(newOrder.orderNo);
      assert.equal(updates.at(-1)?.status, 'TICKETED');
      assert.equal((await readOrder(orderNo)).status, 'CANCELLED');
    });
  });

  describe('Ryanair: the traveller confirms before payment', () => {
    it('answers OrderNotConfirmed, then pays once commitOrder’s page was confirmed', async () => {
      const orderNo = await stack.createOrder({ carrier: 'FR' });
      const before = await recovery(orderNo);
      assert.equal(before.path, 'CONFIRM_THEN_PAY');
      assert.equal(before.mustConfirmFirst, true);
      assert.equal(before.canPayAsIs, false);
      assert.deepEqual(before.guidance.nextActions, ['CONFIRM_ORDER', 'PAY_ORDER']);

      const early = await pay({ orderNo, paymentMethod: 'DEPOSIT' });
      assert.equal(early.__typename, 'OrderNotConfirmed');
      assert.equal(early.atlasStatus, 415);
      assert.deepEqual(early.guidance.nextActions, ['CONFIRM_ORDER']);

      const page = await commit({ orderNo, redirectUri: 'https://shop.example/fr-confirmed' });
      assert.equal(page.__typename, 'ConfirmationPageReady');
      assert.equal(page.display, 'POPUP');
      assert.ok(page.confirmBefore);
      assert.deepEqual(page.guidance.nextActions, ['PAY_ORDER']);
      // The traveller accepts on the page, as a browser would.
      const confirmed = await fetch(page.confirmationUrl, { method: 'POST', redirect: 'manual' });
      assert.equal(confirmed.status, 303);
      const back = new URL(confirmed.headers.get('location')!);
      assert.equal(back.searchParams.get('AtlasOrderNumber'), orderNo);

      assert.equal(
        (await pay({ orderNo, paymentMethod: 'DEPOSIT' })).__typename,
        'PaymentAccepted',
      );
      assert.equal(
        (await stack.calls('orderCommit.do')).filter((c) => c.orderNo === orderNo).length,
        1,
      );
    });

    it('hands out an iframe page without a redirectUri', async () => {
      const orderNo = await stack.createOrder({ carrier: 'FR' });
      const page = await commit({ orderNo, iframe: true });
      assert.equal(page.__typename, 'ConfirmationPageReady');
      assert.equal(page.display, 'IFRAME');
      assert.equal(new URL(page.confirmationUrl).searchParams.get('redirectUri'), null);
    });
  });

  describe('expired order', () => {
    it('answers PaymentDeadlinePassed → regenerateOrder → the new order is paid', async () => {
      const orderNo = await stack.createOrder({ deadlineInSeconds: -60 });
      const late = await pay({ orderNo, paymentMethod: 'DEPOSIT' });
      assert.equal(late.__typename, 'PaymentDeadlinePassed');
      assert.equal(late.retryable, false);
      assert.equal(late.guidance.nextActions[0], 'REGENERATE_ORDER');
      const expired = await recovery(orderNo);
      assert.equal(expired.path, 'REGENERATE_THEN_PAY');
      assert.equal(expired.mustRegenerate, true);
      assert.deepEqual(expired.guidance.nextActions, ['REGENERATE_ORDER', 'PAY_ORDER']);

      const regenerated = await regenerate(orderNo);
      assert.equal(regenerated.__typename, 'OrderRegenerated');
      assert.deepEqual(regenerated.guidance.nextActions, ['PAY_ORDER']);
      const paid = await pay({ orderNo: regenerated.order.orderNo, paymentMethod: 'DEPOSIT' });
      assert.equal(paid.__typename, 'PaymentAccepted');
    });
  });
});
