import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * Case-insensitive "contains" that treats `%`, `_` and `\` in the query literally, with the
 * same meaning on SQLite and PostgreSQL.
 */
export function contains(
  column: Expression<string> | ReturnType<typeof sql.ref>,
  query: string,
): Expression<SqlBool> {
  const pattern = `%${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`lower(${column}) like ${pattern} escape '\\'`;
}
