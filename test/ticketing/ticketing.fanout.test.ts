import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { OrderStatus } from '../../src/domain/order';
import { TicketingEvent, TicketingSource } from '../../src/ticketing/ticketing-event';
import { createTicketingFanout } from '../../src/ticketing/ticketing.fanout';
import { createTicketingPubSub, TicketingPubSub } from '../../src/ticketing/ticketing.pubsub';

const event = (orderNo: string): TicketingEvent => ({
  kind: 'state',
  orderNo,
  snapshot: { orderNo, status: OrderStatus.TICKETING, passengers: [], failure: null },
  source: TicketingSource.POLL,
  occurredAt: '2026-11-22T10:00:00.000Z',
  stale: false,
  lastConfirmedAt: null,
});

/** The real in-memory pub/sub, counting the subscriptions the fan-out opens. */
function countingPubSub(): { pubsub: TicketingPubSub; opened: () => number } {
  const real = createTicketingPubSub();
  let opened = 0;
  return {
    pubsub: {
      ...real,
      subscribe(orderNo) {
        opened += 1;
        return real.subscribe(orderNo);
      },
    },
    opened: () => opened,
  };
}

describe('ticketing fan-out', () => {
  it('opens one pub/sub subscription for 100 listeners of an order and reaches all of them', async () => {
    const { pubsub, opened } = countingPubSub();
    const fanout = createTicketingFanout(pubsub);
    const received: TicketingEvent[][] = Array.from({ length: 100 }, () => []);
    const leave = received.map((inbox) => fanout.listen('O1', (e) => inbox.push(e)));
    assert.equal(opened(), 1);
    pubsub.publish(event('O1'));
    pubsub.publish(event('O2'));
    await sleep(20);
    assert.ok(received.every((inbox) => inbox.length === 1 && inbox[0]!.orderNo === 'O1'));
    leave.forEach((go) => go());
    fanout.listen('O1', () => {});
    assert.equal(opened(), 2, 'the last listener leaving closed the subscription');
  });

  it('delivers an event published right after listen, with no await in between', async () => {
    const { pubsub } = countingPubSub();
    const seen: TicketingEvent[] = [];
    createTicketingFanout(pubsub).listen('O1', (e) => seen.push(e));
    pubsub.publish(event('O1'));
    await sleep(20);
    assert.equal(seen.length, 1);
  });
});
