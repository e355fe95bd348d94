import type { Kysely } from 'kysely';

/**
 * The enforcement area (执法区域) printed on an officer's certificate, shown on the portal's officer
 * list and page (issue 13). Null for certificates registered before it was asked. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('officer_certificate').addColumn('area', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('officer_certificate').dropColumn('area').execute();
}
