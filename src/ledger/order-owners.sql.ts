import { Kysely } from 'kysely';
import { LedgerTables } from './ledger.schema';
import { guarded } from './ledger.rows';
import { OrderOwners } from './order-owners';

export function createSqlOrderOwners(db: Kysely<LedgerTables>): OrderOwners {
  return {
    claim: (orderNo, partnerId, at) =>
      guarded('claiming an order', async () => {
        const made = await db
          .insertInto('order_owners')
          .values({ order_no: orderNo, partner_id: partnerId, claimed_at: at })
          .onConflict((conflict) => conflict.column('order_no').doNothing())
          .returning('order_no')
          .execute();
        return made.length > 0;
      }),

    ownersOf: (orderNos) =>
      guarded('reading order owners', async () => {
        if (orderNos.length === 0) return [];
        const rows = await db
          .selectFrom('order_owners')
          .select(['order_no', 'partner_id'])
          .where('order_no', 'in', [...new Set(orderNos)])
          .execute();
        const owners = new Map(rows.map((row) => [row.order_no, row.partner_id]));
        return orderNos.map((orderNo) => owners.get(orderNo) ?? null);
      }),
  };
}
