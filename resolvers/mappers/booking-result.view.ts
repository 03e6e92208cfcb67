import {
  CreateOrderOutcome,
  PriceOutcome,
  SearchOutcome,
} from '../../src/booking/booking-outcomes';
import {
  CREATE_ORDER_GUIDANCE,
  createOrderGuidance,
  orderCreatedGuidance,
} from '../../src/guidance/create-order-guidance.catalogue';
import { GuidanceEntry } from '../../src/guidance/guidance-entry';
import { Locale } from '../../src/guidance/locale';
import {
  PRICE_GUIDANCE,
  priceGuidance,
  SEARCH_GUIDANCE,
  searchGuidance,
} from '../../src/guidance/search-guidance.catalogue';
import { toGuidance } from '../../src/guidance/guidance-entry';
import { NextAction } from '../../src/guidance/next-action';
import { CREATE_ORDER_FAILURE_TYPENAMES } from '../types/create-order-result.type';
import { PRICE_FAILURE_TYPENAMES } from '../types/price-offer-result.type';
import { SEARCH_FAILURE_TYPENAMES } from '../types/search-result.type';
import { needsTravellerConfirmation } from '../../src/recovery/ryanair';
import { ResultView } from './recovery-result.view';
import { orderView } from './order.view';

function failure(
  typename: string,
  outcome: object,
  entry: GuidanceEntry,
  guidance: ReturnType<typeof toGuidance>,
): ResultView {
  return { typename, ...outcome, message: guidance.summary, retryable: entry.retryable, guidance };
}

export function searchResultView(outcome: SearchOutcome, locale: Locale): ResultView {
  if (outcome.kind === 'offers') return { typename: 'FlightOffers', offers: outcome.offers };
  return failure(
    SEARCH_FAILURE_TYPENAMES[outcome.code],
    outcome,
    SEARCH_GUIDANCE[outcome.code],
    searchGuidance(outcome.code, locale),
  );
}

export function priceResultView(outcome: PriceOutcome, locale: Locale): ResultView {
  if (outcome.kind === 'priced') {
    return {
      typename: 'PricedOffer',
      offer: outcome.offer,
      priceChanged: outcome.priceChanged,
      previousTotal: outcome.previousTotal,
      maxSeats: outcome.maxSeats,
      bookingToken: outcome.bookingToken,
      bookingTokenExpiresAt: outcome.bookingTokenExpiresAt,
      newTotal: outcome.offer.totalPrice,
      requiredPassengerFields: outcome.requiredFields,
      guidance: toGuidance(
        {
          EN: {
            summary: outcome.priceChanged
              ? 'The price changed since the search: show the new total before booking.'
              : 'The offer is priced and can be booked.',
            steps: ['Call createOrder with the bookingToken before bookingTokenExpiresAt.'],
          },
          ZH_CN: {
            summary: outcome.priceChanged
              ? '价格自搜索以来已变化：预订前请展示新的总价。'
              : '报价已确认，可以预订。',
            steps: ['在 bookingTokenExpiresAt 之前使用 bookingToken 调用 createOrder。'],
          },
        },
        [NextAction.CREATE_ORDER],
        locale,
      ),
    };
  }
  return failure(
    PRICE_FAILURE_TYPENAMES[outcome.code],
    outcome,
    PRICE_GUIDANCE[outcome.code],
    priceGuidance(outcome.code, locale),
  );
}

export function createOrderResultView(
  outcome: CreateOrderOutcome,
  locale: Locale,
  now: Date,
): ResultView {
  if (outcome.kind === 'created') {
    const confirmationRequired = needsTravellerConfirmation(outcome.order);
    return {
      typename: 'OrderCreated',
      order: orderView(outcome.order, locale, now),
      replayed: outcome.replayed,
      guidance: orderCreatedGuidance(confirmationRequired, locale),
    };
  }
  return failure(
    CREATE_ORDER_FAILURE_TYPENAMES[outcome.code],
    outcome,
    CREATE_ORDER_GUIDANCE[outcome.code],
    createOrderGuidance(outcome.code, locale),
  );
}
