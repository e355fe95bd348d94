import { jsonObject, parseJson } from '../../platform/db/json.js';
import type { Executor } from '../../platform/db/database.js';
import type { RecordingFacts } from '../cases/case.service.js';
import { recordAvActivity, type RecordType } from './record-templates.js';
import { recordRepository as repo, type RecordRow } from './record.repository.js';

/** One version of a record as other modules read it: its fields parsed. */
export type RecordVersion = {
  id: string;
  seriesId: string;
  version: number;
  type: string;
  fields: Record<string, unknown>;
  documentNumber: string | null;
  createdAt: string;
  /** Its place among all the case's records, in the order they were made (`case_record.seq`). */
  order: number;
};

/**
 * What the records module tells other modules about a case (read only, needs nothing but the
 * executor): the stage rules' facts (`RecordingFacts`) and the versions of records of given types.
 * Built before the cases module, which takes it as a constructor argument.
 */
export class RecordFacts implements RecordingFacts {
  /** The latest version of each record series, with the A/V activity it requires. */
  async recordsOf(db: Executor, caseId: string) {
    const rows = await repo.all(db, caseId);
    const latest = new Map<string, RecordRow>();
    for (const r of rows) {
      const seen = latest.get(r.seriesId);
      if (!seen || seen.version < r.version) latest.set(r.seriesId, r);
    }
    return [...latest.values()].map((r) => ({
      type: r.type,
      avActivity: recordAvActivity(
        r.type as RecordType,
        parseJson(jsonObject, r.fields, 'caseRecord.fields'),
      ),
    }));
  }

  async mediaOf(db: Executor, caseId: string) {
    return (await repo.media(db, caseId)).map((m) => ({
      activity: m.activity,
      continuous: m.continuous === 1,
    }));
  }

  /** The evidence register of the case (what a decision document lists as its evidence, APL Art. 59(2)). */
  async evidenceOf(db: Executor, caseId: string) {
    return repo.evidence(db, caseId);
  }

  /** Every version of the case's records of a type, in the order they were made (`case_record.seq`). */
  async versions(db: Executor, caseId: string, type: RecordType): Promise<RecordVersion[]> {
    return this.versionsOf(db, caseId, [type]);
  }

  /** Every version of the case's records of the given types, in the order they were made. */
  async versionsOf(db: Executor, caseId: string, types: readonly RecordType[]): Promise<RecordVersion[]> {
    return (await repo.all(db, caseId)).flatMap((r, order) =>
      (types as readonly string[]).includes(r.type)
        ? [
            {
              id: r.id,
              seriesId: r.seriesId,
              version: r.version,
              type: r.type,
              fields: parseJson(jsonObject, r.fields, 'caseRecord.fields'),
              documentNumber: r.documentNumber,
              createdAt: r.createdAt,
              order,
            },
          ]
        : [],
    );
  }
}
