import './enums';
import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('Money')
export class MoneyType {
  @Field(() => Float)
  amount!: number;

  @Field(() => String, { description: 'ISO 4217 code.' })
  currency!: string;
}
