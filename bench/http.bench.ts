/**
 * `npm run bench:http`: the gateway's hot path side by side with its upstream, in one run on one
 * machine. A stateless Atlas stub and the gateway (`npm start`, NODE_ENV=production) run as their
 * own processes; autocannon loads each target at BENCH_CONNECTIONS (50) for BENCH_SECONDS (10)
 * after a warm-up, BENCH_ROUNDS (2) times, and every answer's body is checked: a wrong answer
 * fails the bench. The ledger is embedded PGlite unless BENCH_DATABASE_URL names a PostgreSQL.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { BENCH_API_KEY, writeBenchPartnersFile } from './bench-partner';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const READY_MS = 120_000;

const children: ChildProcess[] = [];

/** Starts a process and resolves with the first stdout line matching `ready`, within a bound. */
function start(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<RegExpMatchArray> {
  const child = spawn(command, args, {
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
        resolve(match);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}`)));
  });
}

interface Row {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  /** The gateway's own CPU time per request (all its threads), from its /metrics; null elsewhere. */
  cpuUs: number | null;
  /**
   * How busy this process's event loop was over the measured rounds. This process is the load
   * generator: whatever else keeps it busy delays answers and shows in the target's latencies.
   */
  loadGeneratorBusy: number;
}

/** What the gateway says of itself at /metrics (prom-client's process metrics). */
interface ProcessSample {
  cpuSeconds: number;
  rssBytes: number;
  heapUsedBytes: number;
}

async function sampleProcess(metricsUrl: string): Promise<ProcessSample> {
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

type Requests = NonNullable<autocannon.Options['requests']>;

async function load(
  url: string,
  requests: Requests,
  verify: (body: string) => boolean,
  seconds: number,
  connections = CONNECTIONS,
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

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function measure(
  target: string,
  url: string,
  requests: Requests,
  verify: (body: string) => boolean,
  per = 1,
  connections = CONNECTIONS,
  metricsUrl: string | null = null,
): Promise<Row> {
  await load(url, requests, verify, 2, connections);
  const before = metricsUrl ? await sampleProcess(metricsUrl) : null;
  const loop = performance.eventLoopUtilization();
  const rounds = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    rounds.push(await load(url, requests, verify, SECONDS, connections));
  }
  const loadGeneratorBusy = performance.eventLoopUtilization(loop).utilization;
  const after = metricsUrl ? await sampleProcess(metricsUrl) : null;
  const requestsMade = rounds.reduce((sum, r) => sum + r.requests.total, 0);
  return {
    target,
    rps: median(rounds.map((r) => r.requests.average)) / per,
    p50: median(rounds.map((r) => r.latency.p50)),
    p99: median(rounds.map((r) => r.latency.p99)),
    cpuUs: before && after ? ((after.cpuSeconds - before.cpuSeconds) * 1e6) / requestsMade : null,
    loadGeneratorBusy,
  };
}

/**
 * One long run of `requests` with the gateway's memory read every 5 s: the peak, and the heap
 * after the first 10 s against the end, which grows only if something is kept per request.
 */
async function soak(
  url: string,
  requests: Requests,
  verify: (body: string) => boolean,
  metricsUrl: string,
) {
  const samples: ProcessSample[] = [];
  const sampler = setInterval(() => {
    void sampleProcess(metricsUrl).then((sample) => samples.push(sample));
  }, 5_000);
  try {
    await load(url, requests, verify, SOAK_SECONDS);
  } finally {
    clearInterval(sampler);
  }
  const end = await sampleProcess(metricsUrl);
  const early = samples[Math.min(1, samples.length - 1)] ?? end;
  const mb = (bytes: number) => Math.round(bytes / 1e6);
  return {
    peakRssMb: mb(Math.max(end.rssBytes, ...samples.map((s) => s.rssBytes))),
    heapAt10sMb: mb(early.heapUsedBytes),
    heapAtEndMb: mb(end.heapUsedBytes),
    rssAt10sMb: mb(early.rssBytes),
    rssAtEndMb: mb(end.rssBytes),
  };
}

const json = { 'content-type': 'application/json' };
let sequence = 0;
const nextOrderNo = () => `BENCH${(sequence += 1).toString().padStart(12, '0')}`;

const ORDER_QUERY = JSON.stringify({
  query:
    '{ order(orderNo: "BENCH000000000001") { orderNo pnrCode status paymentDeadline totalPrice { amount currency } supportedPaymentMethods passengers { name } ticketIssued } }',
});

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-http-'));
  try {
    const [, stubUrl] = await start(
      'node',
      ['--import', 'tsx', 'bench/atlas-stub.ts'],
      {},
      /stub listening (\S+)\n/,
    );
    const atlas = {
      ...json,
      'x-atlas-client-id': 'bench',
      'x-atlas-client-secret': 'bench-secret',
    };
    const database = process.env.BENCH_DATABASE_URL;
    const port = String(4600 + Math.floor(Math.random() * 300));
    await start(
      'npm',
      ['start'],
      {
        NODE_ENV: 'production',
        PORT: port,
        HOST: '127.0.0.1',
        ATLAS_BASE_URL: stubUrl,
        ATLAS_CLIENT_ID: 'bench',
        ATLAS_CLIENT_SECRET: 'bench-secret',
        PARTNERS_FILE: await writeBenchPartnersFile(dir),
        DATA_DIR: dir,
        ...(database
          ? {
              DATABASE_URL: database,
              IDEMPOTENCY_HASH_KEY: 'bench-hash-key-0123456789abcdef0123456789',
            }
          : {}),
      },
      /gateway listening/,
    );
    const gateway = `http://127.0.0.1:${port}/graphql`;
    const gatewayMetrics = `http://127.0.0.1:${port}/metrics`;
    const [, baselineUrl] = await start(
      'node',
      ['--import', 'tsx', 'bench/naive-baseline.ts'],
      { ATLAS_BASE_URL: stubUrl },
      /baseline listening (\S+)\n/,
    );
    const partner = { ...json, authorization: `Bearer ${BENCH_API_KEY}` };
    const stubOk = (body: string) => body.includes('"status":0');
    const orderOk = (body: string) =>
      body.includes('"orderNo":"BENCH000000000001"') && !body.includes('"errors"');
    const accepted = (body: string) => body.includes('"__typename":"PaymentAccepted"');
    const query = {
      method: 'POST' as const,
      headers: atlas,
      body: JSON.stringify({ orderNo: 'BENCH000000000001' }),
    };
    const sequenceRequests: Requests = [
      { ...query, path: '/queryOrderDetails.do' },
      {
        method: 'POST',
        path: '/pay.do',
        headers: atlas,
        body: JSON.stringify({ orderNo: 'BENCH000000000001', paymentMethod: 1 }),
      },
    ];
    // As an app sends it: one document, the order in variables, so Apollo parses and validates
    // it once (an order number pasted into the document text is a new document every time).
    const payRequests = (query: string, variables: (orderNo: string) => unknown): Requests => [
      {
        method: 'POST',
        headers: partner,
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ query, variables: variables(nextOrderNo()) }),
        }),
      },
    ];
    const gatewayPay = payRequests(
      'mutation Pay($input: PayOrderInput!) { payOrder(input: $input) { __typename } }',
      (orderNo) => ({ input: { orderNo, paymentMethod: 'DEPOSIT' } }),
    );
    const baselinePay = payRequests(
      'mutation Pay($orderNo: ID!) { payOrder(orderNo: $orderNo) { __typename } }',
      (orderNo) => ({ orderNo }),
    );
    const orderRequest: Requests = [{ method: 'POST', headers: partner, body: ORDER_QUERY }];

    const direct = await measure(
      'stub queryOrderDetails.do, direct',
      `${stubUrl}queryOrderDetails.do`,
      [query],
      stubOk,
    );
    const sequenceRow = await measure(
      'stub queryOrderDetails.do then pay.do, direct (per sequence)',
      stubUrl,
      sequenceRequests,
      stubOk,
      2,
    );
    const naiveOrder = await measure(
      'naive Apollo passthrough: order',
      baselineUrl,
      orderRequest,
      orderOk,
    );
    const naivePay = await measure(
      'naive Apollo passthrough: payOrder (query + pay.do)',
      baselineUrl,
      baselinePay,
      accepted,
    );
    const order = await measure(
      'gateway order (one order, eight fields)',
      gateway,
      orderRequest,
      orderOk,
      1,
      CONNECTIONS,
      gatewayMetrics,
    );
    const pay = await measure(
      'gateway payOrder (deposit: pre-check read + pay.do)',
      gateway,
      gatewayPay,
      accepted,
      1,
      CONNECTIONS,
      gatewayMetrics,
    );
    const rows = [direct, sequenceRow, naiveOrder, naivePay, order, pay];
    // At c=1 nothing queues, so the p99 difference is what the gateway adds to one request.
    const one = {
      direct: await measure(
        'c=1 direct query',
        `${stubUrl}queryOrderDetails.do`,
        [query],
        stubOk,
        1,
        1,
      ),
      sequence: await measure('c=1 direct query then pay', stubUrl, sequenceRequests, stubOk, 2, 1),
      order: await measure('c=1 gateway order', gateway, orderRequest, orderOk, 1, 1),
      pay: await measure('c=1 gateway payOrder', gateway, gatewayPay, accepted, 1, 1),
    };
    const memory = await soak(gateway, gatewayPay, accepted, gatewayMetrics);
    const ratio = (a: Row, b: Row) => `${(a.rps / b.rps).toFixed(2)}×`;
    const busy = (r: Row) => `${Math.round(r.loadGeneratorBusy * 100)}%`;
    process.stdout.write(
      [
        `| target | req/s | p50 | p99 | gateway CPU per request | load generator loop busy |`,
        `|---|---:|---:|---:|---:|---:|`,
        ...rows.map(
          (r) =>
            `| ${r.target} | ${Math.round(r.rps).toLocaleString('en')} | ${r.p50} ms | ${r.p99} ms | ${r.cpuUs === null ? '' : `${Math.round(r.cpuUs)} µs`} | ${busy(r)} |`,
        ),
        '',
        `order ÷ direct query: ${ratio(order, direct)} (goal ≥ 0.25×); naive passthrough: ${ratio(naiveOrder, direct)}`,
        `payOrder ÷ direct query-then-pay: ${ratio(pay, sequenceRow)} (goal ≥ 0.25×); naive passthrough: ${ratio(naivePay, sequenceRow)}`,
        `payOrder ÷ naive payOrder: ${ratio(pay, naivePay)} (goal ≥ 0.8×)`,
        `c=1 p99 overhead: order ${one.order.p99 - one.direct.p99} ms (goal ≤ 3 ms), payOrder ${one.pay.p99 - one.sequence.p99} ms (goal ≤ 5 ms); load generator loop busy ${Object.values(one).map(busy).join(' / ')} (direct query / sequence / order / payOrder)`,
        `memory over ${SOAK_SECONDS} s of payOrder at c=${CONNECTIONS}: peak RSS ${memory.peakRssMb} MB (goal ≤ 250 MB); RSS ${memory.rssAt10sMb} → ${memory.rssAtEndMb} MB and heap used ${memory.heapAt10sMb} → ${memory.heapAtEndMb} MB from 10 s to the end`,
        `ledger: ${database ? 'PostgreSQL' : 'embedded PGlite'}; c=${CONNECTIONS}, ${SECONDS} s, median of ${ROUNDS}`,
        '',
      ].join('\n'),
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  for (const child of children) child.kill('SIGTERM');
  process.exit(1);
});
