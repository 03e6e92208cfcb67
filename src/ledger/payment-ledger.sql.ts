import { Kysely, sql } from 'kysely';
import {
  OPEN_ATTEMPT_STATES,
  PaymentAttemptEvent,
  PaymentAttemptState,
} from '../domain/payment-attempt';
import { LedgerTables, PaymentAttemptsTable } from './ledger.schema';
import { attemptFromRow, guarded } from './ledger.rows';
import { lookupMany, recordMany, settleMany } from './payment-attempt.statements';
import { PaymentLedger } from './payment-ledger';
import { createBatcher, ONE_BATCH_AT_A_TIME } from './statement-batcher';

const OPEN = OPEN_ATTEMPT_STATES as PaymentAttemptState[];

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** `(ordinal, type, at, atlas_status)` rows for an INSERT … SELECT of events. */
function eventRows(events: PaymentAttemptEvent[]) {
  return sql.join(
    events.map(
      (event, index) =>
        sql`(${index}::int, ${event.type}::text, ${event.at.toISOString()}::timestamptz, ${event.atlasStatus}::int)`,
    ),
  );
}

/**
 * The ledger on PostgreSQL or PGlite: one SQL dialect, so one implementation serves both. Each
 * write is a single statement (data-modifying CTEs), and the statements every payment makes are
 * batched across concurrent payments, because PGlite runs in the gateway's own event loop and
 * PostgreSQL is a round trip and a commit away.
 */
export function createSqlPaymentLedger(db: Kysely<LedgerTables>): PaymentLedger {
  const lookup = createBatcher(
    (inputs: Parameters<typeof lookupMany>[1]) => lookupMany(db, inputs),
    ONE_BATCH_AT_A_TIME,
  );
  const record = createBatcher(
    (inputs: Parameters<typeof recordMany>[1]) => recordMany(db, inputs),
    ONE_BATCH_AT_A_TIME,
  );
  const settle = createBatcher(
    (inputs: Parameters<typeof settleMany>[1]) => settleMany(db, inputs),
    ONE_BATCH_AT_A_TIME,
  );

  /** Moves an attempt from one of `from` to its next state, appending its events, in one statement. */
  const transition = (
    operation: string,
    id: string,
    from: PaymentAttemptState[],
    set: Partial<PaymentAttemptsTable>,
    events: PaymentAttemptEvent[],
  ) =>
    guarded(operation, async () => {
      const moved = await db
        .with('moved', (qb) =>
          qb
            .updateTable('payment_attempts')
            .set(set)
            .where('id', '=', id)
            .where('state', 'in', from)
            .returning('id'),
        )
        .insertInto('payment_events')
        .columns(['attempt_id', 'type', 'at', 'atlas_status'])
        .expression(
          sql`select moved.id, e.type, e.at, e.atlas_status
              from moved, (values ${eventRows(events)}) as e(ordinal, type, at, atlas_status)
              order by e.ordinal`,
        )
        .returning('attempt_id')
        .execute();
      return moved.length > 0;
    });

  return {
    lookup: (orderNo, keyHash, now) =>
      guarded('lookup', () =>
        lookup(keyHash === null ? { orderNo, keyHash, now: null } : { orderNo, keyHash, now }),
      ),

    openAttempt: (orderNo) =>
      guarded('open attempt lookup', async () => {
        return (await lookup({ orderNo, keyHash: null, now: null })).open;
      }),

    record: (attempt, key) => guarded('attempt record', () => record({ attempt, key })),

    settle: (id, settlement) => guarded('attempt settle', () => settle({ id, settlement })),

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
        const eventsOf = groupBy(events, (event) => event.attempt_id);
        const byOrder = groupBy(rows, (row) => row.order_no);
        return orderNos.map((orderNo) =>
          (byOrder.get(orderNo) ?? []).map((row) => ({
            ...attemptFromRow(row),
            events: (eventsOf.get(row.id) ?? []).map((event) => ({
              type: event.type as PaymentAttemptState,
              at: new Date(event.at),
              atlasStatus: event.atlas_status,
            })),
          })),
        );
      }),
  };
}
