import { CreateOrderFailureCode } from './booking-failure-codes';
import { CreateOrderOutcome } from './booking-outcomes';

/**
 * What an idempotency record replays. JSON, with the one Date an order holds revived; the
 * outcome holds no passenger data (an Order keeps names and tickets, not documents or birthdays).
 */
export function encodeCreateOutcome(outcome: CreateOrderOutcome): string {
  return JSON.stringify(outcome);
}

export function decodeCreateOutcome(text: string): CreateOrderOutcome {
  const outcome = JSON.parse(text) as CreateOrderOutcome;
  if (outcome.kind !== 'created') return outcome;
  const deadline = outcome.order.paymentDeadline as unknown as string | null;
  return {
    kind: 'created',
    replayed: true,
    order: { ...outcome.order, paymentDeadline: deadline ? new Date(deadline) : null },
  };
}

/** Refusals the same request can overcome by waiting are sent again rather than replayed. */
const RESENT: ReadonlySet<CreateOrderFailureCode> = new Set([
  CreateOrderFailureCode.AIRLINE_FAILED,
  CreateOrderFailureCode.BOOKING_IN_PROGRESS,
  CreateOrderFailureCode.OUTCOME_UNKNOWN,
  CreateOrderFailureCode.PROTECTION_UNAVAILABLE,
]);

export function isReplayable(outcome: CreateOrderOutcome): boolean {
  return outcome.kind === 'created' || !RESENT.has(outcome.code);
}
