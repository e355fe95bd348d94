import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../search-terms.js';

/**
 * The public search made index-only (measured by `bench/public-search.ts` on 100,000 decisions): on
 * SQLite the FTS row shares the listing row's rowid (deleting and matching by rowid, not by a stored
 * column, which scanned the FTS table); on PostgreSQL the bigram vector is a stored, GIN-indexed column
 * (the phrase recheck no longer re-parses each candidate's text). Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`drop index if exists public_decision_search`.execute(db);
    await sql`alter table public_decision add column search_vector tsvector generated always as (to_tsvector('simple', search_terms)) stored`.execute(
      db,
    );
    await sql`create index public_decision_search_vector on public_decision using gin (search_vector)`.execute(
      db,
    );
  } else {
    await sql`delete from public_decision_fts`.execute(db);
    await sql`insert into public_decision_fts (rowid, id, terms) select rowid, id, search_terms from public_decision`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`drop index if exists public_decision_search_vector`.execute(db);
    await sql`alter table public_decision drop column search_vector`.execute(db);
    await sql`create index public_decision_search on public_decision using gin (to_tsvector('simple', search_terms))`.execute(
      db,
    );
  }
}
