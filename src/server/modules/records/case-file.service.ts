import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import type { Principal } from '../../platform/auth/auth.service.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { BlobStore } from '../../platform/storage/blob-store.js';
import type { CaseAccess } from '../cases/case-access.js';
import type { CaseRow } from '../cases/case.service.js';
import type { CaseService } from '../cases/case.service.js';
import { AV_ACTIVITY_LABELS, RECORD_TEMPLATES, RECORD_TYPES, type RecordType } from './record-templates.js';
import { recordOwnTitle } from '../../../shared/record-vocabulary.js';
import { formatChinaTime } from '../../platform/clock.js';
import { recordRepository as repo, type MediaRow, type RecordRow } from './record.repository.js';
import type { RecordService } from './record.service.js';

/** Records a closed case file must hold, by kind (statutory content of the 案卷, 粤司〔2019〕20号 [S]). */
export const REQUIRED_CASE_FILE_RECORDS: Record<string, (RecordType | RecordType[])[]> = {
  penalty: [
    ['onsite_inspection_record', 'inquiry_record'],
    'investigation_report',
    'prior_notice',
    'penalty_decision',
    'service_receipt',
    'closing_approval',
  ],
  coercion: [
    ['onsite_inspection_record', 'inquiry_record'],
    'seizure_decision',
    'seizure_list',
    'service_receipt',
    'closing_approval',
  ],
  inspection: ['onsite_inspection_record', 'closing_approval'],
  permit: ['closing_approval'],
  terminated: ['closing_approval'],
};

type Entry = {
  order: number;
  file: string;
  title: string;
  kind: 'record' | 'media';
  recordId?: string;
  mediaId?: string;
  version?: number;
};

const pad = (n: number) => String(n).padStart(3, '0');

/** A record's line in the case file: its type's title, the version and what its own title adds. */
export function caseFileEntryTitle(type: RecordType, version: number, title: string): string {
  const own = recordOwnTitle(type, title);
  return `${RECORD_TEMPLATES[type].title}（第${version}版）${own === '' ? '' : `：${own}`}`;
}

/**
 * The case file (案卷): every record and recording in the statutory order, a table of contents, a
 * completeness check, and a ZIP export whose manifest.json lists each file with its SHA-256 so that
 * an outside tool can verify it.
 */
export class CaseFileService {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly cases: CaseService,
    private readonly records: RecordService,
    private readonly blobs: BlobStore,
    private readonly clock: Clock,
    /** SM3 fingerprints beside SHA-256 in the manifest (config SM3_FINGERPRINTS, GB/T 39786). */
    private readonly sm3: boolean = false,
  ) {}

  private order(
    records: RecordRow[],
    media: MediaRow[],
  ): { entries: Entry[]; records: Map<string, RecordRow>; media: Map<string, MediaRow> } {
    const rank = (t: string) => {
      const i = RECORD_TYPES.indexOf(t as RecordType);
      return i < 0 ? RECORD_TYPES.length : i;
    };
    // Supplementary records stay at the end, in the order they were added.
    const sorted = [...records].sort(
      (a, b) =>
        a.supplementary - b.supplementary ||
        rank(a.type) - rank(b.type) ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.version - b.version,
    );
    const entries: Entry[] = [];
    let n = 0;
    for (const r of sorted) {
      n += 1;
      entries.push({
        order: n,
        file: `records/${pad(n)}-${r.type}-v${r.version}.docx`,
        title: caseFileEntryTitle(r.type as RecordType, r.version, r.title),
        kind: 'record',
        recordId: r.id,
        version: r.version,
      });
    }
    for (const m of media) {
      n += 1;
      entries.push({
        order: n,
        file: `media/${pad(n)}-${m.activity}-${m.id}.${m.fileName.split('.').pop() ?? 'bin'}`,
        title: `音像记录（${AV_ACTIVITY_LABELS[m.activity]}）${formatChinaTime(m.capturedAt)}`,
        kind: 'media',
        mediaId: m.id,
      });
    }
    return {
      entries,
      records: new Map(records.map((r) => [r.id, r])),
      media: new Map(media.map((m) => [m.id, m])),
    };
  }

  completeness(c: CaseRow, records: RecordRow[]) {
    const present = new Set(records.map((r) => r.type));
    const required = REQUIRED_CASE_FILE_RECORDS[c.status === 'terminated' ? 'terminated' : c.kind] ?? [];
    const missing = required
      .filter((req) => (Array.isArray(req) ? !req.some((t) => present.has(t)) : !present.has(req)))
      .map((req) => (Array.isArray(req) ? req.join('|') : req));
    const incomplete = records
      .map((r) => ({ recordId: r.id, type: r.type, missingFields: this.records.present(r).missingFields }))
      .filter((r) => r.missingFields.length > 0);
    return {
      complete: missing.length === 0 && incomplete.length === 0,
      missingRecords: missing,
      incompleteRecords: incomplete,
    };
  }

  async contents(principal: Principal, caseId: string) {
    const c = await this.access.readable(this.db, principal, caseId);
    const [records, media] = await Promise.all([repo.all(this.db, caseId), repo.media(this.db, caseId)]);
    const { entries } = this.order(records, media);
    return { caseId, number: c.number, contents: entries, completeness: this.completeness(c, records) };
  }

  /** The ZIP, streamed: documents are generated, recordings are streamed from the blob store. */
  async archive(principal: Principal, caseId: string): Promise<{ fileName: string; stream: Readable }> {
    const c = await this.access.readable(this.db, principal, caseId);
    const [records, media] = await Promise.all([repo.all(this.db, caseId), repo.media(this.db, caseId)]);
    const { entries, records: byRecord, media: byMedia } = this.order(records, media);
    const zip = new yazl.ZipFile();
    const mtime = this.clock();
    const manifest: { file: string; sha256: string; sm3?: string; size: number }[] = [];
    const addBuffer = (file: string, bytes: Buffer) => {
      zip.addBuffer(bytes, file, { mtime, compress: !file.endsWith('.docx') });
      manifest.push({
        file,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        ...(this.sm3 && { sm3: createHash('sm3').update(bytes).digest('hex') }),
        size: bytes.length,
      });
    };
    for (const e of entries) {
      const r = e.recordId ? byRecord.get(e.recordId) : undefined;
      const m = e.mediaId ? byMedia.get(e.mediaId) : undefined;
      if (r) addBuffer(e.file, await this.records.render(this.db, c, r));
      if (m) {
        const size = Number(m.size);
        zip.addReadStreamLazy(e.file, { mtime, size, compress: false }, (cb) => {
          this.blobs.get(m.sha256).then(
            (s) => cb(null, s),
            (err: unknown) => cb(err, undefined as unknown as NodeJS.ReadableStream),
          );
        });
        manifest.push({ file: e.file, sha256: m.sha256, ...(m.sm3 && { sm3: m.sm3 }), size });
      }
    }
    const view = await this.cases.present(this.db, c);
    const timeline = await this.cases.timeline(principal, caseId);
    addBuffer(
      'case.json',
      Buffer.from(
        JSON.stringify(
          { case: view, records: records.map((r) => this.records.present(r)), timeline: timeline.items },
          null,
          2,
        ),
      ),
    );
    const doc = {
      caseNumber: c.number,
      caseTitle: c.title,
      generatedAt: mtime.toISOString(),
      algorithm: 'sha256',
      ...(this.sm3 && { fingerprints: ['sha256', 'sm3'] }),
      contents: entries.map(({ order, file, title }) => ({ order, file, title })),
      completeness: this.completeness(c, records),
      files: manifest,
    };
    zip.addBuffer(Buffer.from(JSON.stringify(doc, null, 2)), 'manifest.json', { mtime });
    // The same list in `sha256sum` format: `unzip case.zip -d x && cd x && sha256sum -c SHA256SUMS`.
    zip.addBuffer(Buffer.from(manifest.map((f) => `${f.sha256}  ${f.file}\n`).join('')), 'SHA256SUMS', {
      mtime,
    });
    // and in SM3 (GB/T 32905), for the files whose SM3 is known (a recording stored before SM3 was on has none)
    if (this.sm3) {
      const lines = manifest.flatMap((f) => (f.sm3 ? [`${f.sm3}  ${f.file}\n`] : []));
      zip.addBuffer(Buffer.from(lines.join('')), 'SM3SUMS', { mtime });
    }
    zip.end();
    return { fileName: `case-${c.id}.zip`, stream: zip.outputStream as Readable };
  }
}
