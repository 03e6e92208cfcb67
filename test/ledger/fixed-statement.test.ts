import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { fixedStatement } from '../../src/ledger/fixed-statement';
import { openPostgresTestDatabase } from '../support/ledger';
import { suiteResource } from '../support/suite-resource';

describe('PostgreSQL: a statement compiled once', () => {
  const use = suiteResource('PostgreSQL', openPostgresTestDatabase, (opened) => opened.db);

  it("sends each call's own parameters where the statement names them, one used twice too", async (t) => {
    const db = use(t);
    if (!db) return;
    const sum = fixedStatement(
      (p: { a: number; b: number }) =>
        sql<{ b: number; sum: number; a: number }>`
          select ${p.b}::int as b, ${p.a}::int + ${p.b}::int as sum, ${p.a}::int as a`,
    );
    for (const [a, b] of [
      [1, 2],
      [10, -3],
      [7, 7],
    ] as const) {
      assert.deepEqual((await sum(db, { a, b })).rows, [{ b, sum: a + b, a }]);
    }
  });

  it('refuses a statement that interpolates a value of its own', async (t) => {
    const db = use(t);
    if (!db) return;
    const fixedToo = fixedStatement(
      (p: { a: number }) => sql<{ n: number }>`select ${p.a}::int + ${1}::int as n`,
    );
    await assert.rejects(fixedToo(db, { a: 1 }), /only its named parameters/);
  });
});
