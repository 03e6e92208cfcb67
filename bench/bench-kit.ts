/**
 * What the HTTP benches share: child processes started and awaited, autocannon with every answer
 * checked, the gateway's own readings from /metrics, and the requests an app sends.
 */
import { ChildProcess, spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { Client } from 'pg';
import {
  BENCH_API_KEY,
  BENCH_OWNER_API_KEY,
  BENCH_OWNER_PARTNER,
  writeBenchPartnersFile,
} from './bench-partner';

const READY_MS = 120_000;

const children: ChildProcess[] = [];

/** A started process: the stdout line that said it was ready, matched, and its pid. */
export interface Started {
  match: RegExpMatchArray;
  pid: number;
}

/** Starts a process and resolves once a stdout line matches `ready`, within a bound. */
export function start(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  cwd?: string,
): Promise<Started> {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${command} not ready in ${READY_MS} ms`)),
      READY_MS,
    );
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = buffered.match(ready);
      if (match) {
        clearTimeout(timer);
        // Stop reading into `buffered`: the gateway logs a line per request, and matching the
        // whole of its output again at every chunk stalled this process, the load generator.
        child.stdout!.off('data', onData);
        buffered = '';
        child.stdout!.resume();
        resolve({ match, pid: child.pid! });
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}`)));
  });
}

export function stopChildren(): void {
  for (const child of children) child.kill('SIGTERM');
}

/** What the gateway says of itself at /metrics (prom-client's process metrics). */
export interface ProcessSample {
  cpuSeconds: number;
  rssBytes: number;
  heapUsedBytes: number;
}

export async function sampleProcess(metricsUrl: string): Promise<ProcessSample> {
  const text = await (await fetch(metricsUrl)).text();
  const value = (name: string) => {
    const match = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text);
    if (!match) throw new Error(`${metricsUrl} has no ${name}`);
    return Number(match[1]);
  };
  return {
    cpuSeconds: value('process_cpu_seconds_total'),
    rssBytes: value('process_resident_memory_bytes'),
    heapUsedBytes: value('nodejs_heap_size_used_bytes'),
  };
}

export type Requests = NonNullable<autocannon.Options['requests']>;

/** A fixed-length autocannon run; a wrong answer, a non-2xx, an error or a timeout throws. */
export async function load(
  url: string,
  requests: Requests,
  verify: (body: string) => boolean,
  seconds: number,
  connections: number,
) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests,
    verifyBody: (body) => verify(String(body ?? '')),
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || result.mismatches > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts, ${result.mismatches} wrong bodies`,
    );
  }
  return result;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const JSON_HEADERS = { 'content-type': 'application/json' };

/** The stateless Atlas stub (bench/atlas-stub.ts); resolves with its base URL and pid. */
export async function startStub(): Promise<{ url: string; pid: number }> {
  const { match, pid } = await start(
    'node',
    ['--import', 'tsx', 'bench/atlas-stub.ts'],
    {},
    /stub listening (\S+)\n/,
  );
  return { url: match[1]!, pid };
}

/**
 * `npm start` in `cwd` as production runs it, against the stub, calling as the bench partner.
 * The ledger is embedded PGlite in `dir`, or PostgreSQL at `databaseUrl`. Resolves with its origin.
 */
export async function startGateway(options: {
  cwd?: string;
  stubUrl: string;
  dir: string;
  databaseUrl: string | undefined;
}): Promise<string> {
  // The gateway takes a free port and names it in its ready line, so two gateways never collide.
  const {
    match: [, origin],
  } = await start(
    'npm',
    ['start'],
    {
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      ATLAS_BASE_URL: options.stubUrl,
      ATLAS_CLIENT_ID: 'bench',
      ATLAS_CLIENT_SECRET: 'bench-secret',
      PARTNERS_FILE: await writeBenchPartnersFile(options.dir),
      DATA_DIR: options.dir,
      ...(options.databaseUrl
        ? {
            DATABASE_URL: options.databaseUrl,
            IDEMPOTENCY_HASH_KEY: 'bench-hash-key-0123456789abcdef0123456789',
          }
        : {}),
    },
    /"url":"(http:\/\/[^"]+)\/graphql".*"gateway listening"/,
    options.cwd,
  );
  return origin!;
}

/** A gateway's ledger in its own schema, dropped and created afresh: each run starts empty. */
export interface BenchSchema {
  /** `databaseUrl` with every connection's search_path set to the schema. */
  url: string;
  drop(): Promise<void>;
}

export async function freshSchema(databaseUrl: string, schema: string): Promise<BenchSchema> {
  const run = async (statements: string[]) => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      for (const statement of statements) await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run([`drop schema if exists ${schema} cascade`, `create schema ${schema}`]);
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => run([`drop schema if exists ${schema} cascade`]) };
}

const headersOf = (apiKey: string) => ({ ...JSON_HEADERS, authorization: `Bearer ${apiKey}` });

export const PARTNER_HEADERS = headersOf(BENCH_API_KEY);

/** As the partner that owns its orders (`BENCH_OWNER_PARTNER`), once claimBenchOrders ran. */
export const OWNER_HEADERS = headersOf(BENCH_OWNER_API_KEY);

/** The `order` query of the bench: one order, eight fields, the order number in the document. */
export function orderRequests(headers: Record<string, string>): Requests {
  return [
    {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query:
          '{ order(orderNo: "BENCH000000000001") { orderNo pnrCode status paymentDeadline totalPrice { amount currency } supportedPaymentMethods passengers { name } ticketIssued } }',
      }),
    },
  ];
}

export const ORDER_REQUESTS = orderRequests(PARTNER_HEADERS);

export const orderOk = (body: string) =>
  body.includes('"orderNo":"BENCH000000000001"') && !body.includes('"errors"');

export const accepted = (body: string) => body.includes('"__typename":"PaymentAccepted"');

/** A new order number per payment; the stub pays any, and the ledger takes a settled one again. */
let sequence = 0;
const nextOrderNo = () => `BENCH${(sequence += 1).toString().padStart(12, '0')}`;

/**
 * As an app sends it: one document, the order in variables, so Apollo parses and validates it
 * once (an order number pasted into the document text is a new document every time).
 */
export function payRequests(
  query: string,
  variables: (orderNo: string) => unknown,
  headers: Record<string, string> = PARTNER_HEADERS,
): Requests {
  return [
    {
      method: 'POST',
      headers,
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({ query, variables: variables(nextOrderNo()) }),
      }),
    },
  ];
}

/** The gateway's `payOrder` of the bench: a deposit payment of a new order each time. */
export function gatewayPayRequests(headers: Record<string, string>): Requests {
  return payRequests(
    'mutation Pay($input: PayOrderInput!) { payOrder(input: $input) { __typename } }',
    (orderNo) => ({ input: { orderNo, paymentMethod: 'DEPOSIT' } }),
    headers,
  );
}

export const GATEWAY_PAY_REQUESTS = gatewayPayRequests(PARTNER_HEADERS);

/**
 * Order numbers claimed for the owning partner: more than a bench run pays (a default
 * `npm run bench:compare` or `npm run bench:http` pays a few hundred thousand at most). A payment
 * past them answers ORDER_NOT_FOUND and fails the run.
 */
const CLAIMED_ORDERS = 1_000_000;

/**
 * Claims the bench's order numbers for the owning partner in a gateway's ledger (PostgreSQL, in
 * the schema `url` sets), as if it had booked them all: one statement, after the gateway's
 * migrations made the table.
 */
export async function claimBenchOrders(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `insert into order_owners (order_no, partner_id, claimed_at)
       select 'BENCH' || lpad(n::text, 12, '0'), $1, now() from generate_series(1, $2::int) n
       on conflict (order_no) do nothing`,
      [BENCH_OWNER_PARTNER.id, CLAIMED_ORDERS],
    );
  } finally {
    await client.end();
  }
}
