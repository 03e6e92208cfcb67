import { Field, ID, ObjectType } from 'type-graphql';
import { CreateOrderFailureCode } from './booking-enums';
import { failureInterface, resultUnion } from './result-union';
import { GuidanceType } from './guidance.type';
import { OrderObject } from './order.type';
import { FieldIssueObject } from './payment-result.type';

export const CreateOrderFailureObject = failureInterface<CreateOrderFailureCode>({
  name: 'CreateOrderFailure',
  operation: 'createOrder',
  atlasCall: 'order.do',
  codeEnum: CreateOrderFailureCode,
});

@ObjectType('OrderCreated', { description: 'Booked and unpaid; it belongs to you. Pay it next.' })
export class OrderCreatedObject {
  @Field(() => OrderObject, { description: 'The new order, unpaid.' })
  order!: OrderObject;

  @Field(() => Boolean, {
    description:
      'True when this answer replays an earlier createOrder with the same idempotencyKey.',
  })
  replayed!: boolean;

  @Field(() => GuidanceType, { description: 'What to do next: confirm (Ryanair) or pay.' })
  guidance!: GuidanceType;
}

@ObjectType('PassengerDataRejected', {
  implements: CreateOrderFailureObject,
  description:
    "Refused by the gateway's checks (issues set, Atlas not asked) or by Atlas (307, 310, 321, 323, 327, 407–410). Nothing was booked.",
})
export class PassengerDataRejectedObject extends CreateOrderFailureObject {
  @Field(() => [FieldIssueObject], {
    description: 'One per rejected field of CreateOrderInput, e.g. "passengers[0].document".',
  })
  issues!: FieldIssueObject[];
}

@ObjectType('DuplicateBookingFound', {
  implements: CreateOrderFailureObject,
  description: 'The same travellers already hold these flights in a live order (Atlas 318).',
})
export class DuplicateBookingFoundObject extends CreateOrderFailureObject {
  @Field(() => [ID], { description: 'The existing orders that are yours.' })
  duplicateOrders!: string[];
}

export const CREATE_ORDER_FAILURE_TYPENAMES: Readonly<Record<CreateOrderFailureCode, string>> = {
  PASSENGER_DATA_REJECTED: 'PassengerDataRejected',
  BOOKING_TOKEN_EXPIRED: 'BookingTokenExpired',
  PRICE_CHANGED: 'PriceChangedSinceOffer',
  FARE_SOLD_OUT: 'FareSoldOut',
  DUPLICATE_BOOKING: 'DuplicateBookingFound',
  AIRLINE_FAILED: 'AirlineDidNotBook',
  ACCOUNT_NOT_READY: 'BookingAccountNotReady',
  BOOKING_IN_PROGRESS: 'BookingInProgress',
  IDEMPOTENCY_KEY_REUSED: 'BookingIdempotencyKeyReused',
  OUTCOME_UNKNOWN: 'BookingOutcomeUnknown',
  PROTECTION_UNAVAILABLE: 'BookingProtectionUnavailable',
  UNRECOGNIZED: 'UnrecognizedBookingFailure',
};

const DESCRIPTIONS: Readonly<
  Record<Exclude<CreateOrderFailureCode, 'PASSENGER_DATA_REJECTED' | 'DUPLICATE_BOOKING'>, string>
> = {
  BOOKING_TOKEN_EXPIRED: 'The bookingToken is past its 2 h (Atlas 301): price the offer again.',
  PRICE_CHANGED:
    'The price or schedule changed since priceOffer (Atlas 306, 308, 319, 322): price again.',
  FARE_SOLD_OUT:
    'The seats or fare sold out (Atlas 302, 303, 305, 312, 313, 315, 320, 328): search again.',
  AIRLINE_FAILED:
    'The airline timed out or refused (Atlas 304, 316, 317, 324); nothing was booked.',
  ACCOUNT_NOT_READY: "The account's payment set-up does not allow the booking (Atlas 326, 329).",
  BOOKING_IN_PROGRESS: 'The same booking is running (same idempotencyKey, or Atlas 330).',
  IDEMPOTENCY_KEY_REUSED: 'The idempotencyKey already booked different input; nothing was sent.',
  OUTCOME_UNKNOWN:
    'order.do was sent and its answer lost: a booking may exist. Resend with the same key.',
  PROTECTION_UNAVAILABLE:
    'The idempotency record (ledger) or its lock (Redis) is unreachable; nothing was sent.',
  UNRECOGNIZED: 'Atlas answered order.do with a status this gateway does not know yet.',
};

export const CreateOrderResultUnion = resultUnion({
  name: 'CreateOrderResult',
  codes: { enum: CreateOrderFailureCode, name: 'CreateOrderFailureCode' },
  operation: 'createOrder',
  successes: [OrderCreatedObject],
  failureInterface: CreateOrderFailureObject,
  typenames: CREATE_ORDER_FAILURE_TYPENAMES,
  members: {
    PASSENGER_DATA_REJECTED: PassengerDataRejectedObject,
    DUPLICATE_BOOKING: DuplicateBookingFoundObject,
  },
  descriptions: DESCRIPTIONS,
});
