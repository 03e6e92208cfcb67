import { SimPaxPrice, SimPaxPrices, SimSegment } from '../sim.model';
import { SimFare, SimLeg } from './sim.fares';
import { SimPaxCounts } from './sim.shopping';

/** Technical service fee per passenger (`transactionFeeMode` PER_PAX, README "Money"). */
export const TRANSACTION_FEE_PER_PAX = 2;

const CARD_CHARGES = ['Visa', 'MasterCard', 'Amex'].map((cardType) => ({
  cardType,
  percentage: cardType === 'Amex' ? 3.5 : 2.5,
  charge: 0,
}));

function addDays(yyyyMMdd: string, days: number): string {
  const date = new Date(
    Date.UTC(
      Number(yyyyMMdd.slice(0, 4)),
      Number(yyyyMMdd.slice(4, 6)) - 1,
      Number(yyyyMMdd.slice(6, 8)) + days,
    ),
  );
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

function segmentsOf(fare: SimFare, legs: SimLeg[], date: string, direction: 1 | 2, first: number) {
  return legs.map((leg, index): SimSegment => ({
    segmentIndex: first + index,
    direction,
    carrier: fare.carrier,
    flightNumber: leg.flightNumber,
    depAirport: leg.from,
    arrAirport: leg.to,
    depTime: `${date}${leg.departs}`,
    arrTime: `${addDays(date, leg.arrivesDayOffset)}${leg.arrives}`,
    duration: leg.duration,
    cabin: fare.cabin,
    cabinClass: 1,
    fareFamily: fare.fareFamily,
  }));
}

/** The flown segments: outbound on fromDate, inbound on retDate; indexes continue across both. */
export function fareSegments(
  fare: SimFare,
  fromDate: string,
  retDate: string | null,
): SimSegment[] {
  const outbound = segmentsOf(fare, fare.outbound, fromDate, 1, 1);
  const inbound = retDate ? segmentsOf(fare, fare.inbound, retDate, 2, outbound.length + 1) : [];
  return [...outbound, ...inbound];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function priceTotal(prices: SimPaxPrices, pax: SimPaxCounts): number {
  const each = (p: SimPaxPrice, count: number) => (p.price + p.tax) * count;
  return round2(
    each(prices.adult, pax.adults) +
      each(prices.child, pax.children) +
      each(prices.infant, pax.infants),
  );
}

function details(prices: SimPaxPrice) {
  return [
    { code: 'FARE', type: 'base', amount: prices.price, description: 'Base fare' },
    { code: 'YQ', type: 'tax', amount: round2(prices.tax * 0.6), description: 'Carrier surcharge' },
    {
      code: 'TAX',
      type: 'tax',
      amount: round2(prices.tax - round2(prices.tax * 0.6)),
      description: 'Airport taxes',
    },
  ];
}

function wireSegment(segment: SimSegment) {
  return {
    segmentIndex: segment.segmentIndex,
    carrier: segment.carrier,
    flightNumber: segment.flightNumber,
    depAirport: segment.depAirport,
    depTime: segment.depTime,
    arrAirport: segment.arrAirport,
    arrTime: segment.arrTime,
    stopCities: null,
    duration: segment.duration,
    codeShare: false,
    cabin: segment.cabin,
    cabinClass: segment.cabinClass,
    seatCount: 9,
    aircraftCode: '320',
    operatingCarrier: segment.carrier,
    operatingFlightnumber: segment.flightNumber,
    fareFamily: segment.fareFamily,
  };
}

export interface RoutingWireInput {
  routingIdentifier: string | null;
  segments: SimSegment[];
  prices: SimPaxPrices;
  currency: string;
  paymentMethods: number[];
  vendor: SimFare['vendor'];
  infantAllowed: boolean;
}

/** The Routing object search, verify, order and query answers share (search-verify.md). */
export function routingWire(input: RoutingWireInput): Record<string, unknown> {
  const { prices, vendor } = input;
  const vendorFare =
    vendor && (input.paymentMethods.includes(3) || input.paymentMethods.includes(4))
      ? {
          vendorAdultPrice: round2(prices.adult.price * vendor.rate),
          vendorAdultTax: round2(prices.adult.tax * vendor.rate),
          vendorChildPrice: round2(prices.child.price * vendor.rate),
          vendorChildTax: round2(prices.child.tax * vendor.rate),
          vendorInfantPrice: round2(prices.infant.price * vendor.rate),
          vendorInfantTax: round2(prices.infant.tax * vendor.rate),
          vendorCurrency: vendor.currency,
        }
      : null;
  return {
    routingIdentifier: input.routingIdentifier,
    supportCreditTransPayment: input.paymentMethods.includes(3) ? '1' : '0',
    supportPaymentMethods: [...input.paymentMethods],
    currency: input.currency,
    adultPrice: prices.adult.price,
    adultTax: prices.adult.tax,
    childPrice: prices.child.price,
    childTax: prices.child.tax,
    infantPrice: input.infantAllowed ? prices.infant.price : 0,
    infantTax: input.infantAllowed ? prices.infant.tax : 0,
    adultDetails: details(prices.adult),
    childDetails: details(prices.child),
    infantDetails: input.infantAllowed ? details(prices.infant) : [],
    infantAllowed: input.infantAllowed,
    childMandatorySeatingFee: null,
    transactionFee: TRANSACTION_FEE_PER_PAX,
    transactionFeeMode: 'PER_PAX',
    fromSegments: input.segments.filter((s) => s.direction === 1).map(wireSegment),
    retSegments: input.segments.filter((s) => s.direction === 2).map(wireSegment),
    vendorFare,
    separateBookings: false,
    cardChargeList: input.paymentMethods.includes(5)
      ? CARD_CHARGES.map((charge) => ({ ...charge, currency: input.currency }))
      : [],
  };
}
