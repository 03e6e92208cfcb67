import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LedgerUnavailableError } from '../src/ledger/ledger.errors';
import { afterRegeneration, recoveryOf, RecoveryPath } from '../src/recovery/order-recovery';
import { GatewayContext } from '../src/server/context';
import { ledgerUnavailable } from './errors';
import { orderRecoveryView } from './mappers/order.view';
import { readOrderView } from './order-read';
import { OrderObject, OrderRecoveryObject } from './types/order.type';

async function linksOf(orderNo: string, ctx: GatewayContext) {
  try {
    return await ctx.links.load(orderNo);
  } catch (error) {
    if (!(error instanceof LedgerUnavailableError)) throw error;
    ctx.logger.error({ orderNo, err: error.message }, 'could not read regenerated-order links');
    throw ledgerUnavailable();
  }
}

/** Order fields that depend on regenerateOrder's links, which the ledger keeps. */
@Resolver(() => OrderObject)
export class OrderLinksResolver {
  @FieldResolver(() => OrderRecoveryObject, {
    description:
      'What the caller can do with the order now, derived from its state, its failure code and whether it was regenerated already.',
  })
  async recovery(
    @Root() order: OrderObject,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderRecoveryObject> {
    const own = recoveryOf(order.source, ctx.clock.now());
    // Only an order that would be regenerated needs the ledger: has it been already?
    const recovery =
      own.path === RecoveryPath.REGENERATE_THEN_PAY
        ? afterRegeneration(own, (await linksOf(order.orderNo, ctx)).replacedBy)
        : own;
    return orderRecoveryView(recovery, ctx.locale);
  }

  @FieldResolver(() => OrderObject, {
    nullable: true,
    description:
      'The newest order regenerateOrder made from this one, read fresh; null when none was made through this gateway, or it is not yours.',
  })
  async replacedBy(
    @Root() order: OrderObject,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderObject | null> {
    const { replacedBy } = await linksOf(order.orderNo, ctx);
    return replacedBy === null ? null : readOrderView(replacedBy, ctx);
  }

  @FieldResolver(() => OrderObject, {
    nullable: true,
    description:
      'The order this one was regenerated from, read fresh; null when it was not made by regenerateOrder through this gateway, or that order is not yours.',
  })
  async replaces(
    @Root() order: OrderObject,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderObject | null> {
    const { replaces } = await linksOf(order.orderNo, ctx);
    return replaces === null ? null : readOrderView(replaces, ctx);
  }
}
