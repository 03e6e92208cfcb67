/**
 * Every way searchFlights, priceOffer and createOrder can fail, named for what happened and
 * grouped by what helps: the same next step serves every Atlas status in a group. Stable: UIs
 * switch on them.
 */
export enum SearchFailureCode {
  INVALID_SEARCH = 'INVALID_SEARCH',
  NO_FLIGHTS = 'NO_FLIGHTS',
  ROUTE_UNAVAILABLE = 'ROUTE_UNAVAILABLE',
  SEARCH_NOT_PERMITTED = 'SEARCH_NOT_PERMITTED',
  SEARCH_RATE_LIMITED = 'SEARCH_RATE_LIMITED',
  ATLAS_UNAVAILABLE = 'ATLAS_UNAVAILABLE',
  UNRECOGNIZED = 'UNRECOGNIZED',
}

export enum PriceFailureCode {
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  OFFER_SOLD_OUT = 'OFFER_SOLD_OUT',
  PRICE_UNAVAILABLE = 'PRICE_UNAVAILABLE',
  PRICE_RATE_LIMITED = 'PRICE_RATE_LIMITED',
  ATLAS_UNAVAILABLE = 'ATLAS_UNAVAILABLE',
  UNRECOGNIZED = 'UNRECOGNIZED',
}

export enum CreateOrderFailureCode {
  PASSENGER_DATA_REJECTED = 'PASSENGER_DATA_REJECTED',
  BOOKING_TOKEN_EXPIRED = 'BOOKING_TOKEN_EXPIRED',
  PRICE_CHANGED = 'PRICE_CHANGED',
  FARE_SOLD_OUT = 'FARE_SOLD_OUT',
  DUPLICATE_BOOKING = 'DUPLICATE_BOOKING',
  AIRLINE_FAILED = 'AIRLINE_FAILED',
  ACCOUNT_NOT_READY = 'ACCOUNT_NOT_READY',
  BOOKING_IN_PROGRESS = 'BOOKING_IN_PROGRESS',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  OUTCOME_UNKNOWN = 'OUTCOME_UNKNOWN',
  PROTECTION_UNAVAILABLE = 'PROTECTION_UNAVAILABLE',
  UNRECOGNIZED = 'UNRECOGNIZED',
}

function table<Code>(groups: [number[], Code][]): ReadonlyMap<number, Code> {
  return new Map(groups.flatMap(([statuses, code]) => statuses.map((s) => [s, code] as const)));
}

/** search.do statuses (errors.md §2); 900/902 never get here, the client raises them. */
export const SEARCH_STATUS_CODES = table<SearchFailureCode>([
  [[100, 101, 102, 105, 124], SearchFailureCode.INVALID_SEARCH],
  [[114], SearchFailureCode.NO_FLIGHTS],
  [[103, 104, 108, 113], SearchFailureCode.ROUTE_UNAVAILABLE],
  [[106, 107, 111, 123], SearchFailureCode.SEARCH_NOT_PERMITTED],
  [[109, 110, 429], SearchFailureCode.SEARCH_RATE_LIMITED],
  [[112, 115, 116, 126, 127, -1, 9999], SearchFailureCode.ATLAS_UNAVAILABLE],
]);

/** verify.do statuses (errors.md §3), legacy ones included. */
export const PRICE_STATUS_CODES = table<PriceFailureCode>([
  [[200, 202, 212], PriceFailureCode.OFFER_EXPIRED],
  [[201, 203, 206, 207, 208, 209, 210, 211, 213], PriceFailureCode.OFFER_SOLD_OUT],
  [[205, 222, 299, -1, 9999], PriceFailureCode.PRICE_UNAVAILABLE],
  [[429], PriceFailureCode.PRICE_RATE_LIMITED],
]);

/** order.do statuses (errors.md §4), legacy ones included. */
export const CREATE_ORDER_STATUS_CODES = table<CreateOrderFailureCode>([
  [
    [100, 307, 309, 310, 321, 323, 325, 327, 407, 408, 409, 410, 6051],
    CreateOrderFailureCode.PASSENGER_DATA_REJECTED,
  ],
  [[300, 301], CreateOrderFailureCode.BOOKING_TOKEN_EXPIRED],
  [[306, 308, 319, 322], CreateOrderFailureCode.PRICE_CHANGED],
  [[302, 303, 305, 311, 312, 313, 315, 320, 328], CreateOrderFailureCode.FARE_SOLD_OUT],
  [[318], CreateOrderFailureCode.DUPLICATE_BOOKING],
  [[304, 316, 317, 324, -1, 9999], CreateOrderFailureCode.AIRLINE_FAILED],
  [[326, 329], CreateOrderFailureCode.ACCOUNT_NOT_READY],
  [[330], CreateOrderFailureCode.BOOKING_IN_PROGRESS],
]);
