import { createAtlasClient } from './atlas/atlas.client';
import { createFetchTransport } from './atlas/atlas.transport';
import { Clock, systemClock } from './domain/clock';
import { Logger } from './logging/logger';
import { createPayOrder } from './payments/pay-order';
import { createPaymentFingerprinter } from './payments/payment-fingerprint';
import { IdempotencyStore } from './safety/idempotency.store';
import { OrderLockStore } from './safety/order-lock.store';
import { createGatewayServer, GatewayServer } from './server/http.server';
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
}

export interface GatewaySafetyOptions {
  stores: { idempotency: IdempotencyStore; locks: OrderLockStore };
  hashKey: string;
  lockTtlMs: number;
  recordTtlMs: number;
}

/** Wires the gateway's parts by hand; used by main.ts and by the tests alike. */
export function createGateway(options: GatewayOptions): GatewayServer {
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
  const payOrder = createPayOrder({
    atlas,
    clock: options.clock ?? systemClock,
    safety: {
      ...options.safety.stores,
      fingerprinter: createPaymentFingerprinter(options.safety.hashKey),
      lockTtlMs: options.safety.lockTtlMs,
      recordTtlMs: options.safety.recordTtlMs,
    },
  });
  return createGatewayServer({
    schema: buildGatewaySchema(),
    atlas,
    payOrder,
    logger: options.logger,
  });
}
