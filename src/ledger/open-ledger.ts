import { sql } from 'kysely';
import { Logger } from '../logging/logger';
import { Ledger } from './ledger';
import { LedgerDatabaseSettings, openLedgerDatabase } from './ledger.database';
import { createSqlBookingRequests } from './booking-requests.sql';
import { createSqlOrderOwners } from './order-owners.sql';
import { createSqlOrderReplacements } from './order-replacements.sql';
import { createSqlPaymentLedger } from './payment-ledger.sql';
import { createSqlSimulatedOrdersReset } from './simulated-orders.reset';

/** The ledger main.ts and the tests use: migrated and ready, on PostgreSQL or PGlite. */
export async function openLedger(
  settings: LedgerDatabaseSettings,
  logger: Logger,
): Promise<Ledger> {
  const db = await openLedgerDatabase(settings, logger);
  return {
    payments: createSqlPaymentLedger(db),
    owners: createSqlOrderOwners(db),
    bookings: createSqlBookingRequests(db),
    replacements: createSqlOrderReplacements(db),
    forgetSimulatedOrders: createSqlSimulatedOrdersReset(db),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
