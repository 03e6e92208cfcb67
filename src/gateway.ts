import { createAtlasClient } from './atlas/atlas.client';
import { createFetchTransport } from './atlas/atlas.transport';
import { Clock, systemClock } from './domain/clock';
import { Logger } from './logging/logger';
import { createPayOrder } from './payments/pay-order';
import { createPaymentFingerprinter } from './payments/payment-fingerprint';
import { createCommitOrder } from './recovery/commit-order';
import { createRegenerateOrder } from './recovery/regenerate-order';
import { IdempotencyStore } from './safety/idempotency.store';
import { OrderLockStore } from './safety/order-lock.store';
import { createPollerRegistry } from './ticketing/poller.registry';
import { createMemoryPollLeadership, PollLeadership } from './ticketing/poll-leadership';
import { leaderLeaseMs, PollSchedule } from './ticketing/poll-schedule';
import { createTicketingStreams } from './ticketing/ticketing-stream';
import { createTicketingFanout } from './ticketing/ticketing.fanout';
import { createTicketingPubSub, TicketingPubSub } from './ticketing/ticketing.pubsub';
import { createWebhookHints } from './ticketing/webhook-hints';
import pLimit from 'p-limit';
import { createGatewayServer, GatewayServer } from './server/http.server';
import { WEBHOOK_PATH } from './server/webhook.route';
import { buildGatewaySchema } from './server/schema';

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
  ticketing: GatewayTicketingOptions;
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
  stores: { idempotency: IdempotencyStore; locks: OrderLockStore };
  hashKey: string;
  lockTtlMs: number;
  recordTtlMs: number;
}

export interface Gateway extends GatewayServer {
  /** Tells Atlas to send webhooks to `${publicBaseUrl}/webhooks/atlas?token=<secret>`. */
  registerWebhook(publicBaseUrl: string): Promise<void>;
}

/** Wires the gateway's parts by hand; used by main.ts and by the tests alike. */
export function createGateway(options: GatewayOptions): Gateway {
  const atlas = createAtlasClient({
    transport: createFetchTransport({ baseUrl: options.atlasBaseUrl }),
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    timeoutMs: options.timeoutMs,
    payTimeoutMs: options.payTimeoutMs,
    queryRetries: options.queryRetries,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 200,
    logger: options.logger.child({ component: 'atlas' }),
  });
  const clock = options.clock ?? systemClock;
  const now = () => clock.now().getTime();
  const payOrder = createPayOrder({
    atlas,
    clock,
    safety: {
      ...options.safety.stores,
      fingerprinter: createPaymentFingerprinter(options.safety.hashKey),
      lockTtlMs: options.safety.lockTtlMs,
      recordTtlMs: options.safety.recordTtlMs,
    },
  });
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
  const server = createGatewayServer({
    schema: buildGatewaySchema(pubsub.graphql),
    atlas,
    payOrder,
    recovery: {
      commitOrder: createCommitOrder({ atlas, clock }),
      regenerateOrder: createRegenerateOrder({
        atlas,
        clock,
        locks: options.safety.stores.locks,
        lockTtlMs: options.safety.lockTtlMs,
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
  });
  return {
    ...server,
    async registerWebhook(publicBaseUrl) {
      if (!webhookSecret) throw new Error('webhooks are off: no secret configured');
      const target = new URL(WEBHOOK_PATH, publicBaseUrl);
      target.searchParams.set('token', webhookSecret);
      await atlas.registerWebhook(target.toString());
    },
  };
}
