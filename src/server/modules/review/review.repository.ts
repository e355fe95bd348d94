import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type {
  CaseDecisionTable,
  LegalReviewTable,
  ReviewCatalogTable,
  ReviewDisputeTable,
  ReviewerConflictTable,
  ReviewerQualificationTable,
} from '../../platform/db/schema.js';
import { markWritten } from '../../platform/audit/row-seals.js';

export type ReviewRow = NonNullable<Awaited<ReturnType<typeof reviewRepository.findReview>>>;
export type DecisionRow = NonNullable<Awaited<ReturnType<typeof reviewRepository.decision>>>;

/**
 * Queries of the review module: the catalog, the review rounds, disputes, declared conflicts,
 * reviewers' qualifications and the decision. The staffing indicator also reads the organisation's
 * accounts, roles and certificates (read only).
 */
export const reviewRepository = {
  // ---- catalog ----
  catalogInForce(db: Executor, on: string) {
    return db
      .selectFrom('reviewCatalog')
      .selectAll()
      .where('effectiveFrom', '<=', on)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
  },
  /** The first version (for a clock that reads a day before any version took effect). */
  firstCatalog(db: Executor) {
    return db.selectFrom('reviewCatalog').selectAll().orderBy('version').limit(1).executeTakeFirst();
  },
  async lastCatalogVersion(db: Executor): Promise<number> {
    const row = await db
      .selectFrom('reviewCatalog')
      .select('version')
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.version ?? 0;
  },
  insertCatalog(db: Executor, row: Insertable<ReviewCatalogTable>) {
    return db.insertInto('reviewCatalog').values(row).execute();
  },

  // ---- reviews ----
  findReview(db: Executor, id: string) {
    return db.selectFrom('legalReview').selectAll().where('id', '=', id).executeTakeFirst();
  },
  /** The rounds of a case, first to last. */
  reviewsOf(db: Executor, caseId: string) {
    return db.selectFrom('legalReview').selectAll().where('caseId', '=', caseId).orderBy('round').execute();
  },
  /** The round numbers of the given reviews. */
  roundsOf(db: Executor, ids: readonly string[]) {
    return db.selectFrom('legalReview').select(['id', 'round']).where('id', 'in', ids).execute();
  },
  /** The latest round of each case. */
  latestRounds(db: Executor, caseIds: readonly string[]) {
    return db
      .selectFrom('legalReview')
      .select(['caseId', (eb) => eb.fn.max('round').as('round')])
      .where('caseId', 'in', caseIds)
      .groupBy('caseId')
      .execute();
  },
  /** Pending reviews and returned ones whose dispute awaits the head, by due date. */
  queue(db: Executor) {
    return db
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
  },
  insertReview(db: Executor, row: Insertable<LegalReviewTable>) {
    return db.insertInto('legalReview').values(row).execute();
  },
  updateReview(db: Executor, id: string, patch: Updateable<LegalReviewTable>) {
    return db.updateTable('legalReview').set(patch).where('id', '=', id).executeTakeFirst();
  },
  /** Writes the opinion of a review still pending; 0 rows when it no longer is. */
  giveOpinion(db: Executor, id: string, patch: Updateable<LegalReviewTable>) {
    return db
      .updateTable('legalReview')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
  },
  laterRound(db: Executor, caseId: string, round: number) {
    return db
      .selectFrom('legalReview')
      .select('id')
      .where('caseId', '=', caseId)
      .where('round', '>', round)
      .executeTakeFirst();
  },

  // ---- disputes ----
  disputesOfReviews(db: Executor, reviewIds: readonly string[]) {
    if (reviewIds.length === 0) return Promise.resolve([]);
    return db.selectFrom('reviewDispute').selectAll().where('reviewId', 'in', reviewIds).execute();
  },
  disputesOf(db: Executor, caseId: string) {
    return db.selectFrom('reviewDispute').selectAll().where('caseId', '=', caseId).execute();
  },
  openDispute(db: Executor, caseId: string) {
    return db
      .selectFrom('reviewDispute')
      .select('reviewId')
      .where('caseId', '=', caseId)
      .where('decision', 'is', null)
      .executeTakeFirst();
  },
  disputeOf(db: Executor, reviewId: string) {
    return db.selectFrom('reviewDispute').select('id').where('reviewId', '=', reviewId).executeTakeFirst();
  },
  insertDispute(db: Executor, row: Insertable<ReviewDisputeTable>) {
    return db.insertInto('reviewDispute').values(row).execute();
  },
  /** Decides a dispute still open; 0 rows when there is none. */
  decideDispute(db: Executor, reviewId: string, patch: Updateable<ReviewDisputeTable>) {
    return db
      .updateTable('reviewDispute')
      .set(patch)
      .where('reviewId', '=', reviewId)
      .where('decision', 'is', null)
      .executeTakeFirst();
  },

  // ---- declared conflicts ----
  conflictsOf(db: Executor, caseIds: readonly string[]) {
    if (caseIds.length === 0) return Promise.resolve([]);
    return db.selectFrom('reviewerConflict').selectAll().where('caseId', 'in', caseIds).execute();
  },
  declaredConflict(db: Executor, caseId: string, reviewerId: string) {
    return db
      .selectFrom('reviewerConflict')
      .select(['id', 'reason'])
      .where('caseId', '=', caseId)
      .where('reviewerId', '=', reviewerId)
      .executeTakeFirst();
  },
  insertConflict(db: Executor, row: Insertable<ReviewerConflictTable>) {
    return db.insertInto('reviewerConflict').values(row).execute();
  },

  // ---- the decision ----
  decision(db: Executor, caseId: string) {
    return db.selectFrom('caseDecision').selectAll().where('caseId', '=', caseId).executeTakeFirst();
  },
  insertDecision(db: Executor, row: Insertable<CaseDecisionTable>) {
    markWritten(db, 'caseDecision', row.id);
    return db.insertInto('caseDecision').values(row).execute();
  },

  // ---- reviewers' qualifications and the staffing indicator ----
  qualification(db: Executor, accountId: string) {
    return db
      .selectFrom('reviewerQualification')
      .selectAll()
      .where('accountId', '=', accountId)
      .executeTakeFirst();
  },
  async replaceQualification(
    db: Executor,
    accountId: string,
    row: Insertable<ReviewerQualificationTable> | null,
  ) {
    await db.deleteFrom('reviewerQualification').where('accountId', '=', accountId).execute();
    if (row) await db.insertInto('reviewerQualification').values(row).execute();
  },
  /** Accounts holding the legal reviewer role, with their department and qualification. */
  reviewers(db: Executor) {
    return db
      .selectFrom('account')
      .innerJoin('accountRole', 'accountRole.accountId', 'account.id')
      .innerJoin('department', 'department.id', 'account.departmentId')
      .leftJoin('reviewerQualification', 'reviewerQualification.accountId', 'account.id')
      .select([
        'account.id',
        'account.name',
        'account.active',
        'department.name as departmentName',
        'reviewerQualification.kind',
        'reviewerQualification.certificateNo',
      ])
      .where('accountRole.role', '=', 'legal_reviewer')
      .orderBy('account.username')
      .execute();
  },
  accountExists(db: Executor, accountId: string) {
    return db
      .selectFrom('account')
      .select('id')
      .where('id', '=', accountId)
      .executeTakeFirst()
      .then((r) => r !== undefined);
  },
  /** What the staffing indicator counts: departments, officer and reviewer roles, valid certificates, active accounts. */
  async staffing(db: Executor, today: string) {
    const [departments, roles, certificates, accounts] = await Promise.all([
      db.selectFrom('department').select(['id', 'parentId', 'name', 'kind']).execute(),
      db
        .selectFrom('accountRole')
        .select(['accountId', 'role'])
        .where('role', 'in', ['officer', 'legal_reviewer'])
        .execute(),
      db
        .selectFrom('officerCertificate')
        .select('accountId')
        .where('revokedAt', 'is', null)
        .where('validUntil', '>=', today)
        .execute(),
      db.selectFrom('account').select(['id', 'departmentId']).where('active', '=', 1).execute(),
    ]);
    return { departments, roles, certificates, accounts };
  },
};
