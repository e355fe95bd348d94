import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DialectName } from './database.js';

/**
 * Chinese full-text search without a segmenter: the indexed text is stored as overlapping
 * character pairs (bigrams) of each run of letters and digits, so a query of n ≥ 2 characters is the
 * phrase of its n − 1 pairs — a substring match that an inverted index answers (SQLite FTS5 with
 * the `unicode61` tokenizer; PostgreSQL `to_tsvector('simple', …)` with a GIN index). Two-character
 * words such as 废水 are single pairs; a run of one character is indexed as itself.
 */
const RUN = /[\p{L}\p{N}]+/gu;

function runsOf(text: string): string[] {
  return text.toLowerCase().match(RUN) ?? [];
}

function pairsOf(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(`${chars[i]}${chars[i + 1]}`);
  return pairs;
}

/** The text as the index stores it: space-separated bigrams, in order. */
export function searchTerms(text: string): string {
  return runsOf(text)
    .map((run) => pairsOf(run).join(' '))
    .join(' ');
}

/**
 * A query split for the index: runs of two or more characters become phrases of bigrams (every
 * phrase must match); a run of one character is looked for by a plain "contains" on the stored
 * pairs (rare, and not served by the index).
 */
export function splitQuery(query: string): { phrases: string[][]; singles: string[] } {
  const runs = runsOf(query).slice(0, 8);
  return {
    phrases: runs.filter((r) => [...r].length > 1).map(pairsOf),
    singles: runs.filter((r) => [...r].length === 1),
  };
}

/** Which database a Kysely instance talks to (migrations receive the bare instance). */
export function dialectOf(db: Kysely<unknown>): DialectName {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres') ? 'postgres' : 'sqlite';
}

/** The FTS5 MATCH expression of the phrases (pairs hold only letters and digits: no quoting issue). */
export function ftsMatch(phrases: readonly string[][]): string {
  return phrases.map((pairs) => `"${pairs.join(' ')}"`).join(' AND ');
}

/**
 * PostgreSQL: a stored `tsvector` column (the pairs under the `simple` configuration, GIN-indexed)
 * matches every phrase.
 */
export function tsMatch(vector: Expression<unknown>, phrases: readonly string[][]): Expression<SqlBool> {
  const parts = phrases.map((pairs) => sql`phraseto_tsquery('simple', ${pairs.join(' ')})`);
  const query = parts.reduce((a, b) => sql`${a} && ${b}`);
  return sql<SqlBool>`${vector} @@ (${query})`;
}
