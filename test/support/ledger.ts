import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { Kysely } from 'kysely';
import { Client } from 'pg';
import { LedgerDatabaseSettings, openLedgerDatabase } from '../../src/ledger/ledger.database';
import { LedgerTables } from '../../src/ledger/ledger.schema';
import { Ledger } from '../../src/ledger/ledger';
import { openLedger } from '../../src/ledger/open-ledger';
import { createLogger } from '../../src/logging/logger';

/** The machine's PostgreSQL (trust auth, database `test`) as the user running the tests. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ??
  `postgres://${encodeURIComponent(userInfo().username)}@127.0.0.1:5432/test`;

export interface TestLedger {
  ledger: Ledger;
  settings: LedgerDatabaseSettings;
  /** DATABASE_URL for a gateway process that must share this ledger (PostgreSQL only). */
  databaseUrl: string | null;
  close(): Promise<void>;
}

async function postgresReachable(): Promise<boolean> {
  const client = new Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 2_000,
  });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL is required in CI and is not reachable at ${TEST_DATABASE_URL}`, {
        cause: error,
      });
    }
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const freshSchema = () => `test_${randomBytes(6).toString('hex')}`;

async function dropSchema(schema: string): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}

/** A fresh schema per ledger, so parallel runs and leftovers never meet; dropped on close. */
export async function openPostgresTestLedger(): Promise<TestLedger | null> {
  if (!(await postgresReachable())) return null;
  const schema = freshSchema();
  const settings: LedgerDatabaseSettings = { kind: 'postgres', url: TEST_DATABASE_URL, schema };
  const ledger = await openLedger(settings, createLogger({ level: 'silent' }));
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    ledger,
    settings,
    databaseUrl: url.toString(),
    async close() {
      await ledger.close();
      await dropSchema(schema);
    },
  };
}

/** The ledger's database itself, migrated, in a fresh schema dropped on close. */
export async function openPostgresTestDatabase(): Promise<{
  db: Kysely<LedgerTables>;
  close(): Promise<void>;
} | null> {
  if (!(await postgresReachable())) return null;
  const schema = freshSchema();
  const db = await openLedgerDatabase(
    { kind: 'postgres', url: TEST_DATABASE_URL, schema },
    createLogger({ level: 'silent' }),
  );
  return {
    db,
    async close() {
      await db.destroy();
      await dropSchema(schema);
    },
  };
}

export async function openEmbeddedTestLedger(dataDir: string | null = null): Promise<TestLedger> {
  const settings: LedgerDatabaseSettings = { kind: 'embedded', dataDir };
  const ledger = await openLedger(settings, createLogger({ level: 'silent' }));
  return { ledger, settings, databaseUrl: null, close: () => ledger.close() };
}

/**
 * What gateway tests pay through: PostgreSQL, which starts a schema in milliseconds; PGlite in
 * memory (seconds to initialise) only where no PostgreSQL runs, never in CI.
 */
export async function openTestLedger(): Promise<TestLedger> {
  return (await openPostgresTestLedger()) ?? (await openEmbeddedTestLedger());
}
