/** A window of `points` within `durationSeconds`. */
export interface RateLimit {
  points: number;
  durationSeconds: number;
}

/** What one consume found: enough to answer 429 and the RateLimit headers alike. */
export interface RateDecision {
  allowed: boolean;
  limit: RateLimit;
  remaining: number;
  /** Seconds until the window frees points again (at least 1). */
  resetSeconds: number;
}

/**
 * Counts calls per key in fixed windows. `bucket` names what is counted (requests, payments, …) so
 * one key can have several windows. Shared across replicas when backed by Redis.
 */
export interface RateLimiter {
  consume(bucket: string, key: string, limit: RateLimit): Promise<RateDecision>;
}
