import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { Kysely, KyselyPlugin, sql } from 'kysely';
import { PaymentMethod } from '../../src/domain/order';
import { PaymentAttemptState } from '../../src/domain/payment-attempt';
import { LedgerTables } from '../../src/ledger/ledger.schema';
import { lookupMany, recordMany, settleMany } from '../../src/ledger/payment-attempt.statements';
import { createSqlOrderOwners } from '../../src/ledger/order-owners.sql';
import { NewPaymentAttempt } from '../../src/ledger/payment-ledger';
import { openPostgresTestDatabase } from '../support/ledger';
import { suiteResource } from '../support/suite-resource';

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
  const use = suiteResource('PostgreSQL', openPostgresTestDatabase, (opened) => opened.db);

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

const ownerOrderNo = () => `ORD${randomUUID().slice(0, 12)}`;

/** Counts the statements Kysely ran: a statement compiled once is never transformed, only answered. */
function counting(): KyselyPlugin & { sent: number } {
  return {
    sent: 0,
    transformQuery: (args) => args.node,
    async transformResult(args) {
      this.sent += 1;
      return args.result;
    },
  };
}

describe('PostgreSQL: how order owners are read', () => {
  const use = suiteResource('PostgreSQL', openPostgresTestDatabase, (opened) => opened.db);

  it('reads the owners of requests made at once in one statement, not one each', async (t) => {
    const db = use(t);
    if (!db) return;
    const orders = Array.from({ length: 40 }, () => ownerOrderNo());
    const setup = createSqlOrderOwners(db);
    for (const order of orders) await setup.claim(order, 'partner-a', T0);
    const plugin = counting();
    const owners = createSqlOrderOwners(db.withPlugin(plugin));
    const reads = await Promise.all(orders.map((order) => owners.ownersOf([order])));
    assert.deepEqual(
      reads,
      orders.map(() => ['partner-a']),
    );
    // The first goes alone; the rest waited for it and go together.
    assert.ok(plugin.sent <= 2, `statements sent for 40 reads made at once: ${plugin.sent}`);
  });

  it('prepares the read once on a connection, whatever the number of orders', async (t) => {
    const db = use(t);
    if (!db) return;
    await db.connection().execute(async (connection) => {
      const owners = createSqlOrderOwners(connection);
      const [a, b] = [ownerOrderNo(), ownerOrderNo()];
      await owners.claim(a, 'partner-a', T0);
      assert.deepEqual(await owners.ownersOf([a]), ['partner-a']);
      assert.deepEqual(await owners.ownersOf([b, a]), [null, 'partner-a']);
      assert.deepEqual(await owners.ownersOf([a, b, a]), ['partner-a', null, 'partner-a']);
      // The pool may have lent this connection to a read before: count the statement, not the change.
      const reads = (await preparedOnConnection(connection)).filter((statement) =>
        statement.includes('order_owners'),
      );
      assert.equal(reads.length, 1, `owner reads prepared on this connection: ${reads.length}`);
      assert.match(
        reads[0]!,
        /^\/\* prepared \*\/\s+select order_no, partner_id from order_owners/,
      );
    });
  });
});
