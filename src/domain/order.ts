import { FlightSegment, PassengerPrice } from './flight-offer';

/** The gateway's view of an Atlas order: domain values, never wire strings. */
export enum OrderStatus {
  UNPAID = 'UNPAID',
  TICKETING = 'TICKETING',
  TICKETED = 'TICKETED',
  CANCELLED = 'CANCELLED',
}

export enum PaymentMethod {
  DEPOSIT = 'DEPOSIT',
  VCC = 'VCC',
  BYOA = 'BYOA',
  MOR = 'MOR',
}

export enum PassengerType {
  ADULT = 'ADULT',
  CHILD = 'CHILD',
  INFANT = 'INFANT',
}

export interface Money {
  amount: number;
  currency: string;
}

export interface Passenger {
  name: string;
  type: PassengerType;
  ticketNumbers: string[];
  airlinePnrs: string[];
}

/** Why Atlas cancelled an order during ticketing (its 6xx `errorCode`). */
export interface TicketingFailure {
  code: string;
  atlasMessage: string | null;
  airlineMessage: string | null;
}

export interface Order {
  orderNo: string;
  pnrCode: string | null;
  status: OrderStatus;
  /** Raw `orderStatus` as Atlas sent it, kept for support conversations. */
  atlasOrderStatus: string;
  ticketIssued: boolean;
  paymentDeadline: Date | null;
  totalPrice: Money | null;
  totalTransactionFee: Money | null;
  vendorTotalPrice: Money | null;
  supportedPaymentMethods: PaymentMethod[];
  paymentMethod: PaymentMethod | null;
  airlineCodes: string[];
  passengers: Passenger[];
  ticketingFailure: TicketingFailure | null;
  /** The flights, from the order's routing; empty when Atlas sent none. */
  itinerary: FlightSegment[];
  /** Per passenger type travelling, from the routing's prices. */
  priceBreakdown: PassengerPrice[];
}
