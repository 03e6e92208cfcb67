import { ServerResponse } from 'node:http';
import { Logger } from '../logging/logger';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { throttledLog } from '../logging/throttled-log';
import { Caller } from '../partners/partner';
import { CallerLimits } from '../partners/partner-limits';
import { refuse } from './graphql-refusal';
import { rateLimitHeaders } from './rate-limit.headers';

/** True when the request is within its partner's rate; false once it was refused with 429. */
export type RequestRateStep = (
  res: ServerResponse,
  caller: Caller,
  requestId: string,
) => Promise<boolean>;

/** Requests per second per partner, counted before the body is read; 429 over the limit. */
export function requestRateStep(
  limitsOf: (caller: Caller) => CallerLimits,
  logger: Logger,
  metrics: GatewayMetrics,
): RequestRateStep {
  const refused = throttledLog(logger, 'warn', 'requests refused: over a rate limit', 10_000);
  return async (res, caller, requestId) => {
    const decision = await limitsOf(caller).request();
    for (const [name, value] of Object.entries(rateLimitHeaders('requests', decision))) {
      res.setHeader(name, value);
    }
    if (decision.allowed) return true;
    metrics.rateLimited(caller.partnerId, 'requests');
    refused({ requestId, partnerId: caller.partnerId, limit: 'requests' });
    refuse(res, requestId, 429, `Too many requests; retry in ${decision.resetSeconds} s.`, {
      code: 'RATE_LIMITED',
      retryAfterSeconds: decision.resetSeconds,
    });
    return false;
  };
}
