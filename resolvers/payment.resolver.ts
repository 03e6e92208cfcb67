import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Resolver,
  Root,
  UseMiddleware,
} from 'type-graphql';
import { GatewayContext } from '../src/server/context';
import { mapKnownErrors } from './errors';
import { paymentResultView, PaymentResultView } from './mappers/payment-result.view';
import { readOrderView } from './order-read';
import { OrderObject } from './types/order.type';
import { PayOrderInput } from './types/pay-order.input';
import { PaymentAcceptedObject, PaymentResultUnion } from './types/payment-result.type';

@Resolver(() => PaymentAcceptedObject)
export class PaymentResolver {
  @Authorized('payments:write')
  @UseMiddleware(mapKnownErrors)
  @Mutation(() => PaymentResultUnion, {
    description:
      'Pays an order once. Every outcome is a PaymentResult member with guidance; pay.do is never retried.',
  })
  async payOrder(
    @Arg('input', () => PayOrderInput, {
      description: 'The order, the method and, for VCC and MOR, the card.',
    })
    input: PayOrderInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<PaymentResultView> {
    const { locale, ...command } = input;
    await ctx.limits.payment();
    const outcome = await ctx.payOrder(command, {
      caller: ctx.caller.partnerId,
      access: ctx.access,
      countAttempt: ctx.limits.orderAttempt,
      requestId: ctx.requestId,
      logger: ctx.logger,
    });
    const view = paymentResultView(outcome, locale ?? ctx.locale, ctx.clock.now());
    ctx.outcomes.push(`payOrder:${view.typename}`);
    ctx.metrics.payment(view.typename, outcome.decidedBy);
    return view;
  }

  @FieldResolver(() => OrderObject, { nullable: true })
  async order(
    @Root() accepted: PaymentAcceptedObject,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderObject | null> {
    // Read after the payment: an earlier read in this request would show the order unpaid.
    ctx.orders.clear(accepted.orderNo);
    return readOrderView(accepted.orderNo, ctx);
  }
}
