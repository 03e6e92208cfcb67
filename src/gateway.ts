import { createAtlasClient } from './atlas/atlas.client';
import { createFetchTransport } from './atlas/atlas.transport';
import { Clock, systemClock } from './domain/clock';
import { Logger } from './logging/logger';
import { createPayOrder } from './payments/pay-order';
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
    logger: options.logger,
  });
  return createGatewayServer({
    schema: buildGatewaySchema(),
    atlas,
    payOrder,
    logger: options.logger,
  });
}
