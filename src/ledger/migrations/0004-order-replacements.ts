import { Kysely } from 'kysely';

/** Which order regenerateOrder made from which: the links Atlas's order reads do not carry. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('order_replacements')
    .addColumn('replacement_order_no', 'text', (c) => c.primaryKey())
    .addColumn('original_order_no', 'text', (c) => c.notNull())
    .addColumn('replaced_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('order_replacements_by_original')
    .on('order_replacements')
    .columns(['original_order_no', 'replaced_at'])
    .execute();
}
