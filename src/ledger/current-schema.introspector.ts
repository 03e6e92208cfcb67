import { DatabaseIntrospector, Dialect, Kysely, sql, TableMetadata } from 'kysely';

/**
 * Kysely's migrator asks the introspector whether its tables exist, and PostgreSQL's lists every
 * table of every schema in the database. That catalog read fails ("schema … does not exist") when
 * some other schema is dropped at the same moment, as parallel test runs sharing one database do.
 * The ledger only ever needs its own schema, so this one looks nowhere else.
 */
function currentSchemaIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
  const getTables = async (): Promise<TableMetadata[]> => {
    const { rows } = await sql<{ name: string; schema: string; is_view: boolean }>`
      select c.relname as name, n.nspname as schema, c.relkind = 'v' as is_view
        from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v')`.execute(db);
    return rows.map((row) => ({
      name: row.name,
      schema: row.schema,
      isView: row.is_view,
      columns: [],
    }));
  };
  return {
    async getSchemas() {
      const { rows } = await sql<{ name: string }>`select current_schema() as name`.execute(db);
      return rows;
    },
    getTables,
    async getMetadata() {
      return { tables: await getTables() };
    },
  };
}

/** The dialect as it is, but for an introspector that sees only the current schema. */
export function withCurrentSchemaIntrospection(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => dialect.createDriver(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => currentSchemaIntrospector(db),
  };
}
