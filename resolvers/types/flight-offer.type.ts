import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CabinClass, PriceItemKind, SegmentDirection } from './booking-enums';
import { PassengerType, PaymentMethod } from './enums';
import { MoneyType } from './money.type';

@ObjectType('FlightSegment', { description: 'One flown leg, with its airports’ local times.' })
export class FlightSegmentObject {
  @Field(() => Int, { description: '1-based, continuous across outbound and return.' })
  segmentIndex!: number;

  @Field(() => SegmentDirection, { description: 'Outbound or return.' })
  direction!: SegmentDirection;

  @Field(() => String, { description: 'Marketing carrier, IATA code.' })
  carrier!: string;

  @Field(() => String, { description: 'With the carrier prefix, e.g. "5J178".' })
  flightNumber!: string;

  @Field(() => String, {
    description: 'Operating carrier (IATA) when another airline flies it; null when the same.',
    nullable: true,
  })
  operatingCarrier!: string | null;

  @Field(() => String, { description: 'IATA code of the departure airport.' })
  departureAirport!: string;

  @Field(() => String, { description: 'IATA code of the arrival airport.' })
  arrivalAirport!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Departure as printed on the ticket: airport-local "yyyy-MM-ddTHH:mm".',
  })
  departureLocalTime!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "ISO 8601 with the departure airport's UTC offset on that date; null when the airport's time zone is unknown.",
  })
  departureTime!: string | null;

  @Field(() => String, { nullable: true, description: 'Airport-local "yyyy-MM-ddTHH:mm".' })
  arrivalLocalTime!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "ISO 8601 with the arrival airport's UTC offset on that date.",
  })
  arrivalTime!: string | null;

  @Field(() => Int, { nullable: true, description: 'Minutes in the air.' })
  durationMinutes!: number | null;

  @Field(() => String, { nullable: true, description: 'Booking class (RBD), e.g. "Y".' })
  bookingClass!: string | null;

  @Field(() => CabinClass, { description: 'Cabin, when Atlas says.', nullable: true })
  cabinClass!: CabinClass | null;

  @Field(() => String, { nullable: true, description: 'Airline fare family, e.g. "GO Basic".' })
  fareFamily!: string | null;
}

@ObjectType('PriceItem', { description: 'One line of a passenger price.' })
export class PriceItemObject {
  @Field(() => String, {
    description: 'Atlas’s code for the line (e.g. a tax code), when it has one.',
    nullable: true,
  })
  code!: string | null;

  @Field(() => PriceItemKind, { description: 'Base fare, tax or fee.' })
  kind!: PriceItemKind;

  @Field(() => MoneyType, { description: 'Per passenger.' })
  amount!: MoneyType;

  @Field(() => String, {
    description: 'Atlas’s words for the line, when it has them.',
    nullable: true,
  })
  description!: string | null;
}

@ObjectType('PassengerPrice', { description: 'What one passenger of a type pays.' })
export class PassengerPriceObject {
  @Field(() => PassengerType, { description: 'The passenger type this price is for.' })
  type!: PassengerType;

  @Field(() => Int, { description: 'How many passengers of this type travel.' })
  count!: number;

  @Field(() => MoneyType, { description: 'Base fare per passenger.' })
  fare!: MoneyType;

  @Field(() => MoneyType, { description: 'Taxes and fees per passenger.' })
  taxes!: MoneyType;

  @Field(() => [PriceItemObject], { description: 'The lines that make up fare and taxes.' })
  items!: PriceItemObject[];
}

@ObjectType('PassengerCounts', {
  description: 'How many travellers of each type an offer is priced for.',
})
export class PassengerCountsObject {
  @Field(() => Int, { description: 'Adults.' })
  adults!: number;

  @Field(() => Int, { description: 'Children.' })
  children!: number;

  @Field(() => Int, { description: 'Infants.' })
  infants!: number;
}

@ObjectType('FlightOffer', { description: 'A bookable fare for the trip searched.' })
export class FlightOfferObject {
  @Field(() => ID, { description: 'Opaque: pass it to priceOffer unchanged. Lives up to 6 h.' })
  offerId!: string;

  @Field(() => [FlightSegmentObject], { description: 'Outbound segments, then return ones.' })
  itinerary!: FlightSegmentObject[];

  @Field(() => PassengerCountsObject, { description: 'The party this offer is priced for.' })
  passengers!: PassengerCountsObject;

  @Field(() => [PassengerPriceObject], { description: 'What one passenger of each type pays.' })
  prices!: PassengerPriceObject[];

  @Field(() => MoneyType, {
    description: "Fares and taxes of the whole party; Atlas's technical fee is apart.",
  })
  totalPrice!: MoneyType;

  @Field(() => MoneyType, { nullable: true, description: "Atlas's technical service fee." })
  transactionFee!: MoneyType | null;

  @Field(() => [PaymentMethod], { description: 'How an order on this fare can be paid.' })
  supportedPaymentMethods!: PaymentMethod[];

  @Field(() => Boolean, { description: 'False: infants cannot be booked on this fare.' })
  infantsAllowed!: boolean;

  @Field(() => Boolean, {
    description: 'Ryanair: the traveller confirms (commitOrder) before payOrder.',
  })
  confirmationRequired!: boolean;
}
