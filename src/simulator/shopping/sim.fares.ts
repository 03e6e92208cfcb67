import { SimPaxPrices } from '../sim.model';

/**
 * The simulator's fare catalogue: a few routes, each showing one thing a booking flow must
 * handle. Any date works: flights leave at the same local time every day. Routes are searched by
 * airport code in the direction listed; a return search flies the fare's inbound legs back.
 */

/** Passenger fields a fare may require at order.do (verify.do `bookingRequirement`). */
export const PASSENGER_FIELDS = [
  'name',
  'passengerType',
  'gender',
  'birthday',
  'nationality',
  'cardType',
  'cardNum',
  'cardExpired',
  'cardIssuePlace',
] as const;

export type PassengerField = (typeof PASSENGER_FIELDS)[number];

export interface SimLeg {
  flightNumber: string;
  from: string;
  to: string;
  /** Local departure time, `HHmm`. */
  departs: string;
  /** Days after departure (local) that it lands, and the local landing time. */
  arrivesDayOffset: number;
  arrives: string;
  duration: number;
}

export type VerifyBehaviour =
  | { kind: 'available' }
  /** verify.do answers 210: the fare family sold out between search and verify. */
  | { kind: 'soldOut' }
  /** verify.do re-prices every passenger type up by this amount. */
  | { kind: 'priceRise'; by: number };

export interface SimFare {
  key: string;
  carrier: string;
  outbound: SimLeg[];
  inbound: SimLeg[];
  fareFamily: string;
  cabin: string;
  prices: SimPaxPrices;
  currency: string;
  /** supportPaymentMethods: 1 deposit, 3 VCC, 4 BYOA, 5 MoR. */
  paymentMethods: number[];
  /** Airline currency and the rate from the settlement currency, for VCC/BYOA fares. */
  vendor: { currency: string; rate: number } | null;
  infantAllowed: boolean;
  maxSeats: number;
  required: PassengerField[];
  onVerify: VerifyBehaviour;
}

const LCC_DOMESTIC: PassengerField[] = ['name', 'passengerType', 'gender', 'birthday'];
const INTERNATIONAL: PassengerField[] = [
  ...LCC_DOMESTIC,
  'nationality',
  'cardType',
  'cardNum',
  'cardExpired',
];

function leg(
  flightNumber: string,
  from: string,
  to: string,
  departs: string,
  arrives: string,
  duration: number,
  arrivesDayOffset = 0,
): SimLeg {
  return { flightNumber, from, to, departs, arrives, duration, arrivesDayOffset };
}

const price = (adult: number, tax: number): SimPaxPrices => ({
  adult: { price: adult, tax },
  child: { price: Math.round(adult * 0.75 * 100) / 100, tax },
  infant: { price: Math.round(adult * 0.1 * 100) / 100, tax: 5 },
});

export const FARES: readonly SimFare[] = [
  {
    // Deposit only, connecting through Cebu.
    key: 'MNL-SIN',
    carrier: '5J',
    outbound: [
      leg('5J178', 'MNL', 'CEB', '0640', '0805', 85),
      leg('5J563', 'CEB', 'SIN', '1015', '1405', 230),
    ],
    inbound: [
      leg('5J564', 'SIN', 'CEB', '1505', '1850', 225),
      leg('5J179', 'CEB', 'MNL', '2030', '2200', 90),
    ],
    fareFamily: 'GO Basic',
    cabin: 'Y',
    prices: price(265, 35.35),
    currency: 'USD',
    paymentMethods: [1],
    vendor: null,
    infantAllowed: true,
    maxSeats: 9,
    required: INTERNATIONAL,
    onVerify: { kind: 'available' },
  },
  {
    // Deposit or a virtual card (VCC pass-through), sized in the airline's currency.
    key: 'SIN-BKK',
    carrier: 'TR',
    outbound: [leg('TR606', 'SIN', 'BKK', '0830', '0955', 145)],
    inbound: [leg('TR609', 'BKK', 'SIN', '1100', '1425', 145)],
    fareFamily: 'Fly',
    cabin: 'Y',
    prices: price(98, 22.4),
    currency: 'USD',
    paymentMethods: [1, 3],
    vendor: { currency: 'SGD', rate: 1.35 },
    infantAllowed: true,
    maxSeats: 9,
    required: INTERNATIONAL,
    onVerify: { kind: 'available' },
  },
  {
    // Merchant of Record: the traveller's card, declared at order.do. No infants on this fare.
    key: 'HKG-PEK',
    carrier: 'CX',
    outbound: [leg('CX390', 'HKG', 'PEK', '0815', '1135', 200)],
    inbound: [leg('CX331', 'PEK', 'HKG', '1500', '1855', 235)],
    fareFamily: 'Economy Light',
    cabin: 'N',
    prices: price(310, 48.6),
    currency: 'USD',
    paymentMethods: [1, 3, 5],
    vendor: { currency: 'HKD', rate: 7.8 },
    infantAllowed: false,
    maxSeats: 4,
    required: INTERNATIONAL,
    onVerify: { kind: 'available' },
  },
  {
    // Ryanair: the traveller confirms on Ryanair's page (orderCommit.do) before pay.do.
    key: 'DUB-KIR',
    carrier: 'FR',
    outbound: [leg('FR1122', 'DUB', 'KIR', '0710', '0800', 50)],
    inbound: [leg('FR1123', 'KIR', 'DUB', '0830', '0920', 50)],
    fareFamily: 'Basic',
    cabin: 'Y',
    prices: price(39.99, 12.5),
    currency: 'USD',
    paymentMethods: [1, 3],
    vendor: { currency: 'EUR', rate: 0.92 },
    infantAllowed: true,
    maxSeats: 9,
    required: LCC_DOMESTIC,
    onVerify: { kind: 'available' },
  },
  {
    // Sells out between search and verify.
    key: 'SIN-HKG',
    carrier: 'TR',
    outbound: [leg('TR978', 'SIN', 'HKG', '2325', '0320', 235, 1)],
    inbound: [leg('TR979', 'HKG', 'SIN', '0420', '0815', 235)],
    fareFamily: 'Fly',
    cabin: 'Y',
    prices: price(142, 30.1),
    currency: 'USD',
    paymentMethods: [1, 3],
    vendor: { currency: 'SGD', rate: 1.35 },
    infantAllowed: true,
    maxSeats: 9,
    required: INTERNATIONAL,
    onVerify: { kind: 'soldOut' },
  },
  {
    // Costs more at verify than search showed.
    key: 'MNL-HKG',
    carrier: '5J',
    outbound: [leg('5J110', 'MNL', 'HKG', '0905', '1130', 145)],
    inbound: [leg('5J111', 'HKG', 'MNL', '1230', '1455', 145)],
    fareFamily: 'GO Basic',
    cabin: 'Y',
    prices: price(120, 28),
    currency: 'USD',
    paymentMethods: [1, 3],
    vendor: { currency: 'PHP', rate: 57.3 },
    infantAllowed: true,
    maxSeats: 9,
    required: INTERNATIONAL,
    onVerify: { kind: 'priceRise', by: 15 },
  },
];

/** The fare whose outbound flies from → to; a return trip flies its inbound legs back. */
export function fareFor(from: string, to: string): SimFare | undefined {
  return FARES.find((fare) => {
    const first = fare.outbound[0]!;
    const last = fare.outbound[fare.outbound.length - 1]!;
    return first.from === from && last.to === to;
  });
}
