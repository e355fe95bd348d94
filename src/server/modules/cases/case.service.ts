import { inScope } from '../org/org.rules.js';
import { randomUUID } from 'node:crypto';
import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import { addDays } from '../../platform/calendar/calendar.rules.js';
import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import type { Db, DialectName, Executor, Tx } from '../../platform/db/database.js';
import type { CaseDeadlineTable } from '../../platform/db/schema.js';
import { jsonObject, parseJson } from '../../platform/db/json.js';
import { PERIOD_KIND_LABELS, STAGE_LABELS, caseStatusOf } from '../../../shared/case-vocabulary.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { ParameterService } from '../parameters/parameter.service.js';
import { certificateStatus, type CertificateStatus } from '../org/org.rules.js';
import type { CaseAccess } from './case-access.js';
import { CaseDeadlines, deadlineMeta } from './case-deadlines.js';
import { CaseWriter } from './case-write.js';
import type { CaseEvents } from './case-events.js';
import { caseRepository as repo, type CaseRow } from './case.repository.js';
import { CaseHooks } from './case-hooks.js';

export type { CaseRow } from './case.repository.js';
import {
  MIN_OFFICERS,
  RECORDING_SCRIPT,
  TWO_OFFICER_KINDS,
  limitationExpired,
  limitationLastDay,
  formatCaseNumber,
  type CaseKind,
  type ExcludedPeriodKind,
  type MediaActivity,
  type PeriodKind,
  type Stage,
} from './case.rules.js';
import type { CaseDetails, CaseView, CreateCaseInput } from './case.schema.js';
import { blockersFor, targetStage, type Blocker, type CaseSnapshot } from './blockers.rules.js';
import { partyProblems } from './party.rules.js';

/** What the records module knows of a case, for the stage rules (records depend on cases, not the reverse). */
export interface RecordingFacts {
  recordsOf(db: Executor, caseId: string): Promise<{ type: string; avActivity: MediaActivity | undefined }[]>;
  mediaOf(db: Executor, caseId: string): Promise<{ activity: MediaActivity; continuous: boolean }[]>;
}

type DeadlineRow = Pick<
  CaseDeadlineTable,
  'kind' | 'startsOn' | 'days' | 'unit' | 'due' | 'provisional' | 'status'
>;

/** What the review module knows of a case, for the stage rules. */
export interface DecisionFacts {
  hasDecision(db: Executor, caseId: string): Promise<boolean>;
}

export type CaseProcedure = 'general' | 'summary';

/** What the execution module knows of a case, for the closing gate: what keeps it from 结案. */
export interface ExecutionFacts {
  closingGaps(db: Executor, c: CaseRow): Promise<string[]>;
}

/** Options of a case created by another module (the summary procedure creates its case in 送达执行). */
export type CreateOptions = {
  stage?: Stage;
  /** 简易程序: a case that starts with the decision made on the spot (APL Art. 51-52). */
  procedure?: CaseProcedure;
  /** The timeline entry instead of 立案申请. */
  summary?: string;
  /** Runs inside the creating transaction, after the case exists. */
  within?: (tx: Tx, c: CaseRow) => Promise<void>;
};

/** Working days before a due date at which it shows as "due soon" (ui.md: orange within 2 working days). */
export const DUE_SOON_WORKING_DAYS = 2;

/**
 * What other modules tell the stage rules, as small read-only objects built before the cases module
 * (records: `RecordFacts`, review: `DecisionReader`, execution: `ExecutionState`). Required: a gate
 * never opens because a fact was not wired.
 */
export type CaseFacts = {
  recordings: RecordingFacts;
  decisions: DecisionFacts;
  execution: ExecutionFacts;
};

export class CaseService {
  readonly deadlines: CaseDeadlines;
  /** The transaction helper every module writes case data through. */
  readonly writes: CaseWriter;
  /** Decisions and remedy outcomes, told to the modules that follow them (publicity). */
  readonly hooks = new CaseHooks();

  constructor(
    private readonly db: Db,
    dialect: DialectName,
    private readonly access: CaseAccess,
    private readonly events: CaseEvents,
    private readonly calendar: CalendarService,
    private readonly parameters: ParameterService,
    private readonly clock: Clock,
    private readonly facts: CaseFacts,
  ) {
    this.deadlines = new CaseDeadlines(calendar, facts.decisions);
    this.writes = new CaseWriter(db, dialect, access, events, this.deadlines, clock);
  }

  private today(): string {
    return chinaDate(this.clock());
  }

  // ---- officers ------------------------------------------------------------------------------

  /** Certificate status of each account today (the best certificate it holds). */
  private async officerStatus(db: Executor, accountIds: readonly string[]) {
    const today = this.today();
    const [certs, roles, accounts] = await Promise.all([
      repo.certificates(db, accountIds),
      repo.rolesOf(db, accountIds),
      repo.accounts(db, accountIds),
    ]);
    const out = new Map<
      string,
      {
        certificateNo: string | null;
        status: CertificateStatus | 'none';
        officer: boolean;
        active: boolean;
        name: string;
      }
    >();
    for (const a of accounts) {
      const own = certs.filter((c) => c.accountId === a.id);
      const best = own.find((c) => certificateStatus(c, today) === 'valid') ?? own[0];
      out.set(a.id, {
        certificateNo: best?.certificateNo ?? null,
        status: best ? certificateStatus(best, today) : 'none',
        officer: roles.some((r) => r.accountId === a.id && r.role === 'officer'),
        active: a.active === 1,
        name: a.name,
      });
    }
    return out;
  }

  private async checkOfficers(db: Executor, kind: CaseKind, officerIds: readonly string[]) {
    const ids = [...new Set(officerIds)];
    const status = await this.officerStatus(db, ids);
    const problems = ids.flatMap((id) => {
      const s = status.get(id);
      if (!s) return [{ id, reason: 'unknown' }];
      if (!s.active) return [{ id, reason: 'inactive' }];
      if (!s.officer) return [{ id, reason: 'not_an_officer' }];
      if (s.status !== 'valid') return [{ id, reason: `certificate_${s.status}` }];
      return [];
    });
    const valid = ids.length - problems.length;
    if (TWO_OFFICER_KINDS.includes(kind) ? valid < MIN_OFFICERS : valid < 1) {
      throw new AppError('TWO_OFFICERS_REQUIRED', {
        required: TWO_OFFICER_KINDS.includes(kind) ? MIN_OFFICERS : 1,
        valid,
        invalid: problems,
      });
    }
    if (problems.length > 0)
      throw new AppError('VALIDATION_FAILED', {
        fields: problems.map((p) => ({ path: 'officerIds', message: `${p.id}: ${p.reason}` })),
      });
    return ids;
  }

  /**
   * The case's team and its clue belong to the creator's unit: an officer opens a case they work on
   * (the creator is one of its officers), with officers of their own department scope, and names only a
   * clue of that scope (found by the attack on a running instance: other units' clues and officers were
   * stored).
   */
  private async checkTeam(principal: Principal, officerIds: readonly string[], clueId: string | undefined) {
    const scope = await this.access.scopeOf(principal);
    if (principal.roles.includes('officer') && !officerIds.includes(principal.id))
      throw new AppError('OFFICER_NOT_ELIGIBLE', { reason: 'creator_not_included' });
    const others = (await repo.accounts(this.db, officerIds)).filter(
      (a) => a.departmentId !== principal.departmentId && !inScope(scope, a.departmentId),
    );
    if (others.length > 0)
      throw new AppError('OFFICER_NOT_ELIGIBLE', {
        reason: 'other_unit',
        officers: others.map((a) => a.name),
      });
    if (clueId !== undefined) {
      const clue = await repo.clueDepartment(this.db, clueId);
      if (!clue)
        throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'clueId', message: '案源线索不存在' }] });
      if (clue.departmentId !== principal.departmentId && !inScope(scope, clue.departmentId))
        throw new AppError('FORBIDDEN', { reason: 'clue_scope' });
    }
  }

  // ---- create --------------------------------------------------------------------------------

  async create(principal: Principal, input: CreateCaseInput, clueId?: string, options: CreateOptions = {}) {
    const problems = partyProblems(input.party);
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
    const today = this.today();
    const discoveredOn = input.discoveredOn ?? today;
    if (discoveredOn > today) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'discoveredOn', message: '发现日期不能晚于今天' }],
      });
    }
    if (input.violationEndedOn !== undefined && input.violationEndedOn > discoveredOn) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'violationEndedOn', message: '违法行为终了日期不能晚于发现日期' }],
      });
    }
    const graveHarm = input.graveHarm ?? false;
    if (
      input.kind === 'penalty' &&
      limitationExpired(discoveredOn, input.violationEndedOn ?? null, graveHarm)
    ) {
      throw new AppError('LIMITATION_EXPIRED', {
        violationEndedOn: input.violationEndedOn,
        discoveredOn,
        lastDay: limitationLastDay(input.violationEndedOn ?? null, graveHarm),
      });
    }
    const officerIds = await this.checkOfficers(this.db, input.kind, input.officerIds);
    await this.checkTeam(principal, officerIds, clueId === undefined ? input.clueId : undefined);
    const pattern = await this.parameters.casePattern(input.kind);
    const year = Number(today.slice(0, 4));
    const now = this.clock().toISOString();
    const id = randomUUID();
    return this.db.transaction().execute(async (tx) => {
      const number = formatCaseNumber(pattern, year, await repo.nextNumber(tx, input.kind, year));
      const p = input.party;
      const row = {
        id,
        number,
        kind: input.kind,
        title: input.title,
        stage: options.stage ?? 'initiated',
        departmentId: principal.departmentId,
        clueId: clueId ?? input.clueId ?? null,
        partyType: p.type,
        partyName: p.name,
        partyIdNumber: p.idNumber ?? null,
        partyCreditCode: p.creditCode ?? null,
        partyLegalRepresentative: p.legalRepresentative ?? null,
        partyAddress: p.address ?? null,
        partyPhone: p.phone ?? null,
        discoveredOn,
        violationEndedOn: input.violationEndedOn ?? null,
        graveHarm: graveHarm ? 1 : 0,
        filedOn: null,
        decisionExtensionDays: 0,
        status: 'open' as const,
        createdBy: principal.id,
        createdAt: now,
        updatedAt: now,
        archivedAt: null,
        procedure: options.procedure ?? 'general',
      };
      await repo.insert(tx, row);
      await repo.assignOfficers(tx, id, officerIds, now);
      await this.events.record(tx, actorOf(principal), id, {
        type: 'created',
        summary: `${options.summary ?? '立案申请'}：${number} ${input.title}`,
        detail: { number, kind: input.kind, officerIds },
        after: row,
      });
      await options.within?.(tx, row);
      return { id, number, kind: input.kind, stage: row.stage };
    });
  }

  // ---- read ----------------------------------------------------------------------------------

  async snapshot(db: Executor, c: CaseRow): Promise<CaseSnapshot> {
    const officers = await repo.officers(db, c.id);
    const status = await this.officerStatus(
      db,
      officers.map((o) => o.accountId),
    );
    const pending = (await repo.approvalsOf(db, c.id))
      .filter((a) => a.status === 'pending')
      .map((a) => a.kind);
    return {
      kind: c.kind,
      stage: c.stage,
      status: c.status,
      officers: officers.map((o) => ({
        accountId: o.accountId,
        name: o.name,
        certificate: status.get(o.accountId)?.status ?? 'none',
        active: o.removedAt === null && o.active === 1,
      })),
      records: await this.facts.recordings.recordsOf(db, c.id),
      media: await this.facts.recordings.mediaOf(db, c.id),
      pendingApprovals: pending,
      hasDecision: await this.facts.decisions.hasDecision(db, c.id),
      executionGaps:
        targetStage({ stage: c.stage, status: c.status }) === 'archived'
          ? await this.facts.execution.closingGaps(db, c)
          : [],
    };
  }

  /** Whether the account is an assigned officer of the case (e.g. a reviewer must not be one). */
  /** A case as other modules read it without a caller (their own routes check access first). */
  async row(db: Executor, id: string): Promise<CaseRow> {
    const c = await repo.find(db, id);
    if (!c) throw notFound('case', id);
    return c;
  }

  isAssigned(db: Executor, caseId: string, accountId: string): Promise<boolean> {
    return repo.isAssigned(db, caseId, accountId);
  }

  /** The officers ever assigned to the case, with their names (a hearing host must not be one). */
  officers(db: Executor, caseId: string) {
    return repo.officers(db, caseId);
  }

  /** Number and title of each case, for lists of other modules' objects. */
  headers(db: Executor, ids: readonly string[]) {
    return repo.headers(db, ids);
  }

  async blockers(db: Executor, c: CaseRow): Promise<{ to: Stage | undefined; blockers: Blocker[] }> {
    const snap = await this.snapshot(db, c);
    const to = targetStage(snap);
    return { to, blockers: to ? blockersFor(snap, to) : [] };
  }

  async view(principal: Principal, id: string): Promise<CaseView> {
    const c = await this.access.readable(this.db, principal, id);
    return this.withAbilities(principal, await this.present(this.db, c));
  }

  /**
   * The case as the caller sees it: its details and what the caller may do on it. Read outside any
   * transaction (the organisation's scope is read on its own connection).
   */
  private async withAbilities(principal: Principal, details: CaseDetails): Promise<CaseView> {
    return { ...details, abilities: await this.access.abilities(this.db, principal, details) };
  }

  /** The case's details, whoever asks (the case file and the Word documents print them). */
  async present(db: Executor, c: CaseRow): Promise<CaseDetails> {
    const officers = await repo.officers(db, c.id);
    const status = await this.officerStatus(
      db,
      officers.map((o) => o.accountId),
    );
    const { to, blockers } = await this.blockers(db, c);
    return {
      id: c.id,
      number: c.number,
      kind: c.kind,
      title: c.title,
      stage: c.stage,
      status: caseStatusOf(c.stage, c.status),
      departmentId: c.departmentId,
      party: {
        type: c.partyType,
        name: c.partyName,
        idNumber: c.partyIdNumber,
        creditCode: c.partyCreditCode,
        legalRepresentative: c.partyLegalRepresentative,
        address: c.partyAddress,
        phone: c.partyPhone,
      },
      discoveredOn: c.discoveredOn,
      violationEndedOn: c.violationEndedOn,
      graveHarm: c.graveHarm === 1,
      limitationLastDay: limitationLastDay(c.violationEndedOn, c.graveHarm === 1),
      filedOn: c.filedOn,
      procedure: c.procedure,
      officers: officers.map((o) => ({
        accountId: o.accountId,
        name: o.name,
        certificateNo: status.get(o.accountId)?.certificateNo ?? null,
        certificateStatus: status.get(o.accountId)?.status ?? 'none',
        assignedAt: o.assignedAt,
        removedAt: o.removedAt,
        removedReason: o.removedReason,
      })),
      nextStage: to ?? null,
      blockers,
      deadlines: await this.presentDeadlines(await repo.deadlines(db, c.id), db),
      recordingScript: [...RECORDING_SCRIPT],
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      archivedAt: c.archivedAt,
    };
  }

  /** Deadline rows as shown: label, source, and today's overdue / due-soon flags. */
  async presentDeadlines(rows: readonly DeadlineRow[], db: Executor = this.db) {
    const today = this.today();
    const soon = (await this.calendar.due(today, { days: DUE_SOON_WORKING_DAYS, unit: 'working_days' }, db))
      .due;
    const qualifiers = await this.deadlines.qualifiers(
      db,
      rows.map((d) => d.kind),
    );
    return rows.map((d) => {
      const open = d.status === 'open' || d.status === 'paused';
      const meta = deadlineMeta(d.kind, qualifiers.get(d.kind));
      return {
        kind: d.kind,
        label: meta.label,
        source: meta.source,
        startsOn: d.startsOn,
        days: d.days,
        unit: d.unit,
        due: d.due,
        provisional: d.provisional === 1,
        status: d.status,
        overdue: open && d.due < today,
        dueSoon: open && d.due >= today && d.due <= soon,
      };
    });
  }

  async list(
    principal: Principal,
    filter: {
      q?: string | undefined;
      kind?: CaseKind | undefined;
      stage?: Stage | undefined;
      page: number;
      pageSize: number;
    },
  ) {
    const scope = await this.access.scopeOf(principal);
    const { rows, total } = await repo.list(this.db, {
      ...filter,
      departmentIds: scope.all ? undefined : [...scope.ids],
      assignedTo: principal.id,
    });
    return {
      items: rows.map((c) => ({
        id: c.id,
        number: c.number,
        kind: c.kind,
        title: c.title,
        stage: c.stage,
        status: caseStatusOf(c.stage, c.status),
        partyName: c.partyName,
        departmentId: c.departmentId,
        createdAt: c.createdAt,
      })),
      total,
    };
  }

  /**
   * The head's 立案 approvals: open cases in `initiated` in their scope, each with what still stops
   * the move to 调查取证 (the head approves on the case page; `advance` checks again).
   */
  async pendingFilings(principal: Principal) {
    const scope = await this.access.scopeOf(principal);
    const rows = await repo.pendingFilings(this.db, scope.all ? undefined : [...scope.ids]);
    const items = [];
    for (const c of rows) {
      items.push({
        caseId: c.id,
        caseNumber: c.number,
        caseTitle: c.title,
        kind: c.kind,
        partyName: c.partyName,
        departmentId: c.departmentId,
        requestedBy: c.createdBy,
        requestedAt: c.createdAt,
        blockers: (await this.blockers(this.db, c)).blockers,
      });
    }
    return { items };
  }

  async timeline(principal: Principal, id: string) {
    await this.access.readable(this.db, principal, id);
    const rows = await repo.events(this.db, id);
    return {
      items: rows.map((e) => ({
        seq: e.seq,
        at: e.at,
        actorName: e.actorName,
        type: e.type,
        summary: e.summary,
        detail: parseJson(jsonObject, e.detail, 'caseEvent.detail'),
      })),
    };
  }

  /** Open deadlines in the caller's scope: overdue, due within 2 working days, or all open. */
  async deadlineList(principal: Principal, within: 'overdue' | 'due_soon' | 'all_open') {
    const scope = await this.access.scopeOf(principal);
    const today = this.today();
    const dueBy =
      within === 'overdue'
        ? addDays(today, -1)
        : within === 'due_soon'
          ? (await this.calendar.due(today, { days: DUE_SOON_WORKING_DAYS, unit: 'working_days' })).due
          : '9999-12-31';
    const rows = await repo.openDeadlines(
      this.db,
      scope.all ? undefined : [...scope.ids],
      principal.id,
      dueBy,
    );
    const presented = await this.presentDeadlines(rows);
    return {
      items: presented
        .map((d, i) => {
          const r = rows[i];
          return {
            ...d,
            caseId: r?.caseId ?? '',
            caseNumber: r?.caseNumber ?? '',
            caseTitle: r?.caseTitle ?? '',
            stage: r?.stage ?? 'initiated',
          };
        })
        .filter((d) => within !== 'due_soon' || d.due >= today),
    };
  }

  // ---- stage moves ---------------------------------------------------------------------------

  async advance(principal: Principal, id: string, to: Stage): Promise<CaseView> {
    return this.withAbilities(principal, await this.move(principal, id, to));
  }

  private async move(principal: Principal, id: string, to: Stage): Promise<CaseDetails> {
    const c = await this.access.governed(this.db, principal, id, 'case.approve');
    return this.db.transaction().execute(async (tx) => {
      const current = await repo.find(tx, id);
      if (!current) throw notFound('case', id);
      const { to: allowed, blockers } = await this.blockers(tx, current);
      if (to !== allowed) {
        throw new AppError(current.stage === 'archived' ? 'CASE_ARCHIVED' : 'INVALID_TRANSITION', {
          from: current.stage,
          to,
          allowed: allowed ?? null,
        });
      }
      const first = blockers[0];
      if (first) {
        throw new AppError(
          first.code,
          { missing: blockers.flatMap((b) => b.missing), blockers },
          first.message,
        );
      }
      const now = this.clock().toISOString();
      const today = this.today();
      const patch = {
        stage: to,
        updatedAt: now,
        ...(to === 'investigation' && { filedOn: today }),
        ...(to === 'archived' && { archivedAt: now }),
      };
      await repo.update(tx, id, patch);
      await this.events.record(tx, actorOf(principal), id, {
        type: 'stage_changed',
        summary:
          to === 'investigation' ? `批准立案，进入${STAGE_LABELS[to]}阶段` : `进入${STAGE_LABELS[to]}阶段`,
        detail: { from: c.stage, to },
        before: { stage: current.stage },
        after: patch,
      });
      const updated = { ...current, ...patch };
      await this.deadlines.refresh(tx, updated, today, now);
      return this.present(tx, updated);
    });
  }

  /** Assigns another officer (e.g. after a recusal); the two-officer rule is rechecked on the next move. */
  async addOfficer(principal: Principal, id: string, accountId: string): Promise<CaseView> {
    return this.withAbilities(principal, await this.assign(principal, id, accountId));
  }

  private async assign(principal: Principal, id: string, accountId: string): Promise<CaseDetails> {
    const c = await this.access.governed(this.db, principal, id, 'case.approve');
    if (c.stage === 'archived') throw new AppError('CASE_ARCHIVED');
    await this.checkOfficers(this.db, 'permit', [accountId]);
    return this.db.transaction().execute(async (tx) => {
      const now = this.clock().toISOString();
      await repo.assignOfficers(tx, id, [accountId], now);
      await repo.update(tx, id, { updatedAt: now });
      await this.events.record(tx, actorOf(principal), id, {
        type: 'officer_assigned',
        summary: '指派执法人员',
        detail: { accountId },
      });
      return this.present(tx, { ...c, updatedAt: now });
    });
  }

  // ---- excluded periods ----------------------------------------------------------------------

  async periods(principal: Principal, id: string) {
    await this.access.readable(this.db, principal, id);
    const rows = await repo.periods(this.db, id);
    return {
      items: rows.map((p) => ({
        id: p.id,
        kind: p.kind,
        startedOn: p.startedOn,
        endedOn: p.endedOn,
        note: p.note,
      })),
    };
  }

  async openPeriod(
    principal: Principal,
    id: string,
    input: { kind: ExcludedPeriodKind; startedOn: string; note: string },
  ) {
    return this.writes.write(principal, id, {
      guard: (c) => this.requireActive(c),
      read: async () => undefined,
      change: async (tx, c, _s, today) => {
        if (input.startedOn > today)
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: 'startedOn', message: '开始日期不能晚于今天' }],
          });
        if (c.filedOn === null || input.startedOn < c.filedOn) {
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: 'startedOn', message: '期间须在立案之后' }],
          });
        }
        const now = this.clock().toISOString();
        const row = {
          id: randomUUID(),
          caseId: id,
          kind: input.kind,
          startedOn: input.startedOn,
          endedOn: null,
          note: input.note,
          createdBy: principal.id,
          createdAt: now,
        };
        await repo.insertPeriod(tx, row);
        await repo.update(tx, id, { updatedAt: now });
        return {
          event: {
            type: 'period_opened',
            summary: `开始不计入办案期限的期间（${PERIOD_KIND_LABELS[input.kind as PeriodKind] ?? input.kind}）`,
            detail: { periodId: row.id, kind: input.kind, startedOn: input.startedOn },
          },
          result: row,
        };
      },
    });
  }

  async endPeriod(principal: Principal, id: string, periodId: string, endedOn: string) {
    return this.writes.write(principal, id, {
      read: (tx) => repo.periods(tx, id),
      change: async (tx, _c, periods, today) => {
        const p = periods.find((x) => x.id === periodId);
        if (!p) throw notFound('period', periodId);
        if (p.endedOn !== null) throw new AppError('PERIOD_NOT_OPEN');
        if (endedOn < p.startedOn || endedOn > today) {
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: 'endedOn', message: '结束日期须在开始日期与今天之间' }],
          });
        }
        await repo.endPeriod(tx, periodId, endedOn);
        await repo.update(tx, id, { updatedAt: this.clock().toISOString() });
        return {
          event: { type: 'period_ended', summary: '不计入办案期限的期间结束', detail: { periodId, endedOn } },
          result: { ...p, endedOn },
        };
      },
    });
  }

  requireActive(c: CaseRow): void {
    if (c.stage === 'archived') throw new AppError('CASE_ARCHIVED');
    if (c.status === 'terminated') throw new AppError('CASE_TERMINATED');
  }
}
