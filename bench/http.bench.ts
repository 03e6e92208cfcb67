/**
 * `npm run bench:http`: the gateway's hot path side by side with its upstream, in one run on one
 * machine. A stateless Atlas stub and the gateway (`npm start`, NODE_ENV=production) run as their
 * own processes; autocannon loads each target at BENCH_CONNECTIONS (50) for BENCH_SECONDS (10)
 * after a warm-up, BENCH_ROUNDS (2) times, and every answer's body is checked: a wrong answer
 * fails the bench. The ledger is embedded PGlite unless BENCH_DATABASE_URL names a PostgreSQL,
 * where it gets a fresh schema (bench_http), dropped at the end. Every row says how much CPU each
 * process spent per request, and each throughput goal what it leaves the gateway to spend. With
 * PostgreSQL, two more rows call as a partner that owns its orders, as partners do.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  accepted,
  BenchSchema,
  claimBenchOrders,
  freshSchema,
  gatewayPayRequests,
  GATEWAY_PAY_REQUESTS,
  JSON_HEADERS,
  load,
  median,
  ORDER_REQUESTS,
  orderOk,
  orderRequests,
  OWNER_HEADERS,
  payRequests,
  ProcessSample,
  Requests,
  sampleProcess,
  startGateway,
  startStub,
  start,
  stopChildren,
} from './bench-kit';
import { postgresCpuMs, processCpuMs } from './cpu-time';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const CORES = availableParallelism();

/**
 * The CPU of each process on the cores they share, null where none was read: used so far (ms) in a
 * reading, per request (µs) in a row.
 */
interface CpuByProcess {
  loadGenerator: number;
  stub: number | null;
  /** The naive passthrough's or the gateway's own; null when the stub is the target. */
  target: number | null;
  postgres: number | null;
}

interface Row {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  cpu: CpuByProcess;
  /**
   * How busy this process's event loop was over the measured rounds. This process is the load
   * generator: whatever else keeps it busy delays answers and shows in the target's latencies.
   */
  loadGeneratorBusy: number;
}

/** The processes a target's requests cost CPU in, besides this one (the load generator). */
interface Costs {
  stubPid: number;
  /** The naive passthrough's pid. */
  targetPid?: number;
  /** The gateway's /metrics, for its own CPU (all its threads). */
  metricsUrl?: string;
  /** PostgreSQL holds the ledger (BENCH_DATABASE_URL). */
  postgres: boolean;
}

async function readCpu(costs: Costs): Promise<CpuByProcess> {
  const own = process.cpuUsage();
  let target: number | null = null;
  if (costs.metricsUrl) target = (await sampleProcess(costs.metricsUrl)).cpuSeconds * 1000;
  else if (costs.targetPid !== undefined) target = processCpuMs(costs.targetPid);
  return {
    loadGenerator: (own.user + own.system) / 1000,
    stub: processCpuMs(costs.stubPid),
    target,
    postgres: costs.postgres ? postgresCpuMs() : null,
  };
}

async function measure(
  target: string,
  url: string,
  requests: Requests,
  verify: (body: string) => boolean,
  costs: Costs,
  per = 1,
  connections = CONNECTIONS,
): Promise<Row> {
  await load(url, requests, verify, 2, connections);
  const before = await readCpu(costs);
  const loop = performance.eventLoopUtilization();
  const rounds = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    rounds.push(await load(url, requests, verify, SECONDS, connections));
  }
  const loadGeneratorBusy = performance.eventLoopUtilization(loop).utilization;
  const after = await readCpu(costs);
  const made = rounds.reduce((sum, r) => sum + r.requests.total, 0) / per;
  const perRequest = (pick: (reading: CpuByProcess) => number | null) => {
    const [start, end] = [pick(before), pick(after)];
    return start === null || end === null ? null : ((end - start) * 1000) / made;
  };
  return {
    target,
    rps: median(rounds.map((r) => r.requests.average)) / per,
    p50: median(rounds.map((r) => r.latency.p50)),
    p99: median(rounds.map((r) => r.latency.p99)),
    cpu: {
      loadGenerator: perRequest((r) => r.loadGenerator)!,
      stub: perRequest((r) => r.stub),
      target: perRequest((r) => r.target),
      postgres: perRequest((r) => r.postgres),
    },
    loadGeneratorBusy,
  };
}

const allCpu = (cpu: CpuByProcess) =>
  cpu.loadGenerator + (cpu.stub ?? 0) + (cpu.target ?? 0) + (cpu.postgres ?? 0);

/**
 * What a throughput goal leaves the gateway. Each process serves from one thread, so at `rps` a
 * process may spend at most 1 s ÷ rps per request; and all of them together may spend the
 * machine's cores ÷ rps, of which the load generator, the stub and PostgreSQL take what they
 * took in the gateway's own row.
 */
function budget(goal: string, rps: number, gateway: Row, naive: Row): string {
  const us = (value: number | null) =>
    value === null ? 'unknown' : `${Math.round(value).toLocaleString('en')} µs`;
  const machine = (CORES * 1e6) / rps;
  const others = allCpu(gateway.cpu) - (gateway.cpu.target ?? 0);
  return (
    `${goal}: ${Math.round(rps).toLocaleString('en')} req/s leaves one process ${us(1e6 / rps)} per request, ` +
    `and all processes together ${us(machine)} on ${CORES} cores, of which the load generator, stub and PostgreSQL took ${us(others)} here: ` +
    `${us(machine - others)} for the gateway. It spent ${us(gateway.cpu.target)}; the naive passthrough ${us(naive.cpu.target)}`
  );
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
    const { url: stubUrl, pid: stubPid } = await startStub();
    const atlas = {
      ...JSON_HEADERS,
      'x-atlas-client-id': 'bench',
      'x-atlas-client-secret': 'bench-secret',
    };
    if (database) schema = await freshSchema(database, 'bench_http');
    const origin = await startGateway({ stubUrl, dir, databaseUrl: schema?.url });
    const gateway = `${origin}/graphql`;
    const gatewayMetrics = `${origin}/metrics`;
    const {
      match: [, baselineUrl],
      pid: baselinePid,
    } = await start(
      'node',
      ['--import', 'tsx', 'bench/naive-baseline.ts'],
      { ATLAS_BASE_URL: stubUrl },
      /baseline listening (\S+)\n/,
    );
    const postgres = schema !== undefined;
    const atStub: Costs = { stubPid, postgres };
    const atBaseline: Costs = { stubPid, targetPid: baselinePid, postgres };
    const atGateway: Costs = { stubPid, metricsUrl: gatewayMetrics, postgres };
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
      atStub,
    );
    const sequenceRow = await measure(
      'stub queryOrderDetails.do then pay.do, direct (per sequence)',
      stubUrl,
      sequenceRequests,
      stubOk,
      atStub,
      2,
    );
    const naiveOrder = await measure(
      'naive Apollo passthrough: order',
      baselineUrl!,
      ORDER_REQUESTS,
      orderOk,
      atBaseline,
    );
    const naivePay = await measure(
      'naive Apollo passthrough: payOrder (query + pay.do)',
      baselineUrl!,
      baselinePay,
      accepted,
      atBaseline,
    );
    const order = await measure(
      'gateway order (one order, eight fields)',
      gateway,
      ORDER_REQUESTS,
      orderOk,
      atGateway,
    );
    const pay = await measure(
      'gateway payOrder (deposit: pre-check read + pay.do)',
      gateway,
      GATEWAY_PAY_REQUESTS,
      accepted,
      atGateway,
    );
    // Partners own their orders, so each request of theirs first asks whose the order is; the
    // rows above call with orders:any, as the goals were set. Only where the bench can claim
    // its orders for such a partner: in PostgreSQL.
    const owning: Row[] = [];
    if (schema) {
      await claimBenchOrders(schema.url);
      owning.push(
        await measure(
          'gateway order, as the partner that owns it',
          gateway,
          orderRequests(OWNER_HEADERS),
          orderOk,
          atGateway,
        ),
        await measure(
          'gateway payOrder, as the partner that owns the order (made elsewhere)',
          gateway,
          gatewayPayRequests(OWNER_HEADERS),
          accepted,
          atGateway,
        ),
      );
    }
    const rows = [direct, sequenceRow, naiveOrder, naivePay, order, pay, ...owning];
    // At c=1 nothing queues, so the p99 difference is what the gateway adds to one request.
    const one = {
      direct: await measure(
        'c=1 direct query',
        `${stubUrl}queryOrderDetails.do`,
        [query],
        stubOk,
        atStub,
        1,
        1,
      ),
      sequence: await measure(
        'c=1 direct query then pay',
        stubUrl,
        sequenceRequests,
        stubOk,
        atStub,
        2,
        1,
      ),
      order: await measure('c=1 gateway order', gateway, ORDER_REQUESTS, orderOk, atGateway, 1, 1),
      pay: await measure(
        'c=1 gateway payOrder',
        gateway,
        GATEWAY_PAY_REQUESTS,
        accepted,
        atGateway,
        1,
        1,
      ),
    };
    const memory = await soak(gateway, GATEWAY_PAY_REQUESTS, accepted, gatewayMetrics);
    const ratio = (a: Row, b: Row) => `${(a.rps / b.rps).toFixed(2)}×`;
    const busy = (r: Row) => `${Math.round(r.loadGeneratorBusy * 100)}%`;
    const cpuUs = (value: number | null) =>
      value === null ? '' : `${Math.round(value).toLocaleString('en')} µs`;
    process.stdout.write(
      [
        `| target | req/s | p50 | p99 | load generator loop busy | CPU per request: load generator | stub | naive passthrough or gateway | PostgreSQL | all |`,
        `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
        ...rows.map(
          (r) =>
            `| ${r.target} | ${Math.round(r.rps).toLocaleString('en')} | ${r.p50} ms | ${r.p99} ms | ${busy(r)} | ${[r.cpu.loadGenerator, r.cpu.stub, r.cpu.target, r.cpu.postgres, allCpu(r.cpu)].map(cpuUs).join(' | ')} |`,
        ),
        '',
        `order ÷ direct query: ${ratio(order, direct)} (goal ≥ 0.25×); naive passthrough: ${ratio(naiveOrder, direct)}`,
        `payOrder ÷ direct query-then-pay: ${ratio(pay, sequenceRow)} (goal ≥ 0.25×); naive passthrough: ${ratio(naivePay, sequenceRow)}`,
        `payOrder ÷ naive payOrder: ${ratio(pay, naivePay)} (goal ≥ 0.8×)`,
        budget('order at 0.25× the direct query', 0.25 * direct.rps, order, naiveOrder),
        budget('payOrder at 0.25× the direct sequence', 0.25 * sequenceRow.rps, pay, naivePay),
        budget('payOrder at 0.8× the naive passthrough', 0.8 * naivePay.rps, pay, naivePay),
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
