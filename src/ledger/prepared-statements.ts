import { createHash } from 'node:crypto';
import { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult, sql } from 'kysely';
import { Pool, PoolClient } from 'pg';

/**
 * The statements every payment makes stay prepared on each PostgreSQL connection, so the server
 * parses and plans them once per connection instead of at every call. Alone on a connection (an
 * idle gateway, where no batch spreads that cost) parsing and planning was about a quarter of a
 * payment's time in the ledger. A statement opts in by starting with PREPARED. Only statements
 * whose text never varies may: each distinct text stays prepared for the life of its connection.
 * A prepared statement must name its result columns (no `*`): a column added by a later migration
 * would otherwise change its result type, which PostgreSQL refuses for a prepared plan.
 */
const MARK = '/* prepared */';

export const PREPARED = sql.raw(MARK);

const names = new Map<string, string>();

function preparedName(text: string): string | undefined {
  if (!text.startsWith(MARK)) return undefined;
  let name = names.get(text);
  if (name === undefined) {
    name = `ledger_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    names.set(text, name);
  }
  return name;
}

function preparing(client: PoolClient): PostgresPoolClient {
  function query<R>(
    text: string,
    parameters: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>>;
  function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  function query<R>(
    textOrCursor: string | PostgresCursor<R>,
    parameters?: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof textOrCursor !== 'string') return client.query(textOrCursor as never);
    const name = preparedName(textOrCursor);
    const values = [...(parameters ?? [])];
    const result =
      name === undefined
        ? client.query(textOrCursor, values)
        : client.query({ name, text: textOrCursor, values });
    // The rows are whatever the statement selects; Kysely types them, as with a plain pg pool.
    return result as unknown as Promise<PostgresQueryResult<R>>;
  }
  return { query, release: (destroy) => client.release(destroy) };
}

/**
 * A node-postgres pool as Kysely's PostgreSQL dialect takes it, keeping PREPARED statements. Each
 * pooled client keeps one wrapper: Kysely knows its connections by the object connect() returns,
 * and a new one at every query would make it build a new connection object every time.
 */
export function preparingPool(pool: Pool): PostgresPool {
  const wrapped = new WeakMap<PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrapped.get(client);
      if (!wrapper) {
        wrapper = preparing(client);
        wrapped.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}
