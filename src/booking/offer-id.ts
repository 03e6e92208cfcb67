import { z } from 'zod';
import { RoutedOffer } from '../atlas/atlas.routing-mapper';
import { FlightOffer, PassengerCounts } from '../domain/flight-offer';

/**
 * An offerId carries Atlas's routing identifier and the party it was priced for, so that
 * priceOffer can total the re-priced fare without asking again. Opaque to clients, and unsigned:
 * altering the counts only changes the totals shown, since order.do prices the real passengers.
 */
const offerIdSchema = z.object({
  r: z.string().min(1).max(2000),
  p: z.tuple([
    z.number().int().min(1).max(9),
    z.number().int().min(0).max(8),
    z.number().int().min(0).max(9),
  ]),
});

export function encodeOfferId(routingIdentifier: string, pax: PassengerCounts): string {
  const body = { r: routingIdentifier, p: [pax.adults, pax.children, pax.infants] };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

export function decodeOfferId(
  offerId: string,
): { routingIdentifier: string; passengers: PassengerCounts } | null {
  if (offerId.length > 4000) return null;
  try {
    const parsed = offerIdSchema.safeParse(
      JSON.parse(Buffer.from(offerId, 'base64url').toString()),
    );
    if (!parsed.success) return null;
    const [adults, children, infants] = parsed.data.p;
    return { routingIdentifier: parsed.data.r, passengers: { adults, children, infants } };
  } catch {
    return null;
  }
}

/** The offer as clients see it: named by its offerId, Atlas's identifier inside it. */
export function namedOffer(routed: RoutedOffer, offerId: string): FlightOffer {
  return {
    offerId,
    itinerary: routed.itinerary,
    passengers: routed.passengers,
    prices: routed.prices,
    totalPrice: routed.totalPrice,
    transactionFee: routed.transactionFee,
    supportedPaymentMethods: routed.supportedPaymentMethods,
    infantsAllowed: routed.infantsAllowed,
    confirmationRequired: routed.confirmationRequired,
  };
}
