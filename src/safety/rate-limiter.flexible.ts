import { Redis } from 'ioredis';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { perWindowShape, RateLimit, RateLimiter, rateDecision } from './rate-limiter';

type Make = (bucket: string, limit: RateLimit) => RateLimiterAbstract;

/** rate-limiter-flexible keeps one limiter per window shape; partners with the same limits share it. */
function cachedLimiters(make: Make): RateLimiter {
  const limiterFor = perWindowShape(make);
  const decision = (limit: RateLimit, res: RateLimiterRes, allowed: boolean) =>
    rateDecision(limit, allowed, res.remainingPoints, res.msBeforeNext);
  return {
    async consume(bucket, key, limit) {
      try {
        return decision(limit, await limiterFor(bucket, limit).consume(key), true);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return decision(limit, rejection, false);
        throw rejection;
      }
    },
  };
}

/**
 * Counters in Redis, so a limit holds across replicas. While Redis is away each replica counts in
 * its own memory (rate-limiter-flexible's insurance limiter): limits loosen by the replica count
 * for that time, and no request is refused only because Redis is down.
 */
export function createRedisRateLimiter(redis: Redis, keyPrefix: string): RateLimiter {
  return cachedLimiters(
    (name, limit) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${keyPrefix}rate:${name}`,
        points: limit.points,
        duration: limit.durationSeconds,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({
          keyPrefix: name,
          points: limit.points,
          duration: limit.durationSeconds,
        }),
      }),
  );
}
