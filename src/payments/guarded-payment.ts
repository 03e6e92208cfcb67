import { randomUUID } from 'node:crypto';
import { AtlasClient } from '../atlas/atlas.client';
import { detectCardBrand, lastFour } from '../domain/card';
import { Clock } from '../domain/clock';
import { PaymentAttempt, PaymentAttemptState } from '../domain/payment-attempt';
import { PaymentRequest } from '../domain/payment-request';
import { LedgerUnavailableError } from '../ledger/ledger.errors';
import { AttemptSettlement, IdempotencyBinding } from '../ledger/payment-ledger';
import { Logger } from '../logging/logger';
import { SafetyStoreUnavailableError } from '../safety/safety-store.errors';
import { precheckFailure } from './pay-order.precheck';
import { PaymentFailureCode } from './payment-failure-code';
import {
  failedOutcome,
  guardFailure,
  PaymentDecisionSource,
  PaymentOutcome,
} from './payment-outcome';
import { decodeOutcome, encodeOutcome } from './payment-outcome.codec';
import {
  isReplayed,
  judgeOpenAttempt,
  landedAnswer,
  reconciledOutcome,
} from './payment-reconciliation';
import { PaymentSafety } from './payment-safety';
import { OrderRead, readOrderForPayment } from './read-order-for-payment';
import { sendPayment } from './send-payment';
import { WatchedAttempt } from './unsettled-payments.watcher';

export interface GuardedPaymentDeps {
  atlas: Pick<AtlasClient, 'queryOrder' | 'pay'>;
  clock: Clock;
  safety: PaymentSafety;
  /** Told of every attempt left open (answer lost, or not recorded), so its order is read until it tells. */
  onUnknown(attempt: WatchedAttempt): void;
}

export interface GuardedPaymentCall {
  request: PaymentRequest;
  fingerprint: string;
  /** The caller's idempotency key as the ledger binds it, if one was sent. */
  key: IdempotencyBinding | null;
  caller: string;
  requestId: string | null;
  log: Logger;
}

export type GuardedPayment = (call: GuardedPaymentCall) => Promise<PaymentOutcome>;

/** The ledger state an answer from pay.do leaves the attempt in. */
function settledState(outcome: PaymentOutcome): AttemptSettlement['state'] {
  if (outcome.kind === 'accepted') return PaymentAttemptState.ACCEPTED;
  if (outcome.code === PaymentFailureCode.OUTCOME_UNKNOWN) return PaymentAttemptState.UNKNOWN;
  if (outcome.decidedBy === PaymentDecisionSource.TRANSPORT) return PaymentAttemptState.NOT_SENT;
  return PaymentAttemptState.FAILED;
}

/**
 * Under the order's lock: replay the key's pay.do result or refuse its reuse, read the order (at
 * the same time as the ledger when no key was sent), judge what an earlier lost answer left,
 * pre-check, record the attempt, then send pay.do once and record its answer. A replay takes the
 * lock too, so it never races the payment it replays. Whatever the ledger does after pay.do was
 * sent, the caller still gets Atlas's answer; an attempt left RECORDED only makes the next call
 * judge it by the order.
 */
export function createGuardedPayment(deps: GuardedPaymentDeps): GuardedPayment {
  const { ledger, locks, lockTtlMs, settleMs } = deps.safety;
  const now = () => deps.clock.now();

  async function sendRecorded(call: GuardedPaymentCall): Promise<PaymentOutcome> {
    const { request, log } = call;
    const attempt = {
      id: randomUUID(),
      orderNo: request.orderNo,
      caller: call.caller,
      method: request.method,
      cardBrand: request.card ? detectCardBrand(request.card.number) : null,
      cardLast4: request.card ? lastFour(request.card.number) : null,
      fingerprint: call.fingerprint,
      requestId: call.requestId,
      createdAt: now(),
    };
    switch (await ledger.record(attempt, call.key)) {
      case 'keyReused':
        return guardFailure(request.orderNo, PaymentFailureCode.IDEMPOTENCY_KEY_REUSED);
      case 'orderBusy':
        // Only a gateway not sharing this one's locks can get here first; its attempt stands.
        log.warn({ orderNo: request.orderNo }, 'another open attempt for the order; not sending');
        return guardFailure(request.orderNo, PaymentFailureCode.PAYMENT_IN_PROGRESS);
      case 'recorded':
        break;
    }
    const sentAt = now();
    const outcome = await sendPayment(deps.atlas, request, log);
    const state = settledState(outcome);
    try {
      const settled = await ledger.settle(attempt.id, {
        state,
        atlasStatus: outcome.kind === 'accepted' ? 0 : outcome.atlasStatus,
        outcome: encodeOutcome(outcome),
        decidedBy: outcome.decidedBy,
        sentAt: state === PaymentAttemptState.NOT_SENT ? null : sentAt,
        settledAt: now(),
      });
      if (settled && state === PaymentAttemptState.UNKNOWN) deps.onUnknown(attempt);
    } catch (error) {
      log.error(
        { orderNo: request.orderNo, attemptId: attempt.id, err: (error as Error).message },
        'could not record the pay.do answer; the attempt stays open and is judged by the order',
      );
      deps.onUnknown(attempt);
    }
    return outcome;
  }

  /** The key's earlier answer, or the order's open attempt and the order read for the pre-check. */
  async function lookUpAndRead(
    call: GuardedPaymentCall,
  ): Promise<{ answer: PaymentOutcome } | { open: PaymentAttempt | null; read: OrderRead }> {
    const { request, fingerprint, log } = call;
    const readOrder = () => readOrderForPayment(deps.atlas, request.orderNo, log);
    if (!call.key) {
      // Nothing to replay, and the open attempt is judged only once the order is read too: the
      // read need not wait for the ledger, which saves a payment one round trip.
      const [{ open }, read] = await Promise.all([
        ledger.lookup(request.orderNo, null, now()),
        readOrder(),
      ]);
      return { open, read };
    }
    const { open, keyed } = await ledger.lookup(request.orderNo, call.key.keyHash, now());
    if (keyed && keyed.fingerprint !== fingerprint) {
      return { answer: guardFailure(request.orderNo, PaymentFailureCode.IDEMPOTENCY_KEY_REUSED) };
    }
    // A key's replay is answered from the ledger alone, before Atlas is read.
    if (keyed && isReplayed(keyed.attempt)) {
      log.info({ orderNo: request.orderNo }, 'replayed an idempotent payOrder result');
      return { answer: decodeOutcome(keyed.attempt.outcome!) };
    }
    return { open, read: await readOrder() };
  }

  async function underLock(call: GuardedPaymentCall): Promise<PaymentOutcome> {
    const { request, fingerprint, log } = call;
    const found = await lookUpAndRead(call);
    if ('answer' in found) return found.answer;
    const { open, read } = found;
    if (read.kind === 'failed') return read.outcome;
    if (open) {
      const verdict = judgeOpenAttempt(open, read.order, now(), { settleMs });
      log.info(
        {
          orderNo: request.orderNo,
          attemptId: open.id,
          attempt: open.state,
          verdict: verdict.kind,
        },
        'judged an earlier payment attempt whose answer was lost',
      );
      switch (verdict.kind) {
        case 'settling':
          return failedOutcome(
            request.orderNo,
            PaymentFailureCode.PAYMENT_STILL_SETTLING,
            PaymentDecisionSource.SAFETY_GUARD,
            { settlesAt: verdict.settlesAt.toISOString() },
          );
        case 'landed':
          await ledger.resolve(open.id, {
            state: PaymentAttemptState.RECONCILED,
            outcome: encodeOutcome(reconciledOutcome(open)),
            decidedBy: PaymentDecisionSource.RECONCILIATION,
            at: now(),
          });
          return landedAnswer(open, fingerprint);
        case 'lapsed': {
          const resolved = await ledger.resolve(open.id, {
            state: PaymentAttemptState.NOT_TAKEN,
            outcome: null,
            decidedBy: PaymentDecisionSource.RECONCILIATION,
            at: now(),
          });
          // Someone else told its fate first, perhaps that it landed: look again next time.
          if (!resolved)
            return guardFailure(request.orderNo, PaymentFailureCode.PAYMENT_IN_PROGRESS);
          break;
        }
      }
    }
    const precheck = precheckFailure(read.order, request.method, now());
    if (precheck) return failedOutcome(request.orderNo, precheck, PaymentDecisionSource.PRE_CHECK);
    return sendRecorded(call);
  }

  return async (call) => {
    const { orderNo } = call.request;
    try {
      const lease = await locks.acquire(orderNo, lockTtlMs);
      if (!lease) return guardFailure(orderNo, PaymentFailureCode.PAYMENT_IN_PROGRESS);
      try {
        return await underLock(call);
      } finally {
        // The lock expires anyway; a failed release only delays the next payment for this order.
        await locks.release(lease).catch((error: Error) => {
          call.log.warn({ orderNo, err: error.message }, 'could not release the payment lock');
        });
      }
    } catch (error) {
      if (!(
        error instanceof SafetyStoreUnavailableError || error instanceof LedgerUnavailableError
      ))
        throw error;
      call.log.error({ orderNo, err: error.message }, 'refusing to pay without protection');
      return guardFailure(orderNo, PaymentFailureCode.PAYMENT_PROTECTION_UNAVAILABLE);
    }
  };
}
