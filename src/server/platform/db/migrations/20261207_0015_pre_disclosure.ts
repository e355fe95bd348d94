import type { Kysely } from 'kysely';

/**
 * 事前公开 (issue 13): items per section with their working copy and workflow, the steps of their
 * history, the published versions (snapshots, never changed) and the attachments ever added (blobs
 * that gc must keep). Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pre_disclosure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('department.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    /** the working copy (JSON, contracts/pre-disclosure.ts) */
    .addColumn('body', 'text', (c) => c.notNull())
    /** generated sections: the source the body was made from, and its digest (a change makes a pending update) */
    .addColumn('generated_from', 'text')
    .addColumn('source_digest', 'text')
    .addColumn('changed_on', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('filled_by', 'text', (c) => c.references('account.id'))
    .addColumn('checked_by', 'text', (c) => c.references('account.id'))
    .addColumn('published_version', 'integer')
    .addColumn('published_at', 'text')
    .addColumn('withdrawal_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pre_disclosure_section')
    .on('pre_disclosure')
    .columns(['section', 'status'])
    .execute();

  await db.schema
    .createTable('pre_disclosure_step')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('pre_disclosure.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('account.id'))
    .addColumn('comment', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pre_disclosure_step_item')
    .on('pre_disclosure_step')
    .columns(['item_id', 'seq'])
    .unique()
    .execute();

  await db.schema
    .createTable('pre_disclosure_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('pre_disclosure.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('department_name', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.references('account.id'))
    .addColumn('superseded_at', 'text')
    .execute();
  await db.schema
    .createIndex('pre_disclosure_version_item')
    .on('pre_disclosure_version')
    .columns(['item_id', 'version'])
    .unique()
    .execute();

  await db.schema
    .createTable('pre_disclosure_attachment')
    .addColumn('item_id', 'text', (c) => c.notNull().references('pre_disclosure.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.references('account.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pre_disclosure_attachment_pk', ['item_id', 'sha256'])
    .execute();
  await db.schema
    .createIndex('pre_disclosure_attachment_blob')
    .on('pre_disclosure_attachment')
    .column('sha256')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'pre_disclosure_attachment',
    'pre_disclosure_version',
    'pre_disclosure_step',
    'pre_disclosure',
  ])
    await db.schema.dropTable(table).execute();
}
