import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { MAX_ORDERS_PER_CALL } from '../src/orders/order.loader';
import { GatewayContext } from '../src/server/context';
import { badUserInput, checkOrderNo, orderReadError } from './errors';
import { orderView } from './mappers/order.view';
import { readOrderView } from './order-read';
import { OrderObject } from './types/order.type';

@Resolver(() => OrderObject)
export class OrderResolver {
  @Authorized('orders:read')
  @Query(() => OrderObject, {
    nullable: true,
    description:
      'Null when Atlas does not know the order, and for an order that is not the caller’s (the same answer, without asking Atlas).',
  })
  async order(
    @Arg('orderNo', () => ID, { description: 'Atlas’s order number.' }) orderNo: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderObject | null> {
    checkOrderNo(orderNo, 'orderNo');
    return readOrderView(orderNo, ctx);
  }

  @Authorized('orders:read')
  @Query(() => [OrderObject], {
    nullable: 'items',
    description:
      'One entry per key, in order; null for unknown orders and for orders that are not the caller’s. Batched and de-duplicated.',
  })
  async orders(
    @Arg('orderNos', () => [ID], {
      description: 'Up to 50 order numbers; repeats cost one Atlas read.',
    })
    orderNos: string[],
    @Ctx() ctx: GatewayContext,
  ): Promise<(OrderObject | Error | null)[]> {
    if (orderNos.length > MAX_ORDERS_PER_CALL) {
      throw badUserInput(`At most ${MAX_ORDERS_PER_CALL} orders per call.`, 'orderNos');
    }
    orderNos.forEach((orderNo, index) => checkOrderNo(orderNo, `orderNos.${index}`));
    const loaded = await ctx.orders.loadMany(orderNos);
    return loaded.map((entry) =>
      entry instanceof Error ? orderReadError(entry) : entry && orderView(entry, ctx.locale),
    );
  }
}
