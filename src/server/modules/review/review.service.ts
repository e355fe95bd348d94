import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import type { Db, Executor } from '../../platform/db/database.js';
import type { CaseDeadlineTable } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { CaseAccess } from '../cases/case-access.js';
import type { CaseDeadlines, DeadlineSource } from '../cases/case-deadlines.js';
import type { CaseEvents } from '../cases/case-events.js';
import type { CaseRow } from '../cases/case.repository.js';
import { caseRepository } from '../cases/case.repository.js';
import type { RecordService } from '../records/record.service.js';
import type { DecisionProcedure } from './procedure.service.js';
import { hearingRightApplies, type PartyType } from './procedure.rules.js';
import type { StaffingService } from './staffing.service.js';
import {
  DEFAULT_CATALOG_RULES,
  REVIEW_CHECKLIST,
  REVIEW_EXTENSION,
  REVIEW_PERIOD,
  classify,
  heavierThanNotice,
  reviewPassed,
  substanceHash,
  type CatalogRule,
  type Penalty,
} from './review.rules.js';
import type { DecisionInput } from './review.schema.js';

type Discretion = { standard: string; reason: string };
type ReviewRow = NonNullable<Awaited<ReturnType<ReviewService['findReview']>>>;

/**
 * 重大执法决定法制审核 and the decision gate: the catalog of major decisions, reviews in rounds
 * (5 working days, +3 once), and the decision that cannot be made for a major case without an
 * approved review of the same substance (contract: LEGAL_REVIEW_REQUIRED).
 */
export class ReviewService implements DeadlineSource {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly caseDeadlines: CaseDeadlines,
    private readonly records: RecordService,
    private readonly events: CaseEvents,
    private readonly calendar: CalendarService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly procedure: DecisionProcedure,
    private readonly staffing: StaffingService,
  ) {}

  private today() {
    return chinaDate(this.clock());
  }

  // ---- catalog -------------------------------------------------------------------------------

  /** The catalog version in force today (the default is published on first use). */
  async catalog(db: Executor = this.db) {
    const row = await db
      .selectFrom('reviewCatalog')
      .selectAll()
      .where('effectiveFrom', '<=', this.today())
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (row)
      return {
        id: row.id,
        version: row.version,
        effectiveFrom: row.effectiveFrom,
        publishedAt: row.publishedAt,
        rules: JSON.parse(row.rules) as CatalogRule[],
      };
    if (db !== this.db)
      return {
        id: 'default',
        version: 0,
        effectiveFrom: '1970-01-01',
        publishedAt: '',
        rules: DEFAULT_CATALOG_RULES,
      };
    return this.publishCatalog(null, DEFAULT_CATALOG_RULES, '1970-01-01');
  }

  async publishCatalog(principal: Principal | null, rules: CatalogRule[], effectiveFrom?: string) {
    return this.db.transaction().execute(async (tx) => {
      const last = await tx
        .selectFrom('reviewCatalog')
        .select('version')
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      const row = {
        id: randomUUID(),
        version: (last?.version ?? 0) + 1,
        rules: JSON.stringify(rules),
        effectiveFrom: effectiveFrom ?? this.today(),
        publishedBy: principal?.id ?? null,
        publishedAt: this.clock().toISOString(),
      };
      await tx.insertInto('reviewCatalog').values(row).execute();
      await this.audit.append(tx, principal ? actorOf(principal) : { id: null, name: 'system' }, {
        action: 'review.catalog.publish',
        objectType: 'review_catalog',
        objectId: row.id,
        after: row,
      });
      return {
        id: row.id,
        version: row.version,
        effectiveFrom: row.effectiveFrom,
        publishedAt: row.publishedAt,
        rules,
      };
    });
  }

  private async matched(
    db: Executor,
    c: CaseRow,
    draft: { outcome: DecisionInput['outcome']; penalties: Penalty[] },
    circumstances: string[],
  ) {
    const { rules } = await this.catalog(db);
    return classify(
      rules,
      draft,
      c.partyType as 'person' | 'organization' | 'individual_business',
      circumstances,
    );
  }

  // ---- reviews -------------------------------------------------------------------------------

  findReview(db: Executor, id: string) {
    return db.selectFrom('legalReview').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Reviews as the API shows them: with the case, the dispute, declared conflicts and whether it passed. */
  private async presentAll(db: Executor, rows: readonly ReviewRow[]) {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const caseIds = [...new Set(rows.map((r) => r.caseId))];
    const [disputes, conflicts, cases] = await Promise.all([
      db.selectFrom('reviewDispute').selectAll().where('reviewId', 'in', ids).execute(),
      db.selectFrom('reviewerConflict').selectAll().where('caseId', 'in', caseIds).execute(),
      db.selectFrom('enforcementCase').select(['id', 'number', 'title']).where('id', 'in', caseIds).execute(),
    ]);
    const today = this.today();
    return rows.map((r) => {
      const d = disputes.find((x) => x.reviewId === r.id);
      const c = cases.find((x) => x.id === r.caseId);
      return {
        id: r.id,
        caseId: r.caseId,
        caseNumber: c?.number ?? '',
        caseTitle: c?.title ?? '',
        round: r.round,
        status: r.status as 'pending' | 'approved' | 'returned',
        passed: reviewPassed(r, d),
        draft: JSON.parse(r.draft) as Record<string, unknown>,
        matchedRules: (JSON.parse(r.matchedRules) as CatalogRule[]).map((m) => ({
          id: m.id,
          text: m.text,
          source: m.source,
        })),
        submittedBy: r.submittedBy,
        submittedAt: r.submittedAt,
        receivedOn: r.receivedOn,
        due: r.due,
        extended: r.extended === 1,
        extensionReason: r.extensionReason,
        overdue: r.status === 'pending' && r.due < today,
        reviewerId: r.reviewerId,
        opinion: r.opinion,
        checklist: r.checklist === null ? null : (JSON.parse(r.checklist) as Record<string, unknown>),
        decidedAt: r.decidedAt,
        opinionRecordId: r.opinionRecordId,
        dispute: d
          ? {
              position: d.position,
              raisedBy: d.raisedBy,
              raisedAt: d.raisedAt,
              decision: d.decision as 'uphold_opinion' | 'adopt_unit_position' | null,
              reason: d.reason,
              decidedBy: d.decidedBy,
              decidedAt: d.decidedAt,
            }
          : null,
        conflicts: conflicts
          .filter((x) => x.caseId === r.caseId)
          .map((x) => ({ reviewerId: x.reviewerId, reason: x.reason, declaredAt: x.declaredAt })),
      };
    });
  }

  private async presentOne(db: Executor, r: ReviewRow) {
    const [view] = await this.presentAll(db, [r]);
    if (!view) throw notFound('legal_review', r.id);
    return view;
  }

  /** Circumstances the records show by themselves: a decision after a hearing (catalog `after_hearing`). */
  private async recordedCircumstances(db: Executor, caseId: string): Promise<string[]> {
    const types = new Set((await this.records.recordsOf(db, caseId)).map((r) => r.type));
    return types.has('hearing_record') ? ['after_hearing'] : [];
  }

  /** Materials a review needs (GD-REV Art. 13-14): the draft's facts and basis, investigation records, the report. */
  private async missingMaterials(db: Executor, caseId: string): Promise<string[]> {
    const types = new Set((await this.records.recordsOf(db, caseId)).map((r) => r.type));
    const missing: string[] = [];
    if (!types.has('onsite_inspection_record') && !types.has('inquiry_record'))
      missing.push('record:onsite_inspection_record|inquiry_record');
    if (!types.has('investigation_report')) missing.push('record:investigation_report');
    if (types.has('hearing_record') && !types.has('hearing_report')) missing.push('record:hearing_report');
    return missing;
  }

  async submit(
    principal: Principal,
    caseId: string,
    input: { draft: DecisionInput; circumstances: { code: string; reason: string }[] },
  ) {
    const c = await this.access.writable(this.db, principal, caseId);
    if (c.stage !== 'decision' || c.status !== 'open')
      throw new AppError('INVALID_TRANSITION', {
        reason: 'review_in_decision_stage_only',
        stage: c.stage,
        status: c.status,
      });
    const reviews = await this.db
      .selectFrom('legalReview')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('round')
      .execute();
    if (reviews.some((r) => r.status === 'pending'))
      throw new AppError('CONFLICT', { reason: 'review_pending' });
    const openDispute = await this.db
      .selectFrom('reviewDispute')
      .select('reviewId')
      .where('caseId', '=', caseId)
      .where('decision', 'is', null)
      .executeTakeFirst();
    if (openDispute) throw new AppError('DISPUTE_OPEN', { reviewId: openDispute.reviewId });
    const missing = await this.missingMaterials(this.db, caseId);
    if (missing.length > 0) throw new AppError('REVIEW_MATERIALS_INCOMPLETE', { missing });
    const today = this.today();
    const { due } = await this.calendar.due(today, REVIEW_PERIOD);
    const matched = await this.matched(this.db, c, input.draft, [
      ...input.circumstances.map((x) => x.code),
      ...(await this.recordedCircumstances(this.db, caseId)),
    ]);
    const row = {
      id: randomUUID(),
      caseId,
      round: (reviews.at(-1)?.round ?? 0) + 1,
      draft: JSON.stringify({ ...input.draft, circumstances: input.circumstances }),
      substanceHash: substanceHash(input.draft),
      matchedRules: JSON.stringify(matched),
      status: 'pending',
      submittedBy: principal.id,
      submittedAt: this.clock().toISOString(),
      receivedOn: today,
      due,
      extended: 0,
      extensionReason: null,
      reviewerId: null,
      checklist: null,
      opinion: null,
      decidedAt: null,
      opinionRecordId: null,
    };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('legalReview').values(row).execute();
      await this.events.record(tx, actorOf(principal), caseId, {
        type: 'legal_review_submitted',
        summary: `提交法制审核（第${row.round}轮），审核期限至 ${due}`,
        detail: { reviewId: row.id, round: row.round, due, matched: matched.map((m) => m.id) },
      });
      await this.caseDeadlines.refresh(tx, c, today, row.submittedAt);
    });
    return this.presentOne(this.db, row);
  }

  async list(principal: Principal, caseId: string) {
    await this.access.readable(this.db, principal, caseId);
    const rows = await this.db
      .selectFrom('legalReview')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('round')
      .execute();
    return { items: await this.presentAll(this.db, rows) };
  }

  async get(principal: Principal, reviewId: string) {
    const r = await this.findReview(this.db, reviewId);
    if (!r) throw notFound('legal_review', reviewId);
    await this.access.readable(this.db, principal, r.caseId);
    return this.presentOne(this.db, r);
  }

  /** The reviewers' queue: pending reviews by due date, and returned ones whose dispute awaits the head. */
  async queue() {
    const rows = await this.db
      .selectFrom('legalReview')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('status', '=', 'pending'),
          eb('id', 'in', eb.selectFrom('reviewDispute').select('reviewId').where('decision', 'is', null)),
        ]),
      )
      .orderBy('due')
      .execute();
    return { items: await this.presentAll(this.db, rows) };
  }

  async extend(principal: Principal, reviewId: string, reason: string) {
    const r = await this.findReview(this.db, reviewId);
    if (!r) throw notFound('legal_review', reviewId);
    await this.access.governed(this.db, principal, r.caseId, 'case.approve');
    if (r.status !== 'pending') throw new AppError('CONFLICT', { reason: 'review_not_pending' });
    if (r.extended === 1) throw new AppError('EXTENSION_LIMIT', { max: REVIEW_EXTENSION.days });
    const { due } = await this.calendar.due(r.due, REVIEW_EXTENSION);
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('legalReview')
        .set({ extended: 1, extensionReason: reason, due })
        .where('id', '=', reviewId)
        .execute();
      await this.events.record(tx, actorOf(principal), r.caseId, {
        type: 'legal_review_extended',
        summary: `法制审核期限延长3个工作日，至 ${due}：${reason}`,
        detail: { reviewId, due },
      });
      await this.refreshOf(tx, r.caseId);
    });
    return { due };
  }

  async opinion(
    principal: Principal,
    reviewId: string,
    input: { outcome: 'approved' | 'returned'; checklist: Record<string, unknown>; opinion: string },
  ) {
    const r = await this.findReview(this.db, reviewId);
    if (!r) throw notFound('legal_review', reviewId);
    const c = await this.access.readable(this.db, principal, r.caseId);
    if (r.status !== 'pending') throw new AppError('CONFLICT', { reason: 'review_not_pending' });
    await this.requireEligibleReviewer(principal, r);
    const missing = REVIEW_CHECKLIST.filter((i) => !(i.key in input.checklist)).map((i) => i.key);
    if (missing.length > 0)
      throw new AppError('VALIDATION_FAILED', {
        fields: missing.map((k) => ({ path: `checklist.${k}`, message: '审核要点未填写' })),
      });
    const now = this.clock().toISOString();
    await this.db.transaction().execute(async (tx) => {
      // the opinion is also a document of the case file: 法制审核意见书 (GD-REV Art. 19)
      const record = await this.records.generate(tx, principal, c, {
        type: 'legal_review_opinion',
        title: `法制审核意见书（第${r.round}轮）`,
        content: input.opinion,
        fields: opinionFields(r, principal.name, input, chinaDate(new Date(now))),
      });
      const res = await tx
        .updateTable('legalReview')
        .set({
          status: input.outcome,
          reviewerId: principal.id,
          checklist: JSON.stringify(input.checklist),
          opinion: input.opinion,
          decidedAt: now,
          opinionRecordId: record.id,
        })
        .where('id', '=', reviewId)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw new AppError('CONFLICT', { reason: 'review_not_pending' });
      await this.events.record(tx, actorOf(principal), r.caseId, {
        type: input.outcome === 'approved' ? 'legal_review_approved' : 'legal_review_returned',
        summary: `法制审核意见：${input.outcome === 'approved' ? '同意' : '存在问题，退回补正'}`,
        detail: { reviewId, round: r.round, opinionRecordId: record.id },
      });
      await this.refreshOf(tx, r.caseId);
    });
    return this.get(principal, reviewId);
  }

  /**
   * A reviewer is not a handler of the case, has declared no conflict with it (GD-REV Art. 6, 21) and
   * holds the legal qualification (APL Art. 58).
   */
  private async requireEligibleReviewer(principal: Principal, r: ReviewRow) {
    if (
      r.submittedBy === principal.id ||
      (await caseRepository.isAssigned(this.db, r.caseId, principal.id))
    ) {
      throw new AppError('REVIEWER_CONFLICT', { reason: 'handler_of_case' });
    }
    const declared = await this.db
      .selectFrom('reviewerConflict')
      .select('reason')
      .where('caseId', '=', r.caseId)
      .where('reviewerId', '=', principal.id)
      .executeTakeFirst();
    if (declared) throw new AppError('REVIEWER_CONFLICT', { reason: 'declared_conflict' });
    if (!(await this.staffing.qualified(this.db, principal.id)))
      throw new AppError('REVIEWER_NOT_QUALIFIED', { reviewerId: principal.id });
  }

  /** A reviewer declares a conflict of interest with the case and steps aside (GD-REV Art. 21). */
  async declareConflict(principal: Principal, reviewId: string, reason: string) {
    const r = await this.findReview(this.db, reviewId);
    if (!r) throw notFound('legal_review', reviewId);
    await this.access.readable(this.db, principal, r.caseId);
    if (r.status !== 'pending') throw new AppError('CONFLICT', { reason: 'review_not_pending' });
    const row = {
      id: randomUUID(),
      caseId: r.caseId,
      reviewId,
      reviewerId: principal.id,
      reason,
      declaredAt: this.clock().toISOString(),
    };
    await this.db.transaction().execute(async (tx) => {
      const exists = await tx
        .selectFrom('reviewerConflict')
        .select('id')
        .where('caseId', '=', r.caseId)
        .where('reviewerId', '=', principal.id)
        .executeTakeFirst();
      if (exists) throw new AppError('CONFLICT', { reason: 'conflict_already_declared' });
      await tx.insertInto('reviewerConflict').values(row).execute();
      await this.events.record(tx, actorOf(principal), r.caseId, {
        type: 'legal_review_conflict_declared',
        summary: `法制审核人员${principal.name}申报利益冲突并回避：${reason}`,
        detail: { reviewId, reviewerId: principal.id },
      });
    });
    return this.get(principal, reviewId);
  }

  /** The handling unit disputes a returned opinion; the head then coordinates (GD-REV Art. 20). */
  async dispute(principal: Principal, reviewId: string, position: string) {
    const r = await this.findReview(this.db, reviewId);
    if (!r) throw notFound('legal_review', reviewId);
    await this.access.writable(this.db, principal, r.caseId);
    if (r.status !== 'returned') throw new AppError('CONFLICT', { reason: 'review_not_returned' });
    const later = await this.db
      .selectFrom('legalReview')
      .select('id')
      .where('caseId', '=', r.caseId)
      .where('round', '>', r.round)
      .executeTakeFirst();
    if (later) throw new AppError('CONFLICT', { reason: 'review_superseded' });
    const row = {
      id: randomUUID(),
      reviewId,
      caseId: r.caseId,
      position,
      raisedBy: principal.id,
      raisedAt: this.clock().toISOString(),
      decision: null,
      reason: null,
      decidedBy: null,
      decidedAt: null,
    };
    await this.db.transaction().execute(async (tx) => {
      const exists = await tx
        .selectFrom('reviewDispute')
        .select('id')
        .where('reviewId', '=', reviewId)
        .executeTakeFirst();
      if (exists) throw new AppError('CONFLICT', { reason: 'dispute_exists' });
      await tx.insertInto('reviewDispute').values(row).execute();
      await this.events.record(tx, actorOf(principal), r.caseId, {
        type: 'legal_review_disputed',
        summary: `承办机构对第${r.round}轮法制审核意见提出异议：${position}`,
        detail: { reviewId, round: r.round },
      });
    });
    return this.get(principal, reviewId);
  }

  /**
   * The head coordinates a dispute and decides: uphold the reviewer's opinion (the draft is corrected
   * and resubmitted) or adopt the unit's position (the draft as submitted counts as passed). Both
   * positions stay on record.
   */
  async coordinate(
    principal: Principal,
    reviewId: string,
    input: { decision: 'uphold_opinion' | 'adopt_unit_position'; reason: string },
  ) {
    const r = await this.findReview(this.db, reviewId);
    if (!r) throw notFound('legal_review', reviewId);
    await this.access.governed(this.db, principal, r.caseId, 'case.approve');
    const now = this.clock().toISOString();
    await this.db.transaction().execute(async (tx) => {
      const res = await tx
        .updateTable('reviewDispute')
        .set({ decision: input.decision, reason: input.reason, decidedBy: principal.id, decidedAt: now })
        .where('reviewId', '=', reviewId)
        .where('decision', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw new AppError('CONFLICT', { reason: 'no_open_dispute' });
      await this.events.record(tx, actorOf(principal), r.caseId, {
        type: 'legal_review_coordinated',
        summary: `负责人协调决定：${input.decision === 'adopt_unit_position' ? '采纳承办机构意见' : '维持法制审核意见'}（${input.reason}）`,
        detail: { reviewId, decision: input.decision },
      });
    });
    return this.get(principal, reviewId);
  }

  /** The opinion as a Word document (法制审核意见书), once given. */
  async opinionDocument(principal: Principal, reviewId: string) {
    const r = await this.findReview(this.db, reviewId);
    if (!r) throw notFound('legal_review', reviewId);
    await this.access.readable(this.db, principal, r.caseId);
    if (!r.opinionRecordId) throw notFound('legal_review_opinion', reviewId);
    const doc = await this.records.document(principal, r.opinionRecordId);
    return { ...doc, fileName: `legal-review-opinion-round${r.round}.docx` };
  }

  private async refreshOf(tx: Executor, caseId: string) {
    const c = await caseRepository.find(tx, caseId);
    if (c) await this.caseDeadlines.refresh(tx, c, this.today(), this.clock().toISOString());
  }

  /** One deadline per review round: 5 working days from receipt, 8 once extended; met when the opinion is given. */
  async deadlines(tx: Executor, c: CaseRow, now: string): Promise<CaseDeadlineTable[]> {
    const rows = await tx.selectFrom('legalReview').selectAll().where('caseId', '=', c.id).execute();
    const out: CaseDeadlineTable[] = [];
    for (const r of rows) {
      const days = REVIEW_PERIOD.days + (r.extended === 1 ? REVIEW_EXTENSION.days : 0);
      const { provisional } = await this.calendar.due(r.receivedOn, { days, unit: 'working_days' }, tx);
      out.push({
        caseId: c.id,
        kind: `legal_review:${r.id}`,
        startsOn: r.receivedOn,
        days,
        unit: 'working_days',
        due: r.due,
        provisional: provisional ? 1 : 0,
        status: r.status === 'pending' ? 'open' : 'met',
        updatedAt: now,
      });
    }
    return out;
  }

  // ---- the decision --------------------------------------------------------------------------

  async hasDecision(db: Executor, caseId: string): Promise<boolean> {
    return (
      (await db.selectFrom('caseDecision').select('id').where('caseId', '=', caseId).executeTakeFirst()) !==
      undefined
    );
  }

  async decision(principal: Principal, caseId: string) {
    await this.access.readable(this.db, principal, caseId);
    const d = await this.db
      .selectFrom('caseDecision')
      .selectAll()
      .where('caseId', '=', caseId)
      .executeTakeFirst();
    if (!d) throw notFound('decision', caseId);
    return this.presentDecision(d);
  }

  private presentDecision(d: {
    id: string;
    caseId: string;
    documentNumber: string;
    outcome: string;
    summary: string;
    facts: string;
    basis: string;
    decidedOn: string;
    penalties: string;
    major: number;
    legalReviewId: string | null;
    createdAt: string;
    discretion: string | null;
  }) {
    return {
      ...d,
      outcome: d.outcome as DecisionInput['outcome'],
      penalties: JSON.parse(d.penalties) as Penalty[],
      major: d.major === 1,
      discretion: d.discretion === null ? null : (JSON.parse(d.discretion) as Discretion),
    };
  }

  /** What stops this decision; the code of the first, every item in `missing`. */
  private async decisionBlockers(c: CaseRow, input: DecisionInput, extraCircumstances: string[] = []) {
    const records = await this.db
      .selectFrom('caseRecord')
      .select(['type'])
      .where('caseId', '=', c.id)
      .execute();
    const types = new Set(records.map((r) => r.type));
    const reviews = await this.db
      .selectFrom('legalReview')
      .selectAll()
      .where('caseId', '=', c.id)
      .orderBy('round')
      .execute();
    const disputes = await this.db
      .selectFrom('reviewDispute')
      .select(['reviewId', 'decision'])
      .where('caseId', '=', c.id)
      .execute();
    const circumstances = [
      ...extraCircumstances,
      ...(types.has('hearing_record') ? ['after_hearing'] : []),
      ...reviews.flatMap((r) =>
        ((JSON.parse(r.draft) as { circumstances?: { code: string }[] }).circumstances ?? []).map(
          (x) => x.code,
        ),
      ),
    ];
    const matched = await this.matched(this.db, c, input, circumstances);
    const major = matched.length > 0;
    const hash = substanceHash(input);
    const passed = reviews.find(
      (r) =>
        r.substanceHash === hash &&
        reviewPassed(
          r,
          disputes.find((d) => d.reviewId === r.id),
        ),
    );
    const blockers: { code: string; missing: string[] }[] = [];
    if (major) {
      if (!passed) blockers.push({ code: 'LEGAL_REVIEW_REQUIRED', missing: ['legal_review'] });
      // complex or major cases need 集体讨论 before the decision (APL Art. 57)
      if (!types.has('collective_discussion'))
        blockers.push({ code: 'COLLECTIVE_DISCUSSION_REQUIRED', missing: ['record:collective_discussion'] });
    }
    if (input.outcome === 'penalty') {
      const notice = await this.procedure.latestNotice(this.db, c.id);
      if (!notice) blockers.push({ code: 'PRIOR_NOTICE_REQUIRED', missing: ['record:prior_notice'] });
      else {
        const proposed = (notice.fields as { penalties?: Penalty[] }).penalties ?? [];
        const over = heavierThanNotice(input.penalties, proposed);
        if (over.length > 0) blockers.push({ code: 'NOTICE_EXCEEDED', missing: over });
        if (!types.has('statement_waiver')) {
          // 陈述申辩, and with hearing rights the hearing request, run after the notice (APL Art. 44-45, 64)
          const due = await this.procedure.windowEnds(notice);
          if (this.today() <= due)
            blockers.push({ code: 'STATEMENT_WINDOW_OPEN', missing: [`window_until:${due}`] });
        }
      }
      if (types.has('hearing_notice') && !types.has('hearing_record'))
        blockers.push({ code: 'HEARING_PENDING', missing: ['record:hearing_record'] });
    }
    return { blockers, major, matched, approvedReviewId: passed?.id ?? null };
  }

  /** What the draft would meet: the catalog rules it matches, what blocks it, the hearing right. */
  async check(
    principal: Principal,
    caseId: string,
    input: DecisionInput & { circumstances?: { code: string }[] | undefined },
  ) {
    const c = await this.access.readable(this.db, principal, caseId);
    const { blockers, major, matched } = await this.decisionBlockers(
      c,
      input,
      (input.circumstances ?? []).map((x) => x.code),
    );
    const warnings: string[] = [];
    // 裁量基准 and the reason are written into the decision (广东省生态环境行政处罚自由裁量权规定 [S])
    if (input.outcome === 'penalty' && !input.discretion) warnings.push('discretion_missing');
    return {
      major,
      matchedRules: matched.map((m) => ({ id: m.id, text: m.text, source: m.source })),
      blockers,
      hearingRight:
        input.outcome === 'penalty' && hearingRightApplies(input.penalties, c.partyType as PartyType),
      warnings,
    };
  }

  /**
   * 裁量基准 and the reason written into the decision (广东省生态环境行政处罚自由裁量权规定 [S]): as
   * given, else as the approved draft gave them (the contract's decision body has no such field).
   */
  private async discretionOf(input: DecisionInput, reviewId: string | null): Promise<string | null> {
    if (input.discretion) return JSON.stringify(input.discretion);
    if (!reviewId) return null;
    const r = await this.findReview(this.db, reviewId);
    const draft = r ? (JSON.parse(r.draft) as { discretion?: Discretion }) : {};
    return draft.discretion ? JSON.stringify(draft.discretion) : null;
  }

  async decide(principal: Principal, caseId: string, input: DecisionInput) {
    const c = await this.access.governed(this.db, principal, caseId, 'case.approve');
    if (c.stage !== 'decision' || c.status !== 'open')
      throw new AppError('INVALID_TRANSITION', {
        reason: 'decision_stage_only',
        stage: c.stage,
        status: c.status,
      });
    if (await this.hasDecision(this.db, caseId))
      throw new AppError('CONFLICT', { reason: 'already_decided' });
    if (input.outcome === 'penalty' && input.penalties.length === 0) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'penalties', message: '处罚决定须列明处罚种类' }],
      });
    }
    const { blockers, major, approvedReviewId } = await this.decisionBlockers(c, input);
    const review = blockers.find((b) => b.code === 'LEGAL_REVIEW_REQUIRED');
    const first = review ?? blockers[0];
    if (first)
      throw new AppError(first.code as 'LEGAL_REVIEW_REQUIRED', {
        missing: blockers.flatMap((b) => b.missing),
        blockers,
      });
    const row = {
      id: randomUUID(),
      caseId,
      documentNumber: input.documentNumber,
      outcome: input.outcome,
      summary: input.summary,
      facts: input.facts,
      basis: input.basis,
      decidedOn: input.decidedOn,
      penalties: JSON.stringify(input.penalties),
      substanceHash: substanceHash(input),
      major: major ? 1 : 0,
      legalReviewId: approvedReviewId,
      decidedBy: principal.id,
      createdAt: this.clock().toISOString(),
      discretion: await this.discretionOf(input, approvedReviewId),
    };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('caseDecision').values(row).execute();
      await this.events.record(tx, actorOf(principal), caseId, {
        type: 'decided',
        summary: `作出决定 ${input.documentNumber}：${input.summary}`,
        detail: { decisionId: row.id, outcome: input.outcome, major, legalReviewId: approvedReviewId },
        after: row,
      });
      await this.refreshOf(tx, caseId);
    });
    return this.presentDecision(row);
  }
}

/** The fields of the 法制审核意见书 from the review and its opinion (the seven points, GD-REV Art. 17). */
function opinionFields(
  r: ReviewRow,
  reviewerName: string,
  input: { outcome: 'approved' | 'returned'; checklist: Record<string, unknown>; opinion: string },
  reviewedOn: string,
): Record<string, unknown> {
  const point = (key: string) => {
    const v = input.checklist[key];
    const ok = typeof v === 'boolean' ? v : (v as { ok?: boolean } | undefined)?.ok === true;
    const note = typeof v === 'object' && v !== null ? (v as { note?: string }).note : undefined;
    return `${ok ? '符合规定' : '存在问题'}${note ? `：${note}` : ''}`;
  };
  return {
    submittedOn: r.receivedOn,
    reviewer: reviewerName,
    subjectAndQualification: point('subject'),
    jurisdiction: point('jurisdiction'),
    procedure: point('procedure'),
    facts: point('facts'),
    evidence: point('evidence'),
    legalBasis: point('law'),
    discretion: point('discretion'),
    outcome: input.outcome,
    ...(input.outcome === 'returned' ? { problemsAndSuggestions: input.opinion } : {}),
    reviewedOn,
  };
}
