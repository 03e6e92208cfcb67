import { Money, Order, OrderStatus, Passenger, PassengerType } from '../domain/order';
import { paymentMethodFromCode } from '../domain/payment-method.codes';
import { parseSgt } from '../domain/sgt-time';
import { PassengerCounts } from '../domain/flight-offer';
import { itineraryFromWire, pricesFromWire } from './atlas.routing-mapper';
import { OrderCreatedWire, PaxTicketInfoWire, QueryOrderWire } from './atlas.wire-schemas';
import { RoutingWire } from './routing.wire-schemas';

/**
 * "-3" is cancelled in every API document; the official Postman kit's comment says "3", so both
 * are read as cancelled rather than failing on the kit's spelling.
 */
const ORDER_STATUS: Readonly<Record<string, OrderStatus>> = {
  '0': OrderStatus.UNPAID,
  '1': OrderStatus.TICKETING,
  '2': OrderStatus.TICKETED,
  '-3': OrderStatus.CANCELLED,
  '3': OrderStatus.CANCELLED,
};

const PASSENGER_TYPE: Readonly<Record<number, PassengerType>> = {
  0: PassengerType.ADULT,
  1: PassengerType.CHILD,
  2: PassengerType.INFANT,
};

export function orderStatusFromWire(code: string): OrderStatus | null {
  return ORDER_STATUS[code.trim()] ?? null;
}

function money(amount: number | null | undefined, currency: string | null): Money | null {
  return amount === null || amount === undefined || !currency ? null : { amount, currency };
}

export function passengerFromWire(pax: PaxTicketInfoWire): Passenger {
  return {
    name: pax.name,
    type: PASSENGER_TYPE[pax.passengerType ?? 0] ?? PassengerType.ADULT,
    ticketNumbers: pax.ticketNos,
    airlinePnrs: pax.airlinePNRs,
  };
}

function countsOf(passengers: Passenger[]): PassengerCounts {
  const count = (type: PassengerType) => passengers.filter((pax) => pax.type === type).length;
  return {
    adults: count(PassengerType.ADULT),
    children: count(PassengerType.CHILD),
    infants: count(PassengerType.INFANT),
  };
}

/** The routing's itinerary and per-type prices, for the passengers the order has. */
async function tripOf(
  routing: RoutingWire | null | undefined,
  passengers: Passenger[],
): Promise<Pick<Order, 'itinerary' | 'priceBreakdown'>> {
  if (!routing) return { itinerary: [], priceBreakdown: [] };
  const hasPrices = routing.adultPrice !== null && routing.currency !== null;
  return {
    itinerary: await itineraryFromWire(routing),
    priceBreakdown: hasPrices ? pricesFromWire(routing, countsOf(passengers)) : [],
  };
}

/** Returns null when the order status is one Atlas has never documented. */
export async function orderFromWire(wire: QueryOrderWire): Promise<Order | null> {
  const status = orderStatusFromWire(wire.orderStatus);
  if (!status) return null;
  const passengers = wire.paxTicketInfos.map(passengerFromWire);
  const everyoneTicketed =
    passengers.length > 0 && passengers.every((pax) => pax.ticketNumbers.length > 0);
  return {
    orderNo: wire.orderNo,
    pnrCode: wire.pnrCode,
    status,
    atlasOrderStatus: wire.orderStatus,
    // Atlas's own CLI declares "ticketed" only with status 2, ticketStatus 1 and a ticket per passenger.
    ticketIssued: status === OrderStatus.TICKETED && wire.ticketStatus === '1' && everyoneTicketed,
    paymentDeadline: wire.tktLimitTime ? parseSgt(wire.tktLimitTime) : null,
    totalPrice: money(wire.totalPrice, wire.currency),
    totalTransactionFee: money(wire.totalTransactionFee, wire.currency),
    vendorTotalPrice: money(wire.vendorTotalPrice, wire.vendorCurrency),
    supportedPaymentMethods: wire.supportPaymentMethods
      .map(paymentMethodFromCode)
      .filter((method) => method !== null),
    paymentMethod: wire.paymentMethod ? paymentMethodFromCode(wire.paymentMethod) : null,
    airlineCodes: wire.airlineBookings
      .map((booking) => booking.airlineCode)
      .filter((code): code is string => Boolean(code)),
    passengers,
    ticketingFailure:
      status === OrderStatus.CANCELLED && wire.errorCode
        ? {
            code: wire.errorCode,
            atlasMessage: wire.errorMessage,
            airlineMessage: wire.airlineMessage,
          }
        : null,
    ...(await tripOf(wire.routing, passengers)),
  };
}

/**
 * A new order from order.do's answer shape (regenerateOrder.do shares it). That answer has no
 * orderStatus: a created order is unpaid ("0") by the documented state machine.
 */
export async function createdOrderFromWire(wire: OrderCreatedWire): Promise<Order> {
  const passengers = wire.paxTicketInfos.map(passengerFromWire);
  const segments = [...(wire.routing?.fromSegments ?? []), ...(wire.routing?.retSegments ?? [])];
  const methodCodes =
    wire.routing?.supportPaymentMethods ??
    (wire.paymentOptions ?? []).map((option) => option.paymentMethod);
  return {
    orderNo: wire.orderNo,
    pnrCode: wire.pnrCode,
    status: OrderStatus.UNPAID,
    atlasOrderStatus: '0',
    ticketIssued: false,
    paymentDeadline: wire.tktLimitTime ? parseSgt(wire.tktLimitTime) : null,
    totalPrice: money(wire.totalPrice, wire.currency),
    totalTransactionFee: money(wire.totalTransactionFee, wire.currency),
    vendorTotalPrice: money(wire.vendorTotalPrice, wire.vendorCurrency),
    supportedPaymentMethods: [...new Set(methodCodes)]
      .map(paymentMethodFromCode)
      .filter((method) => method !== null),
    paymentMethod: null,
    airlineCodes: [
      ...new Set(
        segments.map((segment) => segment.carrier).filter((code): code is string => Boolean(code)),
      ),
    ],
    passengers,
    ticketingFailure: null,
    ...(await tripOf(wire.routing, passengers)),
  };
}
