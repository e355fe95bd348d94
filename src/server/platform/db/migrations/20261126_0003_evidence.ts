import type { Kysely } from 'kysely';

/** The evidence register (APL Art. 46) with 先行登记保存 (APL Art. 56). Never edit once landed. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('evidence_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('evidence_type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('collected_on', 'text', (c) => c.notNull())
    .addColumn('media_id', 'text')
    .addColumn('record_id', 'text')
    .addColumn('preservation_status', 'text')
    .addColumn('preserved_on', 'text')
    .addColumn('preservation_outcome', 'text')
    .addColumn('preservation_decided_on', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evidence_item_case_idx').on('evidence_item').column('case_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('evidence_item').execute();
}
