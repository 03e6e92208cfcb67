import { Kysely } from 'kysely';

/** createOrder's idempotency records: one per partner's key, holding what order.do answered. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('booking_requests')
    .addColumn('key_hash', 'text', (c) => c.primaryKey())
    .addColumn('partner_id', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('order_no', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
}
