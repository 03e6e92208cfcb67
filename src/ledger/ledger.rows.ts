import { Selectable } from 'kysely';
import { CardBrand } from '../domain/card';
import { PaymentMethod } from '../domain/order';
import { PaymentAttempt, PaymentAttemptState } from '../domain/payment-attempt';
import { LedgerUnavailableError } from './ledger.errors';
import { PaymentAttemptsTable } from './ledger.schema';

const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    error.code === UNIQUE_VIOLATION
  );
}

/** Rows are written only by the ledger, so they are read back as the types they were written. */
export function attemptFromRow(row: Selectable<PaymentAttemptsTable>): PaymentAttempt {
  return {
    id: row.id,
    orderNo: row.order_no,
    caller: row.caller,
    method: row.method as PaymentMethod,
    cardBrand: row.card_brand as CardBrand | null,
    cardLast4: row.card_last4,
    fingerprint: row.fingerprint,
    idempotencyKeyHash: row.idempotency_key_hash,
    state: row.state as PaymentAttemptState,
    atlasStatus: row.atlas_status,
    outcome: row.outcome,
    decidedBy: row.decided_by,
    requestId: row.request_id,
    createdAt: new Date(row.created_at),
    sentAt: row.sent_at && new Date(row.sent_at),
    settledAt: row.settled_at && new Date(row.settled_at),
  };
}

/** Any failure of a statement is the ledger being unavailable to the payment that asked. */
export async function guarded<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new LedgerUnavailableError(operation, error);
  }
}
