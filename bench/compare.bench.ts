/**
 * `npm run bench:compare`: what a change does to the gateway's hot path, measured side by side.
 * The gateway of this working tree and the gateway of BENCH_BASE (a git revision, HEAD by default,
 * checked out in a temporary worktree that shares this one's node_modules) run at the same time
 * against one stub, and are loaded in turns, round after round, alternating which goes first.
 * This VM's speed drifts more from one hour to the next than a lever moves the CPU per request,
 * so two gateways measured minutes apart in one run are compared, never two runs.
 * PostgreSQL ledger when BENCH_DATABASE_URL is set, each gateway in a fresh schema dropped after.
 * BENCH_PARTNER=owner calls as a partner that owns its orders instead of one with orders:any.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  accepted,
  BenchSchema,
  claimBenchOrders,
  freshSchema,
  gatewayPayRequests,
  load,
  median,
  orderOk,
  orderRequests,
  OWNER_HEADERS,
  PARTNER_HEADERS,
  Requests,
  sampleProcess,
  startGateway,
  startStub,
  stopChildren,
} from './bench-kit';

const BASE = process.env.BENCH_BASE ?? 'HEAD';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SCHEMAS = { base: 'bench_compare_base', tree: 'bench_compare_tree' } as const;

type Side = keyof typeof SCHEMAS;

interface Target {
  name: string;
  requests: Requests;
  verify(body: string): boolean;
  connections: number;
}

/**
 * `any` (the default): the bench partner, with orders:any, which reaches every order without asking
 * whose it is. `owner`: a partner that owns its orders, as partners do, so each request first
 * reads the order's owner; it needs BENCH_DATABASE_URL, where the bench claims its orders for it.
 */
const PARTNER = process.env.BENCH_PARTNER ?? 'any';
const HEADERS = PARTNER === 'owner' ? OWNER_HEADERS : PARTNER_HEADERS;

const ORDER = {
  name: 'order (one order, eight fields)',
  requests: orderRequests(HEADERS),
  verify: orderOk,
};
const PAY = {
  name: 'payOrder (deposit, ledger on)',
  requests: gatewayPayRequests(HEADERS),
  verify: accepted,
};

/** Under load, where CPU per request tells; and alone (c=1), where each request's latency does. */
const TARGETS: Target[] = [
  { ...ORDER, connections: CONNECTIONS },
  { ...PAY, connections: CONNECTIONS },
  { ...ORDER, connections: 1 },
  { ...PAY, connections: 1 },
];

interface Round {
  cpuUs: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** The gateway's RSS at the end of the turn. */
  rssBytes: number;
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();

/** One measured run of `target` against a gateway: CPU per request, throughput and latency. */
async function measure(origin: string, target: Target): Promise<Round> {
  const before = await sampleProcess(`${origin}/metrics`);
  const result = await load(
    `${origin}/graphql`,
    target.requests,
    target.verify,
    SECONDS,
    target.connections,
  );
  const after = await sampleProcess(`${origin}/metrics`);
  return {
    cpuUs: ((after.cpuSeconds - before.cpuSeconds) * 1e6) / result.requests.total,
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    rssBytes: after.rssBytes,
  };
}

async function main(): Promise<void> {
  if (PARTNER !== 'any' && PARTNER !== 'owner') {
    throw new Error(`BENCH_PARTNER is any or owner, not ${PARTNER}`);
  }
  if (PARTNER === 'owner' && !process.env.BENCH_DATABASE_URL) {
    throw new Error('BENCH_PARTNER=owner claims the orders in PostgreSQL: set BENCH_DATABASE_URL');
  }
  const baseRevision = git('rev-parse', '--short', BASE);
  if (git('diff', '--name-only', baseRevision, '--', 'package-lock.json') !== '') {
    throw new Error(
      `${BASE} has another package-lock.json: both gateways must run on this node_modules`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'bench-compare-'));
  const worktree = join(dir, 'base');
  const database = process.env.BENCH_DATABASE_URL;
  const schemas: Partial<Record<Side, BenchSchema>> = {};
  git('worktree', 'add', '--detach', worktree, baseRevision);
  // Interrupted, the run still leaves no worktree registered in this checkout.
  const interrupted = () => {
    stopChildren();
    git('worktree', 'remove', '--force', worktree);
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    await symlink(join(process.cwd(), 'node_modules'), join(worktree, 'node_modules'), 'dir');
    if (database) {
      schemas.base = await freshSchema(database, SCHEMAS.base);
      schemas.tree = await freshSchema(database, SCHEMAS.tree);
    }
    const { url: stubUrl } = await startStub();
    const origins: Record<Side, string> = {
      base: await startGateway({
        cwd: worktree,
        stubUrl,
        dir: await mkdtemp(join(dir, 'base-data-')),
        databaseUrl: schemas.base?.url,
      }),
      tree: await startGateway({
        stubUrl,
        dir: await mkdtemp(join(dir, 'tree-data-')),
        databaseUrl: schemas.tree?.url,
      }),
    };
    if (PARTNER === 'owner') {
      for (const schema of Object.values(schemas)) await claimBenchOrders(schema.url);
    }
    for (const target of TARGETS) {
      for (const side of ['base', 'tree'] as const) {
        await load(
          `${origins[side]}/graphql`,
          target.requests,
          target.verify,
          2,
          target.connections,
        );
      }
    }
    const rounds = TARGETS.map((): Record<Side, Round[]> => ({ base: [], tree: [] }));
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each side goes first in every other round, so a drift within a round favours neither.
      const sides: Side[] = round % 2 === 0 ? ['base', 'tree'] : ['tree', 'base'];
      for (const [index, target] of TARGETS.entries()) {
        for (const side of sides) {
          rounds[index]![side].push(await measure(origins[side], target));
        }
      }
    }
    const label: Record<Side, string> = { base: `${BASE} (${baseRevision})`, tree: 'this tree' };
    const us = (value: number) => `${Math.round(value).toLocaleString('en')} µs`;
    const ms = (value: number) => `${value.toLocaleString('en')} ms`;
    const lines = [
      `| target | gateway | CPU per request, each round | median | req/s, median | p50, median | p99, median | RSS after, highest |`,
      `|---|---|---:|---:|---:|---:|---:|---:|`,
    ];
    const verdicts: string[] = [];
    for (const [index, target] of TARGETS.entries()) {
      const of = (side: Side) => rounds[index]![side];
      const mid = (side: Side, pick: (round: Round) => number) => median(of(side).map(pick));
      const name = `${target.name}, c=${target.connections}`;
      for (const side of ['base', 'tree'] as const) {
        const cpu = of(side).map((r) => r.cpuUs);
        lines.push(
          `| ${name} | ${label[side]} | ${cpu.map(us).join(' / ')} | ${us(median(cpu))} | ${Math.round(mid(side, (r) => r.rps)).toLocaleString('en')} | ${ms(mid(side, (r) => r.p50Ms))} | ${ms(mid(side, (r) => r.p99Ms))} | ${Math.round(Math.max(...of(side).map((r) => r.rssBytes)) / 1e6)} MB |`,
        );
      }
      // autocannon gives whole milliseconds: a 0 ms base has no ratio.
      const ratio = (pick: (round: Round) => number) =>
        mid('base', pick) === 0 ? 'n/a' : `${(mid('tree', pick) / mid('base', pick)).toFixed(2)}×`;
      const fewer = of('tree').filter((r, i) => r.cpuUs < of('base')[i]!.cpuUs).length;
      verdicts.push(
        `${name}: this tree ÷ base: CPU per request ${ratio((r) => r.cpuUs)}, req/s ${ratio((r) => r.rps)}, p50 ${ratio((r) => r.p50Ms)}, p99 ${ratio((r) => r.p99Ms)}; less CPU in ${fewer} of ${ROUNDS} rounds`,
      );
    }
    process.stdout.write(
      [
        ...lines,
        '',
        ...verdicts,
        `ledger: ${database ? 'PostgreSQL' : 'embedded PGlite'}; partner: ${PARTNER === 'owner' ? 'owns its orders' : 'orders:any'}; ${SECONDS} s per target and gateway in each of ${ROUNDS} rounds, the two gateways in turns`,
        '',
      ].join('\n'),
    );
  } finally {
    stopChildren();
    for (const schema of Object.values(schemas)) await schema.drop().catch(() => undefined);
    git('worktree', 'remove', '--force', worktree);
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  stopChildren();
  process.exit(1);
});
