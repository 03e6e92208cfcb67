import DataLoader from 'dataloader';
import { PaymentAttemptWithEvents } from '../domain/payment-attempt';
import { PaymentLedger } from '../ledger/payment-ledger';
import { PaymentOutcome } from './payment-outcome';
import { decodeOutcome } from './payment-outcome.codec';

export interface PaymentHistoryEntry {
  attempt: PaymentAttemptWithEvents;
  /** The outcome the attempt now stands for; null while pay.do has not answered. */
  outcome: PaymentOutcome | null;
}

export type PaymentHistoryLoader = DataLoader<string, PaymentHistoryEntry[]>;

/** One per request: every order's attempts in one ledger read, newest first. */
export function createPaymentHistoryLoader(
  ledger: Pick<PaymentLedger, 'history'>,
): PaymentHistoryLoader {
  return new DataLoader(async (orderNos) => {
    const histories = await ledger.history(orderNos);
    return histories.map((attempts) =>
      attempts.map((attempt) => ({
        attempt,
        outcome: attempt.outcome === null ? null : decodeOutcome(attempt.outcome),
      })),
    );
  });
}
