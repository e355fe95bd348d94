import type { Kysely } from 'kysely';

/**
 * 检测、检验、检疫或者技术鉴定 of seized things: periods that do not count toward the seizure's term,
 * each stated and told to the party in writing (ACL Art. 25(3)). Append only. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('seizure_testing')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    .addColumn('seizure_id', 'text', (c) => c.notNull().references('seizure.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('told_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('seizure_testing_case').on('seizure_testing').column('case_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('seizure_testing').execute();
}
