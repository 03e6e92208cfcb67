import {
  CabinClass,
  FlightOffer,
  FlightSegment,
  PassengerCounts,
  PassengerPrice,
  PriceItemKind,
  SegmentDirection,
} from '../domain/flight-offer';
import { sumMoney } from '../domain/money-sum';
import { Money, PassengerType, PaymentMethod } from '../domain/order';
import { paymentMethodFromCode } from '../domain/payment-method.codes';
import { RYANAIR } from '../domain/ryanair';
import { airportLocalTime } from './airport-local-time';
import { RoutingWire } from './routing.wire-schemas';

const CABIN: Readonly<Record<number, CabinClass>> = {
  1: CabinClass.ECONOMY,
  2: CabinClass.BUSINESS,
  3: CabinClass.FIRST,
  4: CabinClass.PREMIUM_ECONOMY,
};

const ITEM_KIND: Readonly<Record<string, PriceItemKind>> = {
  base: PriceItemKind.BASE,
  tax: PriceItemKind.TAX,
  fee: PriceItemKind.FEE,
};

type WireSegment = RoutingWire['fromSegments'][number];

async function segmentFromWire(
  wire: WireSegment,
  direction: SegmentDirection,
  fallbackIndex: number,
): Promise<FlightSegment> {
  const departure = wire.depTime ? await airportLocalTime(wire.depAirport, wire.depTime) : null;
  const arrival = wire.arrTime ? await airportLocalTime(wire.arrAirport, wire.arrTime) : null;
  return {
    segmentIndex: wire.segmentIndex ?? fallbackIndex,
    direction,
    carrier: wire.carrier,
    flightNumber: wire.flightNumber,
    operatingCarrier: wire.operatingCarrier,
    departureAirport: wire.depAirport,
    arrivalAirport: wire.arrAirport,
    departureLocalTime: departure?.local ?? null,
    departureTime: departure?.instant ?? null,
    arrivalLocalTime: arrival?.local ?? null,
    arrivalTime: arrival?.instant ?? null,
    durationMinutes: wire.duration,
    bookingClass: wire.cabin,
    cabinClass: wire.cabinClass === null ? null : (CABIN[wire.cabinClass] ?? null),
    fareFamily: wire.fareFamily,
  };
}

/** Outbound then return, indexes as Atlas numbered them (continuous across both). */
export async function itineraryFromWire(
  routing: Pick<RoutingWire, 'fromSegments' | 'retSegments'>,
): Promise<FlightSegment[]> {
  const outbound = routing.fromSegments.map((s, i) =>
    segmentFromWire(s, SegmentDirection.OUTBOUND, i + 1),
  );
  const inbound = routing.retSegments.map((s, i) =>
    segmentFromWire(s, SegmentDirection.RETURN, routing.fromSegments.length + i + 1),
  );
  return Promise.all([...outbound, ...inbound]);
}

/** supportPaymentMethods, or the deprecated flag when a routing has only that. */
export function paymentMethodsFromWire(routing: RoutingWire): PaymentMethod[] {
  const codes =
    routing.supportPaymentMethods ?? (routing.supportCreditTransPayment === '1' ? [1, 3] : [1]);
  return [...new Set(codes)].map(paymentMethodFromCode).filter((method) => method !== null);
}

export function pricesFromWire(routing: RoutingWire, pax: PassengerCounts): PassengerPrice[] {
  const currency = routing.currency ?? 'USD';
  const money = (amount: number | null): Money => ({ amount: amount ?? 0, currency });
  const rows: [PassengerType, number, number | null, number | null, RoutingWire['adultDetails']][] =
    [
      [PassengerType.ADULT, pax.adults, routing.adultPrice, routing.adultTax, routing.adultDetails],
      [
        PassengerType.CHILD,
        pax.children,
        routing.childPrice,
        routing.childTax,
        routing.childDetails,
      ],
      [
        PassengerType.INFANT,
        pax.infants,
        routing.infantPrice,
        routing.infantTax,
        routing.infantDetails,
      ],
    ];
  return rows
    .filter(([, count]) => count > 0)
    .map(([type, count, fare, taxes, details]) => ({
      type,
      count,
      fare: money(fare),
      taxes: money(taxes),
      items: details.map((item) => ({
        code: item.code,
        kind: ITEM_KIND[item.type?.toLowerCase() ?? ''] ?? PriceItemKind.FEE,
        amount: money(item.amount),
        description: item.description,
      })),
    }));
}

export function totalOf(prices: PassengerPrice[], currency: string): Money {
  return sumMoney(
    prices.flatMap((p) => [
      { amount: p.fare.amount, times: p.count },
      { amount: p.taxes.amount, times: p.count },
    ]),
    currency,
  );
}

/** Per passenger, per segment, per booking: README "Money and currency". */
function transactionFee(routing: RoutingWire, pax: PassengerCounts): Money | null {
  if (routing.transactionFee === null) return null;
  const people = pax.adults + pax.children + pax.infants;
  const segmentCount = routing.fromSegments.length + routing.retSegments.length;
  const times =
    routing.transactionFeeMode === 'PER_SEGMENT'
      ? people * segmentCount
      : routing.transactionFeeMode === 'PER_BOOKING'
        ? 1
        : people;
  return sumMoney([{ amount: routing.transactionFee, times }], routing.currency ?? 'USD');
}

/** An offer before the gateway names it: Atlas's routing identifier is still bare. */
export type RoutedOffer = Omit<FlightOffer, 'offerId'> & { routingIdentifier: string | null };

export async function offerFromWire(
  routing: RoutingWire,
  pax: PassengerCounts,
): Promise<RoutedOffer> {
  const itinerary = await itineraryFromWire(routing);
  const prices = pricesFromWire(routing, pax);
  return {
    routingIdentifier: routing.routingIdentifier,
    itinerary,
    passengers: pax,
    prices,
    totalPrice: totalOf(prices, routing.currency ?? 'USD'),
    transactionFee: transactionFee(routing, pax),
    supportedPaymentMethods: paymentMethodsFromWire(routing),
    infantsAllowed: routing.infantAllowed ?? true,
    confirmationRequired: itinerary.some((segment) => segment.carrier === RYANAIR),
  };
}
