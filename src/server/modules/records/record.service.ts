import { randomUUID } from 'node:crypto';
import { isIsoDate } from '../../../shared/dates.js';
import { recordOwnTitle } from '../../../shared/record-vocabulary.js';
import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import type { Db, Executor, Tx } from '../../platform/db/database.js';
import { jsonObject, parseJson } from '../../platform/db/json.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { CaseAccess } from '../cases/case-access.js';
import type { Change } from '../cases/case-write.js';
import type { CaseEvents } from '../cases/case-events.js';
import type { CaseRow, CaseService, RecordingFacts } from '../cases/case.service.js';
import type { DocumentNumberKind } from './document-number.rules.js';
import type { DocumentNumbers } from './document-numbers.js';
import type { OrgService } from '../org/org.service.js';
import type { ParameterService } from '../parameters/parameter.service.js';
import { renderRecordDocx, type DocumentContext } from './docx.js';
import {
  DEFAULT_NOTICE_PARAMETERS,
  RECORD_TEMPLATES,
  validateRecordFields,
  type RecordType,
} from './record-templates.js';
import type { RecordFacts } from './record-facts.js';
import { recordRepository as repo, type RecordRow } from './record.repository.js';

export type RecordInput = {
  type: RecordType;
  title: string;
  content: string;
  fields?: Record<string, unknown> | undefined;
  documentNumber?: string | undefined;
};

const blank = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

/** Records whose 文号 the system issues when none is given (one pattern each, `document.numberPattern.*`). */
const NUMBERED_RECORDS: Partial<Record<RecordType, DocumentNumberKind>> = { prior_notice: 'prior_notice' };

const dateOf = (v: unknown): string | null => (typeof v === 'string' && isIsoDate(v) ? v : null);

/** A procedural rule a record must meet on creation (e.g. the hearing notice period); throws an AppError. */
export type RecordCheck = (
  db: Executor,
  c: CaseRow,
  fields: Record<string, unknown>,
  seriesId: string | null,
) => Promise<void>;

/**
 * Text records (文书): templates with structured fields, versioned (a change is a new version,
 * never an overwrite), generated as Word documents. After archiving only supplementary types.
 */
export class RecordService implements RecordingFacts {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly cases: CaseService,
    private readonly events: CaseEvents,
    private readonly clock: Clock,
    private readonly bodyName: string,
    private readonly facts: RecordFacts,
    /** 文号 of the documents the system numbers (the prior notice here; decisions in the review module). */
    readonly numbers: DocumentNumbers,
    private readonly parameters: ParameterService,
    /** Who made a record, by name (the record keeps the account id). */
    private readonly people: Pick<OrgService, 'accountNames'>,
  ) {}

  /** What documents print by name, and the statement window they state. */
  async documentSettings(db: Executor = this.db) {
    return this.parameters.documentSettings(db);
  }

  private readonly checks = new Map<RecordType, RecordCheck[]>();

  /** Adds a procedural rule for a record type, run before every new record or version of it. */
  registerCheck(type: RecordType, check: RecordCheck) {
    this.checks.set(type, [...(this.checks.get(type) ?? []), check]);
  }

  /** The procedural checks of the type, against the case as read in the writing transaction. */
  private async runChecks(
    tx: Tx,
    c: CaseRow,
    type: RecordType,
    fields: Record<string, unknown>,
    seriesId: string | null,
  ) {
    for (const check of this.checks.get(type) ?? []) await check(tx, c, fields, seriesId);
  }

  /** Field problems of an input: wrong values refuse the record; missing required ones only mark it incomplete. */
  private check(type: RecordType, fields: Record<string, unknown>) {
    const issues = validateRecordFields(type, fields);
    const missing = issues.filter((i) => blank(fields[i.path.split('.')[0] ?? '']));
    const invalid = issues.filter((i) => !missing.includes(i));
    if (invalid.length > 0) {
      throw new AppError('VALIDATION_FAILED', {
        fields: invalid.map((i) => ({ path: `fields.${i.path}`, message: i.message })),
      });
    }
    return missing;
  }

  private requireOpenFor(c: CaseRow, type: RecordType) {
    // the decision document is generated from the decision as recorded, never typed separately
    if (RECORD_TEMPLATES[type].generated)
      throw new AppError('RECORD_TYPE_NOT_ALLOWED', { reason: 'generated_only', type });
    if (c.stage === 'archived' && !RECORD_TEMPLATES[type].supplementary) {
      throw new AppError('CASE_ARCHIVED', {
        type,
        allowed: Object.values(RECORD_TEMPLATES)
          .filter((t) => t.supplementary)
          .map((t) => t.type),
      });
    }
  }

  /**
   * A record made by an assigned officer, through the cases module's writer: the procedural checks
   * (hearing windows, a reason for a heavier notice, e-service consent …) read the case's records
   * inside the transaction that writes the new one.
   */
  async add(principal: Principal, caseId: string, input: RecordInput) {
    const fields = input.fields ?? {};
    const missing = this.check(input.type, fields);
    const row = await this.cases.writes.write(principal, caseId, {
      guard: (c) => this.requireOpenFor(c, input.type),
      read: async () => undefined,
      change: async (tx, c) => {
        await this.runChecks(tx, c, input.type, fields, null);
        return this.build(tx, principal.id, c, randomUUID(), 1, input, fields);
      },
    });
    return this.present(row, missing);
  }

  async addVersion(principal: Principal, recordId: string, input: Omit<RecordInput, 'type'>) {
    const previous = await repo.find(this.db, recordId);
    if (!previous) throw notFound('record', recordId);
    const type = previous.type as RecordType;
    const fields = input.fields ?? parseJson(jsonObject, previous.fields, 'caseRecord.fields');
    const missing = this.check(type, fields);
    const row = await this.cases.writes.write(principal, previous.caseId, {
      guard: (c) => this.requireOpenFor(c, type),
      read: (tx) => repo.latestVersion(tx, previous.seriesId),
      change: async (tx, c, latest) => {
        await this.runChecks(tx, c, type, fields, previous.seriesId);
        return this.build(tx, principal.id, c, previous.seriesId, latest + 1, { ...input, type }, fields);
      },
    });
    return this.present(row, missing);
  }

  /**
   * Writes a record inside the caller's transaction, e.g. a document another module generates: a
   * first version, or the next version of `seriesId`; the record is not checked against the procedural
   * rules.
   */
  async generate(tx: Tx, principal: Principal, c: CaseRow, input: RecordInput, seriesId?: string) {
    const fields = input.fields ?? {};
    const version = seriesId === undefined ? 1 : (await repo.latestVersion(tx, seriesId)) + 1;
    const { event, result } = await this.build(
      tx,
      principal.id,
      c,
      seriesId ?? randomUUID(),
      version,
      input,
      fields,
    );
    await this.events.record(tx, actorOf(principal), c.id, event);
    return result;
  }

  /** The case's records of a type, every version, in the order made. */
  versionsOf(db: Executor, caseId: string, type: RecordType) {
    return this.facts.versions(db, caseId, type);
  }

  /** Writes the record's row and says its case event (the caller records it in the same transaction). */
  private async build(
    tx: Tx,
    createdBy: string,
    c: CaseRow,
    seriesId: string,
    version: number,
    input: RecordInput,
    fields: Record<string, unknown>,
  ): Promise<Change<RecordRow>> {
    const template = RECORD_TEMPLATES[input.type];
    const own = recordOwnTitle(input.type, input.title);
    const now = this.clock().toISOString();
    const numbered = NUMBERED_RECORDS[input.type];
    const year = Number((dateOf(fields.issuedOn) ?? chinaDate(this.clock())).slice(0, 4));
    const documentNumber = numbered
      ? await this.numbers.assign(tx, numbered, c.id, year, input.documentNumber, now)
      : (input.documentNumber ?? null);
    const row = {
      id: randomUUID(),
      caseId: c.id,
      seriesId,
      version,
      type: input.type,
      title: input.title,
      content: input.content,
      fields: JSON.stringify(fields),
      documentNumber,
      supplementary: c.stage === 'archived' ? 1 : 0,
      signedAt: null,
      sealedAt: null,
      createdBy,
      createdAt: now,
      seq: await repo.nextSeq(tx, c.id),
    };
    await repo.insert(tx, row);
    return {
      event: {
        type: row.supplementary ? ('supplementary_record_added' as const) : ('record_added' as const),
        summary: `${row.supplementary ? '补充归档' : '制作'}《${template.title}》${version > 1 ? `（第${version}版）` : ''}${own === '' ? '' : `：${own}`}`,
        detail: { recordId: row.id, type: input.type, version, seriesId },
        after: row,
      },
      result: row,
    };
  }

  present(r: RecordRow, missing?: { path: string; message: string }[]) {
    const type = r.type as RecordType;
    const fields = parseJson(jsonObject, r.fields, 'caseRecord.fields');
    const incomplete =
      missing ?? validateRecordFields(type, fields).filter((i) => blank(fields[i.path.split('.')[0] ?? '']));
    return {
      id: r.id,
      caseId: r.caseId,
      seriesId: r.seriesId,
      type,
      typeLabel: RECORD_TEMPLATES[type].title,
      version: r.version,
      title: r.title,
      content: r.content,
      fields,
      documentNumber: r.documentNumber,
      supplementary: r.supplementary === 1,
      signedAt: r.signedAt,
      sealedAt: r.sealedAt,
      createdBy: r.createdBy,
      createdAt: r.createdAt,
      missingFields: incomplete.map((i) => i.path),
    };
  }

  async list(principal: Principal, caseId: string) {
    await this.access.readable(this.db, principal, caseId);
    const rows = await repo.all(this.db, caseId);
    const latest = new Map<string, number>();
    for (const r of rows) latest.set(r.seriesId, Math.max(latest.get(r.seriesId) ?? 0, r.version));
    return { items: rows.map((r) => ({ ...this.present(r), latest: latest.get(r.seriesId) === r.version })) };
  }

  async get(principal: Principal, recordId: string) {
    const r = await repo.find(this.db, recordId);
    if (!r) throw notFound('record', recordId);
    await this.access.readable(this.db, principal, r.caseId);
    return this.present(r);
  }

  /** Marks a record signed by the party (or sealed by the body); once, audited. */
  async mark(principal: Principal, recordId: string, what: 'signed' | 'sealed') {
    const r = await repo.find(this.db, recordId);
    if (!r) throw notFound('record', recordId);
    await this.access.writable(this.db, principal, r.caseId);
    if (what === 'sealed' && !RECORD_TEMPLATES[r.type as RecordType].sealed) {
      throw new AppError('RECORD_TYPE_NOT_ALLOWED', { reason: 'not_sealed_type' });
    }
    const now = this.clock().toISOString();
    await this.db.transaction().execute(async (tx) => {
      const res =
        what === 'signed'
          ? await repo.markSigned(tx, recordId, now)
          : await repo.markSealed(tx, recordId, now);
      if (Number(res.numUpdatedRows) !== 1) throw new AppError('CONFLICT', { reason: `already_${what}` });
      await this.events.record(tx, actorOf(principal), r.caseId, {
        type: `record_${what}`,
        summary: `《${RECORD_TEMPLATES[r.type as RecordType].title}》已${what === 'signed' ? '签字' : '盖章'}`,
        detail: { recordId },
      });
    });
    return this.get(principal, recordId);
  }

  /** The record as a Word document, generated from the case's data. */
  async document(principal: Principal, recordId: string): Promise<{ fileName: string; bytes: Buffer }> {
    const r = await repo.find(this.db, recordId);
    if (!r) throw notFound('record', recordId);
    const c = await this.access.readable(this.db, principal, r.caseId);
    return { fileName: `${r.type}-v${r.version}.docx`, bytes: await this.render(this.db, c, r) };
  }

  async render(db: Executor, c: CaseRow, r: RecordRow): Promise<Buffer> {
    const view = await this.cases.present(db, c);
    const settings = await this.parameters.documentSettings(db);
    // named where the administrator set them; the generic wording where not (decisions refuse that)
    const named = (key: keyof typeof settings, fallback: string | number) => settings[key] || fallback;
    const ctx: DocumentContext = {
      bodyName: this.bodyName,
      sealText: named('document.sealText', this.bodyName) as string,
      caseNumber: c.number,
      caseTitle: c.title,
      caseKind: view.kind,
      party: {
        type: view.party.type,
        name: view.party.name,
        ...(view.party.idNumber ? { idNumber: view.party.idNumber } : {}),
        ...(view.party.creditCode ? { creditCode: view.party.creditCode } : {}),
        ...(view.party.legalRepresentative ? { legalRepresentative: view.party.legalRepresentative } : {}),
        ...(view.party.address ? { address: view.party.address } : {}),
        ...(view.party.phone ? { phone: view.party.phone } : {}),
      },
      officers: view.officers
        .filter((o) => o.removedAt === null)
        .map((o) => ({ name: o.name, certificateNo: o.certificateNo ?? '' })),
      record: {
        type: r.type as RecordType,
        title: r.title,
        content: r.content,
        fields: parseJson(jsonObject, r.fields, 'caseRecord.fields'),
        version: r.version,
        createdAt: r.createdAt,
        author: (await this.people.accountNames([r.createdBy], db)).get(r.createdBy) ?? '',
        ...(r.documentNumber ? { documentNumber: r.documentNumber } : {}),
      },
      parameters: {
        ...DEFAULT_NOTICE_PARAMETERS,
        statementDays: await this.parameters.statementDays(db),
        reconsiderationBody: named(
          'document.reconsiderationBody',
          DEFAULT_NOTICE_PARAMETERS.reconsiderationBody,
        ),
        litigationCourt: named('document.litigationCourt', DEFAULT_NOTICE_PARAMETERS.litigationCourt),
        paymentBank: named('document.paymentBank', DEFAULT_NOTICE_PARAMETERS.paymentBank),
      },
    };
    return renderRecordDocx(ctx);
  }

  // ---- facts for the stage rules -------------------------------------------------------------

  recordsOf(db: Executor, caseId: string) {
    return this.facts.recordsOf(db, caseId);
  }

  mediaOf(db: Executor, caseId: string) {
    return this.facts.mediaOf(db, caseId);
  }
}
