import { AtlasClient } from '../atlas/atlas.client';
import { Clock } from '../domain/clock';
import { Logger } from '../logging/logger';
import { createGuardedPayment } from './guarded-payment';
import { PayOrderCommand } from './pay-order.command';
import { validatePayOrder } from './pay-order.validation';
import { PaymentFailureCode } from './payment-failure-code';
import { failedOutcome, PaymentDecisionSource, PaymentOutcome } from './payment-outcome';
import { PaymentSafety } from './payment-safety';
import { WatchedAttempt } from './unsettled-payments.watcher';

export interface PayOrderDeps {
  atlas: Pick<AtlasClient, 'queryOrder' | 'pay'>;
  clock: Clock;
  safety: PaymentSafety;
  onUnknown(attempt: WatchedAttempt): void;
}

/** Who is paying: idempotency keys are scoped per caller. */
export interface PayOrderScope {
  caller: string;
  requestId: string | null;
  logger: Logger;
}

export type PayOrder = (command: PayOrderCommand, scope: PayOrderScope) => Promise<PaymentOutcome>;

/**
 * validate → (under the order lock) replay a key's pay.do result, judge any earlier lost answer,
 * pre-check, record, pay.do once. A key replays only what a pay.do attempt ended with; every
 * answer decided without pay.do is worked out again on each call.
 */
export function createPayOrder(deps: PayOrderDeps): PayOrder {
  const { fingerprinter, recordTtlMs } = deps.safety;
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
