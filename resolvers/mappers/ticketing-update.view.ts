import { Locale } from '../../src/guidance/locale';
import { TicketingUpdate } from '../../src/ticketing/ticketing-update';
import { TicketingUpdateObject } from '../types/ticketing-update.type';
import { ticketingFailureView } from './order.view';

export function ticketingUpdateView(
  update: TicketingUpdate,
  locale: Locale,
): TicketingUpdateObject {
  const { event } = update;
  return {
    orderNo: event.orderNo,
    status: event.snapshot.status,
    previousStatus: update.previousStatus,
    passengers: event.snapshot.passengers,
    failure: event.snapshot.failure && ticketingFailureView(event.snapshot.failure, locale),
    occurredAt: new Date(event.occurredAt),
    final: update.final,
    source: event.source,
    stale: event.stale,
    lastConfirmedAt: event.lastConfirmedAt ? new Date(event.lastConfirmedAt) : null,
  };
}
