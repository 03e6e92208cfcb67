import { Money, PassengerType, PaymentMethod } from './order';

export enum SegmentDirection {
  OUTBOUND = 'OUTBOUND',
  RETURN = 'RETURN',
}

export enum CabinClass {
  ECONOMY = 'ECONOMY',
  PREMIUM_ECONOMY = 'PREMIUM_ECONOMY',
  BUSINESS = 'BUSINESS',
  FIRST = 'FIRST',
}

/** One flown leg. Times are the airports' own: local wall time, and the instant with its offset. */
export interface FlightSegment {
  segmentIndex: number;
  direction: SegmentDirection;
  carrier: string;
  flightNumber: string;
  operatingCarrier: string | null;
  departureAirport: string;
  arrivalAirport: string;
  /** `yyyy-MM-ddTHH:mm`, as printed on the ticket; null when Atlas left the time out. */
  departureLocalTime: string | null;
  /** ISO 8601 with the departure airport's offset on that date; null if its zone is unknown. */
  departureTime: string | null;
  arrivalLocalTime: string | null;
  arrivalTime: string | null;
  durationMinutes: number | null;
  /** Booking class (RBD). */
  bookingClass: string | null;
  cabinClass: CabinClass | null;
  fareFamily: string | null;
}

export enum PriceItemKind {
  BASE = 'BASE',
  TAX = 'TAX',
  FEE = 'FEE',
}

export interface PriceItem {
  code: string | null;
  kind: PriceItemKind;
  amount: Money;
  description: string | null;
}

/** What one passenger of a type pays, and how many of them travel. */
export interface PassengerPrice {
  type: PassengerType;
  count: number;
  fare: Money;
  taxes: Money;
  items: PriceItem[];
}

export interface PassengerCounts {
  adults: number;
  children: number;
  infants: number;
}

/** A bookable fare for a trip, as search.do or verify.do priced it. */
export interface FlightOffer {
  /** Opaque to clients: the routing identifier and the party it was priced for. */
  offerId: string;
  itinerary: FlightSegment[];
  passengers: PassengerCounts;
  prices: PassengerPrice[];
  /** Fares and taxes of every passenger; Atlas's technical service fee is apart. */
  totalPrice: Money;
  transactionFee: Money | null;
  supportedPaymentMethods: PaymentMethod[];
  infantsAllowed: boolean;
  /** Ryanair (FR) fares: the traveller confirms on the airline's page before payment. */
  confirmationRequired: boolean;
}
