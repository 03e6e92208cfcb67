import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { openLedger } from '../../src/ledger/open-ledger';
import { createLogger } from '../../src/logging/logger';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { openTestLedger, TestLedger } from '../support/ledger';
import { simControl, until } from '../support/sim-control';
import { postAsBackOffice, Stack, startGateway, startStack } from '../support/stack';

const PAY = `mutation Pay($input: PayOrderInput!) {
  payOrder(input: $input) {
    __typename
    ... on PaymentAccepted { decidedBy }
    ... on PaymentFailure { code retryable decidedBy atlasStatus guidance { nextActions } }
    ... on PaymentStillSettling { settlesAt retryAfterSeconds }
  }
}`;
const PAYMENTS = `query P($o: ID!) {
  order(orderNo: $o) {
    payments {
      state method atlasStatus decidedBy createdAt settledAt
      outcome { member code }
      events { type at atlasStatus }
    }
  }
}`;

interface Result {
  __typename: string;
  code?: string;
  retryable?: boolean;
  decidedBy: string;
  guidance?: { nextActions: string[] };
  settlesAt?: string;
  retryAfterSeconds?: number;
}

interface Attempt {
  state: string;
  decidedBy: string | null;
  outcome: { member: string; code: string | null } | null;
  events: { type: string; at: string; atlasStatus: number | null }[];
}

function describeSettling(
  name: string,
  watcherPollMs: number,
  body: (ctx: { stack: () => Stack }) => void,
) {
  describe(name, () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack({
        ticketingDelayMs: 60_000,
        payTimeoutMs: 300,
        safety: { settlePollMs: watcherPollMs },
      });
    });
    after(async () => {
      await simControl(stack.simUrl).release();
      await stack.close();
    });
    beforeEach(() => stack.control('DELETE', '/_sim/faults'));
    body({ stack: () => stack });
  });
}

const pay = async (stack: Stack, input: Record<string, unknown>): Promise<Result> => {
  const response = await stack.gql(PAY, { input });
  assert.equal(response.body.errors, undefined, response.text);
  return (response.body.data as { payOrder: Result }).payOrder;
};
const payments = async (stack: Stack, orderNo: string): Promise<Attempt[]> => {
  const response = await stack.gql(PAYMENTS, { o: orderNo });
  assert.equal(response.body.errors, undefined, response.text);
  return (response.body.data as { order: { payments: Attempt[] } }).order.payments;
};

describeSettling(
  'a pay.do that lands after the gateway stopped waiting',
  60_000,
  ({ stack: s }) => {
    it('sends no second pay.do while it may land, then replays PaymentAccepted by reconciliation', async () => {
      const stack = s();
      const sim = simControl(stack.simUrl);
      const orderNo = await stack.createOrder();
      const input = { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'late-1' };
      await sim.arm({ endpoint: 'pay.do', kind: 'hold' });

      const lost = await pay(stack, input);
      assert.equal(lost.__typename, 'PaymentOutcomeUnknown');
      assert.equal(await sim.held(), 1);

      const settling = await pay(stack, input);
      assert.equal(settling.__typename, 'PaymentStillSettling');
      assert.equal(settling.code, 'PAYMENT_STILL_SETTLING');
      assert.equal(settling.retryable, true);
      assert.equal(settling.decidedBy, 'SAFETY_GUARD');
      assert.deepEqual(settling.guidance?.nextActions, ['QUERY_ORDER', 'WAIT_FOR_TICKETING']);
      const left = new Date(settling.settlesAt!).getTime() - stack.clock.now().getTime();
      assert.ok(left > 110_000 && left <= 120_000, `settles in ${left} ms`);
      assert.ok(settling.retryAfterSeconds! > 110 && settling.retryAfterSeconds! <= 120);

      const otherCaller = await pay(stack, { orderNo, paymentMethod: 'DEPOSIT' });
      assert.equal(
        otherCaller.__typename,
        'PaymentStillSettling',
        'any request for the order waits',
      );
      assert.equal(await sim.held(), 1, 'no second pay.do left the gateway');

      assert.equal((await sim.release()).released, 1);
      await until('the order shows paid', async () => (await sim.orderStatus(orderNo)) === '1');
      const reconciled = await pay(stack, input);
      assert.deepEqual(reconciled, { __typename: 'PaymentAccepted', decidedBy: 'RECONCILIATION' });
      assert.deepEqual(await pay(stack, input), reconciled, 'the key now replays it');
      const calls = (await stack.calls('pay.do')).filter((c) => c.orderNo === orderNo);
      assert.deepEqual(
        calls.map((c) => c.atlasStatus),
        [0],
        'exactly one pay.do, and Atlas accepted it',
      );

      const [attempt, ...others] = await payments(stack, orderNo);
      assert.equal(others.length, 0);
      assert.equal(attempt!.state, 'RECONCILED');
      assert.deepEqual(attempt!.outcome, { member: 'PaymentAccepted', code: null });
      assert.equal(attempt!.decidedBy, 'RECONCILIATION');
      assert.deepEqual(
        attempt!.events.map((e) => e.type),
        ['RECORDED', 'SENT', 'UNKNOWN', 'RECONCILED'],
      );
    });

    it('pays again once the settle window passed with the order still unpaid', async () => {
      const stack = s();
      const orderNo = await stack.createOrder();
      await stack.control('POST', '/_sim/faults', { endpoint: 'pay.do', kind: 'reset' });
      const input = { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'late-2' };
      assert.equal((await pay(stack, input)).__typename, 'PaymentOutcomeUnknown');
      stack.clock.advance(119_000);
      assert.equal((await pay(stack, input)).__typename, 'PaymentStillSettling');
      stack.clock.advance(1_000);
      assert.deepEqual(await pay(stack, input), {
        __typename: 'PaymentAccepted',
        decidedBy: 'ATLAS',
      });
      assert.deepEqual(
        (await payments(stack, orderNo)).map((a) => [a.state, a.outcome?.member]),
        [
          ['ACCEPTED', 'PaymentAccepted'],
          ['NOT_TAKEN', 'PaymentOutcomeUnknown'],
        ],
      );
    });
  },
);

describeSettling('the gateway following a lost payment on its own', 20, ({ stack: s }) => {
  it('records the payment once the order shows it paid, with no caller asking', async () => {
    const stack = s();
    const sim = simControl(stack.simUrl);
    const orderNo = await stack.createOrder();
    await sim.arm({ endpoint: 'pay.do', kind: 'hold' });
    const lost = await pay(stack, { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'w-1' });
    assert.equal(lost.__typename, 'PaymentOutcomeUnknown');
    assert.equal((await payments(stack, orderNo))[0]!.state, 'UNKNOWN');
    await sim.release();
    await until(
      'the watcher reconciles the attempt',
      async () => (await payments(stack, orderNo))[0]!.state === 'RECONCILED',
    );
    const payCalls = (await stack.calls('pay.do')).filter((c) => c.orderNo === orderNo);
    assert.equal(payCalls.length, 1);
  });

  it('marks the attempt NOT_TAKEN when its window passes with the order unpaid', async () => {
    const stack = s();
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', { endpoint: 'pay.do', kind: 'reset' });
    await pay(stack, { orderNo, paymentMethod: 'DEPOSIT' });
    stack.clock.advance(120_000);
    await until(
      'the watcher gives the attempt up',
      async () => (await payments(stack, orderNo))[0]!.state === 'NOT_TAKEN',
    );
  });
});

describe('a gateway starting on a ledger with open attempts', () => {
  let simulator: Simulator;
  let simUrl: string;
  let testLedger: TestLedger;
  const silent = createLogger({ level: 'silent' });
  before(async () => {
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 60_000 });
    simUrl = await simulator.listen(0);
    testLedger = await openTestLedger();
  });
  after(async () => {
    await simControl(simUrl).release();
    await simulator.close();
    await testLedger.close();
  });

  it('resumes watching them, and records a payment that lands with no caller asking', async () => {
    const sim = simControl(simUrl);
    const orderNo = simulator.store.createOrder({}).orderNo;
    const first = await startGateway(simUrl, silent, {
      payTimeoutMs: 300,
      safety: { ledger: testLedger.ledger, settlePollMs: 60_000 },
    });
    await sim.arm({ endpoint: 'pay.do', kind: 'hold' });
    const lost = await postAsBackOffice(first.url, PAY, {
      input: { orderNo, paymentMethod: 'DEPOSIT' },
    });
    assert.equal((lost.body.data?.payOrder as Result).__typename, 'PaymentOutcomeUnknown');
    await first.close();

    const second = await startGateway(simUrl, silent, {
      safety: { ledger: testLedger.ledger, settlePollMs: 20 },
    });
    try {
      await sim.release();
      await until('the starting gateway reconciles the attempt', async () => {
        const response = await postAsBackOffice(second.url, PAYMENTS, { o: orderNo });
        const attempts = (response.body.data as { order: { payments: Attempt[] } }).order.payments;
        return attempts[0]!.state === 'RECONCILED';
      });
    } finally {
      await second.close();
    }
  });

  it('leaves an attempt open, and still answers the caller, when the ledger fails after pay.do', async (t) => {
    if (testLedger.databaseUrl === null) return t.skip('needs a ledger two connections share');
    const sim = simControl(simUrl);
    const orderNo = simulator.store.createOrder({}).orderNo;
    const own = await openLedger(testLedger.settings, silent);
    const gateway = await startGateway(simUrl, silent, { safety: { ledger: own } });
    try {
      await sim.arm({ endpoint: 'pay.do', kind: 'hold' });
      const answer = postAsBackOffice(gateway.url, PAY, {
        input: { orderNo, paymentMethod: 'DEPOSIT' },
      });
      await until('pay.do reaches Atlas', async () => (await sim.held()) === 1);
      await own.close();
      await sim.release();
      assert.deepEqual((await answer).body.data, {
        payOrder: { __typename: 'PaymentAccepted', decidedBy: 'ATLAS' },
      });
    } finally {
      await gateway.close();
    }
    const open = await testLedger.ledger.payments.openAttempt(orderNo);
    assert.equal(open?.state, 'RECORDED', 'the next payOrder judges it by the order');
  });
});
