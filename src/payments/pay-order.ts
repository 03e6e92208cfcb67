import { AtlasClient } from '../atlas/atlas.client';
import { Clock } from '../domain/clock';
import { PaymentAttempt } from '../domain/payment-attempt';
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
import { decodeOutcome } from './payment-outcome.codec';
import { isReplayed } from './payment-reconciliation';
import { PaymentSafety } from './payment-safety';

export interface PayOrderDeps {
  atlas: Pick<AtlasClient, 'queryOrder' | 'pay'>;
  clock: Clock;
  safety: PaymentSafety;
  onUnknown(attempt: PaymentAttempt): void;
}

/** Who is paying: idempotency keys are scoped per caller. */
export interface PayOrderScope {
  caller: string;
  requestId: string | null;
  logger: Logger;
}

export type PayOrder = (command: PayOrderCommand, scope: PayOrderScope) => Promise<PaymentOutcome>;

/**
 * validate → replay a key's pay.do result → (under the order lock) judge any earlier lost
 * answer, pre-check, record, pay.do once. A key replays only what a pay.do attempt ended with;
 * every answer decided without pay.do is worked out again on each call.
 */
export function createPayOrder(deps: PayOrderDeps): PayOrder {
  const { ledger, fingerprinter, recordTtlMs } = deps.safety;
  const guardedPayment = createGuardedPayment(deps);

  return async (command, { caller, requestId, logger: log }) => {
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
    const fingerprint = fingerprinter.request(request);
    const call = { request, fingerprint, key: null, caller, requestId, log };
    if (request.idempotencyKey === null) return guardedPayment(call);

    const keyHash = fingerprinter.idempotencyKey(caller, request.idempotencyKey);
    try {
      const keyed = await ledger.findByKey(keyHash, now);
      if (keyed && keyed.fingerprint !== fingerprint) {
        return guardFailure(request.orderNo, PaymentFailureCode.IDEMPOTENCY_KEY_REUSED);
      }
      if (keyed && isReplayed(keyed.attempt)) {
        log.info({ orderNo: request.orderNo }, 'replayed an idempotent payOrder result');
        return decodeOutcome(keyed.attempt.outcome!);
      }
    } catch (error) {
      if (!(error instanceof LedgerUnavailableError)) throw error;
      log.error({ err: error.message }, 'refusing to pay without protection');
      return guardFailure(request.orderNo, PaymentFailureCode.PAYMENT_PROTECTION_UNAVAILABLE);
    }
    return guardedPayment({
      ...call,
      key: { keyHash, fingerprint, expiresAt: new Date(now.getTime() + recordTtlMs) },
    });
  };
}
