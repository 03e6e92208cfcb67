import { Order, TicketingFailure } from '../../src/domain/order';
import { ticketingFailureCodeOf } from '../../src/domain/ticketing-failure-code';
import { Locale } from '../../src/guidance/locale';
import { recoveryGuidance } from '../../src/guidance/recovery-guidance.catalogue';
import { OrderRecovery } from '../../src/recovery/order-recovery';
import {
  ticketingFailureGuidance,
  ticketingFailureMeaning,
} from '../../src/guidance/ticketing-failure.catalogue';
import { toGlobalId } from '../global-id';
import { OrderObject, OrderRecoveryObject, TicketingFailureObject } from '../types/order.type';

export function ticketingFailureView(
  failure: TicketingFailure,
  locale: Locale,
): TicketingFailureObject {
  return {
    code: ticketingFailureCodeOf(failure.code),
    atlasErrorCode: failure.code,
    meaning: ticketingFailureMeaning(failure.code, locale),
    atlasMessage: failure.atlasMessage,
    airlineMessage: failure.airlineMessage,
    guidance: ticketingFailureGuidance(failure.code, locale),
  };
}

export function orderRecoveryView(recovery: OrderRecovery, locale: Locale): OrderRecoveryObject {
  return { ...recovery, guidance: recoveryGuidance(recovery, locale) };
}

export function orderView(order: Order, locale: Locale): OrderObject {
  const { ticketingFailure, ...rest } = order;
  return {
    ...rest,
    typename: 'Order',
    source: order,
    id: toGlobalId('Order', order.orderNo),
    failure: ticketingFailure && ticketingFailureView(ticketingFailure, locale),
  };
}
