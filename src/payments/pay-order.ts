import { AtlasClient } from '../atlas/atlas.client';
import { Clock } from '../domain/clock';
import { OrderAccess } from '../domain/order-access';
import { LedgerUnavailableError } from '../ledger/ledger.errors';
import { Logger } from '../logging/logger';
import { createGuardedPayment } from './guarded-payment';
import { PayOrderCommand } from './pay-order.command';
import { validatePayOrder } from './pay-order.validation';
import { PaymentFailureCode } from './payment-failure-code';
import {
  failedOutcome,
  guardFailure,
  PaymentDecisionSource,
  PaymentOutcome,
} from './payment-outcome';
import { PaymentSafety } from './payment-safety';
import { WatchedAttempt } from './unsettled-payments.watcher';

export interface PayOrderDeps {
  atlas: Pick<AtlasClient, 'queryOrder' | 'pay'>;
  clock: Clock;
  safety: PaymentSafety;
  onUnknown(attempt: WatchedAttempt): void;
}

/** Who is paying: idempotency keys are scoped per partner, and only its orders are reachable. */
export interface PayOrderScope {
  /** The partner id. */
  caller: string;
  access: OrderAccess;
  /** Counts an attempt on an order the caller may use; throws RateLimitedError over the limit. */
  countAttempt(orderNo: string): Promise<void>;
  requestId: string | null;
  logger: Logger;
}

export type PayOrder = (command: PayOrderCommand, scope: PayOrderScope) => Promise<PaymentOutcome>;

/**
 * validate → the caller's order? (else exactly Atlas's "not found", asked of no one) → count the
 * attempt → (under the order lock) replay a key's pay.do result, judge any earlier lost answer,
 * pre-check, record, pay.do once. A key replays only what a pay.do attempt ended with; every
 * answer decided without pay.do is worked out again on each call.
 */
export function createPayOrder(deps: PayOrderDeps): PayOrder {
  const { fingerprinter, recordTtlMs } = deps.safety;
  const guardedPayment = createGuardedPayment(deps);

  /** False also when the owners cannot be read: a payment is never made on a guess. */
  async function reachable(orderNo: string, access: OrderAccess, log: Logger) {
    try {
      return (await access.mayUse(orderNo)) ? 'yes' : 'no';
    } catch (error) {
      if (!(error instanceof LedgerUnavailableError)) throw error;
      log.error({ orderNo, err: error.message }, 'refusing to pay: order owners unreadable');
      return 'unknown';
    }
  }

  return async (command, { caller, access, countAttempt, requestId, logger: log }) => {
    const now = deps.clock.now();
    const validation = validatePayOrder(command, now);
    if (!validation.ok) {
      return failedOutcome(
        command.orderNo,
        PaymentFailureCode.INVALID_REQUEST,
        PaymentDecisionSource.INPUT_CHECK,
        { issues: validation.issues },
      );
    }
    const request = validation.request;
    const reach = await reachable(request.orderNo, access, log);
    if (reach === 'no') {
      // Word for word what readOrderForPayment says when Atlas does not know the order.
      return failedOutcome(
        request.orderNo,
        PaymentFailureCode.ORDER_NOT_FOUND,
        PaymentDecisionSource.PRE_CHECK,
      );
    }
    if (reach === 'unknown') {
      return guardFailure(request.orderNo, PaymentFailureCode.PAYMENT_PROTECTION_UNAVAILABLE);
    }
    await countAttempt(request.orderNo);
    const fingerprint = fingerprinter.request(request);
    const key =
      request.idempotencyKey === null
        ? null
        : {
            keyHash: fingerprinter.idempotencyKey(caller, request.idempotencyKey),
            fingerprint,
            expiresAt: new Date(now.getTime() + recordTtlMs),
          };
    return guardedPayment({ request, fingerprint, key, caller, requestId, log });
  };
}
