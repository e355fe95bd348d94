import { randomUUID } from 'node:crypto';
import { Transaction } from 'kysely';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import { WorkingCalendar, yearOf, type IsoDate } from '../../platform/calendar/calendar.rules.js';
import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import { z } from 'zod';
import {
  catalogRule,
  reviewDraft,
  storedDiscretion,
  storedPenalties,
} from '../../../shared/contracts/review.js';
import type { Db, Executor, Tx } from '../../platform/db/database.js';
import { jsonObject, parseJson } from '../../platform/db/json.js';
import type { CaseDeadlineTable } from '../../platform/db/schema.js';
import { hasPermission, type Permission } from '../../platform/auth/permissions.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { CaseAccess } from '../cases/case-access.js';
import type { DeadlineSource } from '../cases/case-deadlines.js';
import type { CaseRow, CaseService } from '../cases/case.service.js';
import type { RecordService } from '../records/record.service.js';
import { decisionNumberKind } from '../records/document-number.rules.js';
import {
  decisionBlockers,
  noticeWindowEnds,
  refusal,
  type DecisionBlocker,
  type DecisionDraft,
  type DecisionSnapshot,
} from './decision.rules.js';
import { DOCUMENTED_OUTCOMES, type DecisionDocuments, type DecisionOfRecord } from './decision-document.js';
import type { DecisionProcedure } from './procedure.service.js';
import { HEARING_REQUEST_WINDOW, hearingRightApplies } from './procedure.rules.js';
import { reviewRepository as repo, type DecisionRow, type ReviewRow } from './review.repository.js';
import type { StaffingService } from './staffing.service.js';
import {
  DEFAULT_CATALOG_RULES,
  REVIEW_CHECKLIST,
  REVIEW_EXTENSION,
  REVIEW_PERIOD,
  classify,
  reviewPassed,
  substanceHash,
  type CatalogRule,
  type DecisionSubstance,
} from './review.rules.js';
import type { DecisionInput } from './review.schema.js';

/** `legalReview.draft`: the decision body as submitted, with the flagged circumstances. */
const draftOf = (r: ReviewRow) => parseJson(reviewDraft, r.draft, 'legalReview.draft');
const circumstancesOf = (r: ReviewRow) => (draftOf(r).circumstances ?? []).map((x) => x.code);
/** The substance of a round's draft (null for a stored draft that lacks part of it). */
const substanceOf = (r: ReviewRow): DecisionSubstance | null => {
  const { outcome, facts, basis, penalties } = draftOf(r);
  return outcome !== undefined && facts !== undefined && basis !== undefined
    ? { outcome, facts, basis, penalties: penalties ?? [] }
    : null;
};
const rulesOf = (text: string, column: string) => parseJson(z.array(catalogRule), text, column);

/**
 * 重大执法决定法制审核 and the decision gate: the catalog of major decisions, reviews in rounds
 * (5 working days, +3 once), and the decision that cannot be made for a major case without an
 * approved review of the same substance (contract: LEGAL_REVIEW_REQUIRED). Every write of case data
 * goes through the cases module's `CaseWriter`: what is checked is read inside the transaction that
 * writes.
 */
export class ReviewService implements DeadlineSource {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly cases: CaseService,
    private readonly records: RecordService,
    private readonly calendar: CalendarService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly procedure: DecisionProcedure,
    private readonly staffing: StaffingService,
    private readonly documents: DecisionDocuments,
  ) {}

  private today() {
    return chinaDate(this.clock());
  }

  // ---- catalog -------------------------------------------------------------------------------

  /**
   * The catalog version in force today. The default is published on first use (in the caller's
   * transaction if any), in force from that day: the day it was put in force, never a made-up past
   * date. A clock that reads a day before the first version (a test, a restored copy) gets that version.
   */
  async catalog(db: Executor = this.db) {
    const row = (await repo.catalogInForce(db, this.today())) ?? (await repo.firstCatalog(db));
    if (row)
      return {
        id: row.id,
        version: row.version,
        effectiveFrom: row.effectiveFrom,
        publishedAt: row.publishedAt,
        rules: rulesOf(row.rules, 'reviewCatalog.rules'),
      };
    if (db instanceof Transaction) return this.publishIn(db as Tx, null, DEFAULT_CATALOG_RULES, undefined);
    return this.publishCatalog(null, DEFAULT_CATALOG_RULES);
  }

  async publishCatalog(principal: Principal | null, rules: CatalogRule[], effectiveFrom?: string) {
    return this.db.transaction().execute((tx) => this.publishIn(tx, principal, rules, effectiveFrom));
  }

  private async publishIn(
    tx: Tx,
    principal: Principal | null,
    rules: CatalogRule[],
    effectiveFrom: string | undefined,
  ) {
    const row = {
      id: randomUUID(),
      version: (await repo.lastCatalogVersion(tx)) + 1,
      rules: JSON.stringify(rules),
      effectiveFrom: effectiveFrom ?? this.today(),
      publishedBy: principal?.id ?? null,
      publishedAt: this.clock().toISOString(),
    };
    await repo.insertCatalog(tx, row);
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
  }

  // ---- reviews -------------------------------------------------------------------------------

  private async review(id: string): Promise<ReviewRow> {
    const r = await repo.findReview(this.db, id);
    if (!r) throw notFound('legal_review', id);
    return r;
  }

  /** The review re-read inside the transaction that changes it. */
  private async reviewIn(tx: Tx, id: string): Promise<ReviewRow> {
    const r = await repo.findReview(tx, id);
    if (!r) throw notFound('legal_review', id);
    return r;
  }

  /** Reviews as the API shows them: with the case, the dispute, declared conflicts and whether it passed. */
  private async presentAll(db: Executor, principal: Principal, rows: readonly ReviewRow[]) {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const caseIds = [...new Set(rows.map((r) => r.caseId))];
    const [disputes, conflicts, cases, assigned, latestRounds] = await Promise.all([
      repo.disputesOfReviews(db, ids),
      repo.conflictsOf(db, caseIds),
      this.cases.headers(db, caseIds),
      Promise.all(
        caseIds.map(async (id) => [id, await this.cases.isAssigned(db, id, principal.id)] as const),
      ),
      repo.latestRounds(db, caseIds),
    ]);
    const assignedTo = new Map(assigned);
    const latestRound = new Map(latestRounds.map((x) => [x.caseId, Number(x.round)]));
    const today = this.today();
    const may = (p: Permission) => hasPermission(principal.roles, p);
    return rows.map((r) => {
      const d = disputes.find((x) => x.reviewId === r.id);
      const c = cases.find((x) => x.id === r.caseId);
      const pending = r.status === 'pending';
      const handler = r.submittedBy === principal.id || assignedTo.get(r.caseId) === true;
      const declared = conflicts.some((x) => x.caseId === r.caseId && x.reviewerId === principal.id);
      return {
        id: r.id,
        caseId: r.caseId,
        caseNumber: c?.number ?? '',
        caseTitle: c?.title ?? '',
        round: r.round,
        status: r.status as 'pending' | 'approved' | 'returned',
        passed: reviewPassed(r, d),
        draft: draftOf(r),
        matchedRules: rulesOf(r.matchedRules, 'legalReview.matchedRules').map((m) => ({
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
        checklist: r.checklist === null ? null : parseJson(jsonObject, r.checklist, 'legalReview.checklist'),
        decidedAt: r.decidedAt,
        opinionRecordId: r.opinionRecordId,
        dispute: d
          ? {
              position: d.position,
              raisedBy: d.raisedBy,
              raisedAt: d.raisedAt,
              decision: d.decision,
              reason: d.reason,
              decidedBy: d.decidedBy,
              decidedAt: d.decidedAt,
            }
          : null,
        conflicts: conflicts
          .filter((x) => x.caseId === r.caseId)
          .map((x) => ({ reviewerId: x.reviewerId, reason: x.reason, declaredAt: x.declaredAt })),
        abilities: {
          opinion: may('review.opinion') && pending && !handler && !declared,
          declareConflict: may('review.opinion') && pending && !declared,
          extend: may('case.approve') && pending && r.extended !== 1,
          dispute:
            may('case.write') &&
            assignedTo.get(r.caseId) === true &&
            r.status === 'returned' &&
            d === undefined &&
            latestRound.get(r.caseId) === r.round,
          coordinate: may('case.approve') && d !== undefined && d.decision === null,
        },
      };
    });
  }

  private async presentOne(db: Executor, principal: Principal, r: ReviewRow) {
    const [view] = await this.presentAll(db, principal, [r]);
    if (!view) throw notFound('legal_review', r.id);
    return view;
  }

  /** The types of the case's records (any version: a series keeps its type). */
  private async recordTypes(db: Executor, caseId: string): Promise<Set<string>> {
    return new Set((await this.records.recordsOf(db, caseId)).map((r) => r.type));
  }

  /** Materials a review needs (GD-REV Art. 13-14): the draft's facts and basis, investigation records, the report. */
  private missingMaterials(types: ReadonlySet<string>): string[] {
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
    const row = await this.cases.writes.write(principal, caseId, {
      guard: (c) => {
        // a 按日连续处罚 is decided while the case runs (after a recheck), not only in 审核决定
        const daily =
          isDailyPenaltyDraft(input.draft) && ['investigation', 'decision', 'execution'].includes(c.stage);
        if ((c.stage !== 'decision' && !daily) || c.status !== 'open')
          throw new AppError('INVALID_TRANSITION', {
            reason: 'review_in_decision_stage_only',
            stage: c.stage,
            status: c.status,
          });
      },
      read: async (tx, c) => ({
        reviews: await repo.reviewsOf(tx, c.id),
        openDispute: await repo.openDispute(tx, c.id),
        types: await this.recordTypes(tx, c.id),
        catalog: (await this.catalog(tx)).rules,
      }),
      change: async (tx, c, x, today) => {
        if (x.reviews.some((r) => r.status === 'pending'))
          throw new AppError('CONFLICT', { reason: 'review_pending' });
        if (x.openDispute) throw new AppError('DISPUTE_OPEN', { reviewId: x.openDispute.reviewId });
        const missing = this.missingMaterials(x.types);
        if (missing.length > 0) throw new AppError('REVIEW_MATERIALS_INCOMPLETE', { missing });
        const { due } = await this.calendar.due(today, REVIEW_PERIOD, tx);
        // a decision after a hearing is major by itself (catalog `after_hearing`)
        const matched = classify(x.catalog, input.draft, c.partyType, [
          ...input.circumstances.map((y) => y.code),
          ...(x.types.has('hearing_record') ? ['after_hearing'] : []),
        ]);
        const review = {
          id: randomUUID(),
          caseId,
          round: (x.reviews.at(-1)?.round ?? 0) + 1,
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
        await repo.insertReview(tx, review);
        return {
          event: {
            type: 'legal_review_submitted',
            summary: `提交法制审核（第${review.round}轮），审核期限至 ${due}`,
            detail: { reviewId: review.id, round: review.round, due, matched: matched.map((m) => m.id) },
          },
          result: review,
        };
      },
    });
    return this.presentOne(this.db, principal, row);
  }

  async list(principal: Principal, caseId: string) {
    await this.access.readable(this.db, principal, caseId);
    return { items: await this.presentAll(this.db, principal, await repo.reviewsOf(this.db, caseId)) };
  }

  async get(principal: Principal, reviewId: string) {
    const r = await this.review(reviewId);
    await this.access.readable(this.db, principal, r.caseId);
    return this.presentOne(this.db, principal, r);
  }

  /** The reviewers' queue: pending reviews by due date, and returned ones whose dispute awaits the head. */
  /**
   * Pending reviews and disputes awaiting the head, of the cases the caller may read: reviewers and
   * supervisors see every unit's, a head those of the departments in their scope (or assigned).
   */
  async queue(principal: Principal) {
    const rows = await repo.queue(this.db);
    const cases = new Map<string, boolean>();
    for (const r of rows) {
      if (cases.has(r.caseId)) continue;
      cases.set(
        r.caseId,
        await this.access.canRead(this.db, principal, await this.cases.row(this.db, r.caseId)),
      );
    }
    const visible = rows.filter((r) => cases.get(r.caseId) === true);
    return { items: await this.presentAll(this.db, principal, visible) };
  }

  async extend(principal: Principal, reviewId: string, reason: string) {
    const r = await this.review(reviewId);
    return this.cases.writes.write(principal, r.caseId, {
      access: { permission: 'case.approve' },
      read: (tx) => this.reviewIn(tx, reviewId),
      change: async (tx, _c, current) => {
        if (current.status !== 'pending') throw new AppError('CONFLICT', { reason: 'review_not_pending' });
        if (current.extended === 1) throw new AppError('EXTENSION_LIMIT', { max: REVIEW_EXTENSION.days });
        const { due } = await this.calendar.due(current.due, REVIEW_EXTENSION, tx);
        await repo.updateReview(tx, reviewId, { extended: 1, extensionReason: reason, due });
        return {
          event: {
            type: 'legal_review_extended',
            summary: `法制审核期限延长3个工作日，至 ${due}：${reason}`,
            detail: { reviewId, due },
          },
          result: { due },
        };
      },
    });
  }

  async opinion(
    principal: Principal,
    reviewId: string,
    input: { outcome: 'approved' | 'returned'; checklist: Record<string, unknown>; opinion: string },
  ) {
    const r = await this.review(reviewId);
    await this.cases.writes.write(principal, r.caseId, {
      access: 'reader',
      read: (tx) => this.reviewIn(tx, reviewId),
      change: async (tx, c, current) => {
        if (current.status !== 'pending') throw new AppError('CONFLICT', { reason: 'review_not_pending' });
        await this.requireEligibleReviewer(tx, principal, current);
        const missing = REVIEW_CHECKLIST.filter((i) => !(i.key in input.checklist)).map((i) => i.key);
        if (missing.length > 0)
          throw new AppError('VALIDATION_FAILED', {
            fields: missing.map((k) => ({ path: `checklist.${k}`, message: '审核要点未填写' })),
          });
        const now = this.clock().toISOString();
        // the opinion is also a document of the case file: 法制审核意见书 (GD-REV Art. 19)
        const record = await this.records.generate(tx, principal, c, {
          type: 'legal_review_opinion',
          title: `法制审核意见书（第${current.round}轮）`,
          content: input.opinion,
          fields: opinionFields(current, principal.name, input, chinaDate(new Date(now))),
        });
        const res = await repo.giveOpinion(tx, reviewId, {
          status: input.outcome,
          reviewerId: principal.id,
          checklist: JSON.stringify(input.checklist),
          opinion: input.opinion,
          decidedAt: now,
          opinionRecordId: record.id,
        });
        if (Number(res.numUpdatedRows) !== 1)
          throw new AppError('CONFLICT', { reason: 'review_not_pending' });
        return {
          event: {
            type: input.outcome === 'approved' ? 'legal_review_approved' : 'legal_review_returned',
            summary: `法制审核意见：${input.outcome === 'approved' ? '同意' : '存在问题，退回补正'}`,
            detail: { reviewId, round: current.round, opinionRecordId: record.id },
          },
          result: undefined,
        };
      },
    });
    return this.get(principal, reviewId);
  }

  /**
   * A reviewer is not a handler of the case, has declared no conflict with it (GD-REV Art. 6, 21) and
   * holds the legal qualification (APL Art. 58).
   */
  private async requireEligibleReviewer(db: Executor, principal: Principal, r: ReviewRow) {
    if (r.submittedBy === principal.id || (await this.cases.isAssigned(db, r.caseId, principal.id))) {
      throw new AppError('REVIEWER_CONFLICT', { reason: 'handler_of_case' });
    }
    if (await repo.declaredConflict(db, r.caseId, principal.id))
      throw new AppError('REVIEWER_CONFLICT', { reason: 'declared_conflict' });
    if (!(await this.staffing.qualified(db, principal.id)))
      throw new AppError('REVIEWER_NOT_QUALIFIED', { reviewerId: principal.id });
  }

  /** A reviewer declares a conflict of interest with the case and steps aside (GD-REV Art. 21). */
  async declareConflict(principal: Principal, reviewId: string, reason: string) {
    const r = await this.review(reviewId);
    await this.cases.writes.write(principal, r.caseId, {
      access: 'reader',
      read: (tx) => this.reviewIn(tx, reviewId),
      change: async (tx, _c, current) => {
        if (current.status !== 'pending') throw new AppError('CONFLICT', { reason: 'review_not_pending' });
        if (await repo.declaredConflict(tx, r.caseId, principal.id))
          throw new AppError('CONFLICT', { reason: 'conflict_already_declared' });
        await repo.insertConflict(tx, {
          id: randomUUID(),
          caseId: r.caseId,
          reviewId,
          reviewerId: principal.id,
          reason,
          declaredAt: this.clock().toISOString(),
        });
        return {
          event: {
            type: 'legal_review_conflict_declared',
            summary: `法制审核人员${principal.name}申报利益冲突并回避：${reason}`,
            detail: { reviewId, reviewerId: principal.id },
          },
          result: undefined,
        };
      },
    });
    return this.get(principal, reviewId);
  }

  /** The handling unit disputes a returned opinion; the head then coordinates (GD-REV Art. 20). */
  async dispute(principal: Principal, reviewId: string, position: string) {
    const r = await this.review(reviewId);
    await this.cases.writes.write(principal, r.caseId, {
      read: async (tx) => {
        const current = await this.reviewIn(tx, reviewId);
        return { current, later: await repo.laterRound(tx, r.caseId, current.round) };
      },
      change: async (tx, _c, { current, later }) => {
        if (current.status !== 'returned') throw new AppError('CONFLICT', { reason: 'review_not_returned' });
        if (later) throw new AppError('CONFLICT', { reason: 'review_superseded' });
        if (await repo.disputeOf(tx, reviewId)) throw new AppError('CONFLICT', { reason: 'dispute_exists' });
        await repo.insertDispute(tx, {
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
        });
        return {
          event: {
            type: 'legal_review_disputed',
            summary: `承办机构对第${current.round}轮法制审核意见提出异议：${position}`,
            detail: { reviewId, round: current.round },
          },
          result: undefined,
        };
      },
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
    const r = await this.review(reviewId);
    await this.cases.writes.write(principal, r.caseId, {
      access: { permission: 'case.approve' },
      read: async () => undefined,
      change: async (tx) => {
        const res = await repo.decideDispute(tx, reviewId, {
          decision: input.decision,
          reason: input.reason,
          decidedBy: principal.id,
          decidedAt: this.clock().toISOString(),
        });
        if (Number(res.numUpdatedRows) !== 1) throw new AppError('CONFLICT', { reason: 'no_open_dispute' });
        return {
          event: {
            type: 'legal_review_coordinated',
            summary: `负责人协调决定：${input.decision === 'adopt_unit_position' ? '采纳承办机构意见' : '维持法制审核意见'}（${input.reason}）`,
            detail: { reviewId, decision: input.decision },
          },
          result: undefined,
        };
      },
    });
    return this.get(principal, reviewId);
  }

  /** The opinion as a Word document (法制审核意见书), once given. */
  async opinionDocument(principal: Principal, reviewId: string) {
    const r = await this.review(reviewId);
    await this.access.readable(this.db, principal, r.caseId);
    if (!r.opinionRecordId) throw notFound('legal_review_opinion', reviewId);
    const doc = await this.records.document(principal, r.opinionRecordId);
    return { ...doc, fileName: `legal-review-opinion-round${r.round}.docx` };
  }

  /** Each round's deadline is labelled with its round: 法制审核（第2轮）. */
  async qualifiers(db: Executor, kinds: readonly string[]): Promise<Map<string, string>> {
    const ids = kinds.flatMap((k) =>
      k.startsWith('legal_review:') ? [k.slice('legal_review:'.length)] : [],
    );
    if (ids.length === 0) return new Map();
    const rounds = await repo.roundsOf(db, ids);
    return new Map(rounds.map((r) => [`legal_review:${r.id}`, `第${r.round}轮`]));
  }

  /** One deadline per review round: 5 working days from receipt, 8 once extended; met when the opinion is given. */
  async deadlines(tx: Executor, c: CaseRow, now: string): Promise<CaseDeadlineTable[]> {
    const out: CaseDeadlineTable[] = [];
    for (const r of await repo.reviewsOf(tx, c.id)) {
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

  async decision(principal: Principal, caseId: string) {
    await this.access.readable(this.db, principal, caseId);
    const d = await repo.decision(this.db, caseId);
    if (!d) throw notFound('decision', caseId);
    return this.presentDecision(d);
  }

  private presentDecision(d: Omit<DecisionRow, 'substanceHash' | 'decidedBy'>) {
    return {
      id: d.id,
      caseId: d.caseId,
      documentNumber: d.documentNumber,
      outcome: d.outcome,
      summary: d.summary,
      facts: d.facts,
      basis: d.basis,
      decidedOn: d.decidedOn,
      penalties: parseJson(storedPenalties, d.penalties, 'caseDecision.penalties'),
      major: d.major === 1,
      legalReviewId: d.legalReviewId,
      createdAt: d.createdAt,
      discretion:
        d.discretion === null ? null : parseJson(storedDiscretion, d.discretion, 'caseDecision.discretion'),
    };
  }

  /** The facts the decision gate decides on, read with `db` (inside the deciding transaction when deciding). */
  private async decisionSnapshot(
    db: Executor,
    c: CaseRow,
  ): Promise<{ snapshot: DecisionSnapshot; reviews: ReviewRow[] }> {
    const catalog = (await this.catalog(db)).rules;
    const recordTypes = await this.recordTypes(db, c.id);
    const reviews = await repo.reviewsOf(db, c.id);
    const disputes = await repo.disputesOf(db, c.id);
    const { notice, pendingHearingRequests, statementWindow } = await this.procedure.noticeState(db, c.id);
    const discussion = await this.procedure.discussionFacts(db, c.id);
    const calendar = await this.windowCalendar(db, notice?.receivedOn ?? notice?.issuedOn);
    return {
      reviews,
      snapshot: {
        partyType: c.partyType,
        catalog,
        recordTypes,
        reviews: reviews.map((r) => ({
          id: r.id,
          status: r.status,
          substanceHash: r.substanceHash,
          circumstances: circumstancesOf(r),
          round: r.round,
          substance: substanceOf(r),
          opinionOrder: r.opinionRecordId ? (discussion.orderOf.get(r.opinionRecordId) ?? null) : null,
        })),
        discussions: discussion.discussions,
        disputes: disputes.map((d) => ({ reviewId: d.reviewId, decision: d.decision })),
        notice,
        statementWindow,
        pendingHearingRequests,
        filedOn: c.filedOn,
        calendar,
      },
    };
  }

  /** The working days the notice's windows are counted in: the year they start and the next. */
  private async windowCalendar(db: Executor, from: IsoDate | undefined): Promise<WorkingCalendar> {
    return from
      ? this.calendar.calendarFor(yearOf(from), yearOf(from) + 1, db)
      : new WorkingCalendar(new Map());
  }

  /** The party's side of the procedure (GET /cases/{id}/decision/procedure). */
  async procedureOf(principal: Principal, caseId: string) {
    const c = await this.access.readable(this.db, principal, caseId);
    const state = await this.procedure.noticeState(this.db, c.id);
    const n = state.notice;
    const windowEnds = n?.receivedOn
      ? noticeWindowEnds(await this.windowCalendar(this.db, n.receivedOn), n, state.statementWindow)
      : null;
    return {
      notice: n && {
        recordId: n.recordId,
        documentNumber: n.documentNumber,
        issuedOn: n.issuedOn,
        hearingRight: n.hearingRight,
        receivedOn: n.receivedOn,
        waived: n.waived,
        windowEnds,
      },
      pendingHearingRequests: state.pendingHearingRequests,
      statementDays: state.statementWindow.days,
      hearingDays: HEARING_REQUEST_WINDOW.days,
    };
  }

  /** The decision as its document reads it. */
  private ofRecord(d: Omit<DecisionRow, 'substanceHash' | 'decidedBy'>): DecisionOfRecord {
    const p = this.presentDecision(d);
    return {
      documentNumber: p.documentNumber,
      outcome: p.outcome,
      summary: p.summary,
      facts: p.facts,
      basis: p.basis,
      decidedOn: p.decidedOn,
      penalties: p.penalties,
      discretion: p.discretion,
    };
  }

  /**
   * The 行政处罚决定书 generated again from the decision as recorded — a new version, with the reason
   * (e.g. the account printed on it changed); the first one for a decision made before documents were
   * generated. A case's assigned officer does it while the case is not archived.
   */
  async regenerateDocument(principal: Principal, caseId: string, reason: string) {
    return this.cases.writes.write(principal, caseId, {
      guard: (c) => {
        if (c.stage === 'archived') throw new AppError('CASE_ARCHIVED');
      },
      read: async (tx, c) => repo.decision(tx, c.id),
      change: async (tx, c, d) => {
        if (!d) throw notFound('decision', caseId);
        if (!DOCUMENTED_OUTCOMES.includes(d.outcome))
          throw new AppError('EXECUTION_NOT_APPLICABLE', { reason: 'no_decision_document' });
        const r = await this.documents.generate(tx, principal, c, this.ofRecord(d), reason);
        return {
          event: {
            type: 'decision_document_regenerated',
            summary: `重新生成《行政处罚决定书》（第${r.version}版）：${reason}`,
            detail: { recordId: r.id, version: r.version, reason },
          },
          result: this.records.present(r),
        };
      },
    });
  }

  /**
   * What stops a penalty decision made outside `decide` — a 按日连续处罚 (环境保护法 Art. 59), which is
   * a penalty decision like any other: the same gate over the case as read with `db` (inside the
   * transaction that records it).
   */
  async penaltyBlockers(
    db: Executor,
    c: CaseRow,
    draft: DecisionDraft,
    today: string,
  ): Promise<DecisionBlocker[]> {
    const { snapshot } = await this.decisionSnapshot(db, c);
    return decisionBlockers(snapshot, draft, today).blockers;
  }

  /** What the draft would meet: the catalog rules it matches, what blocks it, the hearing right. */
  async check(
    principal: Principal,
    caseId: string,
    input: DecisionInput & { circumstances?: { code: string }[] | undefined },
  ) {
    const c = await this.access.readable(this.db, principal, caseId);
    const { snapshot } = await this.decisionSnapshot(this.db, c);
    const { blockers, major, matched } = decisionBlockers(
      snapshot,
      { ...input, circumstances: (input.circumstances ?? []).map((x) => x.code) },
      this.today(),
    );
    const warnings: string[] = [];
    // 裁量基准 and the reason are written into the decision (广东省生态环境行政处罚自由裁量权规定 [S])
    if (input.outcome === 'penalty' && !input.discretion) warnings.push('discretion_missing');
    return {
      major,
      matchedRules: matched.map((m) => ({ id: m.id, text: m.text, source: m.source })),
      blockers,
      hearingRight: input.outcome === 'penalty' && hearingRightApplies(input.penalties, c.partyType),
      warnings,
    };
  }

  /**
   * 裁量基准 and the reason written into the decision (广东省生态环境行政处罚自由裁量权规定 [S]): as
   * given, else as the approved draft gave them (the contract's decision body has no such field).
   */
  private discretionOf(input: DecisionInput, review: ReviewRow | undefined): string | null {
    if (input.discretion) return JSON.stringify(input.discretion);
    const draft = review ? draftOf(review) : {};
    return draft.discretion ? JSON.stringify(draft.discretion) : null;
  }

  /**
   * The decision: the gate (`decisionBlockers`) is checked against the case as read inside the
   * transaction that writes the decision, so a change made meanwhile (a heavier notice, a hearing
   * request, a new review round) is seen.
   */
  async decide(principal: Principal, caseId: string, input: DecisionInput) {
    const row = await this.cases.writes.write(principal, caseId, {
      access: { permission: 'case.approve' },
      guard: (c) => {
        if (c.stage !== 'decision' || c.status !== 'open')
          throw new AppError('INVALID_TRANSITION', {
            reason: 'decision_stage_only',
            stage: c.stage,
            status: c.status,
          });
      },
      read: async (tx, c) => ({
        decided: (await repo.decision(tx, c.id)) !== undefined,
        ...(await this.decisionSnapshot(tx, c)),
      }),
      change: async (tx, c, x, today) => {
        if (x.decided) throw new AppError('CONFLICT', { reason: 'already_decided' });
        if (input.outcome === 'penalty' && input.penalties.length === 0) {
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: 'penalties', message: '处罚决定须列明处罚种类' }],
          });
        }
        const { blockers, major, approvedReviewId, differsFrom } = decisionBlockers(x.snapshot, input, today);
        const first = refusal(blockers);
        if (first?.code === 'LEGAL_REVIEW_REQUIRED' && differsFrom)
          // the decision differs from the draft the legal review approved: say from which round, and in what
          throw new AppError('LEGAL_REVIEW_REQUIRED', {
            reason: 'differs_from_approved',
            approvedReviewId: differsFrom.reviewId,
            approvedRound: differsFrom.round,
            differences: differsFrom.parts,
            missing: blockers.flatMap((b) => b.missing),
            blockers,
          });
        if (first) throw new AppError(first.code, { missing: blockers.flatMap((b) => b.missing), blockers });
        const now = this.clock().toISOString();
        // 文号: issued now, or the one given checked against the pattern and the register
        const documentNumber = await this.records.numbers.assign(
          tx,
          decisionNumberKind(input.outcome),
          caseId,
          yearOf(input.decidedOn),
          input.documentNumber,
          now,
        );
        const decision = {
          id: randomUUID(),
          caseId,
          documentNumber,
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
          createdAt: now,
          discretion: this.discretionOf(
            input,
            x.reviews.find((r) => r.id === approvedReviewId),
          ),
        };
        await repo.insertDecision(tx, decision);
        // the 行政处罚决定书, generated from the decision as recorded (APL Art. 59)
        if (DOCUMENTED_OUTCOMES.includes(input.outcome))
          await this.documents.generate(tx, principal, c, this.ofRecord(decision));
        await this.cases.hooks.decided(tx, principal, c, {
          source: 'decision',
          sourceId: decision.id,
          documentNumber,
          outcome: input.outcome,
          summary: input.summary,
          facts: input.facts,
          basis: input.basis,
          decidedOn: input.decidedOn,
          penalties: input.penalties,
        });
        return {
          event: {
            type: 'decided',
            summary: `作出决定 ${documentNumber}：${input.summary}`,
            detail: {
              decisionId: decision.id,
              outcome: input.outcome,
              major,
              legalReviewId: approvedReviewId,
            },
            after: decision,
          },
          result: decision,
        };
      },
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

/** A draft whose penalties are a 按日连续处罚 only. */
function isDailyPenaltyDraft(d: DecisionInput): boolean {
  return (
    d.outcome === 'penalty' && d.penalties.length > 0 && d.penalties.every((p) => p.type === 'daily_fine')
  );
}
