import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { GatewayContext } from '../src/server/context';
import { mapKnownErrors } from './errors';
import {
  createOrderResultView,
  priceResultView,
  searchResultView,
} from './mappers/booking-result.view';
import { cardBrandOf } from './mappers/card-brand.view';
import { ResultView } from './mappers/recovery-result.view';
import { CreateOrderInput, FlightSearchInput } from './types/booking.inputs';
import { CreateOrderResultUnion } from './types/create-order-result.type';
import { Locale } from './types/enums';
import { PriceOfferResultUnion } from './types/price-offer-result.type';
import { FlightSearchResultUnion } from './types/search-result.type';

@Resolver()
export class BookingResolver {
  @Authorized('orders:read')
  @Query(() => FlightSearchResultUnion, {
    description: 'Searches flights (search.do). Each offer has an offerId for priceOffer.',
  })
  async searchFlights(
    @Arg('input', () => FlightSearchInput, { description: 'Where, when and who.' })
    input: FlightSearchInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<ResultView> {
    const { locale, ...command } = input;
    const outcome = await ctx.booking.searchFlights(command, ctx.logger);
    const view = searchResultView(outcome, locale ?? ctx.locale);
    ctx.outcomes.push(`searchFlights:${view.typename}`);
    return view;
  }

  @Authorized('orders:read')
  @UseMiddleware(mapKnownErrors)
  @Query(() => PriceOfferResultUnion, {
    description:
      'Re-prices one offer with the airline (verify.do) and returns the bookingToken createOrder needs.',
  })
  async priceOffer(
    @Arg('offerId', () => ID, { description: 'FlightOffer.offerId from searchFlights.' })
    offerId: string,
    @Arg('locale', () => Locale, { nullable: true, description: 'Language of the guidance.' })
    locale: Locale | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<ResultView> {
    const outcome = await ctx.booking.priceOffer(offerId, {
      partnerId: ctx.caller.partnerId,
      log: ctx.logger,
    });
    const view = priceResultView(outcome, locale ?? ctx.locale);
    ctx.outcomes.push(`priceOffer:${view.typename}`);
    return view;
  }

  @Authorized('bookings:write')
  @UseMiddleware(mapKnownErrors)
  @Mutation(() => CreateOrderResultUnion, {
    description:
      'Books the priced offer (order.do): an unpaid order that belongs to you. Idempotent with idempotencyKey; order.do is never resent on its own.',
  })
  async createOrder(
    @Arg('input', () => CreateOrderInput, {
      description: 'The bookingToken from priceOffer, the travellers and a contact.',
    })
    input: CreateOrderInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<ResultView> {
    const { locale, cardBrand, ...command } = input;
    const outcome = await ctx.booking.createOrder(
      { ...command, cardBrand: cardBrand ? cardBrandOf(cardBrand) : null },
      { partnerId: ctx.caller.partnerId, access: ctx.access, log: ctx.logger },
    );
    const view = createOrderResultView(outcome, locale ?? ctx.locale);
    ctx.outcomes.push(`createOrder:${view.typename}`);
    return view;
  }
}
