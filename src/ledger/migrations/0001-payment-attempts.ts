import { Kysely, sql } from 'kysely';

/** Payment attempts with their append-only events, and idempotency keys bound to attempts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('payment_attempts')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('order_no', 'text', (c) => c.notNull())
    .addColumn('caller', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('card_brand', 'text')
    .addColumn('card_last4', 'text')
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('idempotency_key_hash', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('atlas_status', 'integer')
    .addColumn('outcome', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('request_id', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addColumn('settled_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('payment_attempts_by_order')
    .on('payment_attempts')
    .columns(['order_no', 'created_at desc'])
    .execute();
  // The guarantee itself: at most one attempt per order that may still land, across replicas.
  await db.schema
    .createIndex('payment_attempts_one_open_per_order')
    .on('payment_attempts')
    .column('order_no')
    .unique()
    .where(sql<boolean>`state in ('RECORDED', 'UNKNOWN')`)
    .execute();

  await db.schema
    .createTable('payment_events')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('attempt_id', 'uuid', (c) => c.notNull().references('payment_attempts.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('atlas_status', 'integer')
    .execute();
  await db.schema
    .createIndex('payment_events_by_attempt')
    .on('payment_events')
    .columns(['attempt_id', 'id'])
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('key_hash', 'text', (c) => c.primaryKey())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('attempt_id', 'uuid', (c) => c.notNull().references('payment_attempts.id'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
}
