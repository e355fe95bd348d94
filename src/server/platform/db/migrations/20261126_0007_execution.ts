import type { Kysely } from 'kysely';

/**
 * 送达执行 through 结案: service of documents and the e-service consent, payments and payment plans,
 * 催告 and court enforcement, seizures, orders to correct with rechecks and daily penalties, summary
 * decisions, and the outcomes appended after archiving. Money in cents (bigint). Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const caseTable = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'));

  await caseTable('service_consent')
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await caseTable('service_entry')
    .addColumn('document_kind', 'text', (c) => c.notNull())
    .addColumn('document_ref', 'text')
    .addColumn('document_name', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text')
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text')
    .addColumn('announced_on', 'text')
    .addColumn('served_on', 'text', (c) => c.notNull())
    .addColumn('media_id', 'text')
    .addColumn('tracking_number', 'text')
    .addColumn('electronic_address', 'text')
    .addColumn('receipt_series_id', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await caseTable('penalty_payment')
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addColumn('late_fee_cents', 'bigint', (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('receipt_number', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('onsite_ground', 'text')
    .addColumn('payer', 'text', (c) => c.notNull())
    .addColumn('handed_in_on', 'text')
    .addColumn('receipt_series_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await caseTable('payment_plan')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('schedule', 'text', (c) => c.notNull())
    .addColumn('settled_cents', 'bigint', (c) => c.notNull())
    .addColumn('granted_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await caseTable('enforcement_demand')
    .addColumn('served_on', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await caseTable('court_application')
    .addColumn('applied_on', 'text', (c) => c.notNull())
    .addColumn('court', 'text', (c) => c.notNull())
    .addColumn('court_case_number', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await caseTable('seizure')
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('decision_number', 'text', (c) => c.notNull())
    .addColumn('seized_on', 'text', (c) => c.notNull())
    .addColumn('period_days', 'integer', (c) => c.notNull())
    .addColumn('extension_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('extended_on', 'text')
    .addColumn('lifted_on', 'text')
    .addColumn('lift_reason', 'text')
    .addColumn('lift_note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await caseTable('correction_order')
    .addColumn('document_number', 'text', (c) => c.notNull())
    .addColumn('requirements', 'text', (c) => c.notNull())
    .addColumn('ordered_on', 'text', (c) => c.notNull())
    .addColumn('served_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await caseTable('correction_recheck')
    .addColumn('order_id', 'text', (c) => c.notNull().references('correction_order.id'))
    .addColumn('rechecked_on', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await caseTable('daily_penalty')
    .addColumn('order_id', 'text', (c) => c.notNull().references('correction_order.id'))
    .addColumn('decision_number', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('first_day', 'text', (c) => c.notNull())
    .addColumn('last_day', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('daily_amount_cents', 'bigint', (c) => c.notNull())
    .addColumn('total_cents', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('summary_decision')
    .addColumn('case_id', 'text', (c) => c.primaryKey().references('enforcement_case.id'))
    .addColumn('form_number', 'text', (c) => c.notNull().unique())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('penalties', 'text', (c) => c.notNull())
    .addColumn('filed_on', 'text')
    .addColumn('record_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await caseTable('case_outcome')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text')
    .addColumn('summary', 'text')
    .addColumn('amount_cents', 'bigint')
    .addColumn('record_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  for (const table of [
    'service_consent',
    'service_entry',
    'penalty_payment',
    'payment_plan',
    'enforcement_demand',
    'court_application',
    'seizure',
    'correction_order',
    'correction_recheck',
    'daily_penalty',
    'case_outcome',
  ]) {
    await db.schema.createIndex(`${table}_case_idx`).on(table).column('case_id').execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'case_outcome',
    'summary_decision',
    'daily_penalty',
    'correction_recheck',
    'correction_order',
    'seizure',
    'court_application',
    'enforcement_demand',
    'payment_plan',
    'penalty_payment',
    'service_entry',
    'service_consent',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
