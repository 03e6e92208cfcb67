import { Order, TicketingFailure } from '../../src/domain/order';
import { Locale } from '../../src/guidance/locale';
import {
  ticketingFailureGuidance,
  ticketingFailureMeaning,
} from '../../src/guidance/ticketing-failure.catalogue';
import { OrderObject, TicketingFailureObject } from '../types/order.type';

export function ticketingFailureView(
  failure: TicketingFailure,
  locale: Locale,
): TicketingFailureObject {
  return {
    code: failure.code,
    meaning: ticketingFailureMeaning(failure.code, locale),
    atlasMessage: failure.atlasMessage,
    airlineMessage: failure.airlineMessage,
    guidance: ticketingFailureGuidance(failure.code, locale),
  };
}

export function orderView(order: Order, locale: Locale): OrderObject {
  const { ticketingFailure, ...rest } = order;
  return { ...rest, failure: ticketingFailure && ticketingFailureView(ticketingFailure, locale) };
}
