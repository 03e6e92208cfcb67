import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { paymentGuidance } from '../src/guidance/payment-guidance.catalogue';
import { GatewayContext } from '../src/server/context';
import { Locale, PaymentFailureCode } from './types/enums';
import { GuidanceType } from './types/guidance.type';

@Resolver()
export class GuidanceResolver {
  @Query(() => GuidanceType, { description: 'The guidance catalogue, for UIs and documentation.' })
  paymentGuidance(
    @Arg('code', () => PaymentFailureCode, { description: 'The failure to explain.' })
    code: PaymentFailureCode,
    @Arg('locale', () => Locale, {
      description: 'Language of the guidance; Accept-Language, else English, when absent.',
      nullable: true,
    })
    locale: Locale | null,
    @Ctx() ctx: GatewayContext,
  ): GuidanceType {
    return paymentGuidance(code, locale ?? ctx.locale);
  }
}
