import { Kysely } from 'kysely';
import { LedgerTables } from './ledger.schema';
import { guarded } from './ledger.rows';
import { OrderReplacements } from './order-replacements';

export function createSqlOrderReplacements(db: Kysely<LedgerTables>): OrderReplacements {
  return {
    record: (originalOrderNo, replacementOrderNo, at) =>
      guarded('recording a regenerated order', async () => {
        await db
          .insertInto('order_replacements')
          .values({
            replacement_order_no: replacementOrderNo,
            original_order_no: originalOrderNo,
            replaced_at: at,
          })
          .onConflict((conflict) => conflict.column('replacement_order_no').doNothing())
          .execute();
      }),

    replacementsOf: (orderNos) =>
      guarded('reading regenerated orders', async () => {
        if (orderNos.length === 0) return [];
        const rows = await db
          .selectFrom('order_replacements')
          .distinctOn('original_order_no')
          .select(['original_order_no', 'replacement_order_no'])
          .where('original_order_no', 'in', [...new Set(orderNos)])
          .orderBy('original_order_no')
          .orderBy('replaced_at', 'desc')
          .orderBy('replacement_order_no', 'desc')
          .execute();
        const newest = new Map(
          rows.map((row) => [row.original_order_no, row.replacement_order_no]),
        );
        return orderNos.map((orderNo) => newest.get(orderNo) ?? null);
      }),

    originalsOf: (orderNos) =>
      guarded('reading original orders', async () => {
        if (orderNos.length === 0) return [];
        const rows = await db
          .selectFrom('order_replacements')
          .select(['original_order_no', 'replacement_order_no'])
          .where('replacement_order_no', 'in', [...new Set(orderNos)])
          .execute();
        const originals = new Map(
          rows.map((row) => [row.replacement_order_no, row.original_order_no]),
        );
        return orderNos.map((orderNo) => originals.get(orderNo) ?? null);
      }),
  };
}
