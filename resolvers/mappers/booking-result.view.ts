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
import { Locale } from '../../src/guidance/locale';
import {
  PRICE_GUIDANCE,
  priceGuidance,
  pricedOfferGuidance,
  SEARCH_GUIDANCE,
  searchGuidance,
} from '../../src/guidance/search-guidance.catalogue';
import { CREATE_ORDER_FAILURE_TYPENAMES } from '../types/create-order-result.type';
import { PRICE_FAILURE_TYPENAMES } from '../types/price-offer-result.type';
import { SEARCH_FAILURE_TYPENAMES } from '../types/search-result.type';
import { needsTravellerConfirmation } from '../../src/recovery/ryanair';
import { failureView, ResultView } from './recovery-result.view';
import { orderView } from './order.view';

export function searchResultView(outcome: SearchOutcome, locale: Locale): ResultView {
  if (outcome.kind === 'offers') return { typename: 'FlightOffers', offers: outcome.offers };
  return failureView(
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
      guidance: pricedOfferGuidance(outcome.priceChanged, locale),
    };
  }
  return failureView(
    PRICE_FAILURE_TYPENAMES[outcome.code],
    outcome,
    PRICE_GUIDANCE[outcome.code],
    priceGuidance(outcome.code, locale),
  );
}

export function createOrderResultView(outcome: CreateOrderOutcome, locale: Locale): ResultView {
  if (outcome.kind === 'created') {
    const confirmationRequired = needsTravellerConfirmation(outcome.order);
    return {
      typename: 'OrderCreated',
      order: orderView(outcome.order, locale),
      replayed: outcome.replayed,
      guidance: orderCreatedGuidance(confirmationRequired, locale),
    };
  }
  return failureView(
    CREATE_ORDER_FAILURE_TYPENAMES[outcome.code],
    outcome,
    CREATE_ORDER_GUIDANCE[outcome.code],
    createOrderGuidance(outcome.code, locale),
  );
}
