import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { PassengerField, PriceFailureCode } from './booking-enums';
import { failureInterface, resultUnion } from './result-union';
import { FlightOfferObject } from './flight-offer.type';
import { GuidanceType } from './guidance.type';
import { MoneyType } from './money.type';

export const PriceOfferFailureObject = failureInterface<PriceFailureCode>({
  name: 'PriceOfferFailure',
  operation: 'priceOffer',
  atlasCall: 'verify.do',
  codeEnum: PriceFailureCode,
});

@ObjectType('PricedOffer', { description: 'The offer as verify.do re-priced it, ready to book.' })
export class PricedOfferObject {
  @Field(() => FlightOfferObject, { description: 'The offer at its verified price.' })
  offer!: FlightOfferObject;

  @Field(() => Boolean, { description: 'True when the price differs from what search showed.' })
  priceChanged!: boolean;

  @Field(() => MoneyType, {
    nullable: true,
    description: 'The total search showed, when it changed.',
  })
  previousTotal!: MoneyType | null;

  @Field(() => MoneyType, { description: 'The total now: the same as offer.totalPrice.' })
  newTotal!: MoneyType;

  @Field(() => Int, {
    nullable: true,
    description: 'Seats left at this price: never book more adults and children than this.',
  })
  maxSeats!: number | null;

  @Field(() => [PassengerField], {
    description: 'Passenger fields createOrder must carry for this fare.',
  })
  requiredPassengerFields!: PassengerField[];

  @Field(() => String, {
    description:
      'Opaque, for createOrder. Bound to your partner id; valid until bookingTokenExpiresAt.',
  })
  bookingToken!: string;

  @Field(() => GraphQLDateTime, {
    description: 'Atlas keeps the verified session up to 2 h; book before this.',
  })
  bookingTokenExpiresAt!: Date;

  @Field(() => GuidanceType, { description: 'What to do next: book it with createOrder.' })
  guidance!: GuidanceType;
}

export const PRICE_FAILURE_TYPENAMES: Readonly<Record<PriceFailureCode, string>> = {
  OFFER_EXPIRED: 'OfferExpired',
  OFFER_SOLD_OUT: 'OfferSoldOut',
  PRICE_UNAVAILABLE: 'PriceUnavailable',
  PRICE_RATE_LIMITED: 'PriceRateLimited',
  ATLAS_UNAVAILABLE: 'PriceAtlasUnavailable',
  UNRECOGNIZED: 'UnrecognizedPriceFailure',
};

const DESCRIPTIONS: Readonly<Record<PriceFailureCode, string>> = {
  OFFER_EXPIRED:
    'The offer is older than 6 h, or its id was altered (Atlas 200, 202, 212): search again.',
  OFFER_SOLD_OUT:
    'The flight or fare is no longer sold (Atlas 201, 203, 206–211, 213): search again.',
  PRICE_UNAVAILABLE: 'The airline did not confirm the price this time (Atlas 205, 222, 299).',
  PRICE_RATE_LIMITED: "Over Atlas's verify limit (HTTP 429).",
  ATLAS_UNAVAILABLE: 'Atlas did not answer verify.do.',
  UNRECOGNIZED: 'Atlas answered verify.do with a status this gateway does not know yet.',
};

export const PriceOfferResultUnion = resultUnion({
  name: 'PriceOfferResult',
  codes: { enum: PriceFailureCode, name: 'PriceFailureCode' },
  operation: 'priceOffer',
  successes: [PricedOfferObject],
  failureInterface: PriceOfferFailureObject,
  typenames: PRICE_FAILURE_TYPENAMES,
  descriptions: DESCRIPTIONS,
});
