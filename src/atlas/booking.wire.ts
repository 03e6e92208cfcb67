import {
  BookingPassenger,
  BookingRequest,
  FlightSearchRequest,
  Gender,
  PassengerField,
  TravelDocumentType,
} from '../domain/booking-request';
import { PassengerCounts } from '../domain/flight-offer';
import { sumMoney } from '../domain/money-sum';
import { Money, PassengerType } from '../domain/order';
import { offerFromWire, RoutedOffer } from './atlas.routing-mapper';
import { VerifyWire } from './routing.wire-schemas';

/** Request bodies for search.do and order.do, and verify.do's answer in domain terms. */

const compactDate = (isoDate: string) => isoDate.replace(/-/g, '');

export function searchRequestBody(request: FlightSearchRequest): Record<string, unknown> {
  return {
    tripType: request.returnDate ? '2' : '1',
    adultNum: request.passengers.adults,
    childNum: request.passengers.children,
    infantNum: request.passengers.infants,
    fromCity: request.from,
    toCity: request.to,
    fromDate: compactDate(request.departureDate),
    ...(request.returnDate ? { retDate: compactDate(request.returnDate) } : {}),
    ...(request.carriers.length > 0 ? { airlines: request.carriers } : {}),
    // Sandbox accounts must send USD until a settlement currency is configured (search-verify.md).
    currency: request.currency ?? 'USD',
  };
}

const PASSENGER_TYPE_CODE: Readonly<Record<PassengerType, number>> = {
  [PassengerType.ADULT]: 0,
  [PassengerType.CHILD]: 1,
  [PassengerType.INFANT]: 2,
};

const DOCUMENT_CODE: Readonly<Record<TravelDocumentType, string>> = {
  [TravelDocumentType.PASSPORT]: 'PP',
  [TravelDocumentType.NATIONAL_ID]: 'NATIONAL_ID_CARD',
  [TravelDocumentType.HK_MACAU_PERMIT]: 'GA',
  [TravelDocumentType.TAIWAN_PERMIT]: 'TW',
  [TravelDocumentType.TAIWAN_COMPATRIOT_PERMIT]: 'TB',
  [TravelDocumentType.HOUSEHOLD_REGISTER]: 'HY',
};

function passengerBody(pax: BookingPassenger) {
  return {
    name: `${pax.familyName}/${pax.givenNames}`.toUpperCase(),
    passengerType: PASSENGER_TYPE_CODE[pax.type],
    gender: pax.gender === Gender.MALE ? 'M' : 'F',
    birthday: pax.birthday ? compactDate(pax.birthday) : null,
    nationality: pax.nationality,
    cardType: pax.document ? DOCUMENT_CODE[pax.document.type] : null,
    cardNum: pax.document?.number ?? null,
    cardExpired: pax.document?.expiryDate ? compactDate(pax.document.expiryDate) : null,
    cardIssuePlace: pax.document?.issuingCountry ?? null,
  };
}

export function orderRequestBody(request: BookingRequest): Record<string, unknown> {
  const { contact } = request;
  return {
    sessionId: request.sessionId,
    passengers: request.passengers.map(passengerBody),
    contact: {
      name: `${contact.familyName}/${contact.givenNames}`.toUpperCase(),
      email: contact.email,
      mobile: contact.mobile,
    },
    payment: request.cardBrand ? { cardType: request.cardBrand } : null,
    requestSource: request.requestSource,
  };
}

const REQUIREMENT_FIELDS: Readonly<Record<string, PassengerField>> = {
  name: PassengerField.NAME,
  passengerType: PassengerField.PASSENGER_TYPE,
  gender: PassengerField.GENDER,
  birthday: PassengerField.BIRTHDAY,
  nationality: PassengerField.NATIONALITY,
  cardType: PassengerField.DOCUMENT_TYPE,
  cardNum: PassengerField.DOCUMENT_NUMBER,
  cardExpired: PassengerField.DOCUMENT_EXPIRY,
  cardIssuePlace: PassengerField.DOCUMENT_ISSUING_COUNTRY,
};

export interface VerifiedOffer {
  sessionId: string;
  maxSeats: number | null;
  offer: RoutedOffer;
  /** What search showed, when verify says the price changed. */
  previousTotal: Money | null;
  requiredFields: PassengerField[];
}

export async function verifiedOfferFromWire(
  wire: VerifyWire,
  pax: PassengerCounts,
): Promise<VerifiedOffer> {
  const offer = await offerFromWire(wire.routing, pax);
  const change = wire.priceChange;
  const currency = offer.totalPrice.currency;
  const previousTotal =
    change?.isPriceChange === true
      ? sumMoney(
          [
            {
              amount: (change.originalAdultPrice ?? 0) + (change.originalAdultTax ?? 0),
              times: pax.adults,
            },
            {
              amount: (change.originalChildPrice ?? 0) + (change.originalChildTax ?? 0),
              times: pax.children,
            },
            {
              amount: (change.originalInfantPrice ?? 0) + (change.originalInfantTax ?? 0),
              times: pax.infants,
            },
          ],
          currency,
        )
      : null;
  const requirement = wire.bookingRequirement?.passenger ?? {};
  return {
    sessionId: wire.sessionId,
    maxSeats: wire.maxSeats,
    offer,
    previousTotal,
    requiredFields: Object.entries(requirement)
      .filter(([, required]) => required)
      .map(([field]) => REQUIREMENT_FIELDS[field])
      .filter((field): field is PassengerField => field !== undefined),
  };
}
