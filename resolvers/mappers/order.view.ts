import { Order, TicketingFailure } from '../../src/domain/order';
import { Locale } from '../../src/guidance/locale';
import { recoveryGuidance } from '../../src/guidance/recovery-guidance.catalogue';
import { recoveryOf } from '../../src/recovery/order-recovery';
import {
  ticketingFailureGuidance,
  ticketingFailureMeaning,
} from '../../src/guidance/ticketing-failure.catalogue';
import { OrderObject, OrderRecoveryObject, TicketingFailureObject } from '../types/order.type';

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

export function orderRecoveryView(order: Order, locale: Locale, now: Date): OrderRecoveryObject {
  const recovery = recoveryOf(order, now);
  return { ...recovery, guidance: recoveryGuidance(recovery, locale) };
}

export function orderView(order: Order, locale: Locale, now: Date): OrderObject {
  const { ticketingFailure, ...rest } = order;
  return {
    ...rest,
    failure: ticketingFailure && ticketingFailureView(ticketingFailure, locale),
    // A getter, so the recovery and its guidance are built only when a query selects them.
    get recovery() {
      return orderRecoveryView(order, locale, now);
    },
  };
}
