import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import { commitInputProblem } from '../src/recovery/commit-order.validation';
import { GatewayContext } from '../src/server/context';
import { badUserInput, checkOrderNo, mapKnownErrors } from './errors';
import { commitResultView, regenerateResultView, ResultView } from './mappers/recovery-result.view';
import { CommitOrderArgs } from './types/commit-order.args';
import { CommitOrderResultUnion } from './types/commit-order-result.type';
import { RegenerateOrderResultUnion } from './types/regenerate-order-result.type';

@Resolver()
export class RecoveryResolver {
  @Authorized('payments:write')
  @UseMiddleware(mapKnownErrors)
  @Mutation(() => CommitOrderResultUnion, {
    description:
      'Ryanair (FR) only: gets the page where the traveller confirms the order, which payOrder needs first. Charges nothing.',
  })
  async commitOrder(
    @Args(() => CommitOrderArgs) { orderNo, redirectUri, iframe }: CommitOrderArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ResultView> {
    checkOrderNo(orderNo, 'orderNo');
    const embedded = iframe ?? false;
    const problem = commitInputProblem(redirectUri ?? null, embedded);
    if (problem) throw badUserInput(problem.message, problem.field);
    const outcome = await ctx.recovery.commitOrder(
      { orderNo, redirectUri: embedded ? null : (redirectUri ?? null), iframe: embedded },
      { access: ctx.access, log: ctx.logger },
    );
    const view = commitResultView(outcome, ctx.locale);
    ctx.outcomes.push(`commitOrder:${view.typename}`);
    return view;
  }

  @Authorized('payments:write')
  @Mutation(() => RegenerateOrderResultUnion, {
    description:
      'Makes a new unpaid order for the trip of an order that can no longer be paid (past its deadline, or cancelled e.g. after the airline refused the card). The original is unchanged. Paid or still payable orders are refused.',
  })
  async regenerateOrder(
    @Arg('orderNo', () => ID, { description: 'The order that can no longer be paid.' })
    orderNo: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<ResultView> {
    checkOrderNo(orderNo, 'orderNo');
    const outcome = await ctx.recovery.regenerateOrder(orderNo, {
      access: ctx.access,
      log: ctx.logger,
    });
    const view = regenerateResultView(outcome, ctx.locale);
    ctx.outcomes.push(`regenerateOrder:${view.typename}`);
    return view;
  }
}
