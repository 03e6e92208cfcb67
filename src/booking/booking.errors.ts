/** An offerId this gateway did not issue, or one altered on the way: a client mistake. */
export class OfferIdInvalidError extends Error {
  constructor() {
    super('offerId is not one searchFlights returned');
  }
}

/** A bookingToken this gateway did not sign for the caller, or one altered: a client mistake. */
export class BookingTokenInvalidError extends Error {
  constructor() {
    super('bookingToken is not one priceOffer returned to this partner');
  }
}
