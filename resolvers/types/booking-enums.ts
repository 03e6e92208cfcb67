import './enums';
import { registerEnumType } from 'type-graphql';
import {
  CreateOrderFailureCode,
  PriceFailureCode,
  SearchFailureCode,
} from '../../src/booking/booking-failure-codes';
import { Gender, PassengerField, TravelDocumentType } from '../../src/domain/booking-request';
import { CabinClass, PriceItemKind, SegmentDirection } from '../../src/domain/flight-offer';

registerEnumType(SegmentDirection, {
  name: 'SegmentDirection',
  description: 'Which half of the trip a segment flies.',
  valuesConfig: {
    OUTBOUND: { description: 'The way out.' },
    RETURN: { description: 'The way back.' },
  },
});
registerEnumType(CabinClass, {
  name: 'CabinClass',
  description: 'Cabin of a segment (Atlas cabinClass 1–4).',
  valuesConfig: {
    ECONOMY: { description: 'Economy (Atlas 1).' },
    PREMIUM_ECONOMY: { description: 'Premium economy (Atlas 2).' },
    BUSINESS: { description: 'Business (Atlas 3).' },
    FIRST: { description: 'First (Atlas 4).' },
  },
});
registerEnumType(PriceItemKind, {
  name: 'PriceItemKind',
  description: 'What a price item is: base fare, tax or fee.',
  valuesConfig: {
    BASE: { description: 'The base fare.' },
    TAX: { description: 'A tax.' },
    FEE: { description: 'A fee, e.g. a service fee.' },
  },
});
registerEnumType(PassengerField, {
  name: 'PassengerField',
  description: 'A passenger field a fare may require at booking (verify.do bookingRequirement).',
  valuesConfig: {
    NAME: { description: 'Family and given names.' },
    PASSENGER_TYPE: { description: 'Adult, child or infant.' },
    GENDER: { description: 'Gender as on the travel document.' },
    BIRTHDAY: { description: 'Date of birth.' },
    NATIONALITY: { description: 'Nationality, ISO 3166-1 alpha-2.' },
    DOCUMENT_TYPE: { description: 'The travel document’s type.' },
    DOCUMENT_NUMBER: { description: 'The travel document’s number.' },
    DOCUMENT_EXPIRY: { description: 'The travel document’s expiry date.' },
    DOCUMENT_ISSUING_COUNTRY: { description: 'The country that issued the travel document.' },
  },
});
registerEnumType(Gender, {
  name: 'Gender',
  description: 'As on the travel document.',
  valuesConfig: {
    MALE: { description: 'Male (Atlas M).' },
    FEMALE: { description: 'Female (Atlas F).' },
  },
});
registerEnumType(TravelDocumentType, {
  name: 'TravelDocumentType',
  description:
    'Identity document types Atlas accepts (order.do cardType PP, NATIONAL_ID_CARD, GA, TW, TB, HY).',
  valuesConfig: {
    PASSPORT: { description: 'Passport (Atlas PP).' },
    NATIONAL_ID: { description: 'National identity card (Atlas NATIONAL_ID_CARD).' },
    HK_MACAU_PERMIT: {
      description: 'Mainland travel permit for Hong Kong and Macau residents (Atlas GA).',
    },
    TAIWAN_PERMIT: { description: 'Mainland travel permit for Taiwan residents (Atlas TW).' },
    TAIWAN_COMPATRIOT_PERMIT: { description: 'Taiwan compatriot permit (Atlas TB).' },
    HOUSEHOLD_REGISTER: { description: 'Household register (Atlas HY).' },
  },
});

export {
  CabinClass,
  CreateOrderFailureCode,
  Gender,
  PassengerField,
  PriceFailureCode,
  PriceItemKind,
  SearchFailureCode,
  SegmentDirection,
  TravelDocumentType,
};
