import { Kysely, Migration, MigrationProvider, Migrator } from 'kysely';
import * as paymentAttempts from './migrations/0001-payment-attempts';
import * as orderOwners from './migrations/0002-order-owners';
import * as bookingRequests from './migrations/0003-booking-requests';
import * as orderReplacements from './migrations/0004-order-replacements';

/** Versioned in the repo and applied in name order at start-up; never edit one that shipped. */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-payment-attempts': paymentAttempts,
  '0002-order-owners': orderOwners,
  '0003-booking-requests': bookingRequests,
  '0004-order-replacements': orderReplacements,
};

const provider: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS }) };

/**
 * Brings the database up to date; replicas starting together wait on Kysely's migration lock. Its
 * bookkeeping tables live in the ledger's own schema, the only one its introspector sees.
 */
export async function migrateLedger(db: Kysely<unknown>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`ledger migration ${failed ?? ''} failed: ${String(error)}`, {
      cause: error,
    });
  }
}
