import type { Insertable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { CaseRecordTable, MediaTable } from '../../platform/db/schema.js';
import { markWritten } from '../../platform/audit/row-seals.js';

export type RecordRow = NonNullable<Awaited<ReturnType<typeof recordRepository.find>>>;
export type MediaRow = NonNullable<Awaited<ReturnType<typeof recordRepository.findMedia>>>;

export const recordRepository = {
  find(db: Executor, id: string) {
    return db.selectFrom('caseRecord').selectAll().where('id', '=', id).executeTakeFirst();
  },

  insert(db: Executor, row: Insertable<CaseRecordTable>) {
    markWritten(db, 'caseRecord', row.id);
    return db.insertInto('caseRecord').values(row).execute();
  },

  /** Every version of every record of a case, oldest first. */
  all(db: Executor, caseId: string) {
    return db.selectFrom('caseRecord').selectAll().where('caseId', '=', caseId).orderBy('seq').execute();
  },

  /** The next number in the case's record order. */
  async nextSeq(db: Executor, caseId: string): Promise<number> {
    const row = await db
      .selectFrom('caseRecord')
      .select((eb) => eb.fn.max('seq').as('s'))
      .where('caseId', '=', caseId)
      .executeTakeFirst();
    return Number(row?.s ?? 0) + 1;
  },

  async latestVersion(db: Executor, seriesId: string): Promise<number> {
    const row = await db
      .selectFrom('caseRecord')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('seriesId', '=', seriesId)
      .executeTakeFirst();
    return Number(row?.v ?? 0);
  },

  markSigned(db: Executor, id: string, at: string) {
    return db
      .updateTable('caseRecord')
      .set({ signedAt: at })
      .where('id', '=', id)
      .where('signedAt', 'is', null)
      .executeTakeFirst();
  },

  markSealed(db: Executor, id: string, at: string) {
    return db
      .updateTable('caseRecord')
      .set({ sealedAt: at })
      .where('id', '=', id)
      .where('sealedAt', 'is', null)
      .executeTakeFirst();
  },

  insertMedia(db: Executor, row: Insertable<MediaTable>) {
    markWritten(db, 'media', row.id);
    return db.insertInto('media').values(row).execute();
  },

  /** Whether any recording refers to a blob (gc's check before it removes one). */
  async blobReferenced(db: Executor, sha256: string): Promise<boolean> {
    return (
      (await db.selectFrom('media').select('id').where('sha256', '=', sha256).executeTakeFirst()) !==
      undefined
    );
  },

  /** Every blob a recording refers to. */
  async blobHashes(db: Executor): Promise<Set<string>> {
    const rows = await db.selectFrom('media').select('sha256').distinct().execute();
    return new Set(rows.map((r) => r.sha256));
  },

  findMedia(db: Executor, id: string) {
    return db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
  },

  media(db: Executor, caseId: string) {
    return db.selectFrom('media').selectAll().where('caseId', '=', caseId).orderBy('capturedAt').execute();
  },

  /** The case's evidence register, in the order registered. */
  evidence(db: Executor, caseId: string) {
    return db
      .selectFrom('evidenceItem')
      .select(['id', 'evidenceType', 'title', 'collectedOn'])
      .where('caseId', '=', caseId)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
  },
};
