import { GraphQLDateTime } from 'graphql-scalars';
import { createUnionType, Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { PaymentDecisionSource, PaymentFailureCode, PaymentMethod } from './enums';
import { byTypename, failureMembers } from './failure-members';
import { GuidanceType } from './guidance.type';
import { OrderObject } from './order.type';

@InterfaceType('PaymentFailure', {
  resolveType: byTypename,
  description: 'Every way payOrder can fail, with what happened and what to do next.',
})
export abstract class PaymentFailureObject {
  @Field(() => PaymentFailureCode)
  code!: PaymentFailureCode;

  @Field(() => Int, {
    nullable: true,
    description: 'Raw pay.do status; null when the gateway decided without asking Atlas to pay.',
  })
  atlasStatus!: number | null;

  @Field(() => String, { description: 'What happened, in the requested locale.' })
  message!: string;

  @Field(() => String, {
    nullable: true,
    description: "Atlas's own text, for display and support only.",
  })
  atlasMessage!: string | null;

  @Field(() => Boolean, {
    description:
      'True when paying this same order again can succeed once the guidance is followed.',
  })
  retryable!: boolean;

  @Field(() => GuidanceType)
  guidance!: GuidanceType;

  @Field(() => ID)
  orderNo!: string;

  @Field(() => PaymentDecisionSource)
  decidedBy!: PaymentDecisionSource;
}

@ObjectType('FieldIssue', {
  description: 'One rejected input field. Never repeats the value sent.',
})
export class FieldIssueObject {
  @Field(() => String, { description: 'Path inside PayOrderInput, e.g. "card.expiryMonth".' })
  field!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('InvalidPaymentRequest', {
  implements: PaymentFailureObject,
  description: "Rejected by the gateway's input checks or by Atlas (400); nothing was charged.",
})
export class InvalidPaymentRequestObject extends PaymentFailureObject {
  @Field(() => [FieldIssueObject])
  issues!: FieldIssueObject[];
}

@ObjectType('PaymentStillSettling', {
  implements: PaymentFailureObject,
  description:
    'An earlier pay.do for the order had its answer lost and may still land, so nothing was sent. The gateway reads the order on its own meanwhile.',
})
export class PaymentStillSettlingObject extends PaymentFailureObject {
  @Field(() => GraphQLDateTime, {
    description: 'When the earlier payment can no longer land; pay again only after it, if unpaid.',
  })
  settlesAt!: Date;

  @Field(() => Int, { description: 'Seconds until settlesAt, rounded up.' })
  retryAfterSeconds!: number;
}

@ObjectType('PaymentAccepted', {
  description:
    'Atlas accepted the payment. Not yet ticketed: tickets are issued asynchronously, and an airline can still decline the card. Follow ticketingStatus(orderNo).',
})
export class PaymentAcceptedObject {
  @Field(() => ID)
  orderNo!: string;

  @Field(() => PaymentMethod)
  paymentMethod!: PaymentMethod;

  @Field(() => Int, {
    nullable: true,
    description:
      'Always 0. Nullable like PaymentFailure.atlasStatus, so one selection covers the whole union.',
  })
  atlasStatus!: number | null;

  @Field(() => String)
  message!: string;

  @Field(() => String, { nullable: true })
  atlasMessage!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last four digits of the card used, if any.',
  })
  cardLast4!: string | null;

  @Field(() => PaymentDecisionSource, {
    description:
      'ATLAS when pay.do answered; RECONCILIATION when an earlier answer was lost and the order shows it was paid.',
  })
  decidedBy!: PaymentDecisionSource;

  @Field(() => GuidanceType)
  guidance!: GuidanceType;

  @Field(() => OrderObject, {
    nullable: true,
    description: 'The order as Atlas reports it now (read fresh).',
  })
  order?: OrderObject | null;
}

/** The GraphQL member for each failure code, named for what happened (design.md §1). */
export const FAILURE_TYPENAMES: Readonly<Record<PaymentFailureCode, string>> = {
  INVALID_REQUEST: 'InvalidPaymentRequest',
  DEADLINE_PASSED: 'PaymentDeadlinePassed',
  ORDER_NOT_PAYABLE: 'OrderNotPayable',
  PAYMENT_METHOD_NOT_SUPPORTED: 'PaymentMethodNotSupported',
  ORDER_ALREADY_PAID: 'OrderAlreadyPaid',
  PAYMENT_IN_PROGRESS: 'PaymentInProgress',
  PASSENGER_DATA_INVALID: 'PassengerDataInvalid',
  UNACCOMPANIED_MINOR: 'UnaccompaniedMinor',
  BAGGAGE_SEGMENT_MISMATCH: 'BaggageSegmentMismatch',
  CONTACT_INFO_INVALID: 'ContactInfoInvalid',
  PAYMENT_GATEWAY_ERROR: 'PaymentGatewayError',
  NO_PAYMENT_METHOD_AVAILABLE: 'NoPaymentMethodAvailable',
  CARD_BRAND_NOT_SUPPORTED: 'CardBrandNotSupported',
  CARD_BRAND_MISMATCH: 'CardBrandMismatch',
  ORDER_NOT_CONFIRMED: 'OrderNotConfirmed',
  ORDER_NOT_FOUND: 'OrderNotFound',
  AIRLINE_PNR_PENDING: 'AirlinePnrPending',
  ATLAS_UNAVAILABLE: 'AtlasUnavailable',
  OUTCOME_UNKNOWN: 'PaymentOutcomeUnknown',
  PAYMENT_STILL_SETTLING: 'PaymentStillSettling',
  IDEMPOTENCY_KEY_REUSED: 'IdempotencyKeyReused',
  PAYMENT_PROTECTION_UNAVAILABLE: 'PaymentProtectionUnavailable',
  UNRECOGNIZED: 'UnrecognizedPaymentFailure',
};

/** The members with fields of their own are declared above; the rest are made from this table. */
const DESCRIPTIONS: Readonly<
  Record<Exclude<PaymentFailureCode, 'INVALID_REQUEST' | 'PAYMENT_STILL_SETTLING'>, string>
> = {
  DEADLINE_PASSED: 'The payment deadline passed (Atlas 401). Regenerate the order.',
  ORDER_NOT_PAYABLE: 'The order is ticketed or cancelled (Atlas 402). Never pay again.',
  PAYMENT_METHOD_NOT_SUPPORTED: 'The method is not accepted for this order (Atlas 403).',
  ORDER_ALREADY_PAID: 'The order is already paid (Atlas 404). Never pay again.',
  PAYMENT_IN_PROGRESS:
    'An earlier payment for the order is still running (Atlas 406, or the gateway holds its lock). Wait; do not pay again.',
  PASSENGER_DATA_INVALID: 'Passenger data fails the airline payment checks (Atlas 407).',
  UNACCOMPANIED_MINOR: 'A child cannot travel without an adult (Atlas 408).',
  BAGGAGE_SEGMENT_MISMATCH: 'Extra baggage differs between connecting segments (Atlas 409).',
  CONTACT_INFO_INVALID: 'Contact information has the wrong format (Atlas 410).',
  PAYMENT_GATEWAY_ERROR: 'Payment gateway or account failure, e.g. low balance (Atlas 411).',
  NO_PAYMENT_METHOD_AVAILABLE: 'No payment method is available for the order (Atlas 412).',
  CARD_BRAND_NOT_SUPPORTED: 'The card brand is not supported for MoR (Atlas 413).',
  CARD_BRAND_MISMATCH: 'The card brand differs from the one declared at booking (Atlas 414).',
  ORDER_NOT_CONFIRMED: 'A Ryanair order is not confirmed by the traveller yet (Atlas 415).',
  ORDER_NOT_FOUND: 'Atlas does not know the order; nothing was charged.',
  AIRLINE_PNR_PENDING:
    'Paid; the airline booking reference is pending (Atlas 615). Never pay again.',
  ATLAS_UNAVAILABLE:
    'Atlas could not be reached (the order read before paying failed, or no connection could be made for pay.do), so no payment was sent.',
  OUTCOME_UNKNOWN:
    'pay.do was sent but the answer was lost: the payment may or may not have happened. Query the order; do not pay again blindly.',
  IDEMPOTENCY_KEY_REUSED:
    'The idempotencyKey already named a different request from this caller; nothing was sent.',
  PAYMENT_PROTECTION_UNAVAILABLE:
    'A store of the double-payment guard (Redis locks or the payment ledger) is unreachable, so the gateway refused to pay; nothing was sent.',
  UNRECOGNIZED: 'Atlas answered pay.do with a status this gateway does not know yet.',
};

const FAILURE_MEMBERS = failureMembers(PaymentFailureObject, FAILURE_TYPENAMES, DESCRIPTIONS);

export const PaymentResultUnion = createUnionType({
  name: 'PaymentResult',
  description:
    'Every outcome of payOrder: one member per outcome, resolved by an explicit discriminant.',
  types: () =>
    [
      PaymentAcceptedObject,
      InvalidPaymentRequestObject,
      PaymentStillSettlingObject,
      ...FAILURE_MEMBERS,
    ] as const,
  resolveType: byTypename,
});
