import { Logger } from '../logging/logger';
import { LedgerDatabaseSettings, openLedgerDatabase } from './ledger.database';
import { PaymentLedger } from './payment-ledger';
import { createSqlPaymentLedger } from './payment-ledger.sql';

/** The ledger main.ts and the tests use: migrated and ready, on PostgreSQL or PGlite. */
export async function openPaymentLedger(
  settings: LedgerDatabaseSettings,
  logger: Logger,
): Promise<PaymentLedger> {
  return createSqlPaymentLedger(await openLedgerDatabase(settings, logger));
}
