import { RateLimitedError } from '../safety/rate-limit.errors';
import { RateDecision, RateLimiter } from '../safety/rate-limiter';
import { Caller } from './partner';

/** The limits one caller's request is counted against. */
export interface CallerLimits {
  /** Every HTTP request or WebSocket operation; the answer carries the RateLimit headers. */
  request(): Promise<RateDecision>;
  /** Each payOrder field; throws RateLimitedError over the limit. */
  payment(): Promise<void>;
  /** Each payOrder for one order, whoever sends it: card testing stops here. */
  orderAttempt(orderNo: string): Promise<void>;
}

export function callerLimits(limiter: RateLimiter, caller: Caller): CallerLimits {
  const { limits, partnerId } = caller;
  const enforce = async (limit: string, what: string, decision: Promise<RateDecision>) => {
    const decided = await decision;
    if (!decided.allowed) throw new RateLimitedError(limit, what, decided);
  };
  return {
    request: () =>
      limiter.consume('requests', partnerId, {
        points: limits.requestsPerSecond,
        durationSeconds: 1,
      }),
    payment: () =>
      enforce(
        'payments',
        'payments per minute',
        limiter.consume('payments', partnerId, {
          points: limits.paymentsPerMinute,
          durationSeconds: 60,
        }),
      ),
    orderAttempt: (orderNo) =>
      enforce(
        'order_attempts',
        'payment attempts for this order per hour',
        limiter.consume('order-attempts', orderNo, {
          points: limits.paymentAttemptsPerOrderPerHour,
          durationSeconds: 3_600,
        }),
      ),
  };
}
