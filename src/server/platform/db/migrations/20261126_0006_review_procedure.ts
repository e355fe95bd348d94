import { sql, type Kysely } from 'kysely';

/**
 * Legal review procedure: disputes with the head's coordination, reviewers' declared conflicts and
 * legal qualifications, and the opinion kept as a record of the case. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('legal_review').addColumn('opinion_record_id', 'text').execute();
  // 裁量基准 and the reason written into the decision (JSON {standard, reason})
  await db.schema.alterTable('case_decision').addColumn('discretion', 'text').execute();

  // the order records were made in, per case: "the latest notice" must not depend on timestamps
  await db.schema.alterTable('case_record').addColumn('seq', 'integer').execute();
  const rows = await sql<{ id: string; case_id: string }>`
    select id, case_id from case_record order by case_id, created_at, version`.execute(db);
  const next = new Map<string, number>();
  for (const r of rows.rows) {
    const seq = (next.get(r.case_id) ?? 0) + 1;
    next.set(r.case_id, seq);
    await sql`update case_record set seq = ${seq} where id = ${r.id}`.execute(db);
  }
  await db.schema
    .createIndex('case_record_case_seq_idx')
    .on('case_record')
    .columns(['case_id', 'seq'])
    .unique()
    .execute();

  await db.schema
    .createTable('review_dispute')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().unique().references('legal_review.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('raised_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .execute();

  await db.schema
    .createTable('reviewer_conflict')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('review_id', 'text', (c) => c.notNull().references('legal_review.id'))
    .addColumn('reviewer_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('declared_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reviewer_conflict_case_idx')
    .on('reviewer_conflict')
    .columns(['case_id', 'reviewer_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('reviewer_qualification')
    .addColumn('account_id', 'text', (c) => c.primaryKey().references('account.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('certificate_no', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reviewer_qualification').execute();
  await db.schema.dropTable('reviewer_conflict').execute();
  await db.schema.dropTable('review_dispute').execute();
  await db.schema.dropIndex('case_record_case_seq_idx').execute();
  await db.schema.alterTable('case_record').dropColumn('seq').execute();
  await db.schema.alterTable('case_decision').dropColumn('discretion').execute();
  await db.schema.alterTable('legal_review').dropColumn('opinion_record_id').execute();
}
