import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import {
  GatewayProcess,
  killGatewayProcess,
  spawnGatewayProcess,
} from '../support/gateway-process';
import { simControl, until } from '../support/sim-control';
import { postAsBackOffice } from '../support/stack';

const PAY = `mutation Pay($input: PayOrderInput!) {
  payOrder(input: $input) {
    __typename
    ... on PaymentFailure { code decidedBy }
    ... on PaymentAccepted { decidedBy }
  }
}`;
const PAYMENTS = `query P($o: ID!) { order(orderNo: $o) { payments { state events { type } } } }`;

describe('a gateway on the embedded ledger, killed with pay.do on the wire', () => {
  let simulator: Simulator;
  let simUrl: string;
  let dataDir: string;
  const running: GatewayProcess[] = [];
  const start = async () => {
    const gateway = await spawnGatewayProcess(simUrl, { DATA_DIR: dataDir });
    running.push(gateway);
    return gateway;
  };

  before(async () => {
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 60_000 });
    simUrl = await simulator.listen(0);
    dataDir = await mkdtemp(join(tmpdir(), 'atlas-ledger-'));
  });
  after(async () => {
    for (const gateway of running) await gateway.close();
    await simulator.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('remembers the attempt after a restart on the same DATA_DIR and never sends pay.do again', async () => {
    const sim = simControl(simUrl);
    const orderNo = simulator.store.createOrder({}).orderNo;
    const input = { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: 'crash-embedded' };
    const payCalls = () =>
      simulator.store.calls().filter((c) => c.endpoint === 'pay.do' && c.orderNo === orderNo);

    const doomed = await start();
    await sim.arm({ endpoint: 'pay.do', kind: 'hold' });
    const inFlight = postAsBackOffice(doomed.url, PAY, { input }).catch(() => null);
    await until('pay.do reaches Atlas', async () => (await sim.held()) === 1);
    await killGatewayProcess(doomed);
    assert.equal(await inFlight, null, 'the caller never got an answer');

    const restarted = await start();
    const pay = async () => {
      const response = await postAsBackOffice(restarted.url, PAY, { input });
      return (response.body.data as { payOrder: Record<string, unknown> }).payOrder;
    };
    assert.deepEqual(await pay(), {
      __typename: 'PaymentStillSettling',
      code: 'PAYMENT_STILL_SETTLING',
      decidedBy: 'SAFETY_GUARD',
    });
    assert.equal(await sim.held(), 1, 'the retry sent nothing');

    assert.equal((await sim.release()).released, 1);
    await until('the order shows paid', async () => (await sim.orderStatus(orderNo)) === '1');
    assert.deepEqual(await pay(), { __typename: 'PaymentAccepted', decidedBy: 'RECONCILIATION' });
    assert.deepEqual(await pay(), { __typename: 'PaymentAccepted', decidedBy: 'RECONCILIATION' });
    assert.equal(payCalls().length, 1, 'exactly one pay.do, across the crash');

    const history = await postAsBackOffice(restarted.url, PAYMENTS, { o: orderNo });
    assert.deepEqual(history.body.data, {
      order: {
        payments: [{ state: 'RECONCILED', events: [{ type: 'RECORDED' }, { type: 'RECONCILED' }] }],
      },
    });
  });
});
