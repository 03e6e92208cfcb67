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

    linksOf: (orderNos) =>
      guarded('reading regenerated-order links', async () => {
        if (orderNos.length === 0) return [];
        const numbers = [...new Set(orderNos)];
        const rows = await db
          .selectFrom('order_replacements')
          .select(['original_order_no', 'replacement_order_no'])
          .where((eb) =>
            eb.or([
              eb('original_order_no', 'in', numbers),
              eb('replacement_order_no', 'in', numbers),
            ]),
          )
          .orderBy('replaced_at', 'desc')
          .orderBy('replacement_order_no', 'desc')
          .execute();
        const replacedBy = new Map<string, string>();
        const replaces = new Map<string, string>();
        for (const row of rows) {
          // Newest first, so the first replacement seen of an original is its newest.
          if (!replacedBy.has(row.original_order_no)) {
            replacedBy.set(row.original_order_no, row.replacement_order_no);
          }
          replaces.set(row.replacement_order_no, row.original_order_no);
        }
        return orderNos.map((orderNo) => ({
          replacedBy: replacedBy.get(orderNo) ?? null,
          replaces: replaces.get(orderNo) ?? null,
        }));
      }),
  };
}
