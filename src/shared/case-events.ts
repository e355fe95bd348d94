/**
 * The case timeline's events (stable API values): the types and labels (`case-event-labels.ts`, free
 * of zod for the web) and here the schema of each type's `detail`. `CaseEvent` is the discriminated
 * union on `type`: the server types every event it records with it (a wrong type or detail does not
 * type-check) and checks the detail against its schema before writing; the web shows the label.
 */
import { z } from 'zod';
import { CASE_KINDS, MEDIA_ACTIVITIES, STAGES } from './case-vocabulary.js';
import {
  COURT_ENFORCEMENT_RESULTS,
  LIFT_REASONS,
  OUTCOME_KINDS,
  PAYMENT_METHODS,
  RECHECK_RESULTS,
  REMEDY_RESULTS,
  SERVICE_DOCUMENT_KINDS,
  SERVICE_METHODS,
} from './execution-vocabulary.js';
import { DECISION_OUTCOMES, DISPUTE_DECISIONS, PENALTY_TYPES } from './review-vocabulary.js';
import { CASE_EVENT_TYPES, type CaseEventType } from './case-event-labels.js';

export {
  CASE_EVENT_LABELS,
  CASE_EVENT_TYPES,
  caseEventLabel,
  isCaseEventType,
  type CaseEventType,
} from './case-event-labels.js';

const id = z.string().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Kinds that still live in a server module (excluded periods, approvals, records, evidence): codes. */
const code = z.string().min(1);
/** Amounts in 元 as shown (cents / 100). */
const yuan = z.number();

const reviewRound = z.object({ reviewId: id, round: z.number().int(), opinionRecordId: id });
const recordAdded = z.object({ recordId: id, type: code, version: z.number().int(), seriesId: id });
const approvalDecided = z.object({ approvalId: id, kind: code });

/** The schema of each event type's detail. */
export const CASE_EVENT_DETAILS = {
  created: z.object({ number: z.string(), kind: z.enum(CASE_KINDS), officerIds: z.array(id) }),
  stage_changed: z.object({ from: z.enum(STAGES), to: z.enum(STAGES) }),
  officer_assigned: z.object({ accountId: id }),
  period_opened: z.object({ periodId: id, kind: code, startedOn: isoDate }),
  period_ended: z.object({ periodId: id, endedOn: isoDate }),
  approval_requested: z.object({ approvalId: id, kind: code, payload: z.record(z.string(), z.unknown()) }),
  approval_granted: approvalDecided,
  approval_rejected: approvalDecided,
  record_added: recordAdded,
  supplementary_record_added: recordAdded,
  record_signed: z.object({ recordId: id }),
  record_sealed: z.object({ recordId: id }),
  media_added: z.object({
    mediaId: id,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().nonnegative(),
    activity: z.enum(MEDIA_ACTIVITIES),
    late: z.boolean(),
    warnings: z.array(z.string()),
  }),
  evidence_added: z.object({ evidenceId: id, evidenceType: code }),
  evidence_preservation_decided: z.object({ evidenceId: id, outcome: code, decidedOn: isoDate }),
  evaluated: z.object({
    evaluationId: id,
    checklistVersion: z.number().int(),
    total: z.number(),
    grade: z.string(),
  }),
  legal_review_submitted: z.object({
    reviewId: id,
    round: z.number().int(),
    due: isoDate,
    matched: z.array(z.string()),
  }),
  legal_review_extended: z.object({ reviewId: id, due: isoDate }),
  legal_review_approved: reviewRound,
  legal_review_returned: reviewRound,
  legal_review_conflict_declared: z.object({ reviewId: id, reviewerId: id }),
  legal_review_disputed: z.object({ reviewId: id, round: z.number().int() }),
  legal_review_coordinated: z.object({ reviewId: id, decision: z.enum(DISPUTE_DECISIONS) }),
  decided: z.object({
    decisionId: id,
    outcome: z.enum(DECISION_OUTCOMES),
    major: z.boolean(),
    legalReviewId: id.nullable(),
  }),
  decision_document_regenerated: z.object({ recordId: id, version: z.number().int(), reason: z.string() }),
  summary_decided: z.object({
    formNumber: z.string(),
    decidedOn: isoDate,
    penalties: z.array(z.object({ type: z.enum(PENALTY_TYPES), amount: yuan.optional() })),
  }),
  summary_filed: z.object({ formNumber: z.string(), filedOn: isoDate }),
  service_consent_recorded: z.object({ consentId: id, signedOn: isoDate }),
  document_served: z.object({
    serviceId: id,
    documentKind: z.enum(SERVICE_DOCUMENT_KINDS),
    method: z.enum(SERVICE_METHODS),
    servedOn: isoDate,
  }),
  payment_recorded: z.object({
    paymentId: id,
    amount: yuan,
    paidOn: isoDate,
    method: z.enum(PAYMENT_METHODS),
  }),
  onsite_collection_handed_in: z.object({
    paymentId: id,
    handedInOn: isoDate,
    due: isoDate.nullable(),
    late: z.boolean(),
  }),
  enforcement_demand_served: z.object({ demandId: id, servedOn: isoDate, waitEndsOn: isoDate }),
  court_enforcement_applied: z.object({ applicationId: id, appliedOn: isoDate, unpaid: yuan }),
  seizure_recorded: z.object({ seizureId: id, seizedOn: isoDate, endsOn: isoDate }),
  seizure_testing_recorded: z.object({
    seizureId: id,
    testingId: id,
    startedOn: isoDate,
    endsOn: isoDate,
    seizureEndsOn: isoDate,
  }),
  seizure_lifted: z.object({
    seizureId: id,
    liftedOn: isoDate,
    liftReason: z.enum(LIFT_REASONS),
    liftNote: z.string().nullable(),
    overdue: z.boolean(),
  }),
  correction_ordered: z.object({ orderId: id, dueOn: isoDate, recheckDue: isoDate }),
  correction_rechecked: z.object({
    orderId: id,
    recheckId: id,
    recheckedOn: isoDate,
    result: z.enum(RECHECK_RESULTS),
  }),
  daily_penalty_decided: z.object({
    dailyPenaltyId: id,
    orderId: id,
    firstDay: isoDate,
    lastDay: isoDate,
    days: z.number().int().positive(),
    total: yuan,
  }),
  outcome_appended: z.object({
    outcomeId: id,
    kind: z.enum(OUTCOME_KINDS),
    result: z.enum([...REMEDY_RESULTS, ...COURT_ENFORCEMENT_RESULTS]),
    recordId: id,
  }),
} satisfies { [K in CaseEventType]: z.ZodObject };

/** The detail an event of this type carries. */
export type CaseEventDetail<K extends CaseEventType> = z.input<(typeof CASE_EVENT_DETAILS)[K]>;

/** One event: its type and the detail of that type (a discriminated union on `type`). */
export type CaseEvent = { [K in CaseEventType]: { type: K; detail: CaseEventDetail<K> } }[CaseEventType];

/** Checks an event's detail against its type's schema; the problems, or an empty list. */
export function caseEventProblems(event: { type: CaseEventType; detail: unknown }): string[] {
  const result = CASE_EVENT_DETAILS[event.type].safeParse(event.detail);
  return result.success
    ? []
    : result.error.issues.map((i) => `${i.path.join('.') || '(detail)'}: ${i.message}`);
}

const timelineEntryOf = <K extends CaseEventType>(type: K) =>
  z.object({
    seq: z.number(),
    at: z.string(),
    actorName: z.string(),
    type: z.literal(type),
    summary: z.string(),
    detail: CASE_EVENT_DETAILS[type],
  });

/**
 * A timeline entry (`GET /cases/:id/timeline` items) with its detail checked per type. Details are
 * checked when written (`CaseEvents.record`); rows written before that check may differ, so a response
 * schema serving old data can take `type: z.enum(CASE_EVENT_TYPES)` with a plain record as detail.
 */
export const caseEventSchema = z.discriminatedUnion('type', [
  timelineEntryOf(CASE_EVENT_TYPES[0]),
  ...CASE_EVENT_TYPES.slice(1).map(timelineEntryOf),
]);
