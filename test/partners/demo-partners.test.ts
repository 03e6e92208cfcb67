import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { postGraphQL } from '../support/stack';

interface Started {
  child: ChildProcess;
  url: string;
  simUrl: string;
  keys: Map<string, string>;
  seeded: string[];
}

/** `npm start` as a user runs it: no Atlas, no partners file; read what it prints. */
async function startLikeNpmStart(dataDir: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    SIMULATOR_PORT: '0',
  };
  for (const name of ['PARTNERS_FILE', 'ATLAS_BASE_URL', 'DATABASE_URL', 'STORE', 'NODE_ENV']) {
    delete env[name];
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const started: Partial<Started> = { child, keys: new Map(), seeded: [] };
  for await (const line of createInterface({ input: child.stdout! })) {
    const listening = /"url":"([^"]+)","atlas":"simulator at ([^"]+)"/.exec(line);
    if (listening) [started.url, started.simUrl] = [listening[1], listening[2]];
    const seed = /^ {2}(TEST[A-Z]\d+) {2}/.exec(line);
    if (seed) started.seeded!.push(seed[1]!);
    const key = /^ {2}(demo-[a-z]+) +(atk_\S+)$/.exec(line);
    if (key) started.keys!.set(key[1]!, key[2]!);
    if (started.keys!.size === 2) break;
  }
  // Keep draining its log lines, so a full pipe never stalls it.
  child.stdout!.resume();
  assert.ok(started.url && started.simUrl, 'the gateway said where it listens');
  return started as Started;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

const STATUS = `query S($o: ID!) { order(orderNo: $o) { status } }`;

describe('npm start on the simulator, with no PARTNERS_FILE and no data folder yet', () => {
  let dataDir: string;
  let first: Started;
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'atlas-demo-'));
    // A folder that does not exist yet, like ./data in a fresh checkout.
    dataDir = join(root, 'data');
    first = await startLikeNpmStart(dataDir);
  });
  after(async () => {
    await stop(first.child);
    await rm(root, { recursive: true, force: true });
  });

  it('prints two demo partners, and the seeded orders belong to demo-web', async () => {
    const web = { authorization: `Bearer ${first.keys.get('demo-web')}` };
    const office = { authorization: `Bearer ${first.keys.get('demo-backoffice')}` };
    assert.ok(first.seeded.length > 0);
    const seeded = first.seeded[0]!;
    assert.deepEqual((await postGraphQL(first.url, STATUS, { o: seeded }, web)).body.data, {
      order: { status: 'UNPAID' },
    });
    assert.equal(
      (await postGraphQL(first.url, STATUS, { o: seeded }, { authorization: '' })).httpStatus,
      401,
    );

    const made = await fetch(new URL('/_sim/orders', first.simUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const { orderNo } = (await made.json()) as { orderNo: string };
    assert.deepEqual((await postGraphQL(first.url, STATUS, { o: orderNo }, web)).body.data, {
      order: null,
    });
    assert.deepEqual((await postGraphQL(first.url, STATUS, { o: orderNo }, office)).body.data, {
      order: { status: 'UNPAID' },
    });
  });

  it('starts Sandbox with demo-web’s key, so the walkthrough works by copy-paste', async () => {
    const page = await fetch(first.url, { headers: { accept: 'text/html' } });
    assert.ok((await page.text()).includes(first.keys.get('demo-web')!));
  });

  it('keeps the demo keys across a restart on the same DATA_DIR', async () => {
    await stop(first.child);
    const again = await startLikeNpmStart(dataDir);
    try {
      assert.deepEqual([...again.keys], [...first.keys]);
    } finally {
      await stop(again.child);
    }
  });
});
