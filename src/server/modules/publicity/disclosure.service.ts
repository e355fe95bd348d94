import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { DisclosureSummary, RedactionMark } from '../../../shared/contracts/publicity.js';
import { disclosureSummary, redactionMark } from '../../../shared/contracts/publicity.js';
import { PUBLICITY_WIDE_ROLES, hasPermission, type Permission } from '../../../shared/permissions.js';
import {
  DISCLOSURE_STEP_LABELS,
  HOLD_REASON_LABELS,
  type DisclosureStatus,
  type DisclosureStep,
  type HoldReason,
  type WithdrawalGround,
} from '../../../shared/publicity-vocabulary.js';
import { RECORD_TYPES } from '../../../shared/record-vocabulary.js';
import { isPenaltyType } from '../../../shared/review-vocabulary.js';
import { SYSTEM_ACTOR, type AuditLog } from '../../platform/audit/audit-log.js';
import { addDays } from '../../platform/calendar/calendar.rules.js';
import { PARTY_TYPES } from '../../../shared/case-vocabulary.js';
import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import type { Db, DialectName, Executor, Tx } from '../../platform/db/database.js';
import { parseJson } from '../../platform/db/json.js';
import { searchTerms } from '../../platform/db/search-terms.js';
import type { CaseDeadlineTable } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { DecisionMade, RemedyOutcome } from '../cases/case-hooks.js';
import type { CaseRow, CaseService } from '../cases/case.service.js';
import { inScope, type DepartmentScope } from '../org/org.rules.js';
import type { OrgService } from '../org/org.service.js';
import type { ParameterService } from '../parameters/parameter.service.js';
import type { RecordFacts } from '../records/record-facts.js';
import type { DecisionReader } from '../review/decision-facts.js';
import { creditRecordOf, type CreditSource } from './credit-feed.js';
import {
  fullTextOf,
  knownTermsOf,
  publicSnapshot,
  redactItem,
  type PartyFacts,
  type PublicSnapshot,
} from './disclosure-content.js';
import {
  DUE_SOON_WORKING_DAYS,
  STEP_FROM,
  WITHDRAWAL_PERIOD,
  decisionText,
  disclosureKindOf,
  dueState,
  publicPartyType,
  publicationPeriod,
  separationConflict,
  workflowAbilities,
  type Step,
} from './disclosure.rules.js';
import { disclosureRepository as repo, type DisclosureRow } from './disclosure.repository.js';

/** What a draft keeps besides the summary: the decision's substance and the party (back office only). */
const draftContent = z.object({
  title: z.string(),
  summary: disclosureSummary,
  outcome: z.string(),
  penalties: z.array(z.object({ type: z.string(), amount: z.number().optional() })),
  party: z.object({
    type: z.enum(PARTY_TYPES),
    name: z.string(),
    idNumber: z.string().nullable(),
    creditCode: z.string().nullable(),
    legalRepresentative: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
  }),
});
type DraftContent = z.infer<typeof draftContent>;
const storedMarks = z.array(redactionMark);

/** Remedy results after which a published decision leaves the portal (APL Art. 48; GD-PUB Art. 24). */
const WITHDRAWING_RESULTS: Readonly<Record<string, WithdrawalGround>> = {
  changed: 'changed',
  revoked: 'revoked',
  confirmed_illegal: 'confirmed_illegal',
};

/** The title of the published document by where the decision came from. */
function documentTitle(d: DecisionMade): string {
  if (d.source === 'summary') return '当场行政处罚决定书';
  if (d.source === 'daily_penalty') return '按日连续处罚决定书';
  if (d.source === 'seizure') return d.summary.startsWith('扣押') ? '扣押决定书' : '查封决定书';
  return d.outcome === 'no_penalty' ? '不予行政处罚决定书' : '行政处罚决定书';
}

/** The 决定书's paragraphs as the generated document records them (APL Art. 59). */
const DOCUMENT_PARAGRAPHS: readonly [key: string, heading: string][] = [
  ['evidence', '证据'],
  ['statementAndHearing', '陈述、申辩和听证情况'],
  ['violatedProvisions', '违反的法律、法规或者规章'],
  ['discretion', '裁量基准及理由'],
  ['performance', '履行方式和期限'],
];

function partyOf(c: CaseRow): PartyFacts {
  return {
    type: c.partyType,
    name: c.partyName,
    idNumber: c.partyIdNumber,
    creditCode: c.partyCreditCode,
    legalRepresentative: c.partyLegalRepresentative,
    address: c.partyAddress,
    phone: c.partyPhone,
  };
}

/**
 * 行政执法公示 of decisions (事后公开): a draft made with every published decision, due 7 or 20 working
 * days after it; 填报 → 审核 → 审批 by three people; the public version a stored, redacted snapshot;
 * held back with a reason; withdrawn with a public reason (due 3 working days after a remedy changed
 * the decision); corrected and published again as a new version.
 */
export class DisclosureService {
  constructor(
    private readonly db: Db,
    private readonly dialect: DialectName,
    private readonly cases: CaseService,
    private readonly org: OrgService,
    private readonly decisions: DecisionReader,
    private readonly recordFacts: RecordFacts,
    private readonly calendar: CalendarService,
    private readonly parameters: ParameterService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly bodyName: string,
  ) {}

  /** Follows decisions and remedy outcomes; its due dates are case deadlines. */
  register(): void {
    this.cases.hooks.onDecision((tx, principal, c, d) =>
      this.draftFor(tx, principal, c, d).then(() => undefined),
    );
    this.cases.hooks.onOutcome((tx, principal, c, o) => this.withdrawalDue(tx, principal, c, o));
    this.cases.deadlines.addSource(this);
  }

  private today(): string {
    return chinaDate(this.clock());
  }

  private async scopeOf(principal: Principal): Promise<DepartmentScope> {
    if (principal.roles.some((r) => PUBLICITY_WIDE_ROLES.includes(r))) return { all: true };
    return this.org.scopeOf(principal);
  }

  /**
   * The item, if the caller's scope holds its department (404 / 403). The scope is read before any
   * transaction (SQLite has one connection: a read outside `tx` inside it would wait forever).
   */
  private async inScope(db: Executor, scope: DepartmentScope, id: string): Promise<DisclosureRow> {
    const row = await repo.find(db, id);
    if (!row) throw notFound('disclosure', id);
    if (!inScope(scope, row.departmentId)) throw new AppError('FORBIDDEN', { reason: 'disclosure_scope' });
    return row;
  }

  private async step(
    tx: Tx,
    principal: Principal | null,
    row: DisclosureRow,
    step: DisclosureStep,
    comment?: string,
  ) {
    const at = this.clock().toISOString();
    await repo.insertStep(tx, {
      id: randomUUID(),
      disclosureId: row.id,
      step,
      actorId: principal?.id ?? null,
      comment: comment ?? null,
      at,
    });
    const after = await repo.find(tx, row.id);
    await this.audit.append(tx, principal ? actorOf(principal) : SYSTEM_ACTOR, {
      action: `disclosure.${step}`,
      objectType: 'disclosure',
      objectId: row.id,
      before: row,
      after,
      detail: { caseId: row.caseId, status: after?.status, label: DISCLOSURE_STEP_LABELS[step] },
    });
    await this.cases.deadlines.refreshCase(tx, row.caseId, this.today(), at);
  }

  // ---- drafts ----------------------------------------------------------------------------------

  /** The draft of a decision (made inside the deciding transaction), or the one that exists. */
  private async draftFor(tx: Tx, principal: Principal, c: CaseRow, d: DecisionMade) {
    const existing = await repo.bySource(tx, d.sourceId);
    if (existing) return { row: existing, created: false };
    const kind = disclosureKindOf(c.kind, d.source, d.outcome);
    if (!kind) return null;
    const summary: DisclosureSummary = {
      documentNumber: d.documentNumber,
      caseName: c.title,
      partyType: publicPartyType(c.partyType),
      facts: d.facts,
      basis: d.basis,
      decision: d.decision ?? (decisionText(d.outcome, d.penalties) || d.summary),
      body: this.bodyName,
      decidedOn: d.decidedOn,
    };
    const content: DraftContent = {
      title: documentTitle(d),
      summary,
      outcome: d.outcome,
      penalties: d.penalties.map((p) =>
        p.amount === undefined ? { type: p.type } : { type: p.type, amount: p.amount },
      ),
      party: partyOf(c),
    };
    const { due } = await this.calendar.due(d.decidedOn, publicationPeriod(kind), tx);
    const now = this.clock().toISOString();
    const row = {
      id: randomUUID(),
      caseId: c.id,
      source: d.source,
      sourceId: d.sourceId,
      kind,
      departmentId: c.departmentId,
      status: 'draft' as const,
      decidedOn: d.decidedOn,
      due,
      documentNumber: d.documentNumber,
      content: JSON.stringify(content),
      originalText: await this.fullText(tx, c, content, d.source === 'decision'),
      knownTerms: '[]',
      marks: '[]',
      filledBy: null,
      checkedBy: null,
      holdReason: null,
      holdNote: null,
      holdRequestedBy: null,
      version: 0,
      publishedAt: null,
      withdrawalDue: null,
      withdrawalGround: null,
      withdrawnAt: null,
      withdrawalReason: null,
      createdAt: now,
      updatedAt: now,
    };
    await repo.insert(tx, row);
    await this.step(tx, principal, row, 'created');
    return { row, created: true };
  }

  /** The 决定书 in plain text: the summary fields and the generated document's paragraphs. */
  private async fullText(db: Executor, c: CaseRow, content: DraftContent, documented: boolean) {
    const doc = documented
      ? (await this.recordFacts.versions(db, c.id, 'penalty_decision')).at(-1)
      : undefined;
    const field = (key: string) => {
      const v = doc?.fields[key];
      return Array.isArray(v)
        ? v.filter((x) => typeof x === 'string').join('；')
        : typeof v === 'string'
          ? v
          : '';
    };
    const s = content.summary;
    return fullTextOf({
      bodyName: this.bodyName,
      title: content.title,
      summary: s,
      party: content.party,
      paragraphs: [
        { heading: '违法事实', text: s.facts },
        ...DOCUMENT_PARAGRAPHS.slice(0, 3).map(([key, heading]) => ({ heading, text: field(key) })),
        { heading: '处罚依据', text: s.basis },
        ...DOCUMENT_PARAGRAPHS.slice(3, 4).map(([key, heading]) => ({ heading, text: field(key) })),
        { heading: '执法决定', text: s.decision },
        ...DOCUMENT_PARAGRAPHS.slice(4).map(([key, heading]) => ({ heading, text: field(key) })),
      ],
    });
  }

  /**
   * `POST /disclosures` (contract): the draft of a decided case — the one its decision made (200), or
   * made now for a decision taken before drafts were made automatically (201).
   */
  async create(principal: Principal, caseId: string) {
    const scope = await this.scopeOf(principal);
    const result = await this.db.transaction().execute(async (tx) => {
      const c = await this.cases.row(tx, caseId);
      if (!inScope(scope, c.departmentId)) throw new AppError('FORBIDDEN', { reason: 'case_scope' });
      const [existing] = await repo.ofCase(tx, caseId);
      if (existing) return { row: existing, created: false };
      const d = await this.decisions.decision(tx, caseId);
      if (!d) throw new AppError('NOT_PUBLISHED_OUTCOME', { reason: 'no_decision' });
      const made = await this.draftFor(tx, principal, c, {
        source: 'decision',
        sourceId: d.id,
        documentNumber: d.documentNumber,
        outcome: d.outcome,
        summary: d.summary,
        facts: d.facts,
        basis: d.basis,
        decidedOn: d.decidedOn,
        penalties: d.penalties,
      });
      if (!made) throw new AppError('NOT_PUBLISHED_OUTCOME', { reason: 'outcome_not_published' });
      return made;
    });
    return { created: result.created, item: await this.view(this.db, principal, result.row) };
  }

  // ---- reading ---------------------------------------------------------------------------------

  async get(principal: Principal, id: string) {
    return this.view(this.db, principal, await this.inScope(this.db, await this.scopeOf(principal), id));
  }

  async list(
    principal: Principal,
    query: {
      status?: DisclosureStatus | undefined;
      due?: 'due_soon' | 'overdue' | undefined;
      departmentId?: string | undefined;
      page: number;
      pageSize: number;
    },
  ) {
    const scope = await this.scopeOf(principal);
    const today = this.today();
    const soon = await this.dueSoonBy(today);
    const dueBy = query.due === 'overdue' ? addDays(today, -1) : query.due === 'due_soon' ? soon : undefined;
    const { items, total } = await repo.list(this.db, {
      departments: scope.all ? undefined : [...scope.ids],
      status: query.status,
      dueBy,
      dueFrom: query.due === 'due_soon' ? today : undefined,
      departmentId: query.departmentId,
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items: items.map((r) => this.listItem(r, r, today, soon)), total };
  }

  private async dueSoonBy(today: string) {
    return (await this.calendar.due(today, { days: DUE_SOON_WORKING_DAYS, unit: 'working_days' })).due;
  }

  private listItem(
    r: DisclosureRow,
    header: { caseNumber: string; caseTitle: string; departmentName: string },
    today: string,
    soon: string,
  ) {
    const published = r.publishedAt ? chinaDate(new Date(r.publishedAt)) : null;
    const done = r.status === 'held' ? r.updatedAt.slice(0, 10) : published;
    return {
      id: r.id,
      caseId: r.caseId,
      caseNumber: header.caseNumber,
      caseTitle: header.caseTitle,
      kind: r.kind,
      status: r.status,
      departmentId: r.departmentId,
      departmentName: header.departmentName,
      documentNumber: r.documentNumber,
      decidedOn: r.decidedOn,
      due: r.due,
      dueState: dueState(r.due, done, today, soon),
      withdrawalDue: r.withdrawalDue,
      withdrawalDueState:
        r.withdrawalDue === null
          ? null
          : dueState(r.withdrawalDue, r.withdrawnAt ? chinaDate(new Date(r.withdrawnAt)) : null, today, soon),
      version: r.version,
      publishedAt: r.publishedAt,
    };
  }

  /** The item as the back office shows it: original and redacted texts side by side, history, abilities. */
  private async view(db: Executor, principal: Principal, row: DisclosureRow) {
    const today = this.today();
    const [header, steps, texts] = await Promise.all([
      repo.caseHeader(db, row.id),
      repo.steps(db, row.id),
      this.redacted(db, row),
    ]);
    const content = contentOf(row);
    const marks = marksOf(row);
    const can = (p: Permission) => hasPermission(principal.roles, p);
    return {
      ...this.listItem(row, header, today, await this.dueSoonBy(today)),
      summary: content.summary,
      texts,
      marks,
      hold: row.holdReason ? { reason: row.holdReason, note: row.holdNote ?? '' } : null,
      withdrawalGround: row.withdrawalGround,
      withdrawnAt: row.withdrawnAt,
      withdrawalReason: row.withdrawalReason,
      filledBy: row.filledBy,
      checkedBy: row.checkedBy,
      steps: steps.map((s) => ({ step: s.step, actorName: s.actorName, comment: s.comment, at: s.at })),
      abilities: {
        edit: can('disclosure.fill') && row.status === 'draft',
        ...workflowAbilities(can, principal.id, row),
        withdraw: can('disclosure.approve') && row.status === 'published',
        reopen: can('disclosure.fill') && (row.status === 'published' || row.status === 'withdrawn'),
      },
    };
  }

  /** Every text of the item redacted with what the case knows now and the checker's marks. */
  private async redacted(db: Executor, row: DisclosureRow) {
    const content = contentOf(row);
    const records = await this.recordFacts.versionsOf(db, row.caseId, RECORD_TYPES);
    const terms = knownTermsOf(
      content.party,
      records.map((r) => r.fields),
    );
    const show = (await this.parameters.get('publicity.showOrganisationName', db)) === true;
    return redactItem(content.summary, row.originalText, terms, marksOf(row), show);
  }

  // ---- the workflow ----------------------------------------------------------------------------

  /** One step: scope, the status it needs, separation of duties, then the change — in one transaction. */
  private async act(
    principal: Principal,
    id: string,
    from: readonly DisclosureStatus[],
    notFrom:
      'not_draft' | 'not_submitted' | 'not_checked' | 'not_published' | 'not_reopenable' | 'not_editable',
    change: (tx: Tx, row: DisclosureRow) => Promise<{ step: DisclosureStep; comment?: string } | null>,
    sod?: Step,
  ) {
    const scope = await this.scopeOf(principal);
    const row = await this.db.transaction().execute(async (tx) => {
      const row = await this.inScope(tx, scope, id);
      if (!from.includes(row.status))
        throw new AppError('DISCLOSURE_STATE', { reason: notFrom, status: row.status });
      if (sod) {
        const conflict = separationConflict(sod, principal.id, row);
        if (conflict) throw new AppError('SEPARATION_OF_DUTIES', { reason: conflict });
      }
      const done = await change(tx, row);
      if (done) await this.step(tx, principal, row, done.step, done.comment);
      return (await repo.find(tx, id)) ?? row;
    });
    return this.view(this.db, principal, row);
  }

  private async moved(tx: Tx, row: DisclosureRow, change: Parameters<typeof repo.move>[3]) {
    const ok = await repo.move(tx, row.id, row.status, { ...change, updatedAt: this.clock().toISOString() });
    if (!ok) throw new AppError('CONFLICT', { reason: 'concurrent_change' });
  }

  async edit(
    principal: Principal,
    id: string,
    edit: Partial<Record<'caseName' | 'facts' | 'basis' | 'decision', string>>,
  ) {
    return this.act(principal, id, ['draft'], 'not_draft', async (tx, row) => {
      const content = contentOf(row);
      const summary = { ...content.summary, ...definedOnly(edit) };
      await this.moved(tx, row, { content: JSON.stringify({ ...content, summary }) });
      return { step: 'edited', comment: `修改：${Object.keys(definedOnly(edit)).join('、')}` };
    });
  }

  /** The checker's (or the filler's) masks and unmasks, recorded with the item. */
  async setMarks(principal: Principal, id: string, marks: readonly RedactionMark[]) {
    const may =
      hasPermission(principal.roles, 'disclosure.check') || hasPermission(principal.roles, 'disclosure.fill');
    if (!may) throw new AppError('FORBIDDEN', { permission: 'disclosure.check' });
    const statuses: DisclosureStatus[] = hasPermission(principal.roles, 'disclosure.check')
      ? ['draft', 'submitted']
      : ['draft'];
    return this.act(principal, id, statuses, 'not_editable', async (tx, row) => {
      await this.moved(tx, row, { marks: JSON.stringify(marks) });
      const masked = marks.filter((m) => m.action === 'mask').map((m) => m.text);
      const shown = marks.filter((m) => m.action === 'unmask').map((m) => m.text);
      return {
        step: 'edited',
        comment:
          [
            masked.length ? `遮蔽 ${masked.length} 处：${masked.map((t) => `“${t}”`).join('、')}` : '',
            shown.length ? `取消遮蔽 ${shown.length} 处：${shown.map((t) => `“${t}”`).join('、')}` : '',
          ]
            .filter(Boolean)
            .join('；') || '清除人工遮蔽',
      };
    });
  }

  async submit(principal: Principal, id: string) {
    return this.act(principal, id, STEP_FROM.submit, 'not_draft', async (tx, row) => {
      await this.moved(tx, row, {
        status: 'submitted',
        filledBy: principal.id,
        holdReason: null,
        holdNote: null,
        holdRequestedBy: null,
      });
      return { step: 'submitted' };
    });
  }

  /** Not to be published (GD-PUB Art. 15-16): the reason goes through 审核 and 审批 like a publication. */
  async hold(principal: Principal, id: string, reason: HoldReason, note: string) {
    return this.act(principal, id, STEP_FROM.submit, 'not_draft', async (tx, row) => {
      await this.moved(tx, row, {
        status: 'submitted',
        filledBy: principal.id,
        holdReason: reason,
        holdNote: note,
        holdRequestedBy: principal.id,
      });
      return { step: 'hold_requested', comment: `${HOLD_REASON_LABELS[reason]}：${note}` };
    });
  }

  async check(principal: Principal, id: string, ok: boolean, comment: string | undefined) {
    if (!ok && !comment)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'comment', message: '退回时须写明退回意见' }],
      });
    return this.act(
      principal,
      id,
      STEP_FROM.check,
      'not_submitted',
      async (tx, row) => {
        await this.moved(
          tx,
          row,
          ok ? { status: 'checked', checkedBy: principal.id } : { status: 'draft', checkedBy: null },
        );
        return { step: ok ? 'checked' : 'returned', ...(comment ? { comment } : {}) };
      },
      'check',
    );
  }

  async approve(principal: Principal, id: string) {
    return this.act(
      principal,
      id,
      STEP_FROM.approve,
      'not_checked',
      async (tx, row) => {
        if (row.holdReason) {
          await this.moved(tx, row, { status: 'held' });
          return { step: 'held', comment: row.holdNote ?? '' };
        }
        await this.publish(tx, principal, row);
        return { step: 'approved', comment: `第${row.version + 1}版` };
      },
      'approve',
    );
  }

  /**
   * The approver sends the item back to 填报 with a comment: a hold request refused (the item is then
   * to be published, unless filled in again with another reason), or a publication not approved.
   */
  async sendBack(principal: Principal, id: string, comment: string) {
    return this.act(
      principal,
      id,
      STEP_FROM.approve,
      'not_checked',
      async (tx, row) => {
        await this.moved(tx, row, {
          status: 'draft',
          checkedBy: null,
          holdReason: null,
          holdNote: null,
          holdRequestedBy: null,
        });
        return { step: row.holdReason ? 'hold_rejected' : 'returned', comment };
      },
      'approve',
    );
  }

  /** Publication: a new version (the snapshot stored), the listing and its search index replaced. */
  private async publish(tx: Tx, principal: Principal, row: DisclosureRow) {
    const now = this.clock().toISOString();
    const version = row.version + 1;
    const content = contentOf(row);
    const snapshot: PublicSnapshot = publicSnapshot(content.summary, await this.redacted(tx, row));
    const versionId = randomUUID();
    const c = await this.cases.row(tx, row.caseId);
    const credit = await this.creditOf(tx, row, content, c);
    await repo.supersede(tx, row.id, now);
    await repo.insertVersion(tx, {
      id: versionId,
      disclosureId: row.id,
      version,
      content: JSON.stringify(snapshot),
      credit: credit ? JSON.stringify(credit) : null,
      publishedAt: now,
      publishedBy: principal.id,
      supersededAt: null,
      withdrawnAt: null,
      withdrawalReason: null,
    });
    const s = snapshot.summary;
    await repo.savePublic(tx, this.dialect, {
      id: row.id,
      versionId,
      version,
      kind: row.kind,
      year: Number(row.decidedOn.slice(0, 4)),
      departmentId: row.departmentId,
      partyType: s.partyType,
      decidedOn: row.decidedOn,
      publishedAt: now,
      status: 'published',
      title: s.caseName,
      documentNumber: s.documentNumber,
      summary: JSON.stringify({ excerpt: excerptOf(s.facts), decision: s.decision }),
      withdrawnAt: null,
      withdrawalReason: null,
      changedAt: now,
      searchTerms: searchTerms(
        [s.caseName, s.documentNumber ?? '', s.facts, s.basis, s.decision, snapshot.fullText].join('\n'),
      ),
    });
    await this.moved(tx, row, {
      status: 'published',
      version,
      publishedAt: now,
      withdrawnAt: null,
      withdrawalReason: null,
      withdrawalDue: null,
      withdrawalGround: null,
    });
  }

  private async creditOf(tx: Tx, row: DisclosureRow, content: DraftContent, c: CaseRow) {
    if (row.kind !== 'penalty' && row.kind !== 'permit') return null;
    const source: CreditSource = {
      party: partyOf(c),
      summary: content.summary,
      title: content.title,
      penalties: content.penalties.flatMap((p) =>
        isPenaltyType(p.type)
          ? [{ type: p.type, ...(p.amount === undefined ? {} : { amount: p.amount }) }]
          : [],
      ),
      unit: (await repo.caseHeader(tx, row.id)).departmentName,
    };
    return creditRecordOf(
      source,
      this.bodyName,
      (await this.parameters.get('publicity.bodyCreditCode', tx)) as string,
    );
  }

  /** Withdrawal: the item and its public entry say withdrawn with the reason; nothing is deleted. */
  async withdraw(principal: Principal, id: string, reason: string, ground?: WithdrawalGround) {
    return this.act(principal, id, ['published'], 'not_published', async (tx, row) => {
      const now = this.clock().toISOString();
      const versions = await repo.versions(tx, row.id);
      const current = versions.find((v) => v.supersededAt === null);
      if (current) await repo.withdrawVersion(tx, current.id, now, reason);
      await repo.withdrawPublic(tx, row.id, now, reason);
      await this.moved(tx, row, {
        status: 'withdrawn',
        withdrawnAt: now,
        withdrawalReason: reason,
        withdrawalGround: ground ?? row.withdrawalGround,
      });
      return { step: 'withdrawn', comment: reason };
    });
  }

  /** A published or withdrawn item corrected: back to 填报; the public entry stays until the new version. */
  async reopen(principal: Principal, id: string, reason: string) {
    return this.act(principal, id, ['published', 'withdrawn'], 'not_reopenable', async (tx, row) => {
      await this.moved(tx, row, { status: 'draft', filledBy: null, checkedBy: null });
      return { step: 'reopened', comment: reason };
    });
  }

  /** A remedy changed, revoked or declared the decision illegal: its withdrawal is due in 3 working days. */
  private async withdrawalDue(tx: Tx, principal: Principal, c: CaseRow, o: RemedyOutcome) {
    const ground = WITHDRAWING_RESULTS[o.result];
    if (!ground) return;
    const { due } = await this.calendar.due(o.decidedOn, WITHDRAWAL_PERIOD, tx);
    for (const row of await repo.ofCase(tx, c.id)) {
      if (row.status !== 'published') continue;
      await repo.update(tx, row.id, {
        withdrawalDue: due,
        withdrawalGround: ground,
        updatedAt: this.clock().toISOString(),
      });
      await this.step(
        tx,
        principal,
        row,
        'withdrawal_due',
        `${o.body}（${o.decidedOn}）：应于 ${due} 前撤回`,
      );
    }
  }

  /** The case deadlines of its disclosures: publication, and a withdrawal that is due. */
  async deadlines(tx: Executor, c: CaseRow, now: string): Promise<CaseDeadlineTable[]> {
    const out: CaseDeadlineTable[] = [];
    for (const row of await repo.ofCase(tx, c.id)) {
      const period = publicationPeriod(row.kind);
      const done = row.status === 'published' || row.status === 'held' || row.status === 'withdrawn';
      out.push({
        caseId: c.id,
        kind: `disclosure:${row.id}`,
        startsOn: row.decidedOn,
        days: period.days,
        unit: period.unit,
        due: row.due,
        provisional: 0,
        status: done || row.version > 0 ? 'met' : 'open',
        updatedAt: now,
      });
      if (row.withdrawalDue)
        out.push({
          caseId: c.id,
          kind: `disclosure_withdrawal:${row.id}`,
          startsOn: row.withdrawalDue,
          days: WITHDRAWAL_PERIOD.days,
          unit: WITHDRAWAL_PERIOD.unit,
          due: row.withdrawalDue,
          provisional: 0,
          status: row.status === 'withdrawn' ? 'met' : 'open',
          updatedAt: now,
        });
    }
    return out;
  }
}

function contentOf(row: DisclosureRow): DraftContent {
  return parseJson(draftContent, row.content, 'disclosure.content');
}

function marksOf(row: DisclosureRow): RedactionMark[] {
  return parseJson(storedMarks, row.marks, 'disclosure.marks');
}

function definedOnly<T extends Record<string, string | undefined>>(o: T): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => e[1] !== undefined));
}

/** The first sentences of the facts, for the list. */
export function excerptOf(text: string, max = 120): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max)}…`;
}
