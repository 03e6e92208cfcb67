import { PGlite } from '@electric-sql/pglite';
import { mkdir } from 'node:fs/promises';
import { Logger } from '../logging/logger';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { Pool } from 'pg';
import { withCurrentSchemaIntrospection } from './current-schema.introspector';
import { LedgerTables } from './ledger.schema';
import { migrateLedger } from './ledger.migrations';
import { preparingPool } from './prepared-statements';

export type LedgerDatabaseSettings =
  /** PostgreSQL at DATABASE_URL: what replicas share. `schema` isolates parallel test runs. */
  | { kind: 'postgres'; url: string; schema?: string }
  /** Embedded PostgreSQL (PGlite) in one process; `dataDir` null keeps it in memory. */
  | { kind: 'embedded'; dataDir: string | null };

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens the ledger's database and applies every pending migration before anything uses it. */
export async function openLedgerDatabase(
  settings: LedgerDatabaseSettings,
  logger: Logger,
): Promise<Kysely<LedgerTables>> {
  // PGlite creates only the last folder of its path; a fresh checkout has no ./data yet.
  if (settings.kind === 'embedded' && settings.dataDir !== null) {
    await mkdir(settings.dataDir, { recursive: true, mode: 0o700 });
  }
  const db = new Kysely<LedgerTables>({
    dialect: withCurrentSchemaIntrospection(dialectFor(settings, logger)),
  });
  try {
    if (settings.kind === 'postgres' && settings.schema) {
      await db.schema.createSchema(settings.schema).ifNotExists().execute();
    }
    await migrateLedger(db as Kysely<unknown>);
    return db;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

function dialectFor(settings: LedgerDatabaseSettings, logger: Logger) {
  switch (settings.kind) {
    case 'embedded':
      return new PGliteDialect(new PGlite(settings.dataDir ?? undefined));
    case 'postgres': {
      if (settings.schema !== undefined && !IDENTIFIER.test(settings.schema)) {
        throw new Error('ledger schema must be a lower-case SQL identifier');
      }
      const pool = new Pool({
        connectionString: settings.url,
        max: 10,
        // Fail fast like the Redis guard: a payment is refused, never held, while the ledger is away.
        connectionTimeoutMillis: 2_000,
        query_timeout: 5_000,
        ...(settings.schema ? { options: `-c search_path=${settings.schema}` } : {}),
      });
      // An idle connection the server dropped: the pool replaces it; statements report their own.
      pool.on('error', (error) => logger.warn({ err: error.message }, 'ledger connection lost'));
      return new PostgresDialect({ pool: preparingPool(pool) });
    }
  }
}
