import {
  Arg,
  Authorized,
  Ctx,
  ID,
  Resolver,
  Root,
  SubscribeResolverData,
  Subscription,
} from 'type-graphql';
import { Locale } from '../src/guidance/locale';
import { LedgerUnavailableError } from '../src/ledger/ledger.errors';
import { GatewayContext } from '../src/server/context';
import { TicketingOrderNotFoundError } from '../src/ticketing/ticketing.errors';
import { TicketingUpdate } from '../src/ticketing/ticketing-update';
import { requireScopes } from './authorization';
import { checkOrderNo, ledgerUnavailable, orderNotFound } from './errors';
import { ticketingUpdateView } from './mappers/ticketing-update.view';
import { Locale as LocaleEnum } from './types/enums';
import { TicketingUpdateObject } from './types/ticketing-update.type';

type SubscribeData = SubscribeResolverData<unknown, { orderNo: string }, GatewayContext>;

async function openTicketing({ args, context }: SubscribeData) {
  // type-graphql's @Authorized guards each event's resolve, not the subscribe itself.
  requireScopes(context, ['orders:read']);
  checkOrderNo(args.orderNo, 'orderNo');
  // Someone else's order is answered as an unknown one, before any poller reads it.
  const mayUse = await context.access.mayUse(args.orderNo).catch((error: Error) => {
    if (error instanceof LedgerUnavailableError) throw ledgerUnavailable();
    throw error;
  });
  if (!mayUse) throw orderNotFound(args.orderNo);
  try {
    return await context.ticketing.open(args.orderNo);
  } catch (error) {
    if (error instanceof TicketingOrderNotFoundError) throw orderNotFound(args.orderNo);
    throw error;
  }
}

@Resolver()
export class TicketingResolver {
  @Authorized('orders:read')
  @Subscription(() => TicketingUpdateObject, {
    description:
      'Follows ticketing live: the current state at once, then one update per change, completing after TICKETED (every passenger ticketed) or CANCELLED. Fed by polling Atlas, sped up by webhooks.',
    subscribe: openTicketing,
  })
  ticketingStatus(
    @Arg('orderNo', () => ID, { description: 'The order to follow; yours, and known to Atlas.' })
    _orderNo: string,
    @Arg('locale', () => LocaleEnum, {
      nullable: true,
      description: 'Language of failure guidance; defaults to Accept-Language.',
    })
    locale: Locale | null,
    @Root() update: TicketingUpdate,
    @Ctx() ctx: GatewayContext,
  ): TicketingUpdateObject {
    return ticketingUpdateView(update, locale ?? ctx.locale);
  }
}
