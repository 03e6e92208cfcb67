import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { openLedger } from '../../src/ledger/open-ledger';
import { createLogger } from '../../src/logging/logger';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { GatewayProcess, spawnGatewayProcess } from '../support/gateway-process';
import { simControl, until } from '../support/sim-control';
import { postGraphQL } from '../support/stack';
import { subscribeOverWs } from '../support/ws-client';

const PAY = `mutation P($input: PayOrderInput!) { payOrder(input: $input) { __typename } }`;

interface NpmStart {
  npm: ChildProcess;
  gatewayPid: number;
  url: string;
  simUrl: string;
  backOfficeKey: string;
  lines: string[];
}

/** `npm start` itself, as an operator's process manager runs it. */
async function npmStart(dataDir: string, env: Record<string, string>): Promise<NpmStart> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    SIMULATOR_PORT: '0',
    ...env,
  };
  for (const name of ['PARTNERS_FILE', 'ATLAS_BASE_URL', 'DATABASE_URL', 'STORE'])
    delete childEnv[name];
  const npm = spawn('npm', ['start', '--silent'], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const started: Partial<NpmStart> = { npm, lines };
  const reader = createInterface({ input: npm.stdout! });
  reader.on('line', (line) => lines.push(line));
  await until(
    'npm start is ready',
    async () => {
      for (const line of lines) {
        if (line.includes('"msg":"gateway listening"')) {
          const listening = JSON.parse(line) as { url: string; pid: number; atlas: string };
          started.url = listening.url;
          started.gatewayPid = listening.pid;
          started.simUrl = listening.atlas.replace(/^simulator at /, '');
        }
        const key = /^ {2}demo-backoffice +(atk_\S+)$/.exec(line);
        if (key) started.backOfficeKey = key[1];
      }
      return started.url !== undefined && started.backOfficeKey !== undefined;
    },
    60_000,
  );
  return started as NpmStart;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const refused = async (url: string) =>
  fetch(new URL('/healthz', url)).then(
    () => false,
    () => true,
  );

describe('SIGTERM to npm start while a payment is on the wire', () => {
  let dataDir: string;
  let started: NpmStart;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'atlas-shutdown-'));
    started = await npmStart(dataDir, { SHUTDOWN_DRAIN_MS: '500', SHUTDOWN_TIMEOUT_MS: '120000' });
  });
  after(async () => {
    if (started.npm.exitCode === null) started.npm.kill('SIGKILL');
    if (alive(started.gatewayPid)) process.kill(started.gatewayPid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers and records the payment, turns unready, refuses new connections, closes WebSockets with 1001 and exits leaving no process', async () => {
    const auth = { authorization: `Bearer ${started.backOfficeKey}` };
    const sim = simControl(started.simUrl);
    const order = await sim.call<{ orderNo: string }>('POST', '/_sim/orders', {});
    const watched = await sim.call<{ orderNo: string }>('POST', '/_sim/orders', {});
    assert.equal((await fetch(new URL('/readyz', started.url))).status, 200);

    const stream = subscribeOverWs(
      started.url.replace(/^http/, 'ws'),
      `subscription { ticketingStatus(orderNo: "${watched.orderNo}") { status } }`,
      {},
      'ticketingStatus',
      { id: 'demo-backoffice', key: started.backOfficeKey, scopes: [] },
    );
    await stream.waitFor(1);
    await sim.arm({ endpoint: 'pay.do', kind: 'hold' });
    const answer = postGraphQL(
      started.url,
      PAY,
      { input: { orderNo: order.orderNo, paymentMethod: 'DEPOSIT' } },
      auth,
    );
    await until('pay.do reaches Atlas', async () => (await sim.held()) === 1);

    const exited = once(started.npm, 'exit');
    started.npm.kill('SIGTERM');
    await until(
      'readiness turns 503',
      async () => (await fetch(new URL('/readyz', started.url))).status === 503,
    );
    const during = await fetch(new URL('/readyz', started.url));
    assert.equal(((await during.json()) as { status: string }).status, 'shutting down');
    await until('the listener refuses new connections after the drain', () => refused(started.url));
    await stream.ended();
    assert.equal(stream.errors[0]?.closeCode, 1001);

    await sim.release();
    const paid = await answer;
    assert.deepEqual(paid.body.data, { payOrder: { __typename: 'PaymentAccepted' } });

    const [code] = await exited;
    assert.equal(code, 0);
    await until('the gateway process is gone', async () => !alive(started.gatewayPid));
    assert.ok(started.lines.some((line) => line.includes('"msg":"stopped"')));

    const ledger = await openLedger(
      { kind: 'embedded', dataDir: join(dataDir, 'ledger') },
      createLogger({ level: 'silent' }),
    );
    try {
      const [history] = await ledger.payments.history([order.orderNo]);
      assert.deepEqual(
        history!.map((attempt) => attempt.state),
        ['ACCEPTED'],
      );
    } finally {
      await ledger.close();
    }
  });
});

describe('SIGTERM after whoever read the log has gone', () => {
  let simulator: Simulator;
  let gateway: GatewayProcess;
  let dataDir: string;
  before(async () => {
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 60_000 });
    dataDir = await mkdtemp(join(tmpdir(), 'atlas-shutdown-reader-'));
    gateway = await spawnGatewayProcess(await simulator.listen(0), {
      DATA_DIR: dataDir,
      SHUTDOWN_DRAIN_MS: '200',
      SHUTDOWN_TIMEOUT_MS: '120000',
    });
  });
  after(async () => {
    if (gateway.process.exitCode === null) gateway.process.kill('SIGKILL');
    await simulator.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  // As when `npm start | pino-pretty` gets Ctrl-C, or a bench that started it exits: the log's
  // last lines meet a closed pipe, which must not keep the process from exiting.
  it('still exits with 0', async () => {
    const exited = once(gateway.process, 'exit');
    gateway.process.kill('SIGTERM');
    // Its first line after the signal was read; the drain's end and the exit meet a closed pipe.
    await until(
      'it says it is shutting down',
      () =>
        gateway.lines.some((line) => line.includes('"msg":"shutting down: not ready, draining"')),
      60_000,
    );
    gateway.process.stdout!.destroy();
    await until('the gateway process is gone', () => gateway.process.exitCode !== null, 60_000);
    const [code] = await exited;
    assert.equal(code, 0);
  });
});
