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
});
registerEnumType(CabinClass, {
  name: 'CabinClass',
  description: 'Cabin of a segment (Atlas cabinClass 1–4).',
});
registerEnumType(PriceItemKind, {
  name: 'PriceItemKind',
  description: 'What a price item is: base fare, tax or fee.',
});
registerEnumType(PassengerField, {
  name: 'PassengerField',
  description: 'A passenger field a fare may require at booking (verify.do bookingRequirement).',
});
registerEnumType(Gender, { name: 'Gender', description: 'As on the travel document.' });
registerEnumType(TravelDocumentType, {
  name: 'TravelDocumentType',
  description:
    'Identity document types Atlas accepts (order.do cardType PP, NATIONAL_ID_CARD, GA, TW, TB, HY).',
});
registerEnumType(SearchFailureCode, {
  name: 'SearchFailureCode',
  description: 'Stable code of a searchFlights failure; switch on this, never on message text.',
});
registerEnumType(PriceFailureCode, {
  name: 'PriceFailureCode',
  description: 'Stable code of a priceOffer failure; switch on this, never on message text.',
});
registerEnumType(CreateOrderFailureCode, {
  name: 'CreateOrderFailureCode',
  description: 'Stable code of a createOrder failure; switch on this, never on message text.',
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
