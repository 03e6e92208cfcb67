import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it, TestContext } from 'node:test';
import { OrderStatus } from '../../src/domain/order';
import { PollLeadership } from '../../src/ticketing/poll-leadership';
import { TicketingEvent, TicketingSource } from '../../src/ticketing/ticketing-event';
import { TicketingPubSub } from '../../src/ticketing/ticketing.pubsub';

/** Two replicas' views of one shared backend. */
export interface Replicas {
  pubsub: [TicketingPubSub, TicketingPubSub];
  leadership(leaseMs: number): [PollLeadership, PollLeadership];
}

export type ReplicasFactory = () => Promise<{ replicas: Replicas; close(): Promise<void> } | null>;

const event = (orderNo: string, status = OrderStatus.TICKETING): TicketingEvent => ({
  kind: 'state',
  orderNo,
  snapshot: { orderNo, status, passengers: [], failure: null },
  source: TicketingSource.POLL,
  occurredAt: '2026-11-22T10:00:00.000Z',
  stale: false,
  lastConfirmedAt: '2026-11-22T10:00:00.000Z',
});

async function nextWithin<T>(iterator: AsyncIterator<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([
    iterator.next().then((r) => r.value as T),
    sleep(ms).then(() => 'timeout' as const),
  ]);
}

/** The ticketing pub/sub and poll leadership behave alike in memory and in Redis. */
export function ticketingSharingContract(name: string, factory: ReplicasFactory): void {
  describe(`${name}: ticketing sharing contract`, () => {
    let replicas: Replicas | null = null;
    let close = async () => {};
    before(async () => {
      const made = await factory();
      if (made) ({ replicas, close } = made);
    });
    after(() => close());
    const use = (t: TestContext) => {
      if (!replicas) t.skip(`${name} is not available here`);
      return replicas;
    };

    it("delivers a replica's event to the other replica's subscriber of that order only", async (t) => {
      const r = use(t);
      if (!r) return;
      const [a, b] = r.pubsub;
      const orderNo = randomUUID();
      const mine = b.subscribe(orderNo);
      const other = b.subscribe(randomUUID());
      const pending = nextWithin(mine, 2_000);
      await sleep(100);
      a.publish(event(orderNo));
      assert.deepEqual(await pending, event(orderNo));
      assert.equal(await nextWithin(other, 200), 'timeout');
      await mine.return?.();
      await other.return?.();
    });

    it('stops delivering after return()', async (t) => {
      const r = use(t);
      if (!r) return;
      const [a, b] = r.pubsub;
      const orderNo = randomUUID();
      const events = b.subscribe(orderNo);
      const first = nextWithin(events, 2_000);
      await sleep(100);
      a.publish(event(orderNo));
      await first;
      await events.return?.();
      a.publish(event(orderNo, OrderStatus.TICKETED));
      assert.deepEqual(await events.next(), { done: true, value: undefined });
    });

    it('gives an order one poll leader at a time, renewed by the leader', async (t) => {
      const r = use(t);
      if (!r) return;
      const [a, b] = r.leadership(30_000);
      const orderNo = randomUUID();
      assert.equal(await a.claim(orderNo), true);
      assert.equal(await b.claim(orderNo), false);
      assert.equal(await a.claim(orderNo), true, 'the leader renews');
      await a.resign(orderNo);
      assert.equal(await b.claim(orderNo), true, 'resigning hands over at once');
      assert.equal(await a.claim(orderNo), false);
    });

    it('passes the lead on when the leader stops renewing', async (t) => {
      const r = use(t);
      if (!r) return;
      const [a, b] = r.leadership(150);
      const orderNo = randomUUID();
      assert.equal(await a.claim(orderNo), true);
      assert.equal(await b.claim(orderNo), false);
      await sleep(300);
      assert.equal(await b.claim(orderNo), true);
    });
  });
}
