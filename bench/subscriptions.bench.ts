/**
 * N concurrent ticketingStatus subscriptions over M orders, against the gateway in a child
 * process: upstream order reads per second, gateway memory per idle subscription, and latency
 * from the simulator's ticketing transition to the client, and which process was busy while
 * TICKETED fanned out (the gateway, or the bench's own clients). Prints a Markdown table.
 * Scale with BENCH_SCENARIOS="subs:orders:webhooks[:sockets],..." (webhooks on|off; sockets close,
 * the default, as graphql-ws clients do once their last subscription completes, or open, kept until
 * the end, which takes the clients' closing out of the fan-out window).
 */
import { ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { BENCH_API_KEY } from './bench-partner';
import { ProcessUsage, processUsage, usageBetween } from './process-usage';

interface Scenario {
  subs: number;
  orders: number;
  webhooks: boolean;
  /** Whether each client closes its socket once TICKETED completed its only subscription. */
  closeWhenDone: boolean;
}

const SCENARIOS: Scenario[] = (
  process.env.BENCH_SCENARIOS ??
  '100:10:on,1000:10:on,10000:10:on,10000:100:on,10000:100:on:open,1000:10:off'
)
  .split(',')
  .map((spec) => {
    const [subs, orders, webhooks, sockets] = spec.split(':');
    return {
      subs: Number(subs),
      orders: Number(orders),
      webhooks: webhooks !== 'off',
      closeWhenDone: sockets !== 'open',
    };
  });
const POLL_INTERVAL_MS = 1_000;
const RATE_WINDOW_MS = 5_000;
const WATCH = `subscription($orderNo: ID!) { ticketingStatus(orderNo: $orderNo) { status final } }`;

function ask<T>(child: ChildProcess, request: unknown): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (value) => resolve(value as T));
    child.send(request as object);
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function run(scenario: Scenario) {
  const child = fork(join(__dirname, 'gateway.child.ts'), [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: {
      ...process.env,
      BENCH_WEBHOOKS: scenario.webhooks ? 'on' : 'off',
      BENCH_POLL_INTERVAL_MS: String(POLL_INTERVAL_MS),
    },
  });
  const [{ url }] = (await once(child, 'message')) as [{ url: string }];
  const wsUrl = url.replace(/^http/, 'ws');
  const orders = await ask<string[]>(child, { op: 'orders', count: scenario.orders });
  const before = await ask<NodeJS.MemoryUsage>(child, { op: 'memory' });

  // The gateway's CPU while every client subscribes and gets its first update: the subscribe storm
  // a replica meets when the clients of another one reconnect to it.
  const subscribeBefore = await ask<ProcessUsage>(child, { op: 'usage' });
  const wsClients: Client[] = [];
  const firstSeen: Promise<void>[] = [];
  const ticketedAt = new Map<number, { orderNo: string; at: number }>();
  for (let i = 0; i < scenario.subs; i += 1) {
    const orderNo = orders[i % orders.length]!;
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      // graphql-ws's default (lazy) closes the socket once its only subscription completes.
      lazy: scenario.closeWhenDone,
      connectionParams: { authorization: `Bearer ${BENCH_API_KEY}` },
    });
    wsClients.push(client);
    firstSeen.push(
      new Promise<void>((resolve) => {
        client.subscribe<{ ticketingStatus: { status: string } }>(
          { query: WATCH, variables: { orderNo } },
          {
            next: (result) => {
              if (result.data?.ticketingStatus.status === 'TICKETED') {
                ticketedAt.set(i, { orderNo, at: Date.now() });
              }
              resolve();
            },
            error: () => resolve(),
            complete: () => resolve(),
          },
        );
      }),
    );
    if (i % 500 === 499) await sleep(50);
  }
  await Promise.all(firstSeen);
  const subscribing = usageBetween(
    subscribeBefore,
    await ask<ProcessUsage>(child, { op: 'usage' }),
  );
  await sleep(1_000);
  const idle = await ask<NodeJS.MemoryUsage>(child, { op: 'memory' });

  const q0 = await ask<number>(child, { op: 'queries' });
  await sleep(RATE_WINDOW_MS);
  const q1 = await ask<number>(child, { op: 'queries' });
  const readsPerSecond = (q1 - q0) / (RATE_WINDOW_MS / 1000);

  // Who is busy while TICKETED fans out: the gateway's event loop, or the bench's own clients'.
  const gatewayBefore = await ask<ProcessUsage>(child, { op: 'usage' });
  const clientsBefore = processUsage();
  const settledAt = Date.now();
  await ask(child, { op: 'settleAll' });
  const deadline = Date.now() + 10_000;
  while (ticketedAt.size < scenario.subs && Date.now() < deadline) await sleep(100);
  const deliveredInMs = Date.now() - settledAt;
  const clients = usageBetween(clientsBefore, processUsage());
  const gateway = usageBetween(gatewayBefore, await ask<ProcessUsage>(child, { op: 'usage' }));
  const transitions = await ask<Record<string, number>>(child, { op: 'transitions' });
  const latencies = [...ticketedAt.values()].map(({ orderNo, at }) => at - transitions[orderNo]!);

  await Promise.all(wsClients.map((client) => client.dispose()));
  child.kill();
  return {
    ...scenario,
    readsPerSecond,
    readsPerOrderPerSecond: readsPerSecond / scenario.orders,
    subscribeCpuUs: (subscribing.cpuMs * 1000) / scenario.subs,
    heapPerSubKb: (idle.heapUsed - before.heapUsed) / scenario.subs / 1024,
    rssPerSubKb: (idle.rss - before.rss) / scenario.subs / 1024,
    delivered: ticketedAt.size,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    deliveredInMs,
    gatewayBusy: gateway.loopBusy,
    gatewayCpuMs: gateway.cpuMs,
    clientsBusy: clients.loopBusy,
    clientsCpuMs: clients.cpuMs,
  };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Over the fan-out window (settle to last delivery, or the 10 s bound): a process whose event loop
 * was busy nearly all that time is what the others waited on.
 */
function bottleneck(r: { gatewayBusy: number; clientsBusy: number }): string {
  const saturated = 0.85;
  if (r.gatewayBusy >= saturated && r.clientsBusy >= saturated) return 'both (the 2 cores)';
  if (r.clientsBusy >= saturated) return "the bench's clients";
  if (r.gatewayBusy >= saturated) return 'the gateway';
  return 'neither saturated';
}

async function main(): Promise<void> {
  const rows = [];
  for (const scenario of SCENARIOS) {
    const row = await run(scenario);
    rows.push(row);
    console.error(`done: ${JSON.stringify(row)}`);
  }
  console.log(
    `Poll interval ${POLL_INTERVAL_MS} ms (jitter 0.2); reads counted over ${RATE_WINDOW_MS / 1000} s of idle watching; node ${process.version}.\n`,
  );
  console.log(
    '| subscriptions | orders | webhooks | client sockets after TICKETED | order reads/s | reads/s per order | gateway CPU per subscribe | gateway heap per idle sub | gateway RSS per idle sub | TICKETED delivered | latency p50 | latency p95 | gateway loop busy / CPU | bench clients loop busy / CPU | bottleneck |',
  );
  console.log('|---:|---:|:---:|:---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---|');
  for (const r of rows) {
    console.log(
      `| ${r.subs} | ${r.orders} | ${r.webhooks ? 'on' : 'off'} | ${r.closeWhenDone ? 'closed' : 'kept open'} | ${r.readsPerSecond.toFixed(1)} | ${r.readsPerOrderPerSecond.toFixed(2)} | ${Math.round(r.subscribeCpuUs)} µs | ${r.heapPerSubKb.toFixed(1)} KB | ${r.rssPerSubKb.toFixed(1)} KB | ${r.delivered}/${r.subs} | ${r.p50} ms | ${r.p95} ms | ${pct(r.gatewayBusy)} / ${Math.round(r.gatewayCpuMs)} ms | ${pct(r.clientsBusy)} / ${Math.round(r.clientsCpuMs)} ms | ${bottleneck(r)} |`,
    );
  }
}

void main();
