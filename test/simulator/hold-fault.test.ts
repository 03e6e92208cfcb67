import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { atlasPost } from '../support/atlas-http';
import { simControl, until } from '../support/sim-control';

describe('simulator hold fault', () => {
  let simulator: Simulator;
  let url: string;
  before(async () => {
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 60_000 });
    url = await simulator.listen(0);
  });
  after(() => simulator.close());

  it('applies a held pay.do only once released, then answers it as usual', async () => {
    const sim = simControl(url);
    const orderNo = simulator.store.createOrder({}).orderNo;
    await sim.arm({ endpoint: 'pay.do', kind: 'hold' });
    const answer = atlasPost(url, 'pay.do', { orderNo, paymentMethod: 1 });
    await until('the request is held', async () => (await sim.held()) === 1);
    assert.equal(await sim.orderStatus(orderNo), '0', 'nothing is applied while held');
    assert.deepEqual(await sim.release(), { released: 1 });
    assert.equal((await answer).json.status, 0);
    assert.equal(await sim.orderStatus(orderNo), '1');
    assert.equal(await sim.held(), 0);
    const second = await atlasPost(url, 'pay.do', { orderNo, paymentMethod: 1 });
    assert.equal(second.json.status, 404, 'the fault held one request only');
  });
});
