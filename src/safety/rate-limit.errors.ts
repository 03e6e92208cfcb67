import { RateDecision } from './rate-limiter';

/** When a partner is over one of its limits: nothing was sent to Atlas. */
export class RateLimitedError extends Error {
  constructor(
    /** A short name for metrics: `payments`, `order_attempts`. */
    readonly limit: string,
    readonly what: string,
    readonly decision: RateDecision,
  ) {
    super(`rate limit reached: ${what}`);
    this.name = 'RateLimitedError';
  }
}
