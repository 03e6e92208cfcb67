import { GraphQLSafeInt } from 'graphql-scalars';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { minorUnits } from '../src/domain/money-decimal';
import { MoneyType } from './types/money.type';

@Resolver(() => MoneyType)
export class MoneyResolver {
  @FieldResolver(() => GraphQLSafeInt, {
    nullable: true,
    description:
      'The amount in the currency’s minor unit (12990 for USD 129.90, 1299 for JPY 1299); null when it is not a whole number of them or the currency is unknown.',
  })
  minorUnits(@Root() money: MoneyType): number | null {
    return minorUnits(money.amount, money.currency);
  }
}
