import type { Kysely } from 'kysely';

/**
 * The procedure a case follows: `general` (普通程序, from 立案) or `summary` (简易程序, a decision made
 * on the spot, APL Art. 51-52). Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('enforcement_case')
    .addColumn('procedure', 'text', (c) => c.notNull().defaultTo('general'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('enforcement_case').dropColumn('procedure').execute();
}
