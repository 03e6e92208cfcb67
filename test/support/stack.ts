import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createGateway, GatewaySafetyOptions, GatewayTicketingOptions } from '../../src/gateway';
import { createLogger, Logger } from '../../src/logging/logger';
import { createMemoryOrderLockStore } from '../../src/safety/order-lock.memory-store';
import { SimCall } from '../../src/simulator/sim.store';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { createTestClock, TestClock } from './clock';
import { openTestLedger } from './ledger';
import { simControl } from './sim-control';

export interface GraphQLResponse {
  httpStatus: number;
  headers: Headers;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
  };
}

export interface Stack {
  url: string;
  wsUrl: string;
  /** Registers this gateway's webhook endpoint with the simulator (updateWebhookURL.do). */
  registerWebhook(): Promise<void>;
  simUrl: string;
  simulator: Simulator;
  /** The gateway's clock: moving it ends settle windows and idempotency keys without waiting. */
  clock: TestClock;
  logs: string[];
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  createOrder(spec?: Record<string, unknown>): Promise<string>;
  calls(endpoint?: string): Promise<SimCall[]>;
  close(): Promise<void>;
}

export const TEST_WEBHOOK_SECRET = 'test-webhook-secret-0123456789';

export interface GatewayTestOptions {
  clock?: TestClock;
  ticketing?: Partial<GatewayTicketingOptions>;
  payTimeoutMs?: number;
  timeoutMs?: number;
  clientSecret?: string;
  safety?: Partial<GatewaySafetyOptions>;
}

export interface StackOptions extends GatewayTestOptions {
  ticketingDelayMs?: number;
}

/**
 * A gateway on a random loopback port; several may share one simulator, one lock store and one
 * ledger. Without a ledger given, it gets a fresh one of its own, closed with it.
 */
export async function startGateway(
  simUrl: string,
  logger: Logger,
  options: GatewayTestOptions = {},
): Promise<{ url: string; close(): Promise<void>; registerWebhook(base: string): Promise<void> }> {
  const own = options.safety?.ledger ? null : await openTestLedger();
  const gateway = createGateway({
    clock: options.clock,
    atlasBaseUrl: simUrl,
    clientId: SIMULATOR_CREDENTIALS.clientId,
    clientSecret: options.clientSecret ?? SIMULATOR_CREDENTIALS.clientSecret,
    timeoutMs: options.timeoutMs ?? 2000,
    payTimeoutMs: options.payTimeoutMs ?? 2000,
    queryRetries: 2,
    retryBaseDelayMs: 5,
    logger,
    safety: {
      locks: options.safety?.locks ?? createMemoryOrderLockStore(),
      ledger: options.safety?.ledger ?? own!.ledger,
      hashKey: options.safety?.hashKey ?? 'test-hash-key-0123456789abcdef0123456789',
      lockTtlMs: options.safety?.lockTtlMs ?? 30_000,
      recordTtlMs: options.safety?.recordTtlMs ?? 86_400_000,
      settleMs: options.safety?.settleMs ?? 120_000,
      // Slow unless a test watches the watcher: payOrder itself must judge what it finds.
      settlePollMs: options.safety?.settlePollMs ?? 60_000,
    },
    ticketing: {
      schedule: { intervalsMs: [100, 200, 300], jitter: 0, staleAfterMs: 60_000 },
      maxConcurrentPolls: 8,
      firstStateWaitMs: 2_000,
      webhookSecret: TEST_WEBHOOK_SECRET,
      ...options.ticketing,
    },
  });
  const url = await gateway.listen(0, '127.0.0.1').catch(async (error: unknown) => {
    await own?.close();
    throw error;
  });
  return {
    url,
    async close() {
      await gateway.close();
      await own?.close();
    },
    registerWebhook: (base: string) => gateway.registerWebhook(base),
  };
}

export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { httpStatus: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

/** The real thing, in-process: the simulator and the gateway on random loopback ports. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const simulator = createSimulator({
    ...SIMULATOR_CREDENTIALS,
    ticketingDelayMs: options.ticketingDelayMs ?? 300,
  });
  const simUrl = await simulator.listen(0);
  const logs: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => void logs.push(line) },
  });
  const clock = options.clock ?? createTestClock();
  const gateway = await startGateway(simUrl, logger, { ...options, clock });
  const url = gateway.url;

  const { call: control } = simControl(simUrl);

  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    registerWebhook: () => gateway.registerWebhook(new URL(url).origin),
    simUrl,
    simulator,
    clock,
    logs,
    gql: (query, variables, headers) => postGraphQL(url, query, variables, headers),
    control,
    async createOrder(spec = {}) {
      const order = await control<{ orderNo: string }>('POST', '/_sim/orders', spec);
      return order.orderNo;
    },
    async calls(endpoint) {
      const all = await control<Awaited<ReturnType<Stack['calls']>>>('GET', '/_sim/calls');
      return endpoint ? all.filter((call) => call.endpoint === endpoint) : all;
    },
    async close() {
      await gateway.close();
      await simulator.close();
    },
  };
}
