import './enums';
import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from './decimal.scalar';

@ObjectType('Money', { description: 'An amount in one currency.' })
export class MoneyType {
  @Field(() => DecimalScalar, {
    description: 'Exact, as Atlas gave it or as the gateway summed it in minor units.',
  })
  amount!: number;

  @Field(() => String, { description: 'ISO 4217 code, e.g. "USD".' })
  currency!: string;
}
