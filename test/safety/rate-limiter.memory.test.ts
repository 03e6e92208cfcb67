import { createMemoryRateLimiter } from '../../src/safety/rate-limiter.flexible';
import { rateLimiterContract } from './rate-limiter.contract';

rateLimiterContract(
  'memory',
  async () => ({
    limiters: [createMemoryRateLimiter(), createMemoryRateLimiter()],
    close: async () => {},
  }),
  { shared: false },
);
