import { sql, type Kysely } from 'kysely';

/**
 * 文号 issued by the system: a counter per document kind and year, and the register of every number
 * issued or taken (so that a number is never used twice, whether issued or entered from paper). The
 * decisions made before are entered in the register as they were numbered. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_number_counter')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_number_counter_pk', ['kind', 'year'])
    .execute();
  await db.schema
    .createTable('document_number')
    .addColumn('number', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('seq', 'integer')
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_case.id'))
    /** issued (by the counter) | given (entered, e.g. from a paper register) */
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_number_case').on('document_number').column('case_id').execute();
  // the decisions already made keep their numbers; a repeated legacy number is entered once
  await sql`
    insert into document_number (number, kind, year, seq, case_id, source, created_at)
    select d.document_number,
           case d.outcome when 'penalty' then 'penalty_decision'
                          when 'transfer' then 'transfer'
                          else 'no_penalty_decision' end,
           null, null, d.case_id, 'given', d.created_at
    from case_decision d
    where d.document_number is not null and d.document_number <> ''
    on conflict (number) do nothing`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('document_number').execute();
  await db.schema.dropTable('document_number_counter').execute();
}
