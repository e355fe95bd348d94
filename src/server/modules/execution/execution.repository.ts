import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type {
  CaseOutcomeTable,
  CorrectionOrderTable,
  CorrectionRecheckTable,
  CourtApplicationTable,
  DailyPenaltyTable,
  EnforcementDemandTable,
  PaymentPlanTable,
  PenaltyPaymentTable,
  SeizureTable,
  SeizureTestingTable,
  ServiceConsentTable,
  ServiceEntryTable,
  SummaryDecisionTable,
} from '../../platform/db/schema.js';
import { markWritten } from '../../platform/audit/row-seals.js';

/**
 * Queries of the execution module. Records and media (the records module's) are read here, never
 * written; the decision comes from the review module (`DecisionReader`).
 */
export const executionRepository = {
  // ---- read-only facts of the records module ----
  /** Every version of the records of these types, oldest first. */
  records(db: Executor, caseId: string, types: readonly string[]) {
    return db
      .selectFrom('caseRecord')
      .select(['id', 'seriesId', 'version', 'type', 'fields', 'createdAt'])
      .where('caseId', '=', caseId)
      .where('type', 'in', [...types])
      .orderBy('createdAt')
      .orderBy('version')
      .execute();
  },
  record(db: Executor, id: string) {
    return db
      .selectFrom('caseRecord')
      .select(['id', 'caseId', 'type', 'title', 'documentNumber'])
      .where('id', '=', id)
      .executeTakeFirst();
  },
  media(db: Executor, caseId: string) {
    return db.selectFrom('media').select(['id', 'activity']).where('caseId', '=', caseId).execute();
  },

  // ---- service ----
  consents(db: Executor, caseId: string) {
    return db
      .selectFrom('serviceConsent')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('signedOn')
      .execute();
  },
  insertConsent(db: Executor, row: Insertable<ServiceConsentTable>) {
    return db.insertInto('serviceConsent').values(row).execute();
  },
  services(db: Executor, caseId: string) {
    return db
      .selectFrom('serviceEntry')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('createdAt')
      .execute();
  },
  insertService(db: Executor, row: Insertable<ServiceEntryTable>) {
    return db.insertInto('serviceEntry').values(row).execute();
  },

  // ---- payments ----
  payments(db: Executor, caseId: string) {
    return db
      .selectFrom('penaltyPayment')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('paidOn')
      .orderBy('createdAt')
      .execute();
  },
  insertPayment(db: Executor, row: Insertable<PenaltyPaymentTable>) {
    return db.insertInto('penaltyPayment').values(row).execute();
  },
  updatePayment(db: Executor, id: string, patch: Updateable<PenaltyPaymentTable>) {
    return db.updateTable('penaltyPayment').set(patch).where('id', '=', id).executeTakeFirst();
  },
  plans(db: Executor, caseId: string) {
    return db
      .selectFrom('paymentPlan')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('createdAt')
      .execute();
  },
  insertPlan(db: Executor, row: Insertable<PaymentPlanTable>) {
    return db.insertInto('paymentPlan').values(row).execute();
  },
  demands(db: Executor, caseId: string) {
    return db
      .selectFrom('enforcementDemand')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('servedOn')
      .execute();
  },
  insertDemand(db: Executor, row: Insertable<EnforcementDemandTable>) {
    return db.insertInto('enforcementDemand').values(row).execute();
  },
  courtApplications(db: Executor, caseId: string) {
    return db
      .selectFrom('courtApplication')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('appliedOn')
      .execute();
  },
  insertCourtApplication(db: Executor, row: Insertable<CourtApplicationTable>) {
    return db.insertInto('courtApplication').values(row).execute();
  },

  // ---- seizures ----
  seizures(db: Executor, caseId: string) {
    return db
      .selectFrom('seizure')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('seizedOn')
      .orderBy('createdAt')
      .execute();
  },
  insertSeizure(db: Executor, row: Insertable<SeizureTable>) {
    return db.insertInto('seizure').values(row).execute();
  },
  updateSeizure(db: Executor, id: string, patch: Updateable<SeizureTable>) {
    return db.updateTable('seizure').set(patch).where('id', '=', id).executeTakeFirst();
  },
  seizureTestings(db: Executor, caseId: string) {
    return db
      .selectFrom('seizureTesting')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('startedOn')
      .orderBy('createdAt')
      .execute();
  },
  insertSeizureTesting(db: Executor, row: Insertable<SeizureTestingTable>) {
    return db.insertInto('seizureTesting').values(row).execute();
  },

  // ---- orders to correct ----
  orders(db: Executor, caseId: string) {
    return db
      .selectFrom('correctionOrder')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('orderedOn')
      .orderBy('createdAt')
      .execute();
  },
  insertOrder(db: Executor, row: Insertable<CorrectionOrderTable>) {
    return db.insertInto('correctionOrder').values(row).execute();
  },
  rechecks(db: Executor, caseId: string) {
    return db
      .selectFrom('correctionRecheck')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('recheckedOn')
      .orderBy('createdAt')
      .execute();
  },
  insertRecheck(db: Executor, row: Insertable<CorrectionRecheckTable>) {
    return db.insertInto('correctionRecheck').values(row).execute();
  },
  dailyPenalties(db: Executor, caseId: string) {
    return db
      .selectFrom('dailyPenalty')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('lastDay')
      .orderBy('createdAt')
      .execute();
  },
  insertDailyPenalty(db: Executor, row: Insertable<DailyPenaltyTable>) {
    return db.insertInto('dailyPenalty').values(row).execute();
  },

  // ---- summary decisions ----
  summary(db: Executor, caseId: string) {
    return db.selectFrom('summaryDecision').selectAll().where('caseId', '=', caseId).executeTakeFirst();
  },
  summaryByForm(db: Executor, formNumber: string) {
    return db
      .selectFrom('summaryDecision')
      .select('caseId')
      .where('formNumber', '=', formNumber)
      .executeTakeFirst();
  },
  insertSummary(db: Executor, row: Insertable<SummaryDecisionTable>) {
    markWritten(db, 'summaryDecision', row.caseId);
    return db.insertInto('summaryDecision').values(row).execute();
  },
  fileSummary(db: Executor, caseId: string, filedOn: string) {
    return db
      .updateTable('summaryDecision')
      .set({ filedOn })
      .where('caseId', '=', caseId)
      .where('filedOn', 'is', null)
      .executeTakeFirst();
  },

  // ---- outcomes ----
  outcomes(db: Executor, caseId: string) {
    return db
      .selectFrom('caseOutcome')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('createdAt')
      .execute();
  },
  insertOutcome(db: Executor, row: Insertable<CaseOutcomeTable>) {
    return db.insertInto('caseOutcome').values(row).execute();
  },
};

export type ServiceRow = Awaited<ReturnType<typeof executionRepository.services>>[number];
export type PaymentRow = Awaited<ReturnType<typeof executionRepository.payments>>[number];
export type SeizureRow = Awaited<ReturnType<typeof executionRepository.seizures>>[number];
export type OrderRow = Awaited<ReturnType<typeof executionRepository.orders>>[number];
export type RecheckRow = Awaited<ReturnType<typeof executionRepository.rechecks>>[number];
export type DailyPenaltyRow = Awaited<ReturnType<typeof executionRepository.dailyPenalties>>[number];
export type OutcomeRow = Awaited<ReturnType<typeof executionRepository.outcomes>>[number];
export type SummaryRow = NonNullable<Awaited<ReturnType<typeof executionRepository.summary>>>;
