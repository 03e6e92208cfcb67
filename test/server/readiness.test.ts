import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { GatewayProcess, spawnGatewayProcess } from '../support/gateway-process';
import { openPostgresTestLedger, TestLedger } from '../support/ledger';

interface Readyz {
  status: string;
  down: string[];
  checks: Record<string, string>;
}

const readyz = async (url: string) => {
  const response = await fetch(new URL('/readyz', url));
  return { status: response.status, body: (await response.json()) as Readyz };
};

describe('/readyz names what is down', () => {
  let simulator: Simulator;
  let simUrl: string;
  let testLedger: TestLedger | null;
  const running: GatewayProcess[] = [];
  before(async () => {
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 60_000 });
    simUrl = await simulator.listen(0);
    testLedger = await openPostgresTestLedger();
  });
  after(async () => {
    for (const gateway of running) await gateway.close();
    await testLedger?.close();
    await simulator.close();
  });

  const start = async (env: Record<string, string>) => {
    const gateway = await spawnGatewayProcess(simUrl, env);
    running.push(gateway);
    return gateway;
  };
  const shared = () => ({
    DATABASE_URL: testLedger!.databaseUrl!,
    IDEMPOTENCY_HASH_KEY: 'readiness-test-hash-key-0123456789abcdef',
  });

  it('is ready when the ledger and Atlas answer, and /healthz only says the process runs', async (t) => {
    if (!testLedger) return t.skip('PostgreSQL is not reachable here');
    const gateway = await start(shared());
    assert.deepEqual(await readyz(gateway.url), {
      status: 200,
      body: { status: 'ready', down: [], checks: { ledger: 'up', atlas: 'up' } },
    });
    assert.equal((await fetch(new URL('/healthz', gateway.url))).status, 200);
  });

  it('answers 503 naming redis when Redis cannot be reached, while /healthz stays 200', async (t) => {
    if (!testLedger) return t.skip('PostgreSQL is not reachable here');
    const gateway = await start({ ...shared(), STORE: 'redis', REDIS_URL: 'redis://127.0.0.1:1' });
    const { status, body } = await readyz(gateway.url);
    assert.equal(status, 503);
    assert.deepEqual(body.down, ['redis']);
    assert.equal(body.status, 'not ready');
    assert.equal((await fetch(new URL('/healthz', gateway.url))).status, 200);
  });

  it('answers 503 naming atlas when Atlas cannot be reached', async (t) => {
    if (!testLedger) return t.skip('PostgreSQL is not reachable here');
    const gateway = await spawnGatewayProcess('http://127.0.0.1:1', shared());
    running.push(gateway);
    const { status, body } = await readyz(gateway.url);
    assert.equal(status, 503);
    assert.deepEqual(body.down, ['atlas']);
  });
});
