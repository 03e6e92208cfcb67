import { Kysely, Selectable, Transaction } from 'kysely';
import { CardBrand } from '../domain/card';
import { PaymentMethod } from '../domain/order';
import {
  OPEN_ATTEMPT_STATES,
  PaymentAttempt,
  PaymentAttemptEvent,
  PaymentAttemptState,
} from '../domain/payment-attempt';
import { LedgerUnavailableError } from './ledger.errors';
import { LedgerTables, PaymentAttemptsTable } from './ledger.schema';
import { PaymentLedger } from './payment-ledger';

type Db = Kysely<LedgerTables> | Transaction<LedgerTables>;

const UNIQUE_VIOLATION = '23505';
const OPEN = OPEN_ATTEMPT_STATES as PaymentAttemptState[];

/** Thrown inside a transaction to roll it back when the key belongs to another request. */
class KeyReused extends Error {}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    error.code === UNIQUE_VIOLATION
  );
}

/** Rows are written only by this module, so they are read back as the types they were written. */
function attemptFromRow(row: Selectable<PaymentAttemptsTable>): PaymentAttempt {
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

async function guarded<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new LedgerUnavailableError(operation, error);
  }
}

/** The ledger on PostgreSQL or PGlite: one SQL dialect, so one implementation serves both. */
export function createSqlPaymentLedger(db: Kysely<LedgerTables>): PaymentLedger {
  const appendEvents = (trx: Db, attemptId: string, events: PaymentAttemptEvent[]) =>
    trx
      .insertInto('payment_events')
      .values(
        events.map((event) => ({
          attempt_id: attemptId,
          type: event.type,
          at: event.at,
          atlas_status: event.atlasStatus,
        })),
      )
      .execute();

  /** Moves an attempt from one of `from` to its next state, with its events, atomically. */
  const transition = (
    operation: string,
    id: string,
    from: PaymentAttemptState[],
    set: Partial<PaymentAttemptsTable>,
    events: PaymentAttemptEvent[],
  ) =>
    guarded(operation, () =>
      db.transaction().execute(async (trx) => {
        const moved = await trx
          .updateTable('payment_attempts')
          .set(set)
          .where('id', '=', id)
          .where('state', 'in', from)
          .returning('id')
          .executeTakeFirst();
        if (!moved) return false;
        await appendEvents(trx, id, events);
        return true;
      }),
    );

  return {
    findByKey: (keyHash, now) =>
      guarded('key lookup', async () => {
        const row = await db
          .selectFrom('idempotency_keys as k')
          .innerJoin('payment_attempts as a', 'a.id', 'k.attempt_id')
          .selectAll('a')
          .select('k.fingerprint as key_fingerprint')
          .where('k.key_hash', '=', keyHash)
          .where('k.expires_at', '>', now)
          .executeTakeFirst();
        if (!row) return null;
        const { key_fingerprint, ...attempt } = row;
        return { fingerprint: key_fingerprint, attempt: attemptFromRow(attempt) };
      }),

    openAttempt: (orderNo) =>
      guarded('open attempt lookup', async () => {
        const row = await db
          .selectFrom('payment_attempts')
          .selectAll()
          .where('order_no', '=', orderNo)
          .where('state', 'in', OPEN)
          .executeTakeFirst();
        return row ? attemptFromRow(row) : null;
      }),

    async record(attempt, key) {
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('payment_attempts')
            .values({
              id: attempt.id,
              order_no: attempt.orderNo,
              caller: attempt.caller,
              method: attempt.method,
              card_brand: attempt.cardBrand,
              card_last4: attempt.cardLast4,
              fingerprint: attempt.fingerprint,
              idempotency_key_hash: key?.keyHash ?? null,
              state: PaymentAttemptState.RECORDED,
              request_id: attempt.requestId,
              created_at: attempt.createdAt,
            })
            .execute();
          await appendEvents(trx, attempt.id, [
            { type: PaymentAttemptState.RECORDED, at: attempt.createdAt, atlasStatus: null },
          ]);
          if (!key) return;
          // Rebinds the key only for the same request (its earlier attempt did not take) or
          // once it expired; a different live request keeps it.
          const bound = await trx
            .insertInto('idempotency_keys')
            .values({
              key_hash: key.keyHash,
              fingerprint: key.fingerprint,
              attempt_id: attempt.id,
              expires_at: key.expiresAt,
            })
            .onConflict((conflict) =>
              conflict
                .column('key_hash')
                .doUpdateSet((eb) => ({
                  fingerprint: eb.ref('excluded.fingerprint'),
                  attempt_id: eb.ref('excluded.attempt_id'),
                  expires_at: eb.ref('excluded.expires_at'),
                }))
                .where((eb) =>
                  eb.or([
                    eb('idempotency_keys.fingerprint', '=', eb.ref('excluded.fingerprint')),
                    eb('idempotency_keys.expires_at', '<=', attempt.createdAt),
                  ]),
                ),
            )
            .returning('key_hash')
            .executeTakeFirst();
          if (!bound) throw new KeyReused();
        });
        return 'recorded';
      } catch (error) {
        if (error instanceof KeyReused) return 'keyReused';
        if (isUniqueViolation(error)) return 'orderBusy';
        throw new LedgerUnavailableError('attempt record', error);
      }
    },

    settle: (id, s) =>
      transition(
        'attempt settle',
        id,
        [PaymentAttemptState.RECORDED],
        {
          state: s.state,
          atlas_status: s.atlasStatus,
          outcome: s.outcome,
          decided_by: s.decidedBy,
          sent_at: s.sentAt,
          settled_at: s.settledAt,
        },
        [
          ...(s.sentAt
            ? [{ type: PaymentAttemptState.SENT, at: s.sentAt, atlasStatus: null }]
            : []),
          { type: s.state, at: s.settledAt, atlasStatus: s.atlasStatus },
        ],
      ),

    resolve: (id, r) =>
      transition(
        'attempt resolve',
        id,
        OPEN,
        {
          state: r.state,
          decided_by: r.decidedBy,
          settled_at: r.at,
          ...(r.outcome === null ? {} : { outcome: r.outcome }),
        },
        [{ type: r.state, at: r.at, atlasStatus: null }],
      ),

    openAttempts: () =>
      guarded('open attempts', async () => {
        const rows = await db
          .selectFrom('payment_attempts')
          .selectAll()
          .where('state', 'in', OPEN)
          .orderBy('created_at')
          .execute();
        return rows.map(attemptFromRow);
      }),

    history: (orderNos) =>
      guarded('history', async () => {
        if (orderNos.length === 0) return [];
        const rows = await db
          .selectFrom('payment_attempts')
          .selectAll()
          .where('order_no', 'in', [...orderNos])
          .orderBy('created_at', 'desc')
          .orderBy('id')
          .execute();
        const events =
          rows.length === 0
            ? []
            : await db
                .selectFrom('payment_events')
                .selectAll()
                .where(
                  'attempt_id',
                  'in',
                  rows.map((row) => row.id),
                )
                .orderBy('id')
                .execute();
        const byAttempt = new Map<string, PaymentAttemptEvent[]>();
        for (const event of events) {
          const list = byAttempt.get(event.attempt_id) ?? [];
          list.push({
            type: event.type as PaymentAttemptState,
            at: new Date(event.at),
            atlasStatus: event.atlas_status,
          });
          byAttempt.set(event.attempt_id, list);
        }
        const byOrder = new Map<string, ReturnType<typeof withEvents>[]>();
        const withEvents = (row: Selectable<PaymentAttemptsTable>) => ({
          ...attemptFromRow(row),
          events: byAttempt.get(row.id) ?? [],
        });
        for (const row of rows) {
          const list = byOrder.get(row.order_no) ?? [];
          list.push(withEvents(row));
          byOrder.set(row.order_no, list);
        }
        return orderNos.map((orderNo) => byOrder.get(orderNo) ?? []);
      }),

    close: () => db.destroy(),
  };
}
