import { GraphQLError } from 'graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LedgerUnavailableError } from '../src/ledger/ledger.errors';
import { GatewayContext } from '../src/server/context';
import { paymentAttemptView } from './mappers/payment-attempt.view';
import { OrderObject } from './types/order.type';
import { PaymentAttemptObject } from './types/payment-attempt.type';

@Resolver(() => OrderObject)
export class OrderPaymentsResolver {
  @FieldResolver(() => [PaymentAttemptObject], {
    description:
      'Every payment attempt made for the order through this gateway, newest first, with its events. Kept across restarts.',
  })
  async payments(
    @Root() order: OrderObject,
    @Ctx() ctx: GatewayContext,
  ): Promise<PaymentAttemptObject[]> {
    try {
      return (await ctx.payments.load(order.orderNo)).map(paymentAttemptView);
    } catch (error) {
      if (!(error instanceof LedgerUnavailableError)) throw error;
      ctx.logger.error({ err: error.message }, 'could not read payment history');
      throw new GraphQLError('The payment history is unavailable; try again shortly.', {
        extensions: { code: 'LEDGER_UNAVAILABLE' },
      });
    }
  }
}
