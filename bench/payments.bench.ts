/**
 * payOrder throughput with the payment ledger on PGlite and on PostgreSQL, side by side in one run
 * with the same gateway from before the ledger (a git worktree of BENCH_BASELINE_REF). Each
 * variant is `src/main.ts` of its tree with the embedded simulator, in its own process; rounds
 * are interleaved so every variant sees the same machine. Every payment is a fresh order paid by
 * deposit with an idempotency key (a pre-check read, then pay.do). Prints a Markdown table.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { freshSchema } from './bench-kit';
import { BENCH_API_KEY, writeBenchPartnersFile } from './bench-partner';

/** The last commit before the ledger: memory idempotency records and attempt records. */
const BASELINE_REF = process.env.BENCH_BASELINE_REF ?? 'de2777d';
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 1000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 600);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ??
  `postgres://${encodeURIComponent(userInfo().username)}@127.0.0.1:5432/test`;
const HASH_KEY = 'bench-hash-key-0123456789abcdef0123456789';
const ROOT = resolve(__dirname, '..');
const PAY = `mutation Pay($input: PayOrderInput!) { payOrder(input: $input) { __typename } }`;

interface Variant {
  name: string;
  tree: string;
  env: Record<string, string>;
}

interface Running {
  variant: Variant;
  url: string;
  simUrl: string;
  child: ChildProcess;
}

async function start(variant: Variant): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: variant.tree,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      SIMULATOR_PORT: '0',
      SIMULATOR_TICKETING_DELAY_MS: '3600000',
      // The production default: the same lines per payment in every variant.
      LOG_LEVEL: 'info',
      ...variant.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const match = /"url":"([^"]+)","atlas":"simulator at ([^"]+)".*gateway listening/.exec(line);
    if (match) {
      lines.on('line', () => {});
      return { variant, url: match[1]!, simUrl: match[2]!, child };
    }
  }
  throw new Error(`${variant.name}: the gateway exited before it was ready`);
}

async function post(url: string, body: unknown, method = 'POST'): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_API_KEY}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`);
  return response.json();
}

async function createOrders(simUrl: string, count: number): Promise<string[]> {
  const orders: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const order = (await post(new URL('/_sim/orders', simUrl).href, {})) as { orderNo: string };
    orders.push(order.orderNo);
  }
  return orders;
}

/** Pays each order once, CONCURRENCY at a time; every answer must be PaymentAccepted. */
async function payAll(url: string, orders: string[]): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < orders.length) {
        const orderNo = orders[next]!;
        next += 1;
        const answer = (await post(url, {
          query: PAY,
          variables: { input: { orderNo, paymentMethod: 'DEPOSIT', idempotencyKey: orderNo } },
        })) as { data?: { payOrder?: { __typename: string } } };
        const member = answer.data?.payOrder?.__typename;
        if (member !== 'PaymentAccepted') {
          throw new Error(`${orderNo}: expected PaymentAccepted, got ${JSON.stringify(answer)}`);
        }
      }
    }),
  );
  return orders.length / ((performance.now() - started) / 1000);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const baseline = await mkdtemp(join(tmpdir(), 'atlas-bench-baseline-'));
  const dataDir = await mkdtemp(join(tmpdir(), 'atlas-bench-data-'));
  // The tree before partners ignores both the file and the credential.
  const partnersFile = await writeBenchPartnersFile(dataDir);
  const ledger = await freshSchema(DATABASE_URL, `bench_${randomBytes(6).toString('hex')}`);
  execFileSync('git', ['worktree', 'add', '--detach', baseline, BASELINE_REF], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  // The baseline predates dependencies this tree dropped (Express's Apollo integration): it gets
  // its own, from its own lockfile, unless both lockfiles are the same.
  const lockfile = (tree: string) => readFileSync(join(tree, 'package-lock.json'), 'utf8');
  if (lockfile(baseline) === lockfile(ROOT)) {
    await symlink(join(ROOT, 'node_modules'), join(baseline, 'node_modules'), 'dir');
  } else {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: baseline, stdio: 'ignore' });
  }
  const variants: Variant[] = [
    { name: `before the ledger (${BASELINE_REF}, memory records)`, tree: baseline, env: {} },
    {
      name: 'ledger on PGlite (embedded)',
      tree: ROOT,
      env: { DATA_DIR: dataDir, PARTNERS_FILE: partnersFile },
    },
    {
      name: 'ledger on PostgreSQL',
      tree: ROOT,
      env: {
        DATABASE_URL: ledger.url,
        IDEMPOTENCY_HASH_KEY: HASH_KEY,
        PARTNERS_FILE: partnersFile,
      },
    },
  ];
  const running: Running[] = [];
  try {
    for (const variant of variants) running.push(await start(variant));
    const rates = new Map<string, number[]>(variants.map((v) => [v.name, []]));
    for (const gateway of running) {
      await post(new URL('/_sim/deposit', gateway.simUrl).href, { balance: 1e12 }, 'PUT');
      await payAll(gateway.url, await createOrders(gateway.simUrl, WARMUP));
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const gateway of running) {
        const orders = await createOrders(gateway.simUrl, PAYMENTS);
        const rate = await payAll(gateway.url, orders);
        rates.get(gateway.variant.name)!.push(rate);
        console.error(`round ${round + 1}: ${gateway.variant.name}: ${rate.toFixed(0)} payOrder/s`);
      }
    }
    const base = median(rates.get(variants[0]!.name)!);
    console.log(
      `payOrder (deposit, idempotency key, pre-check read + pay.do) on the embedded simulator; c=${CONCURRENCY}, ${PAYMENTS} payments a round, median of ${ROUNDS} interleaved rounds; NODE_ENV=production, locks in memory; node ${process.version}.\n`,
    );
    // Rounds are interleaved, so each round's ratio compares runs made moments apart.
    const baseRounds = rates.get(variants[0]!.name)!;
    console.log('| gateway | payOrder/s (median) | median ÷ median | median of per-round ratios |');
    console.log('|---|---:|---:|---:|');
    for (const variant of variants) {
      const rounds = rates.get(variant.name)!;
      const rate = median(rounds);
      const paired = median(rounds.map((r, i) => r / baseRounds[i]!));
      console.log(
        `| ${variant.name} | ${rate.toFixed(0)} | ${(rate / base).toFixed(2)}× | ${paired.toFixed(2)}× |`,
      );
    }
  } finally {
    for (const gateway of running) {
      gateway.child.kill('SIGTERM');
      await once(gateway.child, 'exit');
    }
    execFileSync('git', ['worktree', 'remove', '--force', baseline], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    await rm(dataDir, { recursive: true, force: true });
    await ledger.drop();
  }
}

void main();
