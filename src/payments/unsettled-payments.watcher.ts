import { AtlasClient } from '../atlas/atlas.client';
import { Clock } from '../domain/clock';
import { PaymentAttempt, PaymentAttemptState } from '../domain/payment-attempt';
import { PaymentLedger } from '../ledger/payment-ledger';
import { Logger } from '../logging/logger';
import { readOrder } from '../orders/read-order';
import { PaymentDecisionSource } from './payment-outcome';
import { encodeOutcome } from './payment-outcome.codec';
import { judgeOpenAttempt, reconciledOutcome } from './payment-reconciliation';

export interface UnsettledPaymentsWatcherOptions {
  atlas: Pick<AtlasClient, 'queryOrder'>;
  ledger: PaymentLedger;
  clock: Clock;
  settleMs: number;
  /** A RECORDED attempt belongs to its sender until the sender's order lock runs out. */
  lockTtlMs: number;
  pollMs: number;
  logger: Logger;
}

/** Enough to find the attempt again: each look reads its current state from the ledger. */
export type WatchedAttempt = Pick<PaymentAttempt, 'id' | 'orderNo'>;

export interface UnsettledPaymentsWatcher {
  /** Reads the attempt's order until it shows paid, or its settle window passes. */
  watch(attempt: WatchedAttempt): void;
  /** After a start: watches every attempt in the ledger that may still land. */
  resume(): Promise<number>;
  close(): void;
}

/**
 * Tells the fate of each payment whose answer was lost without waiting for a caller to ask, as
 * the ticketing poller does for orders. Each decision is a compare-and-set in the ledger, so
 * replicas watching the same attempt, or a payOrder judging it at the same time, agree.
 */
export function createUnsettledPaymentsWatcher(
  options: UnsettledPaymentsWatcherOptions,
): UnsettledPaymentsWatcher {
  const { ledger, logger } = options;
  const timers = new Map<string, NodeJS.Timeout>();
  let closed = false;

  const schedule = (attempt: WatchedAttempt) => {
    if (closed) return;
    const timer = setTimeout(() => void tick(attempt), options.pollMs);
    timer.unref();
    timers.set(attempt.id, timer);
  };

  async function tick(attempt: WatchedAttempt): Promise<void> {
    timers.delete(attempt.id);
    try {
      const current = await ledger.openAttempt(attempt.orderNo);
      if (current?.id !== attempt.id) return;
      const now = options.clock.now();
      const ownedUntil = current.createdAt.getTime() + options.lockTtlMs;
      if (current.state === PaymentAttemptState.RECORDED && now.getTime() < ownedUntil) {
        return schedule(current);
      }
      const read = await readOrder(
        options.atlas,
        current.orderNo,
        logger,
        'settling a payment',
        null,
      );
      if (read.kind === 'unreadable') return schedule(current);
      const order = read.kind === 'found' ? read.order : null;
      const verdict = judgeOpenAttempt(current, order, now, options);
      if (verdict.kind === 'settling') return schedule(current);
      const landed = verdict.kind === 'landed';
      const resolved = await ledger.resolve(current.id, {
        state: landed ? PaymentAttemptState.RECONCILED : PaymentAttemptState.NOT_TAKEN,
        outcome: landed ? encodeOutcome(reconciledOutcome(current)) : null,
        decidedBy: PaymentDecisionSource.RECONCILIATION,
        at: now,
      });
      if (resolved) {
        logger.info(
          { orderNo: current.orderNo, attemptId: current.id, landed },
          'settled a payment whose answer was lost',
        );
      }
    } catch (error) {
      logger.warn(
        { orderNo: attempt.orderNo, attemptId: attempt.id, err: (error as Error).message },
        'could not settle a payment whose answer was lost; trying again',
      );
      schedule(attempt);
    }
  }

  return {
    watch(attempt) {
      if (!timers.has(attempt.id)) schedule(attempt);
    },
    async resume() {
      const open = await ledger.openAttempts();
      for (const attempt of open) if (!timers.has(attempt.id)) schedule(attempt);
      return open.length;
    },
    close() {
      closed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
