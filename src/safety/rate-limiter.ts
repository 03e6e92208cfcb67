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

/**
 * One counter store per bucket and window shape, made on first use and named for both: every key
 * counted with the same limit shares it, partners with the same limits too.
 */
export function perWindowShape<T>(
  make: (name: string, limit: RateLimit) => T,
): (bucket: string, limit: RateLimit) => T {
  const stores = new Map<string, T>();
  return (bucket, limit) => {
    const name = `${bucket}:${limit.points}:${limit.durationSeconds}`;
    let store = stores.get(name);
    if (store === undefined) {
      store = make(name, limit);
      stores.set(name, store);
    }
    return store;
  };
}

/** A consume's answer, from the points the window has left and the time until it frees some. */
export function rateDecision(
  limit: RateLimit,
  allowed: boolean,
  remaining: number,
  msBeforeNext: number,
): RateDecision {
  return {
    allowed,
    limit,
    remaining: Math.max(0, remaining),
    resetSeconds: Math.max(1, Math.ceil(msBeforeNext / 1_000)),
  };
}
