import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { paymentGuidance } from '../src/guidance/payment-guidance.catalogue';
import { GatewayContext } from '../src/server/context';
import { Locale, PaymentFailureCode } from './types/enums';
import { GuidanceType } from './types/guidance.type';

@Resolver()
export class GuidanceResolver {
  @Query(() => GuidanceType, { description: 'The guidance catalogue, for UIs and documentation.' })
  paymentGuidance(
    @Arg('code', () => PaymentFailureCode) code: PaymentFailureCode,
    @Arg('locale', () => Locale, { nullable: true }) locale: Locale | null,
    @Ctx() ctx: GatewayContext,
  ): GuidanceType {
    return paymentGuidance(code, locale ?? ctx.locale);
  }
}
