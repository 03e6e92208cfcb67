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

  @Field(() => Int, { nullable: true, defaultValue: 0 })
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

@InputType('TravelDocumentInput')
export class TravelDocumentInput {
  @Field(() => TravelDocumentType)
  type!: TravelDocumentType;

  @Field(() => String, { description: 'Personal data: never logged or echoed.' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd.' })
  expiryDate?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  issuingCountry?: string | null;
}

@InputType('BookingPassengerInput')
export class BookingPassengerInput {
  @Field(() => String, { description: 'As on the travel document, Latin letters.' })
  familyName!: string;

  @Field(() => String, { description: 'Given names as on the travel document, Latin letters.' })
  givenNames!: string;

  @Field(() => PassengerType)
  type!: PassengerType;

  @Field(() => Gender)
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

@InputType('PhoneInput')
export class PhoneInput {
  @Field(() => String, { description: 'Country calling code, digits only, e.g. "65".' })
  countryCode!: string;

  @Field(() => String, { description: 'Digits only.' })
  number!: string;
}

@InputType('BookingContactInput', { description: 'Who the airline contacts. Personal data.' })
export class BookingContactInput {
  @Field(() => String)
  familyName!: string;

  @Field(() => String)
  givenNames!: string;

  @Field(() => String)
  email!: string;

  @Field(() => PhoneInput, { nullable: true })
  phone?: PhoneInput | null;
}

@InputType('CreateOrderInput')
export class CreateOrderInput {
  @Field(() => String, { description: 'From priceOffer; valid until bookingTokenExpiresAt.' })
  bookingToken!: string;

  @Field(() => [BookingPassengerInput])
  passengers!: BookingPassengerInput[];

  @Field(() => BookingContactInput)
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
