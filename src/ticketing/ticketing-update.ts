import { StateEvent } from './ticketing-event';
import { OrderStatus } from '../domain/order';
import { isFinal } from './ticketing-snapshot';

/** One change a subscriber sees: the event, the status it left, and whether it is the last. */
export interface TicketingUpdate {
  event: StateEvent;
  previousStatus: OrderStatus | null;
  final: boolean;
}

export function updateFrom(event: StateEvent, previous: StateEvent | null): TicketingUpdate {
  return {
    event,
    previousStatus: previous?.snapshot.status ?? null,
    final: isFinal(event.snapshot),
  };
}
