import { AtlasClient } from '../atlas/atlas.client';
import { lastFour } from '../domain/card';
import { Clock } from '../domain/clock';
import { Logger } from '../logging/logger';
import { OrderLease, PaymentAttempt } from '../safety/order-lock.store';
import { SafetyStoreUnavailableError } from '../safety/safety-store.errors';
import { encodeOutcome } from './payment-outcome.codec';
import { precheckFailure } from './pay-order.precheck';
import { PaymentFailureCode } from './payment-failure-code';
import {
  failedOutcome,
  guardFailure,
  PaymentDecisionSource,
  PaymentOutcome,
} from './payment-outcome';
import { reconcileAttempt } from './payment-reconciliation';
import { PaymentRequest } from '../domain/payment-request';
import { PaymentSafety } from './payment-safety';
import { readOrderForPayment } from './read-order-for-payment';
import { sendPayment } from './send-payment';

export interface GuardedPaymentDeps {
  atlas: Pick<AtlasClient, 'queryOrder' | 'pay'>;
  clock: Clock;
  safety: PaymentSafety;
}

export interface GuardedPaymentCall {
  request: PaymentRequest;
  fingerprint: string;
  /** The idempotency claim this call runs under, if the caller sent a key. */
  idempotency: { key: string; token: string } | null;
  log: Logger;
}

export type GuardedPayment = (call: GuardedPaymentCall) => Promise<PaymentOutcome>;

/**
 * Under the order's lock: settle any earlier attempt whose answer was lost, pre-check the order,
 * record the attempt, then send pay.do once. Whatever the store does after pay.do was sent, the
 * caller still gets Atlas's answer; a record left behind only makes the next call read the order.
 */
export function createGuardedPayment(deps: GuardedPaymentDeps): GuardedPayment {
  const { locks, idempotency, lockTtlMs, recordTtlMs } = deps.safety;

  async function settleEarlierKey(
    attempt: PaymentAttempt,
    outcome: PaymentOutcome,
    call: GuardedPaymentCall,
  ) {
    const earlier = attempt.idempotency;
    if (!earlier || earlier.key === call.idempotency?.key) return;
    await idempotency.settle(
      earlier.key,
      earlier.token,
      { state: 'settled', result: encodeOutcome(outcome) },
      recordTtlMs,
    );
  }

  async function underLock(lease: OrderLease, call: GuardedPaymentCall): Promise<PaymentOutcome> {
    const { request, fingerprint, log } = call;
    const attempt = await locks.readAttempt(request.orderNo);
    const read = await readOrderForPayment(deps.atlas, request.orderNo, log);
    if (read.kind === 'failed') return read.outcome;
    if (attempt) {
      const reconciled = reconcileAttempt(attempt, read.order, fingerprint);
      const own = reconcileAttempt(attempt, read.order, attempt.fingerprint);
      log.info(
        { orderNo: request.orderNo, attempt: attempt.state, paid: reconciled !== null },
        'reconciled an earlier payment attempt whose answer was lost',
      );
      if (own) await settleEarlierKey(attempt, own, call);
      await locks.clearAttempt(lease);
      if (reconciled) return reconciled;
    }
    const precheck = precheckFailure(read.order, request.method, deps.clock.now());
    if (precheck) return failedOutcome(request.orderNo, precheck, PaymentDecisionSource.PRE_CHECK);

    const sent: PaymentAttempt = {
      state: 'sent',
      fingerprint,
      method: request.method,
      cardLast4: request.card ? lastFour(request.card.number) : null,
      sentAt: deps.clock.now().toISOString(),
      idempotency: call.idempotency,
    };
    if (!(await locks.writeAttempt(lease, sent, recordTtlMs))) {
      log.warn({ orderNo: request.orderNo }, 'payment lock lost before pay.do; not sending');
      return guardFailure(request.orderNo, PaymentFailureCode.PAYMENT_IN_PROGRESS);
    }
    const outcome = await sendPayment(deps.atlas, request, log);
    try {
      if (outcome.kind === 'failed' && outcome.code === PaymentFailureCode.OUTCOME_UNKNOWN) {
        await locks.writeAttempt(lease, { ...sent, state: 'unknown' }, recordTtlMs);
      } else {
        await locks.clearAttempt(lease);
      }
    } catch (error) {
      log.error(
        { orderNo: request.orderNo, err: (error as Error).message },
        'could not update the payment attempt record; the next payOrder reads the order first',
      );
    }
    return outcome;
  }

  return async (call) => {
    const { orderNo } = call.request;
    try {
      const lease = await locks.acquire(orderNo, lockTtlMs);
      if (!lease) return guardFailure(orderNo, PaymentFailureCode.PAYMENT_IN_PROGRESS);
      try {
        return await underLock(lease, call);
      } finally {
        // The lock expires anyway; a failed release only delays the next payment for this order.
        await locks.release(lease).catch((error: Error) => {
          call.log.warn({ orderNo, err: error.message }, 'could not release the payment lock');
        });
      }
    } catch (error) {
      if (!(error instanceof SafetyStoreUnavailableError)) throw error;
      call.log.error({ orderNo, err: error.message }, 'refusing to pay without protection');
      return guardFailure(orderNo, PaymentFailureCode.PAYMENT_PROTECTION_UNAVAILABLE);
    }
  };
}
