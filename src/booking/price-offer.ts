import { AtlasClient } from '../atlas/atlas.client';
import { AtlasTransportError } from '../atlas/atlas.errors';
import { Clock } from '../domain/clock';
import { Logger } from '../logging/logger';
import { PRICE_STATUS_CODES, PriceFailureCode } from './booking-failure-codes';
import { PriceOutcome } from './booking-outcomes';
import { BOOKING_TOKEN_LIFETIME_MS, BookingTokens } from './booking-token';
import { OfferIdInvalidError } from './booking.errors';
import { decodeOfferId, namedOffer } from './offer-id';

export type PriceOffer = (
  offerId: string,
  scope: { partnerId: string; log: Logger },
) => Promise<PriceOutcome>;

const failed = (
  code: PriceFailureCode,
  atlasStatus: number | null = null,
  atlasMessage: string | null = null,
): PriceOutcome => ({ kind: 'failed', code, atlasStatus, atlasMessage });

/** offerId → verify.do once → the re-priced offer and a bookingToken for createOrder. */
export function createPriceOffer(deps: {
  atlas: Pick<AtlasClient, 'verify'>;
  clock: Clock;
  tokens: BookingTokens;
}): PriceOffer {
  return async (offerId, { partnerId, log }) => {
    const decoded = decodeOfferId(offerId);
    if (!decoded) throw new OfferIdInvalidError();
    let answer;
    try {
      answer = await deps.atlas.verify(decoded.routingIdentifier, decoded.passengers, log);
    } catch (error) {
      if (!(error instanceof AtlasTransportError)) throw error;
      log.warn({ err: error.message }, 'verify.do failed');
      return error.httpStatus === 429
        ? failed(PriceFailureCode.PRICE_RATE_LIMITED, 429)
        : failed(PriceFailureCode.ATLAS_UNAVAILABLE);
    }
    if (answer.kind === 'refused') {
      return failed(
        PRICE_STATUS_CODES.get(answer.atlasStatus) ?? PriceFailureCode.UNRECOGNIZED,
        answer.atlasStatus,
        answer.atlasMessage,
      );
    }
    const { verified } = answer;
    const offer = namedOffer(verified.offer, offerId);
    // The session's 2 h run from verify.do; the gateway's clock starts them a moment later.
    const expiresAt = new Date(deps.clock.now().getTime() + BOOKING_TOKEN_LIFETIME_MS);
    const bookingToken = await deps.tokens.issue({
      sessionId: verified.sessionId,
      partnerId,
      requiredFields: verified.requiredFields,
      maxSeats: verified.maxSeats,
      infantsAllowed: offer.infantsAllowed,
      paymentMethods: offer.supportedPaymentMethods,
      expiresAt,
    });
    log.info({ priceChanged: verified.previousTotal !== null }, 'offer priced');
    return {
      kind: 'priced',
      offer,
      priceChanged: verified.previousTotal !== null,
      previousTotal: verified.previousTotal,
      maxSeats: verified.maxSeats,
      requiredFields: verified.requiredFields,
      bookingToken,
      bookingTokenExpiresAt: expiresAt,
    };
  };
}
