import { sql } from 'kysely';
import type { Executor } from './database.js';

/** Tables of numbers per kind and year: `(kind, year)` primary key, `last` the latest issued. */
export type CounterTable = 'case_number_counter' | 'document_number_counter';

/**
 * The next number of a kind in a year, atomically on both databases: insert 1 or increment, then read
 * in the same transaction (the upsert holds the row until the transaction ends, so two writers take
 * turns). Case numbers and 文号 both come from here.
 */
export async function nextInCounter(
  db: Executor,
  table: CounterTable,
  kind: string,
  year: number,
): Promise<number> {
  const t = sql.table(table);
  await sql`insert into ${t} (kind, year, last) values (${kind}, ${year}, 1)
    on conflict (kind, year) do update set last = ${t}.last + 1`.execute(db);
  const row = await sql<{
    last: number | string;
  }>`select last from ${t} where kind = ${kind} and year = ${year}`.execute(db);
  return Number(row.rows[0]?.last);
}
