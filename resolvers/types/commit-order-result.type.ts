import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { CommitFailureCode, ConfirmationDisplay } from './enums';
import { GuidanceType } from './guidance.type';
import { failureInterface, resultUnion } from './result-union';

export const CommitOrderFailureObject = failureInterface<CommitFailureCode>({
  name: 'CommitOrderFailure',
  operation: 'commitOrder',
  atlasCall: 'orderCommit.do',
  codeEnum: CommitFailureCode,
  fields: {
    orderNo: { type: () => ID, description: 'The order commitOrder was asked to confirm.' },
  },
});

@ObjectType('ConfirmationPageReady', {
  description:
    'Ryanair made a confirmation page. The order is not confirmed until the traveller accepts on it; then call payOrder.',
})
export class ConfirmationPageReadyObject {
  @Field(() => ID, { description: 'The order to be confirmed.' })
  orderNo!: string;

  @Field(() => String, { description: 'Show this page to the traveller, as is.' })
  confirmationUrl!: string;

  @Field(() => ConfirmationDisplay, { description: 'How to show confirmationUrl.' })
  display!: ConfirmationDisplay;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'An order not confirmed by then expires (its payment deadline).',
  })
  confirmBefore!: Date | null;

  @Field(() => GuidanceType, { description: 'What to do next: show the page, then pay.' })
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

export const CommitOrderResultUnion = resultUnion({
  name: 'CommitOrderResult',
  codes: { enum: CommitFailureCode, name: 'CommitFailureCode' },
  operation: 'commitOrder',
  successes: [ConfirmationPageReadyObject],
  failureInterface: CommitOrderFailureObject,
  typenames: COMMIT_FAILURE_TYPENAMES,
  descriptions: DESCRIPTIONS,
});
