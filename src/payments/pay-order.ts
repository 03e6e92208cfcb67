import { AtlasClient } from '../atlas/atlas.client';
import { Clock } from '../domain/clock';
import { Logger } from '../logging/logger';
import { SafetyStoreUnavailableError } from '../safety/safety-store.errors';
import { createGuardedPayment } from './guarded-payment';
import { idempotencyKeep } from './idempotency.policy';
import { PayOrderCommand } from './pay-order.command';
import { validatePayOrder } from './pay-order.validation';
import { PaymentFailureCode } from './payment-failure-code';
import {
  failedOutcome,
  guardFailure,
  PaymentDecisionSource,
  PaymentOutcome,
} from './payment-outcome';
import { decodeOutcome, encodeOutcome } from './payment-outcome.codec';
import { PaymentSafety } from './payment-safety';

export interface PayOrderDeps {
  atlas: Pick<AtlasClient, 'queryOrder' | 'pay'>;
  clock: Clock;
  safety: PaymentSafety;
}

/** Who is paying: idempotency keys are scoped per caller. */
export interface PayOrderScope {
  caller: string;
  logger: Logger;
}

export type PayOrder = (command: PayOrderCommand, scope: PayOrderScope) => Promise<PaymentOutcome>;

/** validate → claim the idempotency key → (under the order lock) reconcile, pre-check, pay.do once. */
export function createPayOrder(deps: PayOrderDeps): PayOrder {
  const { idempotency, fingerprinter, lockTtlMs, recordTtlMs } = deps.safety;
  const guardedPayment = createGuardedPayment(deps);

  async function keep(key: string, token: string, outcome: PaymentOutcome, log: Logger) {
    const keepAs = idempotencyKeep(outcome);
    try {
      if (keepAs === 'forget') await idempotency.release(key, token);
      else {
        const state = keepAs === 'replay' ? 'settled' : 'unknown';
        await idempotency.settle(
          key,
          token,
          { state, result: encodeOutcome(outcome) },
          recordTtlMs,
        );
      }
    } catch (error) {
      // The claim's lease runs out; the next call with this key then reads the order first.
      log.error({ err: (error as Error).message }, 'could not store the idempotency record');
    }
  }

  return async (command, { caller, logger: log }) => {
    const validation = validatePayOrder(command, deps.clock.now());
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
    if (request.idempotencyKey === null) {
      return guardedPayment({ request, fingerprint, idempotency: null, log });
    }
    const guard = (code: PaymentFailureCode) => guardFailure(request.orderNo, code);
    const key = fingerprinter.idempotencyKey(caller, request.idempotencyKey);
    let claim;
    try {
      claim = await idempotency.claim(key, { fingerprint, leaseMs: lockTtlMs, ttlMs: recordTtlMs });
    } catch (error) {
      if (!(error instanceof SafetyStoreUnavailableError)) throw error;
      log.error({ err: error.message }, 'refusing to pay without protection');
      return guard(PaymentFailureCode.PAYMENT_PROTECTION_UNAVAILABLE);
    }
    switch (claim.kind) {
      case 'mismatch':
        return guard(PaymentFailureCode.IDEMPOTENCY_KEY_REUSED);
      case 'inFlight':
        return guard(PaymentFailureCode.PAYMENT_IN_PROGRESS);
      case 'settled':
        log.info({ orderNo: request.orderNo }, 'replayed an idempotent payOrder result');
        return decodeOutcome(claim.result);
      case 'claimed': {
        const outcome = await guardedPayment({
          request,
          fingerprint,
          idempotency: { key, token: claim.token },
          log,
        });
        await keep(key, claim.token, outcome, log);
        return outcome;
      }
    }
  };
}
