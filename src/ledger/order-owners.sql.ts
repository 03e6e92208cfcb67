import { Kysely, Selectable, sql } from 'kysely';
import { LedgerTables, OrderOwnersTable } from './ledger.schema';
import { guarded } from './ledger.rows';
import { OrderOwners } from './order-owners';
import { fixedStatement } from './fixed-statement';
import { PREPARED } from './prepared-statements';
import { createBatcher, ONE_BATCH_AT_A_TIME } from './statement-batcher';

type OwnerRow = Pick<Selectable<OrderOwnersTable>, 'order_no' | 'partner_id'>;

const READ_OWNERS = fixedStatement(
  (p: { orderNos: string[] }) => sql<OwnerRow>`${PREPARED}
    select order_no, partner_id from order_owners where order_no = any(${p.orderNos}::text[])`,
);

/**
 * The owners are read for many requests at once, as the payment statements are: a partner's
 * payment reads the owner of an order this gateway has not seen yet, and each read alone costs
 * the gateway a statement's round of work. One text for any number of orders, so it stays
 * prepared.
 */
export function createSqlOrderOwners(db: Kysely<LedgerTables>): OrderOwners {
  const readOwners = createBatcher(async (lists: (readonly string[])[]) => {
    const orderNos = [...new Set(lists.flat())];
    const { rows } = await READ_OWNERS(db, { orderNos });
    const owners = new Map(rows.map((row) => [row.order_no, row.partner_id]));
    return lists.map((list) => list.map((orderNo) => owners.get(orderNo) ?? null));
  }, ONE_BATCH_AT_A_TIME);
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
      guarded('reading order owners', async () =>
        orderNos.length === 0 ? [] : readOwners(orderNos),
      ),
  };
}
