import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it, TestContext } from 'node:test';
import { RateLimiter } from '../../src/safety/rate-limiter';

/** null: the implementation is not available here (only allowed outside CI). */
export type RateLimiterFactory = () => Promise<{
  /** Two limiters over the same counters, as two replicas would hold. */
  limiters: [RateLimiter, RateLimiter];
  close(): Promise<void>;
} | null>;

const HOUR = { points: 3, durationSeconds: 3_600 };

/** One behaviour, every implementation: memory and Redis counters must be interchangeable. */
export function rateLimiterContract(
  name: string,
  factory: RateLimiterFactory,
  { shared }: { shared: boolean },
): void {
  describe(`${name}: rate limiter contract`, () => {
    let made: Awaited<ReturnType<RateLimiterFactory>> = null;
    before(async () => {
      made = await factory();
    });
    after(() => made?.close());
    const use = (t: TestContext) => {
      if (!made) t.skip(`${name} is not available here`);
      return made?.limiters ?? null;
    };

    it('allows the window’s points, then refuses with the time to wait', async (t) => {
      const [limiter] = use(t) ?? [];
      if (!limiter) return;
      const key = randomUUID();
      const decisions = [];
      for (let i = 0; i < 4; i += 1) decisions.push(await limiter.consume('payments', key, HOUR));
      assert.deepEqual(
        decisions.map((d) => [d.allowed, d.remaining]),
        [
          [true, 2],
          [true, 1],
          [true, 0],
          [false, 0],
        ],
      );
      const refused = decisions[3]!;
      assert.ok(
        refused.resetSeconds > 3_500 && refused.resetSeconds <= 3_600,
        `${refused.resetSeconds}`,
      );
      assert.deepEqual(refused.limit, HOUR);
    });

    it('counts keys and buckets apart', async (t) => {
      const [limiter] = use(t) ?? [];
      if (!limiter) return;
      const [a, b] = [randomUUID(), randomUUID()];
      const one = { points: 1, durationSeconds: 3_600 };
      assert.equal((await limiter.consume('payments', a, one)).allowed, true);
      assert.equal((await limiter.consume('payments', a, one)).allowed, false);
      assert.equal((await limiter.consume('payments', b, one)).allowed, true);
      assert.equal((await limiter.consume('requests', a, one)).allowed, true);
    });

    it(
      shared
        ? 'shares counts between limiters over the same store, as replicas do'
        : 'keeps counts within its own process',
      async (t) => {
        const [first, second] = use(t) ?? [];
        if (!first || !second) return;
        const key = randomUUID();
        const one = { points: 1, durationSeconds: 3_600 };
        assert.equal((await first.consume('payments', key, one)).allowed, true);
        assert.equal((await second.consume('payments', key, one)).allowed, !shared);
      },
    );
  });
}
