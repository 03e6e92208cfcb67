import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createMemoryRateLimiter } from '../../src/safety/rate-limiter.memory';
import { heapUsedAfterGc } from '../support/heap';
import { rateLimiterContract } from './rate-limiter.contract';

rateLimiterContract(
  'memory',
  async () => ({
    limiters: [createMemoryRateLimiter(), createMemoryRateLimiter()],
    close: async () => {},
  }),
  { shared: false },
);

const HOUR = { points: 5, durationSeconds: 3_600 };
const orderNo = (i: number) => `TESTA2026120310${i.toString().padStart(8, '0')}`;

it('memory: counts each order’s attempts for an hour in a few hundred bytes, with no timer per order', async () => {
  const limiter = createMemoryRateLimiter();
  await limiter.consume('order-attempts', orderNo(-1), HOUR);
  const timers = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
  const before = heapUsedAfterGc();
  // An hour of a busy gateway: every payment on an order of its own.
  for (let i = 0; i < 200_000; i += 1) await limiter.consume('order-attempts', orderNo(i), HOUR);
  const perOrder = (heapUsedAfterGc() - before) / 200_000;
  assert.equal((await limiter.consume('order-attempts', orderNo(7), HOUR)).remaining, 3);
  assert.ok(perOrder < 250, `${perOrder.toFixed(0)} bytes per order`);
  assert.equal(
    process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length,
    timers,
  );
});

it('memory: frees a window’s points once it has passed, and forgets the orders it counted', async () => {
  let clock = 0;
  const limiter = createMemoryRateLimiter(() => clock);
  const second = { points: 1, durationSeconds: 1 };
  assert.equal((await limiter.consume('order-attempts', 'A', second)).allowed, true);
  const refused = await limiter.consume('order-attempts', 'A', second);
  assert.deepEqual([refused.allowed, refused.resetSeconds], [false, 1]);
  clock = 999;
  assert.equal((await limiter.consume('order-attempts', 'A', second)).allowed, false);
  clock = 1_000;
  assert.equal((await limiter.consume('order-attempts', 'A', second)).allowed, true);

  const before = heapUsedAfterGc();
  for (let i = 0; i < 100_000; i += 1) await limiter.consume('order-attempts', orderNo(i), second);
  const grownMb = (heapUsedAfterGc() - before) / 1e6;
  clock = 2_000;
  await limiter.consume('order-attempts', 'B', second);
  const leftMb = (heapUsedAfterGc() - before) / 1e6;
  assert.ok(grownMb > 5, `counting 100,000 orders grew the heap by only ${grownMb.toFixed(1)} MB`);
  assert.ok(leftMb < 1, `${leftMb.toFixed(1)} MB left once their window had passed`);
  assert.equal((await limiter.consume('order-attempts', orderNo(0), second)).allowed, true);
});

it('memory: announces a window’s own length on its first call, whatever fraction of a millisecond it opens at', async () => {
  // (4016.275506730782 + 1000) - 4016.275506730782 is 1000.0000000000005 in floating point.
  const limiter = createMemoryRateLimiter(() => 4016.275506730782);
  const first = await limiter.consume('requests', 'partner', { points: 50, durationSeconds: 1 });
  assert.equal(first.resetSeconds, 1);
});
