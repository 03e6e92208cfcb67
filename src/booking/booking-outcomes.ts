import { FieldIssue } from '../domain/field-issue';
import { FlightOffer } from '../domain/flight-offer';
import { Money, Order } from '../domain/order';
import { PassengerField } from '../domain/booking-request';
import {
  CreateOrderFailureCode,
  PriceFailureCode,
  SearchFailureCode,
} from './booking-failure-codes';

/** Raw Atlas status and text; null status when the gateway decided without asking. */
export interface AtlasVerdict {
  atlasStatus: number | null;
  atlasMessage: string | null;
}

export type SearchOutcome =
  | { kind: 'offers'; offers: FlightOffer[] }
  | ({ kind: 'failed'; code: SearchFailureCode; issues: FieldIssue[] } & AtlasVerdict);

export interface PricedOffer {
  offer: FlightOffer;
  priceChanged: boolean;
  previousTotal: Money | null;
  maxSeats: number | null;
  requiredFields: PassengerField[];
  bookingToken: string;
  bookingTokenExpiresAt: Date;
}

export type PriceOutcome =
  ({ kind: 'priced' } & PricedOffer) | ({ kind: 'failed'; code: PriceFailureCode } & AtlasVerdict);

export type CreateOrderOutcome =
  | { kind: 'created'; order: Order; replayed: boolean }
  | ({
      kind: 'failed';
      code: CreateOrderFailureCode;
      issues: FieldIssue[];
      /** With DUPLICATE_BOOKING: the existing orders this caller may see. */
      duplicateOrders: string[];
    } & AtlasVerdict);
