import { Kysely } from 'kysely';
import { LedgerTables } from './ledger.schema';
import { guarded } from './ledger.rows';

/**
 * The embedded simulator seeds its orders afresh at every start under the same numbers, so what the
 * ledger kept about those numbers belongs to orders that no longer exist. Left in place, an earlier
 * run's unanswered payment would hold the new order as still settling. Never wired to a real Atlas.
 */
export function createSqlSimulatedOrdersReset(
  db: Kysely<LedgerTables>,
): (orderNos: readonly string[]) => Promise<void> {
  return (orderNos) =>
    guarded('forgetting the simulator’s earlier orders', async () => {
      if (orderNos.length === 0) return;
      const numbers = [...orderNos];
      await db.transaction().execute(async (trx) => {
        const attempts = trx
          .selectFrom('payment_attempts')
          .select('id')
          .where('order_no', 'in', numbers);
        await trx.deleteFrom('idempotency_keys').where('attempt_id', 'in', attempts).execute();
        await trx.deleteFrom('payment_events').where('attempt_id', 'in', attempts).execute();
        await trx.deleteFrom('payment_attempts').where('order_no', 'in', numbers).execute();
        await trx
          .deleteFrom('order_replacements')
          .where((eb) =>
            eb.or([
              eb('original_order_no', 'in', numbers),
              eb('replacement_order_no', 'in', numbers),
            ]),
          )
          .execute();
      });
    });
}
