import { GraphQLDateTime } from 'graphql-scalars';
import { createUnionType, Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { CommitFailureCode, ConfirmationDisplay } from './enums';
import { byTypename, failureMembers } from './failure-members';
import { GuidanceType } from './guidance.type';

@InterfaceType('CommitOrderFailure', {
  resolveType: byTypename,
  description: 'Every way commitOrder can fail, with what happened and what to do next.',
})
export abstract class CommitOrderFailureObject {
  @Field(() => CommitFailureCode)
  code!: CommitFailureCode;

  @Field(() => ID)
  orderNo!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Raw orderCommit.do status; null when the gateway decided without calling it.',
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
    description: 'True when calling commitOrder again can succeed once the guidance is followed.',
  })
  retryable!: boolean;

  @Field(() => GuidanceType)
  guidance!: GuidanceType;
}

@ObjectType('ConfirmationPageReady', {
  description:
    'Ryanair made a confirmation page. The order is not confirmed until the traveller accepts on it; then call payOrder.',
})
export class ConfirmationPageReadyObject {
  @Field(() => ID)
  orderNo!: string;

  @Field(() => String, { description: 'Show this page to the traveller, as is.' })
  confirmationUrl!: string;

  @Field(() => ConfirmationDisplay)
  display!: ConfirmationDisplay;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'An order not confirmed by then expires (its payment deadline).',
  })
  confirmBefore!: Date | null;

  @Field(() => GuidanceType)
  guidance!: GuidanceType;
}

export const COMMIT_FAILURE_TYPENAMES: Readonly<Record<CommitFailureCode, string>> = {
  INVALID_REQUEST: 'ConfirmationRequestInvalid',
  ORDER_NOT_FOUND: 'ConfirmationOrderNotFound',
  AIRLINE_TIMEOUT: 'ConfirmationTimedOut',
  AIRLINE_ERROR: 'ConfirmationAirlineError',
  CONFIRMATION_NOT_REQUIRED: 'ConfirmationNotRequired',
  ORDER_NOT_CONFIRMABLE: 'OrderNotConfirmable',
  ATLAS_UNAVAILABLE: 'ConfirmationAtlasUnavailable',
  UNRECOGNIZED: 'UnrecognizedConfirmationFailure',
};

const DESCRIPTIONS: Readonly<Record<CommitFailureCode, string>> = {
  INVALID_REQUEST: 'Atlas refused a parameter of the confirmation request (Atlas 307).',
  ORDER_NOT_FOUND: 'Atlas does not know the order (Atlas 800, or the order read before).',
  AIRLINE_TIMEOUT: 'Ryanair did not answer in time (Atlas 316). Try again.',
  AIRLINE_ERROR: 'Ryanair answered with an error (Atlas 317).',
  CONFIRMATION_NOT_REQUIRED: 'Not a Ryanair order: pay it directly.',
  ORDER_NOT_CONFIRMABLE: 'The order is paid, cancelled or past its hold: nothing to confirm.',
  ATLAS_UNAVAILABLE: 'Atlas did not answer; commitOrder charges nothing, so try again.',
  UNRECOGNIZED: 'Atlas answered orderCommit.do with a status this gateway does not know yet.',
};

const FAILURE_MEMBERS = failureMembers(
  CommitOrderFailureObject,
  COMMIT_FAILURE_TYPENAMES,
  DESCRIPTIONS,
);

export const CommitOrderResultUnion = createUnionType({
  name: 'CommitOrderResult',
  description: 'Every outcome of commitOrder, resolved by an explicit discriminant.',
  types: () => [ConfirmationPageReadyObject, ...FAILURE_MEMBERS] as const,
  resolveType: byTypename,
});
