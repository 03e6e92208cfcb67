import { perWindowShape, RateDecision, RateLimiter, rateDecision } from './rate-limiter';

interface Window {
  used: number;
  endsAt: number;
}

/**
 * Fixed windows counted in this process, as rate-limiter-flexible's memory store counts them (a
 * key's window opens at its first call), without its timer per key: the per-order window lasts an
 * hour, and a timer for every order paid in the last hour cost about 480 bytes an order, against
 * about 150 for an entry here.
 *
 * One map per bucket and window shape: every entry in it lasts as long, so insertion order is
 * expiry order, and each call drops the expired entries at its head. `now` is monotonic by default
 * so that a wall-clock step cannot reorder them.
 */
export function createMemoryRateLimiter(now: () => number = () => performance.now()): RateLimiter {
  const windowsOf = perWindowShape(() => new Map<string, Window>());

  return {
    async consume(bucket, key, limit): Promise<RateDecision> {
      const windows = windowsOf(bucket, limit);
      // Whole milliseconds: with fractions, (at + 1000) - at can exceed 1000 and announce t=2.
      const at = Math.floor(now());
      for (const [oldest, window] of windows) {
        if (window.endsAt > at) break;
        windows.delete(oldest);
      }
      let window = windows.get(key);
      if (!window) {
        window = { used: 0, endsAt: at + limit.durationSeconds * 1_000 };
        windows.set(key, window);
      }
      window.used += 1;
      return rateDecision(
        limit,
        window.used <= limit.points,
        limit.points - window.used,
        window.endsAt - at,
      );
    },
  };
}
