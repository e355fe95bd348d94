import type { Kysely } from 'kysely';

/** The SM3 fingerprint of a recording beside its SHA-256 (GB/T 39786, when SM3_FINGERPRINTS is on). Never edit once landed. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('media').addColumn('sm3', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('media').dropColumn('sm3').execute();
}
