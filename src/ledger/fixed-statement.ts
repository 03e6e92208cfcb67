import { CompiledQuery, QueryExecutorProvider, QueryResult, RawBuilder } from 'kysely';

/** Runs a statement's text with its parameters, as the database or a transaction does. */
interface Executes extends QueryExecutorProvider {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
}

export type FixedStatement<P, R> = (db: Executes, parameters: P) => Promise<QueryResult<R>>;

/**
 * A statement whose text never varies (each PREPARED one), compiled by Kysely once rather than at
 * every call: building and compiling the payment statements' templates took 13–68 µs a call, paid
 * once per batch, so at every payment by a gateway with nothing to batch. `write` is given a
 * placeholder for each named parameter and must interpolate no other value; each call sends the
 * text compiled from it, with its parameters where the placeholders were. One text serves every
 * ledger: all of them compile with Kysely's PostgreSQL compiler.
 */
export function fixedStatement<P extends Record<string, unknown>, R>(
  write: (parameters: P) => RawBuilder<R>,
): FixedStatement<P, R> {
  let compiled: { text: string; order: (keyof P)[] } | undefined;
  return async (db, parameters) => {
    compiled ??= compile(db, write);
    const values = compiled.order.map((name) => parameters[name]);
    return db.executeQuery(CompiledQuery.raw(compiled.text, values) as CompiledQuery<R>);
  };
}

function compile<P extends Record<string, unknown>, R>(
  db: QueryExecutorProvider,
  write: (parameters: P) => RawBuilder<R>,
): { text: string; order: (keyof P)[] } {
  const names = new Map<unknown, keyof P>();
  const placeholders = new Proxy({} as P, {
    get(_, name) {
      const placeholder = { placeholder: name };
      names.set(placeholder, name as keyof P);
      return placeholder;
    },
  });
  const query = write(placeholders).compile(db);
  const order = query.parameters.map((value) => {
    const name = names.get(value);
    if (name === undefined) {
      throw new Error('a fixed statement may interpolate only its named parameters');
    }
    return name;
  });
  return { text: query.sql, order };
}
