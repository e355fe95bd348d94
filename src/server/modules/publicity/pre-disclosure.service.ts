import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  CERTIFICATE_STATUS_LABELS,
  DEPARTMENT_KIND_LABELS,
  type DepartmentKind,
} from '../../../shared/org-vocabulary.js';
import { PUBLICITY_WIDE_ROLES, hasPermission, type Permission } from '../../../shared/permissions.js';
import {
  GENERATED_SECTIONS,
  POWERS_COLUMNS,
  PRE_DISCLOSURE_SECTION_LABELS,
  PRE_DISCLOSURE_SECTIONS,
  PRE_DISCLOSURE_STEP_LABELS,
  type GeneratedSection,
  type PreDisclosureSection,
  type PreDisclosureStatus,
  type PreDisclosureStep,
} from '../../../shared/publicity-vocabulary.js';
import { preDisclosureBody, type PreDisclosureBody } from '../../../shared/contracts/pre-disclosure.js';
import { SYSTEM_ACTOR, type Actor, type AuditLog } from '../../platform/audit/audit-log.js';
import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import { addDays } from '../../platform/calendar/calendar.rules.js';
import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import type { Db, Executor, Tx } from '../../platform/db/database.js';
import { parseJson } from '../../platform/db/json.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { BlobStore } from '../../platform/storage/blob-store.js';
import { AV_REQUIRED_ACTIVITIES, CONTINUOUS_ACTIVITIES } from '../cases/case.rules.js';
import type { OrgService } from '../org/org.service.js';
import { DOCUMENT_TYPES, SNIFF_BYTES, peek, sniffType } from '../records/media-type.rules.js';
import type { ReviewService } from '../review/review.service.js';
import type { SitemapSource } from '../site/sitemap.service.js';
import {
  DUE_SOON_WORKING_DAYS,
  dueState,
  separationConflict,
  workflowAbilities,
  type Step,
} from './disclosure.rules.js';
import {
  PRE_DISCLOSURE_PERIOD,
  avListTable,
  bodyDutiesTable,
  checkPowersSheet,
  officersTable,
  reviewCatalogTable,
  tableDigest,
  type GeneratedTable,
} from './pre-disclosure.rules.js';
import { preDisclosureRepository as repo, type PreDisclosureRow } from './pre-disclosure.repository.js';

type DepartmentScope = { all: true } | { all: false; ids: ReadonlySet<string> };
type BodyInput = Omit<PreDisclosureBody, 'attachments'>;

/** Largest attachment accepted (a scanned standard or a guide with pictures). */
export const ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024;
/** Largest 权责清单 workbook accepted. */
export const POWERS_WORKBOOK_MAX_BYTES = 10 * 1024 * 1024;

const EMPTY_BODY: PreDisclosureBody = { intro: '', fields: [], table: null, flow: [], attachments: [] };

const bodyOf = (row: { body: string }): PreDisclosureBody =>
  parseJson(preDisclosureBody, row.body, 'preDisclosure.body');

/**
 * 事前公开 (issue 13; seed §二(一)2-3; GD-PUB Art. 8, 21): items in eleven sections, written through
 * 填报 → 审核 → 审批 by three people like decisions, each published version kept and shown as history.
 * An item is due 20 working days after its content was created or changed. Four sections are written
 * by the system from its own data (organisation, officer registry, recording rules, review catalog):
 * when that data changes, the item becomes a pending update of its table, and the portal keeps the
 * version in force until the new one is approved.
 */
export class PreDisclosureService {
  constructor(
    private readonly db: Db,
    private readonly org: OrgService,
    private readonly review: ReviewService,
    private readonly calendar: CalendarService,
    private readonly blobs: BlobStore,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  private today() {
    return chinaDate(this.clock());
  }

  /**
   * Whose items the caller works on: the publicity-wide roles all; others their units' and the body's
   * own (the root's items — the generated sections among them — are the whole bureau's publication).
   */
  private async scopeOf(principal: Principal): Promise<DepartmentScope> {
    if (principal.roles.some((r) => PUBLICITY_WIDE_ROLES.includes(r))) return { all: true };
    const scope = await this.org.scopeOf(principal);
    if (scope.all) return scope;
    const root = (await this.org.listDepartments()).find((d) => d.parentId === null);
    return { all: false, ids: new Set([...scope.ids, ...(root ? [root.id] : [])]) };
  }

  private async inScope(db: Executor, scope: DepartmentScope, id: string): Promise<PreDisclosureRow> {
    const row = await repo.find(db, id);
    if (!row) throw notFound('pre_disclosure', id);
    if (!scope.all && !scope.ids.has(row.departmentId))
      throw new AppError('FORBIDDEN', { reason: 'pre_disclosure_scope' });
    return row;
  }

  private async dueOf(changedOn: string, db: Executor) {
    return (await this.calendar.due(changedOn, PRE_DISCLOSURE_PERIOD, db)).due;
  }

  private async dueSoonBy(today: string) {
    return (await this.calendar.due(today, { days: DUE_SOON_WORKING_DAYS, unit: 'working_days' })).due;
  }

  private async step(
    tx: Tx,
    actor: Actor,
    before: PreDisclosureRow,
    step: PreDisclosureStep,
    comment?: string,
  ) {
    const at = this.clock().toISOString();
    await repo.insertStep(tx, {
      id: randomUUID(),
      itemId: before.id,
      step,
      actorId: actor.id,
      comment: comment ?? null,
      at,
    });
    const after = await repo.find(tx, before.id);
    await this.audit.append(tx, actor, {
      action: `pre_disclosure.${step}`,
      objectType: 'pre_disclosure',
      objectId: before.id,
      before,
      after,
      detail: { section: before.section, status: after?.status, label: PRE_DISCLOSURE_STEP_LABELS[step] },
    });
  }

  // ---- generated sections ----------------------------------------------------------------------

  /** The table each generated section shows, from the data the system holds now. */
  private async generatedTables(
    departments: Awaited<ReturnType<OrgService['listDepartments']>>,
  ): Promise<Record<GeneratedSection, GeneratedTable>> {
    const officers = await this.allOfficers();
    const catalog = await this.review.catalog();
    return {
      body_duties: bodyDutiesTable(
        departments.filter((d) => d.active),
        (k) => DEPARTMENT_KIND_LABELS[k as DepartmentKind] ?? k,
      ),
      officers: officersTable(
        officers.map((o) => ({ ...o, statusLabel: CERTIFICATE_STATUS_LABELS[o.status] })),
      ),
      av_list: avListTable(AV_REQUIRED_ACTIVITIES, CONTINUOUS_ACTIVITIES),
      review_catalog: reviewCatalogTable(catalog.rules),
    };
  }

  private async allOfficers() {
    const all: Awaited<ReturnType<OrgService['listOfficers']>>['items'] = [];
    for (let page = 1; ; page += 1) {
      const { items, total } = await this.org.listOfficers({ page, pageSize: 200 });
      all.push(...items);
      if (all.length >= total || items.length === 0) return all;
    }
  }

  /**
   * Brings the generated sections up to date: creates each one's item the first time, and turns an
   * item whose source changed into a pending update (a draft with the new table, due 20 working days
   * later). Idempotent; runs when the back office lists items and at start-up.
   */
  async sync(actor: Actor = SYSTEM_ACTOR): Promise<number> {
    const departments = await this.org.listDepartments();
    const root = departments.find((d) => d.parentId === null);
    if (!root) return 0;
    const tables = await this.generatedTables(departments);
    let changed = 0;
    for (const section of GENERATED_SECTIONS) {
      const table = tables[section];
      const digest = tableDigest(table);
      // the usual case, nothing changed: no transaction (checked again inside one when there is work)
      if ((await repo.generated(this.db, section))?.sourceDigest === digest) continue;
      const updated = await this.db.transaction().execute(async (tx) => {
        const existing = await repo.generated(tx, section);
        const today = this.today();
        const now = this.clock().toISOString();
        if (!existing) {
          const id = randomUUID();
          await repo.insert(tx, {
            id,
            section,
            title: PRE_DISCLOSURE_SECTION_LABELS[section],
            departmentId: root.id,
            status: 'draft',
            body: JSON.stringify({ ...EMPTY_BODY, table }),
            generatedFrom: section,
            sourceDigest: digest,
            changedOn: today,
            due: await this.dueOf(today, tx),
            createdAt: now,
            updatedAt: now,
          });
          const row = await repo.find(tx, id);
          if (row) await this.step(tx, actor, row, 'created', '据系统数据生成');
          return true;
        }
        if (existing.sourceDigest === digest) return false;
        const row = await repo.find(tx, existing.id);
        if (!row) return false;
        const ok = await repo.move(tx, row.id, row.status, {
          status: 'draft',
          body: JSON.stringify({ ...bodyOf(row), table }),
          sourceDigest: digest,
          changedOn: today,
          due: await this.dueOf(today, tx),
          filledBy: null,
          checkedBy: null,
          updatedAt: now,
        });
        if (ok) await this.step(tx, actor, row, 'regenerated', '系统数据已变化，待重新审核公开');
        return ok;
      });
      if (updated) changed += 1;
    }
    return changed;
  }

  // ---- reading ---------------------------------------------------------------------------------

  async list(
    principal: Principal,
    query: {
      section?: PreDisclosureSection | undefined;
      status?: PreDisclosureStatus | undefined;
      due?: 'due_soon' | 'overdue' | undefined;
      page: number;
      pageSize: number;
    },
  ) {
    // the system writes these sections: its steps are the system's, whoever happens to list
    await this.sync();
    const scope = await this.scopeOf(principal);
    const today = this.today();
    const soon = await this.dueSoonBy(today);
    const { items, total } = await repo.list(this.db, {
      departments: scope.all ? undefined : [...scope.ids],
      section: query.section,
      status: query.status,
      dueBy: query.due === 'overdue' ? addDays(today, -1) : query.due === 'due_soon' ? soon : undefined,
      dueFrom: query.due === 'due_soon' ? today : undefined,
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items: items.map((r) => this.listItem(r, today, soon)), total };
  }

  async get(principal: Principal, id: string) {
    return this.view(principal, await this.inScope(this.db, await this.scopeOf(principal), id));
  }

  private listItem(r: PreDisclosureRow, today: string, soon: string) {
    // the change is done once a version published on or after the day it was made is on the portal
    const published = r.publishedAt ? chinaDate(new Date(r.publishedAt)) : null;
    const done =
      r.status === 'published' && published !== null && published >= r.changedOn ? published : null;
    return {
      id: r.id,
      section: r.section,
      title: r.title,
      status: r.status,
      departmentId: r.departmentId,
      departmentName: r.departmentName,
      generated: r.generatedFrom !== null,
      changedOn: r.changedOn,
      due: r.due,
      dueState: dueState(r.due, done, today, soon),
      publishedVersion: r.publishedVersion,
      publishedAt: r.publishedAt,
    };
  }

  private async view(principal: Principal, row: PreDisclosureRow) {
    const today = this.today();
    const steps = await repo.steps(this.db, row.id);
    const can = (p: Permission) => hasPermission(principal.roles, p);
    const editable = row.status === 'draft' || row.status === 'published' || row.status === 'withdrawn';
    return {
      ...this.listItem(row, today, await this.dueSoonBy(today)),
      body: bodyOf(row),
      withdrawalReason: row.withdrawalReason,
      steps: steps.map((s) => ({ step: s.step, actorName: s.actorName, comment: s.comment, at: s.at })),
      abilities: {
        edit: can('disclosure.fill') && editable,
        ...workflowAbilities(can, principal.id, row),
        withdraw: can('disclosure.approve') && row.publishedVersion !== null,
      },
    };
  }

  // ---- writing ---------------------------------------------------------------------------------

  async create(
    principal: Principal,
    input: {
      section: PreDisclosureSection;
      title: string;
      departmentId: string;
      body?: BodyInput | undefined;
    },
  ) {
    const scope = await this.scopeOf(principal);
    if (!scope.all && !scope.ids.has(input.departmentId))
      throw new AppError('FORBIDDEN', { reason: 'pre_disclosure_scope' });
    if ((GENERATED_SECTIONS as readonly string[]).includes(input.section))
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'section', message: '该栏目由系统根据组织机构、执法人员、记录规则和审核目录生成' }],
      });
    const departments = await this.org.listDepartments();
    if (!departments.some((d) => d.id === input.departmentId && d.active))
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'departmentId', message: '请选择有效的责任单位' }],
      });
    const id = randomUUID();
    await this.db.transaction().execute(async (tx) => {
      const today = this.today();
      const now = this.clock().toISOString();
      await repo.insert(tx, {
        id,
        section: input.section,
        title: input.title,
        departmentId: input.departmentId,
        status: 'draft',
        body: JSON.stringify({ ...EMPTY_BODY, ...input.body }),
        changedOn: today,
        due: await this.dueOf(today, tx),
        createdAt: now,
        updatedAt: now,
      });
      const row = await repo.find(tx, id);
      if (row) await this.step(tx, actorOf(principal), row, 'created');
    });
    return this.get(principal, id);
  }

  /** One step: scope, status, separation of duties, the change and its history, in one transaction. */
  private async act(
    principal: Principal,
    id: string,
    from: readonly PreDisclosureStatus[],
    reason: 'not_draft' | 'not_submitted' | 'not_checked' | 'not_published' | 'not_editable',
    change: (
      tx: Tx,
      row: PreDisclosureRow,
    ) => Promise<{ step: PreDisclosureStep; comment?: string | undefined }>,
    sod?: Step,
  ) {
    const scope = await this.scopeOf(principal);
    const row = await this.db.transaction().execute(async (tx) => {
      const row = await this.inScope(tx, scope, id);
      if (!from.includes(row.status)) throw new AppError('DISCLOSURE_STATE', { reason, status: row.status });
      if (sod) {
        const conflict = separationConflict(sod, principal.id, row);
        if (conflict) throw new AppError('SEPARATION_OF_DUTIES', { reason: conflict });
      }
      const done = await change(tx, row);
      await this.step(tx, actorOf(principal), row, done.step, done.comment);
      return (await repo.find(tx, id)) ?? row;
    });
    return this.view(principal, row);
  }

  private async moved(tx: Tx, row: PreDisclosureRow, change: Parameters<typeof repo.move>[3]) {
    const ok = await repo.move(tx, row.id, row.status, { ...change, updatedAt: this.clock().toISOString() });
    if (!ok) throw new AppError('CONFLICT', { reason: 'concurrent_change' });
  }

  /** A change to the content: the working copy becomes a draft due 20 working days later; the portal keeps its version. */
  private async changed(tx: Tx, row: PreDisclosureRow, change: Parameters<typeof repo.move>[3]) {
    const today = this.today();
    await this.moved(tx, row, {
      ...change,
      status: 'draft',
      changedOn: today,
      due: await this.dueOf(today, tx),
      filledBy: null,
      checkedBy: null,
    });
  }

  async edit(
    principal: Principal,
    id: string,
    input: { title?: string | undefined; departmentId?: string | undefined; body?: BodyInput | undefined },
  ) {
    const departments = input.departmentId ? await this.org.listDepartments() : [];
    if (input.departmentId && !departments.some((d) => d.id === input.departmentId && d.active))
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'departmentId', message: '请选择有效的责任单位' }],
      });
    return this.act(principal, id, ['draft', 'published', 'withdrawn'], 'not_editable', async (tx, row) => {
      const current = bodyOf(row);
      // a generated section's table is the system's: the rest is the staff's
      const body = input.body
        ? {
            ...input.body,
            table: row.generatedFrom ? current.table : input.body.table,
            attachments: current.attachments,
          }
        : current;
      await this.changed(tx, row, {
        title: input.title ?? row.title,
        departmentId: input.departmentId ?? row.departmentId,
        body: JSON.stringify(body),
      });
      return { step: 'edited' };
    });
  }

  async submit(principal: Principal, id: string) {
    return this.act(principal, id, ['draft'], 'not_draft', async (tx, row) => {
      await this.moved(tx, row, { status: 'submitted', filledBy: principal.id });
      return { step: 'submitted' };
    });
  }

  async check(principal: Principal, id: string, ok: boolean, comment?: string) {
    if (!ok && !comment)
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'comment', message: '退回时请写明意见' }] });
    return this.act(
      principal,
      id,
      ['submitted'],
      'not_submitted',
      async (tx, row) => {
        if (!ok) {
          await this.moved(tx, row, { status: 'draft', filledBy: null });
          return { step: 'returned', comment };
        }
        await this.moved(tx, row, { status: 'checked', checkedBy: principal.id });
        return { step: 'checked', comment };
      },
      'check',
    );
  }

  async sendBack(principal: Principal, id: string, comment: string) {
    return this.act(
      principal,
      id,
      ['checked'],
      'not_checked',
      async (tx, row) => {
        await this.moved(tx, row, { status: 'draft', filledBy: null, checkedBy: null });
        return { step: 'returned', comment };
      },
      'approve',
    );
  }

  /** 审批: a new published version (the previous one kept as history), in force on the portal at once. */
  async approve(principal: Principal, id: string) {
    return this.act(
      principal,
      id,
      ['checked'],
      'not_checked',
      async (tx, row) => {
        const now = this.clock().toISOString();
        const versions = await repo.versions(tx, row.id);
        const version = (versions[0]?.version ?? 0) + 1;
        await repo.supersede(tx, row.id, now);
        await repo.insertVersion(tx, {
          id: randomUUID(),
          itemId: row.id,
          version,
          title: row.title,
          departmentName: row.departmentName,
          body: row.body,
          publishedAt: now,
          publishedBy: principal.id,
        });
        await this.moved(tx, row, {
          status: 'published',
          publishedVersion: version,
          publishedAt: now,
          withdrawalReason: null,
        });
        return { step: 'approved', comment: `第${version}版` };
      },
      'approve',
    );
  }

  /** Takes the item off the portal (its versions stay in the history, not public). */
  async withdraw(principal: Principal, id: string, reason: string) {
    const scope = await this.scopeOf(principal);
    const row = await this.inScope(this.db, scope, id);
    if (row.publishedVersion === null)
      throw new AppError('DISCLOSURE_STATE', { reason: 'not_published', status: row.status });
    return this.act(principal, id, [row.status], 'not_published', async (tx, current) => {
      await repo.supersede(tx, current.id, this.clock().toISOString());
      await this.moved(tx, current, {
        status: current.status === 'published' ? 'withdrawn' : current.status,
        publishedVersion: null,
        withdrawalReason: reason,
      });
      return { step: 'withdrawn', comment: reason };
    });
  }

  // ---- the 权责清单 workbook ------------------------------------------------------------------

  /** The template to fill: the six columns, one example row, a note on the categories. */
  async powersTemplate(): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('权责清单');
    sheet.addRow([...POWERS_COLUMNS]);
    sheet.addRow([
      '对未依法进行环境影响评价擅自开工建设的处罚',
      '行政处罚',
      '《中华人民共和国环境影响评价法》第三十一条',
      '清远市生态环境局',
      '立案、调查取证、审查、告知、决定、送达、执行等责任',
      '因不履行或不正确履行行政职责，有《中华人民共和国行政处罚法》第七十六条等规定情形的，依法追究责任',
    ]);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((c) => (c.width = 30));
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** Replaces the 权责清单 table from a workbook: every row checked first, all imported or none. */
  async importPowers(principal: Principal, id: string, bytes: Buffer) {
    const sheet = await readFirstSheet(bytes);
    const { rows, problems } = checkPowersSheet(sheet);
    if (problems.length > 0)
      throw new AppError('VALIDATION_FAILED', {
        fields: problems.slice(0, 200).map((p) => ({
          path: `row.${p.row}${p.column ? `.${p.column}` : ''}`,
          message: `第${p.row}行${p.column ? `「${p.column}」` : ''}：${p.message}`,
        })),
      });
    return this.act(principal, id, ['draft', 'published', 'withdrawn'], 'not_editable', async (tx, row) => {
      if (row.section !== 'powers')
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'section', message: '只有权责清单可以导入表格' }],
        });
      await this.changed(tx, row, {
        body: JSON.stringify({ ...bodyOf(row), table: { columns: [...POWERS_COLUMNS], rows } }),
      });
      return { step: 'imported', comment: `导入 ${rows.length} 项` };
    });
  }

  // ---- attachments -----------------------------------------------------------------------------

  /** Stores a PDF, Word document or image (type from its bytes) and adds it to the working copy. */
  async attach(principal: Principal, id: string, fileName: string, stream: Readable) {
    const scope = await this.scopeOf(principal);
    const row = await this.inScope(this.db, scope, id);
    if (!['draft', 'published', 'withdrawn'].includes(row.status))
      throw new AppError('DISCLOSURE_STATE', { reason: 'not_editable', status: row.status });
    const { head, stream: whole } = await peek(stream, SNIFF_BYTES);
    const type = await sniffType(head, DOCUMENT_TYPES);
    if (!type) {
      stream.resume();
      throw new AppError('MEDIA_TYPE_NOT_ALLOWED', {
        reason: 'document_type',
        accepted: 'pdf docx doc jpg png',
      });
    }
    const stored = await this.blobs.put(whole, { maxBytes: ATTACHMENT_MAX_BYTES });
    const name = safeFileName(fileName, type.extension);
    return this.act(
      principal,
      id,
      ['draft', 'published', 'withdrawn'],
      'not_editable',
      async (tx, current) => {
        await repo.insertAttachment(tx, {
          itemId: current.id,
          sha256: stored.sha256,
          fileName: name,
          mimeType: type.mime,
          size: stored.size,
          addedBy: principal.id,
          addedAt: this.clock().toISOString(),
        });
        const body = bodyOf(current);
        const attachments = [
          ...body.attachments.filter((a) => a.sha256 !== stored.sha256),
          { sha256: stored.sha256, fileName: name, mimeType: type.mime, size: stored.size },
        ];
        await this.changed(tx, current, { body: JSON.stringify({ ...body, attachments }) });
        return { step: 'attached', comment: name };
      },
    );
  }

  /** Blobs an item ever referred to (storage gc keeps them). */
  blobHashes(): Promise<Set<string>> {
    return repo.blobHashes(this.db);
  }
  blobReferenced(sha256: string): Promise<boolean> {
    return repo.blobReferenced(this.db, sha256);
  }

  // ---- the portal ------------------------------------------------------------------------------

  /** The items in force, for the sitemap (never a draft, a pending change or a withdrawn item). */
  readonly sitemapSource: SitemapSource = {
    name: 'prior',
    count: () => repo.inForceCount(this.db),
    list: async (offset, limit) =>
      (await repo.inForcePage(this.db, offset, limit)).map((r) => ({
        path: `/prior/items/${r.id}`,
        lastmod: r.publishedAt ?? undefined,
        changefreq: 'monthly' as const,
      })),
  };

  /** Every section in order with the items in force (never a draft, a pending change or a withdrawn item). */
  async publicSections() {
    const rows = await repo.inForce(this.db);
    return {
      sections: PRE_DISCLOSURE_SECTIONS.map((code) => ({
        code,
        title: PRE_DISCLOSURE_SECTION_LABELS[code],
        items: rows
          .filter((r) => r.section === code)
          .map((r) => ({
            id: r.id,
            title: r.title,
            version: r.version,
            publishedAt: r.publishedAt,
            department: r.departmentName,
          })),
      })),
    };
  }

  /** The version in force, or an earlier published one by its number (a permalink). */
  async publicItem(id: string, version?: number) {
    const row = await repo.find(this.db, id);
    if (!row || row.publishedVersion === null) throw notFound('pre_disclosure', id);
    const wanted = version ?? row.publishedVersion;
    const v = await repo.version(this.db, id, wanted);
    if (!v) throw notFound('pre_disclosure_version', `${id}/${wanted}`);
    const versions = await repo.versions(this.db, id);
    return {
      id,
      section: row.section,
      sectionTitle: PRE_DISCLOSURE_SECTION_LABELS[row.section],
      title: v.title,
      version: v.version,
      publishedAt: v.publishedAt,
      department: v.departmentName,
      body: bodyOf(v),
      current: v.version === row.publishedVersion,
      versions: versions.map((x) => ({
        version: x.version,
        publishedAt: x.publishedAt,
        supersededAt: x.supersededAt,
      })),
    };
  }

  /** An attachment of a published version of an item in force; a draft's attachment is not public. */
  async publicAttachment(id: string, sha256: string) {
    const item = await this.publicItem(id).catch(() => null);
    if (!item) throw notFound('attachment', sha256);
    const published = await Promise.all(
      item.versions.map(async (v) => (await repo.version(this.db, id, v.version)) ?? null),
    );
    const attachment = published
      .flatMap((v) => (v ? bodyOf(v).attachments : []))
      .find((a) => a.sha256 === sha256);
    if (!attachment) throw notFound('attachment', sha256);
    return { attachment, stream: await this.blobs.get(sha256) };
  }
}

/** The first sheet's cells as text, row by row (1-based rows become array positions 0…). */
async function readFirstSheet(bytes: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'file', message: '无法读取该文件，请使用 .xlsx 模板' }],
    });
  }
  const sheet = book.worksheets[0];
  if (!sheet)
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'file', message: '工作簿中没有工作表' }] });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= POWERS_COLUMNS.length; c += 1) cells.push(cellText(row.getCell(c).value));
    rows[number - 1] = cells;
  });
  return Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'result' in value) {
    const result: unknown = value.result;
    return typeof result === 'string' || typeof result === 'number' ? String(result) : '';
  }
  return '';
}

/** A file name safe to offer for download: no path, no control characters, the detected extension. */
function safeFileName(name: string, extension: string): string {
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/[\p{Cc}"<>|:*?]/gu, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 100);
  return `${base || '附件'}.${extension}`;
}
