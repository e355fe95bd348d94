import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Principal } from '../../platform/auth/auth.service.js';
import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/errors.js';
import {
  BlobNotFoundError,
  type BlobStore,
  type ByteRange,
  type StoredBlob,
} from '../../platform/storage/blob-store.js';
import {
  DigestTap,
  digestsOfStream,
  verifyingStream,
  type BlobCorruptError,
} from '../../platform/storage/hashing.js';
import type { CaseAccess } from '../cases/case-access.js';
import type { CaseRow, CaseService } from '../cases/case.service.js';
import {
  CONTINUOUS_ACTIVITIES,
  HOME_RECORDING_WARNING,
  storageDueAt,
  type MediaActivity,
} from '../cases/case.rules.js';
import type { ParameterService } from '../parameters/parameter.service.js';
import { peek, sniffMediaType, SNIFF_BYTES, type SniffedType } from './media-type.rules.js';
import { AV_ACTIVITY_LABELS } from './record-templates.js';
import { recordRepository as repo, type MediaRow } from './record.repository.js';

export type MediaMeta = {
  activity: MediaActivity;
  capturedAt: string;
  device?: string | undefined;
  location?: string | undefined;
  officerId?: string | undefined;
  continuous?: boolean | undefined;
  insideHome?: boolean | undefined;
  homeConsent?: boolean | undefined;
  fileName?: string | undefined;
};

/** A capture time this far in the future is refused (clock skew of a field device). */
export const CAPTURE_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Audio, video and photos of enforcement (GD-REC): stored by hash while streaming, never edited or
 * deleted by the application; each knows when it had to be stored and whether it was late.
 */
/** Media are added to a case until it is archived (GD-REC: recorded while the case is handled). */
function refuseArchived(c: CaseRow) {
  if (c.stage === 'archived') throw new AppError('CASE_ARCHIVED');
}

export class MediaService {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly cases: CaseService,
    private readonly blobs: BlobStore,
    private readonly calendar: CalendarService,
    private readonly parameters: ParameterService,
    private readonly clock: Clock,
    readonly maxBytes: number,
    /** SM3 fingerprints beside SHA-256 (config SM3_FINGERPRINTS, GB/T 39786). */
    private readonly sm3: boolean = false,
  ) {}

  /** The case an upload goes to, checked before any byte is stored. */
  async target(principal: Principal, caseId: string): Promise<CaseRow> {
    const c = await this.access.writable(this.db, principal, caseId);
    refuseArchived(c);
    return c;
  }

  /** Streams a file into the blob store after checking its type from its first bytes. */
  async store(stream: Readable): Promise<StoredBlob & SniffedType & { sm3: string | null }> {
    const { head, stream: whole } = await peek(stream, SNIFF_BYTES);
    const type = await sniffMediaType(head);
    if (!type) {
      stream.resume();
      throw new AppError('MEDIA_TYPE_NOT_ALLOWED', {
        accepted: 'mp4 mov 3gp webm avi ts mp3 m4a wav amr jpg png heic',
      });
    }
    const tap = this.sm3 ? new DigestTap('sm3') : undefined;
    if (tap) whole.on('error', (err) => tap.destroy(err));
    const stored = await this.blobs.put(tap ? whole.pipe(tap) : whole, { maxBytes: this.maxBytes });
    return { ...stored, ...type, sm3: tap ? tap.digest() : null };
  }

  /** What the metadata alone must satisfy: checked before a file is stored, and again when registering it. */
  checkMeta(meta: Pick<MediaMeta, 'capturedAt'>): void {
    if (new Date(meta.capturedAt).getTime() > this.clock().getTime() + CAPTURE_CLOCK_SKEW_MS) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'capturedAt', message: '采集时间不能晚于当前时间' }],
      });
    }
  }

  /** Registers a stored file as media of the case: metadata, the storage deadline, the late flag. */
  async register(
    principal: Principal,
    c: CaseRow,
    blob: StoredBlob & SniffedType & { sm3: string | null },
    meta: MediaMeta,
  ) {
    const now = this.clock();
    const captured = new Date(meta.capturedAt);
    this.checkMeta(meta);
    const rule = await this.parameters.mediaStorageRule();
    const next =
      rule === 'oneWorkingDay'
        ? (await this.calendar.due(chinaDate(captured), { days: 1, unit: 'working_days' })).due
        : undefined;
    const dueAt = storageDueAt(captured, rule, next);
    const late = now.getTime() > dueAt.getTime();
    const continuous = meta.continuous ?? true;
    const warnings = [
      ...(meta.insideHome && !meta.homeConsent ? [HOME_RECORDING_WARNING] : []),
      ...(CONTINUOUS_ACTIVITIES.includes(meta.activity) && !continuous
        ? ['记录有中断：须在音像记录中或以书面形式说明中断原因（《广东省行政执法全过程记录办法》第二十条）']
        : []),
    ];
    const row = {
      id: randomUUID(),
      caseId: c.id,
      sha256: blob.sha256,
      sm3: blob.sm3,
      size: blob.size,
      mimeType: blob.mime,
      fileName: `${meta.activity}.${blob.extension}`,
      activity: meta.activity,
      capturedAt: captured.toISOString(),
      storedAt: now.toISOString(),
      late: late ? 1 : 0,
      storageDueAt: dueAt.toISOString(),
      device: meta.device ?? null,
      location: meta.location ?? null,
      officerId: meta.officerId ?? principal.id,
      continuous: continuous ? 1 : 0,
      insideHome: meta.insideHome ? 1 : 0,
      homeConsent: meta.homeConsent ? 1 : 0,
      uploadedBy: principal.id,
    };
    // through the cases module's writer: the case's stage is checked again once the bytes are stored
    return this.cases.writes.write(principal, c.id, {
      guard: refuseArchived,
      read: async () => undefined,
      change: async (tx) => {
        await repo.insertMedia(tx, row);
        return {
          event: {
            type: 'media_added',
            summary: `上传音像记录（${AV_ACTIVITY_LABELS[meta.activity]}）${late ? '，超过存储时限' : ''}`,
            detail: {
              mediaId: row.id,
              sha256: row.sha256,
              size: row.size,
              activity: row.activity,
              late,
              warnings,
            },
            after: row,
          },
          result: { ...this.present(row), warnings },
        };
      },
    });
  }

  present(m: MediaRow) {
    return {
      id: m.id,
      caseId: m.caseId,
      sha256: m.sha256,
      sm3: m.sm3,
      size: Number(m.size),
      mimeType: m.mimeType,
      activity: m.activity,
      capturedAt: m.capturedAt,
      storedAt: m.storedAt,
      storageDueAt: m.storageDueAt,
      late: m.late === 1,
      device: m.device,
      location: m.location,
      officerId: m.officerId,
      continuous: m.continuous === 1,
      insideHome: m.insideHome === 1,
      homeConsent: m.homeConsent === 1,
      uploadedBy: m.uploadedBy,
    };
  }

  async list(principal: Principal, caseId: string) {
    await this.access.readable(this.db, principal, caseId);
    return { items: (await repo.media(this.db, caseId)).map((m) => this.present(m)) };
  }

  async metadata(principal: Principal, mediaId: string) {
    const m = await repo.findMedia(this.db, mediaId);
    if (!m) throw notFound('media', mediaId);
    await this.access.readable(this.db, principal, m.caseId);
    return this.present(m);
  }

  /**
   * Playback: the bytes (or a range) of a recording, for staff who may read the case. A whole file is
   * hashed on its way out: bytes that no longer match the recorded SHA-256 break the stream at its end
   * (never served as intact) and `onCorrupt` is told, to log it.
   */
  async content(
    principal: Principal,
    mediaId: string,
    range?: ByteRange,
    onCorrupt: (err: BlobCorruptError) => void = () => undefined,
  ) {
    const m = await repo.findMedia(this.db, mediaId);
    if (!m) throw notFound('media', mediaId);
    await this.access.readable(this.db, principal, m.caseId);
    const stream = await this.blobs.get(m.sha256, range);
    if (range) return { media: this.present(m), stream };
    const checked = verifyingStream(m.sha256, onCorrupt);
    stream.on('error', (err) => checked.destroy(err));
    return { media: this.present(m), stream: stream.pipe(checked) };
  }

  /** Every stored recording re-hashed: the ones missing or whose bytes changed (`sanxiang verify-blobs`). */
  async verifyAll(
    report: (line: {
      sha256: string;
      mediaIds: string[];
      problem: 'missing' | 'corrupt' | 'sm3_mismatch';
    }) => void,
  ) {
    const rows = await this.db
      .selectFrom('media')
      .select(['id', 'sha256', 'sm3'])
      .orderBy('sha256')
      .execute();
    const bySha = new Map<string, { ids: string[]; sm3: Set<string> }>();
    for (const r of rows) {
      const entry = bySha.get(r.sha256) ?? { ids: [], sm3: new Set<string>() };
      entry.ids.push(r.id);
      if (r.sm3) entry.sm3.add(r.sm3);
      bySha.set(r.sha256, entry);
    }
    let bad = 0;
    for (const [sha256, { ids: mediaIds, sm3 }] of bySha) {
      let problem: 'missing' | 'corrupt' | 'sm3_mismatch' | null = null;
      try {
        // one read computes both: the SHA-256 the blob is named by, and the SM3 its rows recorded
        const digests = await digestsOfStream(
          await this.blobs.get(sha256),
          sm3.size > 0 ? ['sha256', 'sm3'] : ['sha256'],
        );
        if (digests.sha256 !== sha256) problem = 'corrupt';
        else if ([...sm3].some((d) => d !== (digests as { sm3?: string }).sm3)) problem = 'sm3_mismatch';
      } catch (err) {
        if (err instanceof BlobNotFoundError) problem = 'missing';
        else throw err;
      }
      if (problem) {
        bad += 1;
        report({ sha256, mediaIds, problem });
      }
    }
    return { blobs: bySha.size, bad };
  }
}
