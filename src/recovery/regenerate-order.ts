import { AtlasClient } from '../atlas/atlas.client';
import { AtlasTransportError } from '../atlas/atlas.errors';
import { Clock } from '../domain/clock';
import { LedgerUnavailableError } from '../ledger/ledger.errors';
import { OrderReplacements } from '../ledger/order-replacements';
import { Order } from '../domain/order';
import { readOrder } from '../orders/read-order';
import { OrderLockStore } from '../safety/order-lock.store';
import { SafetyStoreUnavailableError } from '../safety/safety-store.errors';
import { RecoveryScope } from './commit-order';
import { recoveryOf, RecoveryPath } from './order-recovery';
import {
  REGENERATE_STATUS_CODES,
  RegenerateFailureCode,
  RegenerateOutcome,
} from './regenerate-outcome';

export interface RegenerateOrderDeps {
  atlas: Pick<AtlasClient, 'queryOrder' | 'regenerateOrder'>;
  clock: Clock;
  /** Where the link from the original to its replacement is kept; Atlas tells it only once. */
  replacements: Pick<OrderReplacements, 'record'>;
  /** The payment lock: no payOrder of the original can run while it is being regenerated. */
  locks: Pick<OrderLockStore, 'acquire' | 'release'>;
  lockTtlMs: number;
}

export type RegenerateOrder = (orderNo: string, scope: RecoveryScope) => Promise<RegenerateOutcome>;

function failed(
  orderNo: string,
  code: RegenerateFailureCode,
  atlas: { atlasStatus: number | null; atlasMessage: string | null; duplicateOrders: string[] } = {
    atlasStatus: null,
    atlasMessage: null,
    duplicateOrders: [],
  },
): RegenerateOutcome {
  return { kind: 'failed', orderNo, code, ...atlas };
}

/**
 * Regenerating beside a live order books the trip twice, and both could be paid: a paid order
 * (or 615) is never regenerated, and a payable one is paid instead. Everything else goes to Atlas.
 */
function precheck(order: Order, now: Date): RegenerateFailureCode | null {
  const recovery = recoveryOf(order, now);
  if (recovery.payingAgainWouldBeWrong) return RegenerateFailureCode.ORDER_NOT_REGENERABLE;
  if (recovery.path === RecoveryPath.PAY || recovery.path === RecoveryPath.CONFIRM_THEN_PAY) {
    return RegenerateFailureCode.ORDER_STILL_PAYABLE;
  }
  return null;
}

/**
 * the caller's order? → lock the original → read it → pre-check → regenerateOrder.do once → the
 * new order belongs to the caller.
 */
export function createRegenerateOrder(deps: RegenerateOrderDeps): RegenerateOrder {
  async function underLock(
    orderNo: string,
    { access, log }: RecoveryScope,
  ): Promise<RegenerateOutcome> {
    const read = await readOrder(deps.atlas, orderNo, log, 'regenerating');
    if (read.kind === 'notFound') return failed(orderNo, RegenerateFailureCode.ORDER_NOT_FOUND);
    if (read.kind === 'unreadable') return failed(orderNo, RegenerateFailureCode.ATLAS_UNAVAILABLE);
    const refused = precheck(read.order, deps.clock.now());
    if (refused) return failed(orderNo, refused);
    let answer;
    try {
      answer = await deps.atlas.regenerateOrder(orderNo, log);
    } catch (error) {
      if (!(error instanceof AtlasTransportError)) throw error;
      log.error({ orderNo, err: error.message }, 'regenerateOrder.do answer lost');
      return failed(orderNo, RegenerateFailureCode.OUTCOME_UNKNOWN);
    }
    if (answer.kind === 'refused') {
      return failed(
        orderNo,
        REGENERATE_STATUS_CODES.get(answer.atlasStatus) ?? RegenerateFailureCode.UNRECOGNIZED,
        answer,
      );
    }
    const newOrderNo = answer.order.orderNo;
    log.info({ orderNo, newOrderNo }, 'order regenerated');
    // The new order exists at Atlas either way; the caller must hear of it even if these fail.
    await access.claim(newOrderNo).catch((error: Error) => {
      log.error(
        { orderNo, newOrderNo, err: error.message },
        'regenerated order not recorded as the caller’s; only orders:any reaches it',
      );
    });
    await deps.replacements.record(orderNo, newOrderNo, deps.clock.now()).catch((error: Error) => {
      log.error(
        { orderNo, newOrderNo, err: error.message },
        'link to the regenerated order not recorded; the original does not point at it',
      );
    });
    return {
      kind: 'regenerated',
      originalOrderNo: orderNo,
      order: answer.order,
      originalFailureCode: read.order.ticketingFailure?.code ?? null,
    };
  }

  return async (orderNo, scope) => {
    const { log } = scope;
    try {
      if (!(await scope.access.mayUse(orderNo))) {
        return failed(orderNo, RegenerateFailureCode.ORDER_NOT_FOUND);
      }
      const lease = await deps.locks.acquire(orderNo, deps.lockTtlMs);
      if (!lease) return failed(orderNo, RegenerateFailureCode.ORDER_BUSY);
      try {
        return await underLock(orderNo, scope);
      } finally {
        await deps.locks.release(lease).catch((error: Error) => {
          log.warn({ orderNo, err: error.message }, 'could not release the order lock');
        });
      }
    } catch (error) {
      if (!(
        error instanceof SafetyStoreUnavailableError || error instanceof LedgerUnavailableError
      ))
        throw error;
      log.error({ orderNo, err: error.message }, 'refusing to regenerate without protection');
      return failed(orderNo, RegenerateFailureCode.PROTECTION_UNAVAILABLE);
    }
  };
}
