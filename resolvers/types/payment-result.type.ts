import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PaymentDecisionSource, PaymentFailureCode, PaymentMethod } from './enums';
import { GuidanceType } from './guidance.type';
import { OrderObject } from './order.type';
import { failureInterface, resultUnion } from './result-union';

export const PaymentFailureObject = failureInterface<
  PaymentFailureCode,
  { orderNo: string; decidedBy: PaymentDecisionSource }
>({
  name: 'PaymentFailure',
  operation: 'payOrder',
  atlasCall: 'pay.do',
  codeEnum: PaymentFailureCode,
  fields: {
    orderNo: { type: () => ID, description: 'The order payOrder was asked to pay.' },
    decidedBy: {
      type: () => PaymentDecisionSource,
      description: 'Who decided the outcome, and so whether Atlas was asked to pay at all.',
    },
  },
});

@ObjectType('FieldIssue', {
  description: 'One rejected input field. Never repeats the value sent.',
})
export class FieldIssueObject {
  @Field(() => String, { description: 'Path inside PayOrderInput, e.g. "card.expiryMonth".' })
  field!: string;

  @Field(() => String, {
    description: 'What is wrong with it and what is expected; never the value sent.',
  })
  message!: string;
}

@ObjectType('InvalidPaymentRequest', {
  implements: PaymentFailureObject,
  description: "Rejected by the gateway's input checks or by Atlas (400); nothing was charged.",
})
export class InvalidPaymentRequestObject extends PaymentFailureObject {
  @Field(() => [FieldIssueObject], { description: 'One per rejected field of PayOrderInput.' })
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
  @Field(() => ID, { description: 'The order paid.' })
  orderNo!: string;

  @Field(() => PaymentMethod, { description: 'The method Atlas accepted.' })
  paymentMethod!: PaymentMethod;

  @Field(() => Int, {
    nullable: true,
    description:
      'Always 0. Nullable like PaymentFailure.atlasStatus, so one selection covers the whole union.',
  })
  atlasStatus!: number | null;

  @Field(() => String, { description: 'What happened, in the requested locale.' })
  message!: string;

  @Field(() => String, {
    description: 'Atlas’s own text, for display and support only.',
    nullable: true,
  })
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

  @Field(() => GuidanceType, { description: 'What to do next: follow ticketingStatus.' })
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

export const PaymentResultUnion = resultUnion({
  name: 'PaymentResult',
  codes: { enum: PaymentFailureCode, name: 'PaymentFailureCode' },
  operation: 'payOrder',
  successes: [PaymentAcceptedObject],
  failureInterface: PaymentFailureObject,
  typenames: FAILURE_TYPENAMES,
  members: {
    INVALID_REQUEST: InvalidPaymentRequestObject,
    PAYMENT_STILL_SETTLING: PaymentStillSettlingObject,
  },
  descriptions: DESCRIPTIONS,
});
