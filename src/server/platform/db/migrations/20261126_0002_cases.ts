import type { Kysely } from 'kysely';

/**
 * Whole-process recording I: parameters, clues, cases, officers, approvals, deadlines, excluded
 * periods, text records, media, evidence, the case timeline. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('parameter')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('case_number_counter')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_number_counter_pk', ['kind', 'year'])
    .execute();

  await db.schema
    .createTable('clue')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('party_name', 'text')
    .addColumn('location', 'text')
    .addColumn('discovered_on', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('department.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('extended', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resolution', 'text')
    .addColumn('transfer_to', 'text')
    .addColumn('transfer_receipt', 'text')
    .addColumn('case_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema
    .createIndex('clue_department_status_idx')
    .on('clue')
    .columns(['department_id', 'status'])
    .execute();

  await db.schema
    .createTable('enforcement_case')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('department.id'))
    .addColumn('clue_id', 'text')
    .addColumn('party_type', 'text', (c) => c.notNull())
    .addColumn('party_name', 'text', (c) => c.notNull())
    .addColumn('party_id_number', 'text')
    .addColumn('party_credit_code', 'text')
    .addColumn('party_legal_representative', 'text')
    .addColumn('party_address', 'text')
    .addColumn('party_phone', 'text')
    .addColumn('discovered_on', 'text', (c) => c.notNull())
    .addColumn('violation_ended_on', 'text')
    .addColumn('grave_harm', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('filed_on', 'text')
    .addColumn('decision_extension_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema
    .createIndex('enforcement_case_department_stage_idx')
    .on('enforcement_case')
    .columns(['department_id', 'stage'])
    .execute();

  await db.schema
    .createTable('case_officer')
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .addColumn('removed_reason', 'text')
    .addPrimaryKeyConstraint('case_officer_pk', ['case_id', 'account_id'])
    .execute();
  await db.schema.createIndex('case_officer_account_idx').on('case_officer').column('account_id').execute();

  await db.schema
    .createTable('approval_request')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_reason', 'text')
    .execute();
  await db.schema
    .createIndex('approval_request_case_idx')
    .on('approval_request')
    .columns(['case_id', 'status'])
    .execute();
  await db.schema
    .createIndex('approval_request_status_idx')
    .on('approval_request')
    .column('status')
    .execute();

  await db.schema
    .createTable('case_period')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_period_case_idx').on('case_period').column('case_id').execute();

  await db.schema
    .createTable('case_deadline')
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('provisional', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_deadline_pk', ['case_id', 'kind'])
    .execute();
  await db.schema
    .createIndex('case_deadline_due_idx')
    .on('case_deadline')
    .columns(['status', 'due'])
    .execute();

  await db.schema
    .createTable('case_record')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('series_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text')
    .addColumn('supplementary', 'integer', (c) => c.notNull())
    .addColumn('signed_at', 'text')
    .addColumn('sealed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_record_case_idx')
    .on('case_record')
    .columns(['case_id', 'type'])
    .execute();
  await db.schema
    .createIndex('case_record_series_version_idx')
    .on('case_record')
    .columns(['series_id', 'version'])
    .unique()
    .execute();

  await db.schema
    .createTable('media')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('activity', 'text', (c) => c.notNull())
    .addColumn('captured_at', 'text', (c) => c.notNull())
    .addColumn('stored_at', 'text', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull())
    .addColumn('storage_due_at', 'text', (c) => c.notNull())
    .addColumn('device', 'text')
    .addColumn('location', 'text')
    .addColumn('officer_id', 'text')
    .addColumn('continuous', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('inside_home', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('home_consent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('uploaded_by', 'text', (c) => c.notNull().references('account.id'))
    .execute();
  await db.schema.createIndex('media_case_idx').on('media').columns(['case_id', 'activity']).execute();
  await db.schema.createIndex('media_sha256_idx').on('media').column('sha256').execute();

  await db.schema
    .createTable('case_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_event_case_seq_idx')
    .on('case_event')
    .columns(['case_id', 'seq'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'case_event',
    'media',
    'case_record',
    'case_deadline',
    'case_period',
    'approval_request',
    'case_officer',
    'enforcement_case',
    'clue',
    'case_number_counter',
    'parameter',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
