import { randomUUID } from 'node:crypto';

/**
 * Which replica reads a watched order. Every replica may watch the same order; only the leader
 * polls, and the others hear its updates through the shared pub/sub. A lease that is not renewed
 * (the leader died or stopped watching) passes to the next replica that asks.
 */
export interface PollLeadership {
  /** True when this replica leads the order's polling now (renewing or taking the lease). */
  claim(orderNo: string): Promise<boolean>;
  resign(orderNo: string): Promise<void>;
}

/** In-process leases; replicas created over one `shared` map compete as Redis replicas would. */
export function createMemoryPollLeadership(
  leaseMs: number,
  shared = new Map<string, { owner: string; until: number }>(),
  now: () => number = Date.now,
): PollLeadership {
  const me = randomUUID();
  return {
    async claim(orderNo) {
      const lease = shared.get(orderNo);
      if (lease && lease.owner !== me && lease.until > now()) return false;
      shared.set(orderNo, { owner: me, until: now() + leaseMs });
      return true;
    },
    async resign(orderNo) {
      if (shared.get(orderNo)?.owner === me) shared.delete(orderNo);
    },
  };
}
