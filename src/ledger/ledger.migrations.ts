import { Kysely, Migration, MigrationProvider, Migrator, sql } from 'kysely';
import * as paymentAttempts from './migrations/0001-payment-attempts';

/** Versioned in the repo and applied in name order at start-up; never edit one that shipped. */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-payment-attempts': paymentAttempts,
};

const provider: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS }) };

/** Brings the database up to date; replicas starting together wait on Kysely's migration lock. */
export async function migrateLedger(db: Kysely<unknown>): Promise<void> {
  // Named, because Kysely otherwise takes a migration table in any schema of the database as ours.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrationTableSchema = rows[0]!.schema;
  const { error, results } = await new Migrator({
    db,
    provider,
    migrationTableSchema,
  }).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`ledger migration ${failed ?? ''} failed: ${String(error)}`, {
      cause: error,
    });
  }
}
