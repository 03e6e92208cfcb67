import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Stack, startStack } from '../support/stack';

/** What commitOrder and regenerateOrder refuse, and how each Atlas failure reaches the caller. */

const REGENERATE = `mutation Regenerate($orderNo: ID!) {
  regenerateOrder(orderNo: $orderNo) {
    __typename
    ... on OrderRegenerated { order { orderNo } }
    ... on RegenerateOrderFailure { code atlasStatus retryable message guidance { nextActions } }
    ... on DuplicateBookingSuspected { duplicateOrders }
  }
}`;

const COMMIT = `mutation Commit($orderNo: ID!, $redirectUri: String, $iframe: Boolean) {
  commitOrder(orderNo: $orderNo, redirectUri: $redirectUri, iframe: $iframe) {
    __typename
    ... on CommitOrderFailure { code atlasStatus retryable atlasMessage guidance { nextActions } }
  }
}`;

interface Result {
  __typename: string;
  code?: string;
  atlasStatus?: number | null;
  retryable?: boolean;
  duplicateOrders?: string[];
  order?: { orderNo: string };
  guidance?: { nextActions: string[] };
}

describe('recovery mutations: guards and failures', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  const regenerate = async (orderNo: string): Promise<Result> => {
    const response = await stack.gql(REGENERATE, { orderNo });
    assert.equal(response.body.errors, undefined, response.text);
    return response.body.data!.regenerateOrder as Result;
  };
  const commit = async (variables: Record<string, unknown>) => {
    const response = await stack.gql(COMMIT, variables);
    return { response, result: response.body.data?.commitOrder as Result | undefined };
  };
  const callsFor = async (endpoint: string, orderNo: string) =>
    (await stack.calls(endpoint)).filter((call) => call.orderNo === orderNo);
  const fault = (endpoint: string, spec: Record<string, unknown>) =>
    stack.control('POST', '/_sim/faults', { endpoint, ...spec });

  describe('regenerateOrder', () => {
    const refusals: [string, Record<string, unknown>, string][] = [
      ['a ticketing order', { state: 'TICKETING' }, 'OrderNotRegenerable'],
      ['a ticketed order', { state: 'TICKETED' }, 'OrderNotRegenerable'],
      [
        'an order paid with the airline reference pending (615)',
        { state: 'CANCELLED', cancelErrorCode: '615' },
        'OrderNotRegenerable',
      ],
      ['an unpaid order inside its deadline', {}, 'OrderStillPayable'],
      ['an unconfirmed Ryanair order inside its deadline', { carrier: 'FR' }, 'OrderStillPayable'],
    ];
    for (const [what, spec, typename] of refusals) {
      it(`refuses ${what} with ${typename} and never calls regenerateOrder.do`, async () => {
        const orderNo = await stack.createOrder(spec);
        const result = await regenerate(orderNo);
        assert.equal(result.__typename, typename);
        assert.equal(result.atlasStatus, null);
        assert.equal(result.retryable, false);
        assert.deepEqual(await callsFor('regenerateOrder.do', orderNo), []);
      });
    }

    it('answers RegenerateOrderNotFound for an order Atlas does not know', async () => {
      const result = await regenerate('TESTZ20990101000000000');
      assert.equal(result.__typename, 'RegenerateOrderNotFound');
    });

    it('names the order made by a first call when the same order is regenerated twice', async () => {
      const orderNo = await stack.createOrder({ state: 'CANCELLED', cancelErrorCode: '604' });
      const first = await regenerate(orderNo);
      assert.equal(first.__typename, 'OrderRegenerated');
      const second = await regenerate(orderNo);
      assert.equal(second.__typename, 'DuplicateBookingSuspected');
      assert.equal(second.atlasStatus, 318);
      assert.deepEqual(second.duplicateOrders, [first.order!.orderNo]);
      assert.deepEqual(second.guidance!.nextActions, ['QUERY_ORDER', 'PAY_ORDER']);
    });

    it('sends one regenerateOrder.do when ten calls for one order arrive together; the rest get OrderBusy', async () => {
      const orderNo = await stack.createOrder({ state: 'CANCELLED', cancelErrorCode: '613' });
      // The lock holder's order read is slow, so every other call arrives while it is held.
      await fault('queryOrderDetails.do', { kind: 'latency', latencyMs: 300 });
      const results = await Promise.all(Array.from({ length: 10 }, () => regenerate(orderNo)));
      const names = results.map((r) => r.__typename).sort();
      assert.deepEqual(
        names,
        ['OrderBusy', ...Array<string>(8).fill('OrderBusy'), 'OrderRegenerated'].sort(),
      );
      assert.equal((await callsFor('regenerateOrder.do', orderNo)).length, 1);
    });

    it('answers OrderBusy while a payOrder of the same order holds its lock', async () => {
      const orderNo = await stack.createOrder({ deadlineInSeconds: -1 });
      await fault('queryOrderDetails.do', { kind: 'latency', latencyMs: 400 });
      const paying = stack.gql(
        'mutation P($o: ID!) { payOrder(input: { orderNo: $o, paymentMethod: DEPOSIT }) { __typename } }',
        { o: orderNo },
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal((await regenerate(orderNo)).__typename, 'OrderBusy');
      assert.equal(
        ((await paying).body.data?.payOrder as Result).__typename,
        'PaymentDeadlinePassed',
      );
      assert.equal((await regenerate(orderNo)).__typename, 'OrderRegenerated');
    });

    it('reports a lost answer as RegenerateOutcomeUnknown, and the next call names the order Atlas made', async () => {
      const orderNo = await stack.createOrder({ deadlineInSeconds: -1 });
      await fault('regenerateOrder.do', { kind: 'reset', afterProcessing: true });
      const lost = await regenerate(orderNo);
      assert.equal(lost.__typename, 'RegenerateOutcomeUnknown');
      assert.equal(lost.retryable, true);
      const again = await regenerate(orderNo);
      assert.equal(again.__typename, 'DuplicateBookingSuspected');
      const made = stack.simulator.store.getOrder(orderNo)?.regeneratedAs;
      assert.deepEqual(again.duplicateOrders, [made]);
    });

    const atlasStatuses: [number, string, boolean][] = [
      [302, 'TripUnavailable', false],
      [308, 'PriceOrScheduleChanged', false],
      [307, 'BookingDataRejected', false],
      [316, 'AirlineBookingFailed', true],
      [330, 'OrderBusy', true],
      [329, 'AccountNotReady', false],
      [314, 'OrderNotRegenerable', false],
      [399, 'UnrecognizedRegenerateFailure', false],
    ];
    for (const [status, typename, retryable] of atlasStatuses) {
      it(`maps regenerateOrder.do ${status} to ${typename}`, async () => {
        const orderNo = await stack.createOrder({ state: 'CANCELLED', cancelErrorCode: '604' });
        await fault('regenerateOrder.do', { kind: 'status', atlasStatus: status });
        const result = await regenerate(orderNo);
        assert.equal(result.__typename, typename);
        assert.equal(result.atlasStatus, status);
        assert.equal(result.retryable, retryable);
      });
    }
  });

  describe('commitOrder', () => {
    it('answers ConfirmationNotRequired for an order of another airline without calling Atlas', async () => {
      const orderNo = await stack.createOrder({ carrier: '5J' });
      const { result } = await commit({ orderNo, iframe: true });
      assert.equal(result?.__typename, 'ConfirmationNotRequired');
      assert.deepEqual(result?.guidance?.nextActions, ['PAY_ORDER']);
      assert.deepEqual(await callsFor('orderCommit.do', orderNo), []);
    });

    it('answers OrderNotConfirmable for a paid or expired Ryanair order', async () => {
      for (const spec of [{ state: 'TICKETING' }, { deadlineInSeconds: -1 }]) {
        const orderNo = await stack.createOrder({ carrier: 'FR', ...spec });
        const { result } = await commit({ orderNo, iframe: true });
        assert.equal(result?.__typename, 'OrderNotConfirmable');
      }
    });

    it('answers ConfirmationOrderNotFound for an order Atlas does not know', async () => {
      const { result } = await commit({ orderNo: 'TESTZ20990101000000000', iframe: true });
      assert.equal(result?.__typename, 'ConfirmationOrderNotFound');
      assert.equal(result?.atlasStatus, null);
    });

    const atlasStatuses: [number, string, boolean][] = [
      [307, 'ConfirmationRequestInvalid', false],
      [800, 'ConfirmationOrderNotFound', false],
      [316, 'ConfirmationTimedOut', true],
      [317, 'ConfirmationAirlineError', true],
      [318, 'UnrecognizedConfirmationFailure', false],
    ];
    for (const [status, typename, retryable] of atlasStatuses) {
      it(`maps orderCommit.do ${status} to ${typename}`, async () => {
        const orderNo = await stack.createOrder({ carrier: 'FR' });
        await fault('orderCommit.do', { kind: 'status', atlasStatus: status });
        const { result } = await commit({ orderNo, iframe: true });
        assert.equal(result?.__typename, typename);
        assert.equal(result?.atlasStatus, status);
        assert.equal(result?.retryable, retryable);
      });
    }

    it('answers ConfirmationAtlasUnavailable, retryable, when orderCommit.do does not answer', async () => {
      const orderNo = await stack.createOrder({ carrier: 'FR' });
      await fault('orderCommit.do', { kind: 'http-error', httpStatus: 502 });
      const { result } = await commit({ orderNo, iframe: true });
      assert.equal(result?.__typename, 'ConfirmationAtlasUnavailable');
      assert.equal(result?.retryable, true);
    });

    const badInputs: [string, Record<string, unknown>][] = [
      ['no redirectUri outside iframe mode', {}],
      ['a redirectUri that is not http(s)', { redirectUri: 'javascript:alert(1)' }],
      ['a relative redirectUri', { redirectUri: '/back' }],
    ];
    for (const [what, variables] of badInputs) {
      it(`answers BAD_USER_INPUT on redirectUri for ${what}`, async () => {
        const orderNo = await stack.createOrder({ carrier: 'FR' });
        const { response } = await commit({ orderNo, ...variables });
        const error = response.body.errors?.[0];
        assert.equal(error?.extensions?.code, 'BAD_USER_INPUT');
        assert.equal(error?.extensions?.field, 'redirectUri');
        assert.doesNotMatch(response.text, /javascript:alert/);
        assert.deepEqual(await callsFor('orderCommit.do', orderNo), []);
      });
    }
  });
});
