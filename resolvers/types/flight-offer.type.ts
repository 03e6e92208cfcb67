import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CabinClass, PriceItemKind, SegmentDirection } from './booking-enums';
import { PassengerType, PaymentMethod } from './enums';
import { MoneyType } from './money.type';

@ObjectType('FlightSegment', { description: 'One flown leg, with its airports’ local times.' })
export class FlightSegmentObject {
  @Field(() => Int, { description: '1-based, continuous across outbound and return.' })
  segmentIndex!: number;

  @Field(() => SegmentDirection)
  direction!: SegmentDirection;

  @Field(() => String, { description: 'Marketing carrier, IATA code.' })
  carrier!: string;

  @Field(() => String, { description: 'With the carrier prefix, e.g. "5J178".' })
  flightNumber!: string;

  @Field(() => String, { nullable: true })
  operatingCarrier!: string | null;

  @Field(() => String)
  departureAirport!: string;

  @Field(() => String)
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

  @Field(() => CabinClass, { nullable: true })
  cabinClass!: CabinClass | null;

  @Field(() => String, { nullable: true, description: 'Airline fare family, e.g. "GO Basic".' })
  fareFamily!: string | null;
}

@ObjectType('PriceItem', { description: 'One line of a passenger price.' })
export class PriceItemObject {
  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => PriceItemKind)
  kind!: PriceItemKind;

  @Field(() => MoneyType)
  amount!: MoneyType;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType('PassengerPrice', { description: 'What one passenger of a type pays.' })
export class PassengerPriceObject {
  @Field(() => PassengerType)
  type!: PassengerType;

  @Field(() => Int, { description: 'How many passengers of this type travel.' })
  count!: number;

  @Field(() => MoneyType, { description: 'Base fare per passenger.' })
  fare!: MoneyType;

  @Field(() => MoneyType, { description: 'Taxes and fees per passenger.' })
  taxes!: MoneyType;

  @Field(() => [PriceItemObject])
  items!: PriceItemObject[];
}

@ObjectType('PassengerCounts')
export class PassengerCountsObject {
  @Field(() => Int)
  adults!: number;

  @Field(() => Int)
  children!: number;

  @Field(() => Int)
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

  @Field(() => [PassengerPriceObject])
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
