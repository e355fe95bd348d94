import type { Kysely } from 'kysely';

/** Legal review of major decisions: the catalog (versioned), reviews in rounds, decisions. Never edit once landed. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('review_catalog')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().unique())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('legal_review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('substance_hash', 'text', (c) => c.notNull())
    .addColumn('matched_rules', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('extended', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('extension_reason', 'text')
    .addColumn('reviewer_id', 'text')
    .addColumn('checklist', 'text')
    .addColumn('opinion', 'text')
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema
    .createIndex('legal_review_case_idx')
    .on('legal_review')
    .columns(['case_id', 'round'])
    .unique()
    .execute();
  await db.schema
    .createIndex('legal_review_status_due_idx')
    .on('legal_review')
    .columns(['status', 'due'])
    .execute();

  await db.schema
    .createTable('case_decision')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().unique().references('enforcement_case.id'))
    .addColumn('document_number', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('penalties', 'text', (c) => c.notNull())
    .addColumn('substance_hash', 'text', (c) => c.notNull())
    .addColumn('major', 'integer', (c) => c.notNull())
    .addColumn('legal_review_id', 'text')
    .addColumn('decided_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('case_decision').execute();
  await db.schema.dropTable('legal_review').execute();
  await db.schema.dropTable('review_catalog').execute();
}
