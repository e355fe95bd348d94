import type { Executor, Tx } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { digestOf } from './audit.rules.js';

/**
 * Row seals: the evidence-bearing rows whose content a court relies on. Each write to one of these
 * rows marks it; the audit entry that records the change (same transaction) carries the digest of the
 * row's sealed columns as they were written, under `detail.sealedRows`. `sanxiang verify-data`
 * recomputes every row against the digest of the latest entry that sealed it, so a record's content,
 * a party's name or a decision changed directly in the database is named (issue 12, tamper (c)).
 *
 * Only the columns listed are sealed: the content, not the workflow marks a legitimate later step sets
 * (a record's signature date, a case's stage), so such steps never re-seal — and never launder —
 * content changed behind the application's back.
 */
export const SEALED_ROWS = {
  enforcementCase: {
    key: 'id',
    columns: [
      'id',
      'number',
      'kind',
      'title',
      'departmentId',
      'clueId',
      'partyType',
      'partyName',
      'partyIdNumber',
      'partyCreditCode',
      'partyLegalRepresentative',
      'partyAddress',
      'partyPhone',
      'discoveredOn',
      'violationEndedOn',
      'procedure',
      'createdBy',
      'createdAt',
    ],
  },
  caseRecord: {
    key: 'id',
    columns: [
      'id',
      'caseId',
      'seriesId',
      'version',
      'type',
      'title',
      'content',
      'fields',
      'documentNumber',
      'supplementary',
      'createdBy',
      'createdAt',
    ],
  },
  media: {
    key: 'id',
    columns: [
      'id',
      'caseId',
      'sha256',
      'sm3',
      'size',
      'mimeType',
      'fileName',
      'activity',
      'capturedAt',
      'storedAt',
      'late',
      'device',
      'location',
      'officerId',
      'continuous',
      'insideHome',
      'homeConsent',
      'uploadedBy',
    ],
  },
  evidenceItem: {
    key: 'id',
    columns: [
      'id',
      'caseId',
      'evidenceType',
      'title',
      'description',
      'source',
      'collectedOn',
      'mediaId',
      'recordId',
      'createdBy',
      'createdAt',
    ],
  },
  caseDecision: {
    key: 'id',
    columns: [
      'id',
      'caseId',
      'documentNumber',
      'outcome',
      'summary',
      'facts',
      'basis',
      'decidedOn',
      'penalties',
      'substanceHash',
      'major',
      'legalReviewId',
      'decidedBy',
      'createdAt',
      'discretion',
    ],
  },
  summaryDecision: {
    key: 'caseId',
    columns: [
      'caseId',
      'formNumber',
      'decidedAt',
      'decidedOn',
      'location',
      'facts',
      'basis',
      'penalties',
      'createdBy',
      'createdAt',
    ],
  },
  disclosureVersion: {
    key: 'id',
    columns: ['id', 'disclosureId', 'version', 'content', 'credit', 'publishedAt', 'publishedBy'],
  },
} as const satisfies {
  [T in keyof Database]?: {
    key: keyof Database[T] & string;
    columns: readonly (keyof Database[T] & string)[];
  };
};

export type SealedTable = keyof typeof SEALED_ROWS;
export const SEALED_TABLES = Object.keys(SEALED_ROWS) as SealedTable[];

/** The key an entry's `detail.sealedRows` and verify-data's report use: `table:id`. */
export const sealKey = (table: SealedTable, id: string) => `${table}:${id}`;

/** The digest of a row's sealed columns (values as the database driver returns them). */
export function sealDigest(table: SealedTable, row: Record<string, unknown>): string {
  const projection: Record<string, unknown> = {};
  for (const column of SEALED_ROWS[table].columns) projection[column] = row[column] ?? null;
  return digestOf(projection) ?? '';
}

/** Rows written in a transaction and not sealed yet, per transaction object. */
const pending = new WeakMap<object, Map<string, { table: SealedTable; id: string }>>();

/**
 * Marks a row as written in `tx`: the next audit entry of the transaction seals it. An update whose
 * `patch` touches none of the sealed columns leaves the seal as it is.
 */
export function markWritten(tx: Executor, table: SealedTable, id: string, patch?: object): void {
  if (!tx.isTransaction) throw new Error(`${table} rows are sealed: write them inside a transaction`);
  if (patch && !Object.keys(patch).some((k) => (SEALED_ROWS[table].columns as readonly string[]).includes(k)))
    return;
  const rows = pending.get(tx) ?? new Map<string, { table: SealedTable; id: string }>();
  pending.set(tx, rows);
  rows.set(sealKey(table, id), { table, id });
}

/** The digests of the rows marked in `tx` (read back inside it), and forgets them. */
export async function takeSeals(tx: Tx): Promise<Record<string, string> | undefined> {
  const rows = pending.get(tx);
  if (!rows || rows.size === 0) return undefined;
  pending.delete(tx);
  const seals: Record<string, string> = {};
  for (const [key, { table, id }] of rows) {
    const row = await readSealed(tx, table, id);
    // a row written and removed in the same transaction has nothing to seal
    if (row) seals[key] = sealDigest(table, row);
  }
  return seals;
}

function readSealed(db: Executor, table: SealedTable, id: string) {
  const { key, columns } = SEALED_ROWS[table];
  return db
    .selectFrom(table)
    .select(columns as unknown as never[])
    .where(key as never, '=', id as never)
    .executeTakeFirst() as Promise<Record<string, unknown> | undefined>;
}

export type DataProblem = {
  /** `table:id` */
  row: string;
  /** changed: the row differs from what was sealed; unsealed: no audit entry sealed it (written behind the application's back); deleted: sealed, now gone. */
  problem: 'changed' | 'unsealed' | 'deleted';
  /** The audit entry that sealed it last. */
  sealedBy?: number;
};

export type DataVerifyResult = { ok: boolean; rows: number; problems: DataProblem[] };

const BATCH = 1000;

/**
 * `sanxiang verify-data`: every sealed row recomputed against the digest its latest audit entry
 * sealed. It trusts the audit log's chain: run `verify-audit` (chain and signed checkpoints) beside it.
 */
export async function verifyData(db: Executor): Promise<DataVerifyResult> {
  const sealed = new Map<string, { digest: string; seq: number }>();
  for (let after = 0; ;) {
    const entries = await db
      .selectFrom('auditEntry')
      .select(['seq', 'detail'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (entries.length === 0) break;
    for (const e of entries) {
      if (!e.detail.includes('"sealedRows"')) continue;
      const seals = (JSON.parse(e.detail) as { sealedRows?: Record<string, string> }).sealedRows ?? {};
      for (const [key, digest] of Object.entries(seals)) sealed.set(key, { digest, seq: e.seq });
    }
    after = entries.at(-1)?.seq ?? after;
  }
  const problems: DataProblem[] = [];
  const seen = new Set<string>();
  let rows = 0;
  for (const table of SEALED_TABLES) {
    const { key, columns } = SEALED_ROWS[table];
    for (let after = ''; ;) {
      const batch = (await db
        .selectFrom(table)
        .select(columns as unknown as never[])
        .where(key as never, '>', after as never)
        .orderBy(key as never)
        .limit(BATCH)
        .execute()) as Record<string, unknown>[];
      if (batch.length === 0) break;
      for (const row of batch) {
        const id = String(row[key]);
        const k = sealKey(table, id);
        const seal = sealed.get(k);
        rows++;
        seen.add(k);
        if (!seal) problems.push({ row: k, problem: 'unsealed' });
        else if (seal.digest !== sealDigest(table, row))
          problems.push({ row: k, problem: 'changed', sealedBy: seal.seq });
      }
      after = (batch.at(-1)?.[key] as string | undefined) ?? after;
    }
  }
  for (const [k, seal] of sealed)
    if (!seen.has(k)) problems.push({ row: k, problem: 'deleted', sealedBy: seal.seq });
  return { ok: problems.length === 0, rows, problems };
}
