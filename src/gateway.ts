import { createAtlasClient } from './atlas/atlas.client';
import { createUndiciTransport } from './atlas/atlas.undici-transport';
import { Clock, systemClock } from './domain/clock';
import { Logger } from './logging/logger';
import { createPayOrder } from './payments/pay-order';
import { createPaymentFingerprinter } from './payments/payment-fingerprint';
import { createBookingTokens } from './booking/booking-token';
import { createCreateOrder } from './booking/create-order';
import { createPriceOffer } from './booking/price-offer';
import { createSearchFlights } from './booking/search-flights';
import { createCommitOrder } from './recovery/commit-order';
import { createRegenerateOrder } from './recovery/regenerate-order';
import { Ledger } from './ledger/ledger';
import { CheckoutSettings } from './server/checkout.route';
import { createUnsettledPaymentsWatcher } from './payments/unsettled-payments.watcher';
import { OrderLockStore } from './safety/order-lock.store';
import { createPollerRegistry } from './ticketing/poller.registry';
import { createMemoryPollLeadership, PollLeadership } from './ticketing/poll-leadership';
import { leaderLeaseMs, PollSchedule } from './ticketing/poll-schedule';
import { createTicketingStreams } from './ticketing/ticketing-stream';
import { createTicketingFanout } from './ticketing/ticketing.fanout';
import { createTicketingPubSub, TicketingPubSub } from './ticketing/ticketing.pubsub';
import { createWebhookHints } from './ticketing/webhook-hints';
import pLimit from 'p-limit';
import { createGatewayServer, GatewayServer, ServerSecurity } from './server/http.server';
import { WEBHOOK_PATH } from './server/webhook.route';
import { buildGatewaySchema } from './server/schema';
import { LedgerUnavailableError } from './ledger/ledger.errors';
import { countingFailures } from './metrics/failure-counting';
import { withKnownOwners } from './ledger/order-owners.known';
import { createGatewayMetrics } from './metrics/gateway-metrics';
import { SafetyStoreUnavailableError } from './safety/safety-store.errors';
import { createReadiness, DependencyCheck } from './server/readiness';

/**
 * Sockets kept open to Atlas. Beyond them requests queue in the pool rather than opening more:
 * enough for the gateway's own concurrency, bounded so a burst cannot exhaust Atlas or the host.
 */
const ATLAS_CONNECTIONS = 64;

/**
 * Order owners kept in memory, each read from the ledger once: enough for the orders partners are
 * booking, paying and following at any one time. 120–190 bytes each (measured), so 2–4 MB.
 */
const KNOWN_OWNERS = 20_000;

/** An order number no order has: what the readiness probe asks Atlas about. */
const READINESS_PROBE_ORDER = 'READYZPROBE0';

export interface GatewayOptions {
  atlasBaseUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
  payTimeoutMs: number;
  queryRetries: number;
  retryBaseDelayMs?: number;
  logger: Logger;
  clock?: Clock;
  safety: GatewaySafetyOptions;
  security: ServerSecurity;
  ticketing: GatewayTicketingOptions;
  /** What /readyz checks besides Atlas: the ledger, Redis. */
  dependencies?: DependencyCheck[];
  /** How long close() lets in-flight requests (a pay.do on the wire) finish; 10 s when absent. */
  stopGraceMs?: number;
  /** Where /metrics lives: the main port when absent, its own port (0: any free one) when set. */
  metricsPort?: number;
  /** The reference checkout (embedded simulator only); absent: /checkout is off. */
  checkout?: CheckoutSettings;
}

export interface GatewayTicketingOptions {
  schedule: PollSchedule;
  maxConcurrentPolls: number;
  /** How long a new subscription waits for the first state while Atlas does not answer. */
  firstStateWaitMs?: number;
  /** Memory when absent; Redis when replicas share subscribers. */
  pubsub?: TicketingPubSub;
  /** This process alone when absent; Redis when replicas share the polling. */
  leadership?: PollLeadership;
  /** The token Atlas must send to /webhooks/atlas; null turns webhooks off. */
  webhookSecret: string | null;
  keepAliveMs?: number;
}

export interface GatewaySafetyOptions {
  locks: OrderLockStore;
  /** Owned by the caller, which closes it after the gateway. */
  ledger: Ledger;
  hashKey: string;
  lockTtlMs: number;
  recordTtlMs: number;
  settleMs: number;
  /** How often the order of a payment whose answer was lost is read; 5 s when absent. */
  settlePollMs?: number;
}

export interface Gateway extends GatewayServer {
  /** /readyz answers 503 from now on; requests are still served until close(). */
  beginShutdown(): void;
  /** Tells Atlas to send webhooks to `${publicBaseUrl}/webhooks/atlas?token=<secret>`. */
  registerWebhook(publicBaseUrl: string): Promise<void>;
}

/** Wires the gateway's parts by hand; used by main.ts and by the tests alike. */
export function createGateway(options: GatewayOptions): Gateway {
  const metrics = createGatewayMetrics();
  const transport = createUndiciTransport({
    baseUrl: options.atlasBaseUrl,
    connections: ATLAS_CONNECTIONS,
  });
  const atlas = createAtlasClient({
    transport,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    timeoutMs: options.timeoutMs,
    payTimeoutMs: options.payTimeoutMs,
    queryRetries: options.queryRetries,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 200,
    logger: options.logger.child({ component: 'atlas' }),
    observer: metrics.atlas,
  });
  const clock = options.clock ?? systemClock;
  const now = () => clock.now().getTime();
  const { lockTtlMs, settleMs } = options.safety;
  const isLedgerDown = (error: unknown) => error instanceof LedgerUnavailableError;
  const ledger = countingFailures(options.safety.ledger.payments, isLedgerDown, () =>
    metrics.dependencyError('ledger'),
  );
  const owners = withKnownOwners(
    countingFailures(options.safety.ledger.owners, isLedgerDown, () =>
      metrics.dependencyError('ledger'),
    ),
    KNOWN_OWNERS,
  );
  const replacements = countingFailures(options.safety.ledger.replacements, isLedgerDown, () =>
    metrics.dependencyError('ledger'),
  );
  const locks = countingFailures(
    options.safety.locks,
    (error) => error instanceof SafetyStoreUnavailableError,
    () => metrics.dependencyError('redis'),
  );
  const unsettled = createUnsettledPaymentsWatcher({
    atlas,
    ledger,
    clock,
    settleMs,
    lockTtlMs,
    pollMs: options.safety.settlePollMs ?? 5_000,
    logger: options.logger.child({ component: 'settling' }),
  });
  const payOrder = createPayOrder({
    atlas,
    clock,
    safety: {
      ledger,
      locks,
      fingerprinter: createPaymentFingerprinter(options.safety.hashKey),
      lockTtlMs,
      recordTtlMs: options.safety.recordTtlMs,
      settleMs,
    },
    onUnknown: (attempt) => unsettled.watch(attempt),
  });
  const bookingTokens = createBookingTokens(options.safety.hashKey);
  const pubsub = options.ticketing.pubsub ?? createTicketingPubSub();
  const fanout = createTicketingFanout(pubsub);
  const registry = createPollerRegistry({
    atlas,
    fanout,
    leadership:
      options.ticketing.leadership ??
      createMemoryPollLeadership(leaderLeaseMs(options.ticketing.schedule)),
    publish: pubsub.publish,
    schedule: options.ticketing.schedule,
    limit: pLimit(options.ticketing.maxConcurrentPolls),
    now,
    logger: options.logger.child({ component: 'ticketing' }),
  });
  const { webhookSecret } = options.ticketing;
  const readiness = createReadiness([
    ...(options.dependencies ?? []),
    {
      name: 'atlas',
      // Any answer, "no such order" included, shows Atlas reachable and our credentials good.
      check: async () => {
        await atlas.queryOrder(READINESS_PROBE_ORDER, null);
      },
    },
  ]);
  const server = createGatewayServer({
    schema: buildGatewaySchema(pubsub.graphql),
    atlas,
    ledger,
    owners,
    replacements,
    metrics,
    metricsPort: options.metricsPort,
    security: options.security,
    payOrder,
    booking: {
      searchFlights: createSearchFlights({ atlas, clock }),
      priceOffer: createPriceOffer({ atlas, clock, tokens: bookingTokens }),
      createOrder: createCreateOrder({
        atlas,
        clock,
        tokens: bookingTokens,
        bookings: countingFailures(options.safety.ledger.bookings, isLedgerDown, () =>
          metrics.dependencyError('ledger'),
        ),
        locks,
        lockTtlMs,
        recordTtlMs: options.safety.recordTtlMs,
        hashKey: options.safety.hashKey,
      }),
    },
    recovery: {
      commitOrder: createCommitOrder({ atlas, clock }),
      regenerateOrder: createRegenerateOrder({
        atlas,
        clock,
        replacements,
        locks,
        lockTtlMs,
      }),
    },
    clock,
    ticketing: createTicketingStreams({
      fanout,
      registry,
      firstStateWaitMs: options.ticketing.firstStateWaitMs ?? 5_000,
    }),
    webhooks: webhookSecret
      ? {
          secret: webhookSecret,
          hints: createWebhookHints({ pubsub, registry, now }),
        }
      : null,
    logger: options.logger,
    keepAliveMs: options.ticketing.keepAliveMs,
    readiness,
    stopGraceMs: options.stopGraceMs,
    checkout: options.checkout ?? null,
    pollers: registry.active,
  });
  return {
    async listen(port, host) {
      const url = await server.listen(port, host);
      // Not fatal: every payOrder judges an open attempt by itself; the watcher only saves a wait.
      await unsettled.resume().then(
        (resumed) => {
          if (resumed > 0)
            options.logger.info({ resumed }, 'watching payments whose answer was lost');
        },
        (error: Error) =>
          options.logger.warn(
            { err: error.message },
            'could not list payments whose answer was lost',
          ),
      );
      return url;
    },
    beginShutdown: () => readiness.beginShutdown(),
    metricsUrl: () => server.metricsUrl(),
    async close() {
      unsettled.close();
      await server.close();
      await transport.close();
    },
    async registerWebhook(publicBaseUrl) {
      if (!webhookSecret) throw new Error('webhooks are off: no secret configured');
      const target = new URL(WEBHOOK_PATH, publicBaseUrl);
      target.searchParams.set('token', webhookSecret);
      await atlas.registerWebhook(target.toString());
    },
  };
}
