import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { GatewayContext } from '../src/server/context';
import { badUserInput, checkOrderNo, orderReadError } from './errors';
import { orderView } from './mappers/order.view';
import { OrderObject } from './types/order.type';

const MAX_ORDERS_PER_CALL = 50;

@Resolver(() => OrderObject)
export class OrderResolver {
  @Query(() => OrderObject, {
    nullable: true,
    description: 'Null when Atlas does not know the order.',
  })
  async order(
    @Arg('orderNo', () => ID) orderNo: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderObject | null> {
    checkOrderNo(orderNo, 'orderNo');
    try {
      const order = await ctx.orders.load(orderNo);
      return order && orderView(order, ctx.locale, ctx.clock.now());
    } catch (error) {
      throw orderReadError(error as Error);
    }
  }

  @Query(() => [OrderObject], {
    nullable: 'items',
    description: 'One entry per key, in order; null for unknown orders. Batched and de-duplicated.',
  })
  async orders(
    @Arg('orderNos', () => [ID]) orderNos: string[],
    @Ctx() ctx: GatewayContext,
  ): Promise<(OrderObject | Error | null)[]> {
    if (orderNos.length > MAX_ORDERS_PER_CALL) {
      throw badUserInput(`At most ${MAX_ORDERS_PER_CALL} orders per call.`, 'orderNos');
    }
    orderNos.forEach((orderNo, index) => checkOrderNo(orderNo, `orderNos.${index}`));
    const loaded = await ctx.orders.loadMany(orderNos);
    return loaded.map((entry) =>
      entry instanceof Error
        ? orderReadError(entry)
        : entry && orderView(entry, ctx.locale, ctx.clock.now()),
    );
  }
}
