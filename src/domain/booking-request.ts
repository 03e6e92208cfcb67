import { CardBrand } from './card';
import { PassengerCounts } from './flight-offer';
import { PassengerType } from './order';

/** A search as search.do takes it: dates are `yyyy-MM-dd`, codes IATA upper case. */
export interface FlightSearchRequest {
  from: string;
  to: string;
  departureDate: string;
  returnDate: string | null;
  passengers: PassengerCounts;
  carriers: string[];
  currency: string | null;
}

/** Passenger fields a fare may require (verify.do `bookingRequirement`). */
export enum PassengerField {
  NAME = 'NAME',
  PASSENGER_TYPE = 'PASSENGER_TYPE',
  GENDER = 'GENDER',
  BIRTHDAY = 'BIRTHDAY',
  NATIONALITY = 'NATIONALITY',
  DOCUMENT_TYPE = 'DOCUMENT_TYPE',
  DOCUMENT_NUMBER = 'DOCUMENT_NUMBER',
  DOCUMENT_EXPIRY = 'DOCUMENT_EXPIRY',
  DOCUMENT_ISSUING_COUNTRY = 'DOCUMENT_ISSUING_COUNTRY',
}

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

/** Atlas's identity documents (orders.md §1 `cardType`). */
export enum TravelDocumentType {
  PASSPORT = 'PASSPORT',
  NATIONAL_ID = 'NATIONAL_ID',
  HK_MACAU_PERMIT = 'HK_MACAU_PERMIT',
  TAIWAN_PERMIT = 'TAIWAN_PERMIT',
  TAIWAN_COMPATRIOT_PERMIT = 'TAIWAN_COMPATRIOT_PERMIT',
  HOUSEHOLD_REGISTER = 'HOUSEHOLD_REGISTER',
}

export interface TravelDocument {
  type: TravelDocumentType;
  number: string;
  /** `yyyy-MM-dd`. */
  expiryDate: string | null;
  /** ISO 3166-1 alpha-2. */
  issuingCountry: string | null;
}

/** Personal data: never logged, never echoed in an error. */
export interface BookingPassenger {
  familyName: string;
  givenNames: string;
  type: PassengerType;
  gender: Gender;
  birthday: string | null;
  nationality: string | null;
  document: TravelDocument | null;
}

export interface BookingContact {
  familyName: string;
  givenNames: string;
  email: string;
  /** `CCCC-NNNNNNNN` as order.do wants it, built from the country code and number. */
  mobile: string | null;
}

export interface BookingRequest {
  sessionId: string;
  passengers: BookingPassenger[];
  contact: BookingContact;
  /** Merchant of Record: the card brand pay.do will use, declared now (else pay.do 414). */
  cardBrand: CardBrand | null;
  requestSource: string | null;
}
