/**
 * `npm run bench:http`: the gateway's hot path side by side with its upstream, in one run on one
 * machine. A stateless Atlas stub and the gateway (`npm start`, NODE_ENV=production) run as their
 * own processes; autocannon loads each target at BENCH_CONNECTIONS (50) for BENCH_SECONDS (10)
 * after a warm-up, BENCH_ROUNDS (2) times, and every answer's body is checked: a wrong answer
 * fails the bench. The ledger is embedded PGlite unless BENCH_DATABASE_URL names a PostgreSQL,
 * where it gets a fresh schema (bench_http), dropped at the end.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  accepted,
  BenchSchema,
  freshSchema,
  GATEWAY_PAY_REQUESTS,
  JSON_HEADERS,
  load,
  median,
  ORDER_REQUESTS,
  orderOk,
  payRequests,
  ProcessSample,
  Requests,
  sampleProcess,
  startGateway,
  startStub,
  start,
  stopChildren,
} from './bench-kit';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);

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
    await load(url, requests, verify, SOAK_SECONDS, CONNECTIONS);
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

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-http-'));
  const database = process.env.BENCH_DATABASE_URL;
  let schema: BenchSchema | undefined;
  try {
    const stubUrl = await startStub();
    const atlas = {
      ...JSON_HEADERS,
      'x-atlas-client-id': 'bench',
      'x-atlas-client-secret': 'bench-secret',
    };
    if (database) schema = await freshSchema(database, 'bench_http');
    const origin = await startGateway({ stubUrl, dir, databaseUrl: schema?.url });
    const gateway = `${origin}/graphql`;
    const gatewayMetrics = `${origin}/metrics`;
    const [, baselineUrl] = await start(
      'node',
      ['--import', 'tsx', 'bench/naive-baseline.ts'],
      { ATLAS_BASE_URL: stubUrl },
      /baseline listening (\S+)\n/,
    );
    const stubOk = (body: string) => body.includes('"status":0');
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
    const baselinePay = payRequests(
      'mutation Pay($orderNo: ID!) { payOrder(orderNo: $orderNo) { __typename } }',
      (orderNo) => ({ orderNo }),
    );

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
      ORDER_REQUESTS,
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
      ORDER_REQUESTS,
      orderOk,
      1,
      CONNECTIONS,
      gatewayMetrics,
    );
    const pay = await measure(
      'gateway payOrder (deposit: pre-check read + pay.do)',
      gateway,
      GATEWAY_PAY_REQUESTS,
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
      order: await measure('c=1 gateway order', gateway, ORDER_REQUESTS, orderOk, 1, 1),
      pay: await measure('c=1 gateway payOrder', gateway, GATEWAY_PAY_REQUESTS, accepted, 1, 1),
    };
    const memory = await soak(gateway, GATEWAY_PAY_REQUESTS, accepted, gatewayMetrics);
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
    stopChildren();
    await schema?.drop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  stopChildren();
  process.exit(1);
});
