import { CardBrand } from '../domain/card';

export type WireOrderStatus = '0' | '1' | '2' | '-3';

export interface SimPassenger {
  name: string;
  passengerType: 0 | 1 | 2;
  gender: 'M' | 'F';
  birthday: string | null;
  cardType: string | null;
  cardNum: string | null;
  cardExpired: string | null;
  cardIssuePlace: string | null;
  nationality: string | null;
  ancillaries: { productCode: string; segmentIndex: number }[];
  ticketNos: string[];
  airlinePNRs: string[];
}

export interface SimSegment {
  segmentIndex: number;
  direction: 1 | 2;
  carrier: string;
  flightNumber: string;
  depAirport: string;
  arrAirport: string;
  /** Airport-local wall time, `yyyyMMddHHmm` (README "Date/time formats"). */
  depTime: string;
  arrTime: string;
  /** Minutes in the air. */
  duration: number;
  /** Booking class (RBD) and cabin: 1 economy, 2 business, 3 first, 4 premium economy. */
  cabin: string;
  cabinClass: number;
  fareFamily: string | null;
}

/** One passenger's fare and taxes, in the settlement currency. */
export interface SimPaxPrice {
  price: number;
  tax: number;
}

export interface SimPaxPrices {
  adult: SimPaxPrice;
  child: SimPaxPrice;
  infant: SimPaxPrice;
}

export interface SimContact {
  name: string;
  email: string | null;
  mobile: string | null;
}

export type TicketingOutcome =
  | { kind: 'ticketed' }
  | { kind: 'cancelled'; errorCode: string; errorMessage: string; airlineMessage: string | null };

export interface SimOrder {
  orderNo: string;
  pnrCode: string;
  createdAt: number;
  deadline: number;
  carrier: string;
  segments: SimSegment[];
  /** Per passenger type, as search/verify quoted them; the routing in every answer repeats them. */
  prices: SimPaxPrices;
  /** The catalogue fare the order was booked on; null for orders made through the control API. */
  fareKey: string | null;
  passengers: SimPassenger[];
  contact: SimContact;
  supportPaymentMethods: number[];
  declaredCardBrand: CardBrand | null;
  totalPrice: number;
  totalTransactionFee: number;
  currency: string;
  vendorTotalPrice: number | null;
  vendorCurrency: string | null;
  /** Ryanair orders need the traveller's confirmation (orderCommit.do) before pay.do. */
  requiresConfirmation: boolean;
  confirmed: boolean;
  /** The session of the last confirmation page orderCommit.do handed out; the traveller needs it. */
  confirmationSession: string | null;
  /** regenerateOrder.do links: the order this one was rebuilt from, and the last rebuild of it. */
  regeneratedFrom: string | null;
  regeneratedAs: string | null;
  orderStatus: WireOrderStatus;
  ticketStatus: '0' | '1';
  paymentMethod: number | null;
  payTime: number | null;
  cardLast4: string | null;
  /** A payment started elsewhere (control API) is running until this instant. */
  externalPaymentUntil: number;
  paymentsInFlight: number;
  paymentProcessingMs: number;
  ticketingDelayMs: number;
  /** What ticketing will do when it runs; the sandbox card triggers override it at payment. */
  plannedTicketing: TicketingOutcome;
  ticketingDueAt: number | null;
  pendingTicketing: TicketingOutcome | null;
  errorCode: string | null;
  errorMessage: string | null;
  airlineMessage: string | null;
}
