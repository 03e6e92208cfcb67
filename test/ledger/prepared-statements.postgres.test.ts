import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it, TestContext } from 'node:test';
import { Kysely, sql } from 'kysely';
import { PaymentMethod } from '../../src/domain/order';
import { PaymentAttemptState } from '../../src/domain/payment-attempt';
import { LedgerTables } from '../../src/ledger/ledger.schema';
import { lookupMany, recordMany, settleMany } from '../../src/ledger/payment-attempt.statements';
import { NewPaymentAttempt } from '../../src/ledger/payment-ledger';
import { openPostgresTestDatabase } from '../support/ledger';

const T0 = new Date('2026-12-01T10:00:00.000Z');

const newAttempt = (): NewPaymentAttempt => ({
  id: randomUUID(),
  orderNo: `ORD${randomUUID().slice(0, 8)}`,
  caller: 'partner-a',
  method: PaymentMethod.DEPOSIT,
  cardBrand: null,
  cardLast4: null,
  fingerprint: 'fp-1',
  requestId: 'req-1',
  createdAt: T0,
});

const lookup = (db: Kysely<LedgerTables>, orderNo: string) =>
  lookupMany(db, [{ orderNo, keyHash: null, now: null }]).then(([found]) => found!);

/** What PostgreSQL itself says it keeps prepared for this session (one connection). */
async function preparedOnConnection(db: Kysely<LedgerTables>): Promise<string[]> {
  const { rows } = await sql<{ statement: string }>`
    select statement from pg_prepared_statements order by prepare_time`.execute(db);
  return rows.map((row) => row.statement);
}

describe('PostgreSQL: the statements every payment makes stay prepared', () => {
  let opened: Awaited<ReturnType<typeof openPostgresTestDatabase>> = null;
  before(async () => {
    opened = await openPostgresTestDatabase();
  });
  after(() => opened?.close());
  const use = (t: TestContext) => {
    if (!opened) t.skip('PostgreSQL is not available here');
    return opened?.db ?? null;
  };

  it('prepares lookup, record and settle once on a connection and uses them again', async (t) => {
    const db = use(t);
    if (!db) return;
    await db.connection().execute(async (connection) => {
      for (let payment = 0; payment < 3; payment += 1) {
        const attempt = newAttempt();
        assert.equal((await lookup(connection, attempt.orderNo)).open, null);
        assert.deepEqual(await recordMany(connection, [{ attempt, key: null }]), ['recorded']);
        assert.equal((await lookup(connection, attempt.orderNo)).open?.id, attempt.id);
        const settled = await settleMany(connection, [
          {
            id: attempt.id,
            settlement: {
              state: PaymentAttemptState.ACCEPTED,
              atlasStatus: 0,
              outcome: '{"kind":"accepted"}',
              decidedBy: 'ATLAS',
              sentAt: T0,
              settledAt: T0,
            },
          },
        ]);
        assert.deepEqual(settled, [true]);
      }
      const prepared = await preparedOnConnection(connection);
      assert.equal(prepared.length, 3, `prepared on this connection: ${prepared.length}`);
      for (const [statement, starts] of [
        [prepared[0], /^\/\* prepared \*\/\s+select 'open'/],
        [prepared[1], /^\/\* prepared \*\/\s+with input as[\s\S]*insert into payment_attempts/],
        [prepared[2], /^\/\* prepared \*\/\s+with input as[\s\S]*update payment_attempts/],
      ] as const) {
        assert.match(statement ?? '', starts);
      }
    });
  });

  it('still reads attempts on a connection that prepared its lookup before a migration added a column', async (t) => {
    const db = use(t);
    if (!db) return;
    await db.connection().execute(async (connection) => {
      const attempt = newAttempt();
      assert.deepEqual(await recordMany(connection, [{ attempt, key: null }]), ['recorded']);
      assert.equal((await lookup(connection, attempt.orderNo)).open?.id, attempt.id);
      // As a newer gateway's migration would, while this one keeps its connections.
      await sql`alter table payment_attempts add column added_later text`.execute(db);
      const found = await lookup(connection, attempt.orderNo);
      assert.equal(found.open?.id, attempt.id);
      assert.equal(found.open?.state, PaymentAttemptState.RECORDED);
    });
  });
});
