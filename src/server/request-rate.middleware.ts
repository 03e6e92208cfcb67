import { NextFunction, Request, Response } from 'express';
import { Logger } from '../logging/logger';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { throttledLog } from '../logging/throttled-log';
import { Caller } from '../partners/partner';
import { CallerLimits } from '../partners/partner-limits';
import { refuse } from './graphql-refusal';
import { rateLimitHeaders } from './rate-limit.headers';

/** Requests per second per partner, counted before the body is parsed; 429 over the limit. */
export function requestRateMiddleware(
  limitsOf: (caller: Caller) => CallerLimits,
  logger: Logger,
  metrics: GatewayMetrics,
) {
  const refused = throttledLog(logger, 'warn', 'requests refused: over a rate limit', 10_000);
  return async (_req: Request, res: Response, next: NextFunction): Promise<void> => {
    const caller = res.locals.caller as Caller | undefined;
    if (!caller) return next();
    const decision = await limitsOf(caller).request();
    res.set(rateLimitHeaders('requests', decision));
    if (decision.allowed) return next();
    metrics.rateLimited(caller.partnerId, 'requests');
    refused({ requestId: res.locals.requestId, partnerId: caller.partnerId, limit: 'requests' });
    refuse(res, 429, `Too many requests; retry in ${decision.resetSeconds} s.`, {
      code: 'RATE_LIMITED',
      retryAfterSeconds: decision.resetSeconds,
    });
  };
}
