import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it, TestContext } from 'node:test';
import { KyselyPlugin, sql } from 'kysely';
import { createSqlOrderOwners } from '../../src/ledger/order-owners.sql';
import { openPostgresTestDatabase } from '../support/ledger';

const T0 = new Date('2026-12-01T10:00:00.000Z');
const orderNo = () => `ORD${randomUUID().slice(0, 12)}`;

/** Counts the statements Kysely sends. */
function counting(): KyselyPlugin & { sent: number } {
  return {
    sent: 0,
    transformQuery(args) {
      this.sent += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
}

describe('PostgreSQL: how order owners are read', () => {
  let opened: Awaited<ReturnType<typeof openPostgresTestDatabase>> = null;
  before(async () => {
    opened = await openPostgresTestDatabase();
  });
  after(() => opened?.close());
  const use = (t: TestContext) => {
    if (!opened) t.skip('PostgreSQL is not available here');
    return opened?.db ?? null;
  };

  it('reads the owners of requests made at once in one statement, not one each', async (t) => {
    const db = use(t);
    if (!db) return;
    const orders = Array.from({ length: 40 }, () => orderNo());
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
      const [a, b] = [orderNo(), orderNo()];
      await owners.claim(a, 'partner-a', T0);
      const prepared = async () => {
        const { rows } = await sql<{ statement: string }>`
          select statement from pg_prepared_statements order by prepare_time`.execute(connection);
        return rows.map((row) => row.statement);
      };
      assert.deepEqual(await owners.ownersOf([a]), ['partner-a']);
      assert.deepEqual(await owners.ownersOf([b, a]), [null, 'partner-a']);
      assert.deepEqual(await owners.ownersOf([a, b, a]), ['partner-a', null, 'partner-a']);
      // The pool may have lent this connection to a read before: count the statement, not the change.
      const reads = (await prepared()).filter((statement) => statement.includes('order_owners'));
      assert.equal(reads.length, 1, `owner reads prepared on this connection: ${reads.length}`);
      assert.match(
        reads[0]!,
        /^\/\* prepared \*\/\s+select order_no, partner_id from order_owners/,
      );
    });
  });
});
