import { RateDecision } from '../safety/rate-limiter';

/**
 * The IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers): the policy as quota and window,
 * and what is left of it now, as remaining and seconds to reset.
 */
export function rateLimitHeaders(name: string, decision: RateDecision): Record<string, string> {
  const headers: Record<string, string> = {
    'RateLimit-Policy': `"${name}";q=${decision.limit.points};w=${decision.limit.durationSeconds}`,
    RateLimit: `"${name}";r=${decision.remaining};t=${decision.resetSeconds}`,
  };
  if (!decision.allowed) headers['Retry-After'] = String(decision.resetSeconds);
  return headers;
}
