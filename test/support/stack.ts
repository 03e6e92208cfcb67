import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createGateway, GatewaySafetyOptions, GatewayTicketingOptions } from '../../src/gateway';
import { Ledger } from '../../src/ledger/ledger';
import { createLogger, Logger } from '../../src/logging/logger';
import { createAuthenticator } from '../../src/partners/authenticate';
import { openPartnerDirectory, PartnerDirectory } from '../../src/partners/partner-directory';
import { createMemoryOrderLockStore } from '../../src/safety/order-lock.memory-store';
import { createMemoryRateLimiter } from '../../src/safety/rate-limiter.memory';
import { ServerSecurity } from '../../src/server/http.server';
import { SimCall } from '../../src/simulator/sim.store';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { createTestClock, TestClock } from './clock';
import { openTestLedger } from './ledger';
import {
  asPartner,
  BACK_OFFICE,
  bearer,
  DEFAULT_TEST_PARTNERS,
  PARTNER_A,
  TestPartner,
} from './partners';
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
  /** As partner-a unless `headers` carries another `authorization` (or an empty one: none). */
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** An order made at the simulator and recorded as `owner`'s (partner-a by default). */
  createOrder(spec?: Record<string, unknown>, owner?: TestPartner | null): Promise<string>;
  ledger: Ledger;
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
  /** The default test partners unless given; a file directory when a test edits partners. */
  partners?: PartnerDirectory;
  security?: Partial<ServerSecurity>;
  metricsPort?: number;
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
): Promise<{
  url: string;
  metricsUrl: string;
  ledger: Ledger;
  close(): Promise<void>;
  registerWebhook(base: string): Promise<void>;
}> {
  const own = options.safety?.ledger ? null : await openTestLedger();
  const ledger = options.safety?.ledger ?? own!.ledger;
  const directory =
    options.partners ??
    (await openPartnerDirectory(
      { kind: 'fixed', partners: DEFAULT_TEST_PARTNERS.map((partner) => asPartner(partner)) },
      logger,
    ));
  const gateway = createGateway({
    ...(options.metricsPort === undefined ? {} : { metricsPort: options.metricsPort }),
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
      ledger,
      hashKey: options.safety?.hashKey ?? 'test-hash-key-0123456789abcdef0123456789',
      lockTtlMs: options.safety?.lockTtlMs ?? 30_000,
      recordTtlMs: options.safety?.recordTtlMs ?? 86_400_000,
      settleMs: options.safety?.settleMs ?? 120_000,
      // Slow unless a test watches the watcher: payOrder itself must judge what it finds.
      settlePollMs: options.safety?.settlePollMs ?? 60_000,
    },
    security: {
      authenticate: createAuthenticator({ directory, jwt: null }),
      rateLimiter: createMemoryRateLimiter(),
      maxAtlasCallsPerOperation: 50,
      introspection: true,
      hideSuggestions: false,
      sandboxAuthorization: null,
      corsOrigins: [],
      ...options.security,
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
    metricsUrl: gateway.metricsUrl(),
    ledger,
    async close() {
      await gateway.close();
      await own?.close();
    },
    registerWebhook: (base: string) => gateway.registerWebhook(base),
  };
}

/** As partner-a unless `headers` names another `authorization`; an empty one sends none. */
export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const sent: Record<string, string> = {
    'content-type': 'application/json',
    ...bearer(PARTNER_A),
    ...headers,
  };
  if (sent.authorization === '') delete sent.authorization;
  const response = await fetch(url, {
    method: 'POST',
    headers: sent,
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { httpStatus: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

/** As the operator's back office (orders:any): for orders made at the simulator directly. */
export function postAsBackOffice(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  return postGraphQL(url, query, variables, { ...bearer(BACK_OFFICE), ...headers });
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
    ledger: gateway.ledger,
    async createOrder(spec = {}, owner = PARTNER_A) {
      const order = await control<{ orderNo: string }>('POST', '/_sim/orders', spec);
      if (owner) await gateway.ledger.owners.claim(order.orderNo, owner.id, new Date());
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
