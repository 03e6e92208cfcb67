import { AtlasClient, CommitOrderRequest } from '../atlas/atlas.client';
import { AtlasTransportError } from '../atlas/atlas.errors';
import { Clock } from '../domain/clock';
import { OrderAccess } from '../domain/order-access';
import { Order, OrderStatus } from '../domain/order';
import { Logger } from '../logging/logger';
import { readOrder } from '../orders/read-order';
import {
  COMMIT_STATUS_CODES,
  CommitFailureCode,
  CommitOutcome,
  ConfirmationDisplay,
} from './commit-outcome';
import { needsTravellerConfirmation } from './ryanair';

export interface CommitOrderDeps {
  atlas: Pick<AtlasClient, 'queryOrder' | 'commitOrder'>;
  clock: Clock;
}

/** Who asks: only orders the caller may use are reachable. */
export interface RecoveryScope {
  access: OrderAccess;
  log: Logger;
}

export type CommitOrder = (
  request: CommitOrderRequest,
  scope: RecoveryScope,
) => Promise<CommitOutcome>;

function failed(
  orderNo: string,
  code: CommitFailureCode,
  atlas: { atlasStatus: number | null; atlasMessage: string | null } = {
    atlasStatus: null,
    atlasMessage: null,
  },
): CommitOutcome {
  return { kind: 'failed', orderNo, code, ...atlas };
}

/** When the order alone shows orderCommit.do cannot help, we say so without calling it. */
function precheck(order: Order, now: Date): CommitFailureCode | null {
  if (order.status !== OrderStatus.UNPAID) return CommitFailureCode.ORDER_NOT_CONFIRMABLE;
  if (order.paymentDeadline && now.getTime() >= order.paymentDeadline.getTime()) {
    return CommitFailureCode.ORDER_NOT_CONFIRMABLE;
  }
  // An order that names its airlines and none is Ryanair can be paid without confirmation.
  if (order.airlineCodes.length > 0 && !needsTravellerConfirmation(order)) {
    return CommitFailureCode.CONFIRMATION_NOT_REQUIRED;
  }
  return null;
}

/**
 * the caller's order? → read the order → pre-check → orderCommit.do once. orderCommit.do charges nothing, so a lost
 * answer is simply "try again"; the newest confirmation page is the one to show.
 */
export function createCommitOrder(deps: CommitOrderDeps): CommitOrder {
  return async (request, { access, log }) => {
    const { orderNo } = request;
    if (!(await access.mayUse(orderNo))) return failed(orderNo, CommitFailureCode.ORDER_NOT_FOUND);
    const read = await readOrder(deps.atlas, orderNo, log, 'confirming');
    if (read.kind === 'notFound') return failed(orderNo, CommitFailureCode.ORDER_NOT_FOUND);
    if (read.kind === 'unreadable') return failed(orderNo, CommitFailureCode.ATLAS_UNAVAILABLE);
    const refused = precheck(read.order, deps.clock.now());
    if (refused) return failed(orderNo, refused);
    try {
      const answer = await deps.atlas.commitOrder(request, log);
      if (answer.kind === 'refused') {
        return failed(
          orderNo,
          COMMIT_STATUS_CODES.get(answer.atlasStatus) ?? CommitFailureCode.UNRECOGNIZED,
          answer,
        );
      }
      return {
        kind: 'page',
        orderNo,
        confirmationUrl: answer.confirmationUrl,
        display: request.iframe ? ConfirmationDisplay.IFRAME : ConfirmationDisplay.POPUP,
        confirmBefore: read.order.paymentDeadline,
      };
    } catch (error) {
      if (error instanceof AtlasTransportError) {
        log.warn({ orderNo, err: error.message }, 'orderCommit.do did not answer');
        return failed(orderNo, CommitFailureCode.ATLAS_UNAVAILABLE);
      }
      throw error;
    }
  };
}
