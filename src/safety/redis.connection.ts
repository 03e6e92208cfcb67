import { Redis } from 'ioredis';
import { Logger } from '../logging/logger';

/**
 * Fails fast instead of queueing: a payment must be refused at once when Redis is away, never
 * held until it returns. Reconnects in the background; reads of orders never depend on it.
 */
export async function connectRedis(
  url: string,
  logger: Logger,
  { queueWhileOffline = false } = {},
): Promise<Redis> {
  // Pub/sub connections queue instead: an event or a channel subscription is worth delivering late.
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: queueWhileOffline,
    maxRetriesPerRequest: queueWhileOffline ? null : 0,
    commandTimeout: 2_000,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let healthy = false;
  redis.on('ready', () => {
    healthy = true;
    logger.info('redis ready');
  });
  redis.on('error', (error: Error) => {
    if (!healthy) return;
    healthy = false;
    logger.warn({ err: error.message }, 'redis unavailable; payments are refused until it returns');
  });
  try {
    await redis.connect();
  } catch (error) {
    logger.warn({ err: (error as Error).message }, 'redis not reachable at start; retrying');
  }
  return redis;
}
