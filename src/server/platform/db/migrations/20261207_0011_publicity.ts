import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../search-terms.js';

/**
 * 行政执法公示 (事后公开): disclosures of decisions with their workflow history, the published
 * versions (stored snapshots, never changed), the public listing with its search index, correction
 * requests and integrator tokens. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('disclosure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    /** the decision published: a case_decision, a summary decision or a 按日连续处罚 decision */
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('department.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text')
    /** the draft's summary fields (JSON), the unredacted full text and what the case knows of the party */
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('original_text', 'text', (c) => c.notNull())
    .addColumn('known_terms', 'text', (c) => c.notNull())
    .addColumn('marks', 'text', (c) => c.notNull())
    .addColumn('filled_by', 'text', (c) => c.references('account.id'))
    .addColumn('checked_by', 'text', (c) => c.references('account.id'))
    .addColumn('hold_reason', 'text')
    .addColumn('hold_note', 'text')
    .addColumn('hold_requested_by', 'text', (c) => c.references('account.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('withdrawal_due', 'text')
    .addColumn('withdrawal_ground', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdrawal_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disclosure_case').on('disclosure').column('case_id').execute();
  await db.schema.createIndex('disclosure_status_due').on('disclosure').columns(['status', 'due']).execute();

  await db.schema
    .createTable('disclosure_step')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('disclosure_id', 'text', (c) => c.notNull().references('disclosure.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('account.id'))
    .addColumn('comment', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('disclosure_step_item')
    .on('disclosure_step')
    .columns(['disclosure_id', 'seq'])
    .unique()
    .execute();

  await db.schema
    .createTable('disclosure_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('disclosure_id', 'text', (c) => c.notNull().references('disclosure.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    /** the public snapshot (redacted), and apart from it the 双公示 record for the credit feed */
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('credit', 'text')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('superseded_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdrawal_reason', 'text')
    .addUniqueConstraint('disclosure_version_unique', ['disclosure_id', 'version'])
    .execute();

  await db.schema
    .createTable('public_decision')
    .addColumn('id', 'text', (c) => c.primaryKey().references('disclosure.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('disclosure_version.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('party_type', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdrawal_reason', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('search_terms', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('public_decision_order')
    .on('public_decision')
    .columns(['decided_on', 'id'])
    .execute();
  await db.schema
    .createIndex('public_decision_kind')
    .on('public_decision')
    .columns(['kind', 'year'])
    .execute();
  if (dialectOf(db) === 'postgres') {
    await sql`create index public_decision_search on public_decision using gin (to_tsvector('simple', search_terms))`.execute(
      db,
    );
  } else {
    await sql`create virtual table public_decision_fts using fts5(id unindexed, terms, tokenize = 'unicode61')`.execute(
      db,
    );
  }

  await db.schema
    .createTable('correction_request')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
    .addColumn('public_id', 'text', (c) => c.references('disclosure.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('requester_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('account.id'))
    .addColumn('answered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('correction_request_requester')
    .on('correction_request')
    .columns(['requester_hash', 'created_at'])
    .execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text', (c) => c.references('account.id'))
    .addColumn('last_used_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('api_token').execute();
  await db.schema.dropTable('correction_request').execute();
  if (dialectOf(db) === 'sqlite') await sql`drop table public_decision_fts`.execute(db);
  await db.schema.dropTable('public_decision').execute();
  await db.schema.dropTable('disclosure_version').execute();
  await db.schema.dropTable('disclosure_step').execute();
  await db.schema.dropTable('disclosure').execute();
}
