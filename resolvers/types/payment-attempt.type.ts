import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  CardBrandValue,
  PaymentAttemptState,
  PaymentDecisionSource,
  PaymentFailureCode,
  PaymentMethod,
} from './enums';
import { NodeInterface } from './node.type';

@ObjectType('PaymentAttemptEvent', {
  description: 'One step of an attempt; appended, never rewritten.',
})
export class PaymentAttemptEventObject {
  @Field(() => PaymentAttemptState, { description: 'What happened.' })
  type!: PaymentAttemptState;

  @Field(() => GraphQLDateTime, { description: 'When it happened.' })
  at!: Date;

  @Field(() => Int, { nullable: true, description: 'Raw pay.do status, on the answer event.' })
  atlasStatus!: number | null;
}

@ObjectType('PaymentAttemptOutcome', {
  description: 'What the attempt answered, as payOrder gave it.',
})
export class PaymentAttemptOutcomeObject {
  @Field(() => String, { description: 'The PaymentResult member, e.g. "PaymentAccepted".' })
  member!: string;

  @Field(() => PaymentFailureCode, { nullable: true, description: 'Null for PaymentAccepted.' })
  code!: PaymentFailureCode | null;
}

@ObjectType('PaymentAttempt', {
  implements: NodeInterface,
  description:
    'One pay.do this gateway sent, or was about to send, for the order, from the payment ledger. Holds no card data beyond brand and last four digits.',
})
export class PaymentAttemptObject {
  /** The discriminant Node resolves by. */
  typename!: 'PaymentAttempt';

  @Field(() => ID, { description: 'Global id, for client caches and node(id).' })
  id!: string;

  @Field(() => ID, {
    description: "The ledger's id of the attempt, as support and the gateway's logs name it.",
  })
  attemptId!: string;

  @Field(() => PaymentAttemptState, { description: 'Where the attempt stands now.' })
  state!: PaymentAttemptState;

  @Field(() => PaymentMethod, { description: 'The payment method asked for.' })
  method!: PaymentMethod;

  @Field(() => CardBrandValue, {
    description: 'The card’s brand, for card payments.',
    nullable: true,
  })
  cardBrand!: CardBrandValue | null;

  @Field(() => String, {
    description: 'The card’s last four digits, for card payments; nothing more of it is kept.',
    nullable: true,
  })
  cardLast4!: string | null;

  @Field(() => PaymentAttemptOutcomeObject, {
    nullable: true,
    description: 'Null while pay.do has not answered.',
  })
  outcome!: PaymentAttemptOutcomeObject | null;

  @Field(() => Int, { nullable: true, description: 'Raw pay.do status; null when none came.' })
  atlasStatus!: number | null;

  @Field(() => PaymentDecisionSource, {
    description: 'Who decided the outcome; null while unknown.',
    nullable: true,
  })
  decidedBy!: PaymentDecisionSource | null;

  @Field(() => GraphQLDateTime, {
    description: 'When the attempt was recorded, just before pay.do.',
  })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When its fate was known: the answer, or reconciliation by the order.',
  })
  settledAt!: Date | null;

  @Field(() => [PaymentAttemptEventObject], { description: 'Oldest first.' })
  events!: PaymentAttemptEventObject[];
}
