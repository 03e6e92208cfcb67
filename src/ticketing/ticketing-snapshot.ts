import { Order, OrderStatus, Passenger, TicketingFailure } from '../domain/order';

/** What a ticketing watcher shows of an order: the parts that change while tickets are issued. */
export interface TicketingSnapshot {
  orderNo: string;
  status: OrderStatus;
  passengers: Passenger[];
  failure: TicketingFailure | null;
}

export function snapshotOf(order: Order): TicketingSnapshot {
  return {
    orderNo: order.orderNo,
    status: order.status,
    passengers: order.passengers,
    failure: order.ticketingFailure,
  };
}

/** Ticketed means every passenger holds a ticket number; a cancelled order never changes again. */
export function isFinal(snapshot: TicketingSnapshot): boolean {
  if (snapshot.status === OrderStatus.CANCELLED) return true;
  return (
    snapshot.status === OrderStatus.TICKETED &&
    snapshot.passengers.length > 0 &&
    snapshot.passengers.every((pax) => pax.ticketNumbers.length > 0)
  );
}

const RANK: Readonly<Record<OrderStatus, number>> = {
  UNPAID: 0,
  TICKETING: 1,
  TICKETED: 2,
  CANCELLED: 2,
};

/**
 * An order only moves forward, and nothing follows a final state: an older state arriving late
 * (a delayed webhook, a lagging read) is ignored.
 */
export function isBehind(next: TicketingSnapshot, current: TicketingSnapshot): boolean {
  return isFinal(current) || RANK[next.status] < RANK[current.status];
}

export function sameSnapshot(a: TicketingSnapshot, b: TicketingSnapshot): boolean {
  const key = (s: TicketingSnapshot) =>
    JSON.stringify([
      s.status,
      s.failure?.code ?? null,
      s.passengers.map((p) => [p.name, p.ticketNumbers, p.airlinePnrs]),
    ]);
  return key(a) === key(b);
}
