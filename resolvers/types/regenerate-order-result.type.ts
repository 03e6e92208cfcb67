import { Field, ID, ObjectType } from 'type-graphql';
import { RegenerateFailureCode } from './enums';
import { GuidanceType } from './guidance.type';
import { OrderObject } from './order.type';
import { failureInterface, resultUnion } from './result-union';

export const RegenerateOrderFailureObject = failureInterface<RegenerateFailureCode>({
  name: 'RegenerateOrderFailure',
  operation: 'regenerateOrder',
  atlasCall: 'regenerateOrder.do',
  codeEnum: RegenerateFailureCode,
  fields: { orderNo: { type: () => ID, description: 'The order asked to be regenerated.' } },
});

@ObjectType('OrderRegenerated', {
  description: 'Atlas created a new unpaid order for the same trip; the original is unchanged.',
})
export class OrderRegeneratedObject {
  @Field(() => ID, {
    description:
      'The order regenerated; unchanged, and now Order.replacedBy points at the new one.',
  })
  originalOrderNo!: string;

  @Field(() => OrderObject, { description: 'The new order, as regenerateOrder.do returned it.' })
  order!: OrderObject;

  @Field(() => GuidanceType, { description: 'What to do next: pay the new order.' })
  guidance!: GuidanceType;
}

@ObjectType('DuplicateBookingSuspected', {
  implements: RegenerateOrderFailureObject,
  description:
    'An order for the same trip and passengers exists already (Atlas 318), e.g. one regenerated before.',
})
export class DuplicateBookingSuspectedObject extends RegenerateOrderFailureObject {
  @Field(() => [ID], { description: 'The existing orders Atlas names.' })
  duplicateOrders!: string[];
}

export const REGENERATE_FAILURE_TYPENAMES: Readonly<Record<RegenerateFailureCode, string>> = {
  ORDER_NOT_FOUND: 'RegenerateOrderNotFound',
  ORDER_STILL_PAYABLE: 'OrderStillPayable',
  ORDER_NOT_REGENERABLE: 'OrderNotRegenerable',
  ORDER_BUSY: 'OrderBusy',
  TRIP_UNAVAILABLE: 'TripUnavailable',
  PRICE_OR_SCHEDULE_CHANGED: 'PriceOrScheduleChanged',
  BOOKING_DATA_REJECTED: 'BookingDataRejected',
  AIRLINE_FAILED: 'AirlineBookingFailed',
  DUPLICATE_BOOKING: 'DuplicateBookingSuspected',
  ACCOUNT_NOT_READY: 'AccountNotReady',
  ATLAS_UNAVAILABLE: 'RegenerateAtlasUnavailable',
  OUTCOME_UNKNOWN: 'RegenerateOutcomeUnknown',
  PROTECTION_UNAVAILABLE: 'RegenerateProtectionUnavailable',
  UNRECOGNIZED: 'UnrecognizedRegenerateFailure',
};

const DESCRIPTIONS: Readonly<Record<Exclude<RegenerateFailureCode, 'DUPLICATE_BOOKING'>, string>> =
  {
    ORDER_NOT_FOUND: 'Atlas does not know the order.',
    ORDER_STILL_PAYABLE:
      'The order is unpaid inside its deadline: pay it instead of booking the trip twice.',
    ORDER_NOT_REGENERABLE:
      'The order is paid (ticketing, ticketed, 615, or Atlas 314): never regenerate or pay again.',
    ORDER_BUSY:
      'A payment or regeneration of the order is running (gateway lock, or Atlas 330). Wait.',
    TRIP_UNAVAILABLE:
      'The trip cannot be booked again as it was (Atlas 301–305, 312–315, 320, 328).',
    PRICE_OR_SCHEDULE_CHANGED: 'The price or schedule changed (Atlas 306, 308, 319, 322).',
    BOOKING_DATA_REJECTED:
      "Atlas refused the original's passenger or contact data (Atlas 307, 309, 310, 321, 323, 325, 327, 407–410).",
    AIRLINE_FAILED: 'The airline timed out or refused the booking (Atlas 304, 316, 317, 324).',
    ACCOUNT_NOT_READY: "The account's payment set-up does not allow it (Atlas 326, 329).",
    ATLAS_UNAVAILABLE: 'Atlas did not answer the order read; nothing was booked.',
    OUTCOME_UNKNOWN:
      'regenerateOrder.do was sent but the answer was lost: a new order may exist. Call again to learn it.',
    PROTECTION_UNAVAILABLE:
      'The order lock (Redis) or the ledger (which records whose order it is) is unreachable; nothing was sent.',
    UNRECOGNIZED: 'Atlas answered regenerateOrder.do with a status this gateway does not know yet.',
  };

export const RegenerateOrderResultUnion = resultUnion({
  name: 'RegenerateOrderResult',
  codes: { enum: RegenerateFailureCode, name: 'RegenerateFailureCode' },
  operation: 'regenerateOrder',
  successes: [OrderRegeneratedObject],
  failureInterface: RegenerateOrderFailureObject,
  typenames: REGENERATE_FAILURE_TYPENAMES,
  members: { DUPLICATE_BOOKING: DuplicateBookingSuspectedObject },
  descriptions: DESCRIPTIONS,
});
