import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { LedgerUnavailableError } from '../src/ledger/ledger.errors';
import { GatewayContext } from '../src/server/context';
import { badUserInput, checkOrderNo, ledgerUnavailable } from './errors';
import { fromGlobalId, parsePaymentAttemptKey } from './global-id';
import { paymentAttemptView } from './mappers/payment-attempt.view';
import { readOrderView } from './order-read';
import { NodeInterface } from './types/node.type';
import { OrderObject } from './types/order.type';
import { PaymentAttemptObject } from './types/payment-attempt.type';

const NOT_AN_ID = 'Not a global id handed out by this graph.';

@Resolver()
export class NodeResolver {
  @Authorized('orders:read')
  @Query(() => NodeInterface, {
    nullable: true,
    description:
      'Fetches any object by its global id (Relay). Null for an object that does not exist or is not yours, as order(orderNo) answers.',
  })
  async node(
    @Arg('id', () => ID, { description: 'The id field of an Order or a PaymentAttempt.' })
    id: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderObject | PaymentAttemptObject | null> {
    const parsed = fromGlobalId(id);
    if (!parsed) throw badUserInput(NOT_AN_ID, 'id');
    switch (parsed.kind) {
      case 'Order': {
        checkOrderNo(parsed.key, 'id');
        return readOrderView(parsed.key, ctx);
      }
      case 'PaymentAttempt': {
        const key = parsePaymentAttemptKey(parsed.key);
        if (!key) throw badUserInput(NOT_AN_ID, 'id');
        checkOrderNo(key.orderNo, 'id');
        try {
          if (!(await ctx.access.mayUse(key.orderNo))) return null;
          const history = await ctx.payments.load(key.orderNo);
          const entry = history.find(({ attempt }) => attempt.id === key.attemptId);
          return entry ? paymentAttemptView(entry) : null;
        } catch (error) {
          if (error instanceof LedgerUnavailableError) throw ledgerUnavailable();
          throw error;
        }
      }
    }
  }
}
