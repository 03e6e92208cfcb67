import { GatewayContext } from '../src/server/context';
import { orderReadError } from './errors';
import { orderView } from './mappers/order.view';
import { OrderObject } from './types/order.type';

/**
 * An order as the graph shows it, through the request's loader: null when Atlas does not know it
 * or it is not the caller's; a failed read becomes the error the caller should see.
 */
export async function readOrderView(
  orderNo: string,
  ctx: GatewayContext,
): Promise<OrderObject | null> {
  try {
    const order = await ctx.orders.load(orderNo);
    return order && orderView(order, ctx.locale);
  } catch (error) {
    throw orderReadError(error as Error);
  }
}
