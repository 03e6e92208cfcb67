import { Field, InputType, Int } from 'type-graphql';
import { Gender, TravelDocumentType } from './booking-enums';
import { CardBrandValue, Locale, PassengerType } from './enums';

@InputType('FlightSearchInput', { description: 'One-way when returnDate is absent.' })
export class FlightSearchInput {
  @Field(() => String, { description: 'IATA airport or city code of departure.' })
  from!: string;

  @Field(() => String, { description: 'IATA airport or city code of arrival.' })
  to!: string;

  @Field(() => String, { description: 'yyyy-MM-dd, local to the departure airport.' })
  departureDate!: string;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd; makes it a return trip.' })
  returnDate?: string | null;

  @Field(() => Int, { description: 'At least 1; adults and children together at most 9.' })
  adults!: number;

  @Field(() => Int, {
    description: '2–11 years old on the travel date; 0 when absent.',
    nullable: true,
    defaultValue: 0,
  })
  children?: number;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'At most one per adult.' })
  infants?: number;

  @Field(() => [String], { nullable: true, description: 'Only these carriers (IATA codes).' })
  carriers?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Settlement currency; USD when absent (what sandbox accounts need).',
  })
  currency?: string | null;

  @Field(() => Locale, { nullable: true, description: 'Language of the guidance.' })
  locale?: Locale | null;
}

@InputType('TravelDocumentInput', {
  description: 'The travel document a passenger flies on. Personal data: never logged or echoed.',
})
export class TravelDocumentInput {
  @Field(() => TravelDocumentType, { description: 'The kind of document.' })
  type!: TravelDocumentType;

  @Field(() => String, { description: 'Personal data: never logged or echoed.' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd.' })
  expiryDate?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  issuingCountry?: string | null;
}

@InputType('BookingPassengerInput', {
  description:
    'A traveller to book, as on the travel document. Personal data: never logged or echoed.',
})
export class BookingPassengerInput {
  @Field(() => String, { description: 'As on the travel document, Latin letters.' })
  familyName!: string;

  @Field(() => String, { description: 'Given names as on the travel document, Latin letters.' })
  givenNames!: string;

  @Field(() => PassengerType, { description: 'Adult, child or infant on the travel date.' })
  type!: PassengerType;

  @Field(() => Gender, { description: 'As on the travel document.' })
  gender!: Gender;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd. Personal data.' })
  birthday?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  nationality?: string | null;

  @Field(() => TravelDocumentInput, {
    nullable: true,
    description: 'Required when the fare requires it (PricedOffer.requiredPassengerFields).',
  })
  document?: TravelDocumentInput | null;
}

@InputType('PhoneInput', { description: 'A phone number in two parts, digits only.' })
export class PhoneInput {
  @Field(() => String, { description: 'Country calling code, digits only, e.g. "65".' })
  countryCode!: string;

  @Field(() => String, { description: 'Digits only.' })
  number!: string;
}

@InputType('BookingContactInput', { description: 'Who the airline contacts. Personal data.' })
export class BookingContactInput {
  @Field(() => String, { description: 'Family name, Latin letters.' })
  familyName!: string;

  @Field(() => String, { description: 'Given names, Latin letters.' })
  givenNames!: string;

  @Field(() => String, { description: 'Where the airline writes to.' })
  email!: string;

  @Field(() => PhoneInput, {
    description: 'Where the airline calls; some airlines require it.',
    nullable: true,
  })
  phone?: PhoneInput | null;
}

@InputType('CreateOrderInput', {
  description: 'What createOrder books: a priced offer, its travellers and a contact.',
})
export class CreateOrderInput {
  @Field(() => String, { description: 'From priceOffer; valid until bookingTokenExpiresAt.' })
  bookingToken!: string;

  @Field(() => [BookingPassengerInput], {
    description: 'As many of each type as the offer was priced for.',
  })
  passengers!: BookingPassengerInput[];

  @Field(() => BookingContactInput, { description: 'Who the airline contacts about the booking.' })
  contact!: BookingContactInput;

  @Field(() => CardBrandValue, {
    nullable: true,
    description: 'MOR only: the brand of the card payOrder will use (else Atlas refuses with 414).',
  })
  cardBrand?: CardBrandValue | null;

  @Field(() => String, {
    nullable: true,
    description: 'Your own reference for the booking, for logs and support.',
  })
  clientOrderNo?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Makes createOrder safe to resend: the same key and input replay the first booking; the same key with other input is refused. Scoped to your partner id; kept IDEMPOTENCY_TTL_SECONDS, like payOrder keys.',
  })
  idempotencyKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Traffic channel tag passed to Atlas.' })
  requestSource?: string | null;

  @Field(() => Locale, { nullable: true, description: 'Language of the guidance.' })
  locale?: Locale | null;
}
