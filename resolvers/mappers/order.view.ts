import { Order } from '../../src/domain/order';
import { Locale } from '../../src/guidance/locale';
import {
  ticketingFailureGuidance,
  ticketingFailureMeaning,
} from '../../src/guidance/ticketing-failure.catalogue';
import { OrderObject } from '../types/order.type';

export function orderView(order: Order, locale: Locale): OrderObject {
  const { ticketingFailure, ...rest } = order;
  return {
    ...rest,
    failure: ticketingFailure && {
      code: ticketingFailure.code,
      meaning: ticketingFailureMeaning(ticketingFailure.code, locale),
      atlasMessage: ticketingFailure.atlasMessage,
      airlineMessage: ticketingFailure.airlineMessage,
      guidance: ticketingFailureGuidance(ticketingFailure.code, locale),
    },
  };
}
