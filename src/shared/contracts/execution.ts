import { z } from 'zod';
import {
  COURT_ENFORCEMENT_RESULTS,
  LATE_FEE_BASES,
  LIFT_REASONS,
  ONSITE_GROUNDS,
  OUTCOME_KINDS,
  RECHECK_RESULTS,
  REMEDY_RESULTS,
  SEIZURE_MAX_DAYS,
  SEIZURE_MEASURES,
  SEIZURE_TESTING_KINDS,
  SERVICE_METHODS,
} from '../execution-vocabulary.js';
import { PENALTY_TYPES } from '../review-vocabulary.js';
import { partyInput } from './cases.js';
import { id, isoDate, optionalText, text } from './common.js';

/** Yuan with at most two decimals. */
const money = z
  .number()
  .min(0)
  .max(1e12)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: '金额最多两位小数' });
const positiveMoney = money.refine((v) => v > 0, { message: '金额须大于零' });
const dateTime = z.iso.datetime({ offset: true });

// ---- service ----

export const consentBody = z.object({
  address: text(300),
  signedOn: isoDate,
  note: optionalText(1000),
});
export const consent = z.object({
  id: z.string(),
  address: z.string(),
  signedOn: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const serviceBody = z.object({
  /** What is served: the decision, a daily penalty decision, a record of the case, or another document. */
  document: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('decision') }),
    z.object({ kind: z.literal('daily_penalty'), dailyPenaltyId: id }),
    z.object({ kind: z.literal('record'), recordId: id }),
    z.object({ kind: z.literal('other'), name: text(200), number: optionalText(100) }),
  ]),
  method: z.enum(SERVICE_METHODS),
  recipient: text(200),
  /** 送达人 (default: the signed-in officer). */
  server: optionalText(100),
  /** The signing date on the receipt (direct, 留置: the day left; mail: the return receipt; electronic: arrival). */
  receivedOn: isoDate.optional(),
  /** 公告送达: the announcement date (served when the announcement period has passed). */
  announcedOn: isoDate.optional(),
  announcementMedium: optionalText(200),
  /** 留置 and 公告: the audio/video of the service (activity `service`); default any such media of the case. */
  mediaId: id.optional(),
  trackingNumber: optionalText(100),
  electronicAddress: optionalText(300),
  signedBy: optionalText(100),
  refusalNote: optionalText(1000),
  note: optionalText(1000),
});
export type ServiceInput = z.infer<typeof serviceBody>;

export const service = z.object({
  id: z.string(),
  source: z.enum(['entry', 'record']),
  documentKind: z.enum(['decision', 'daily_penalty', 'record', 'other']),
  documentRef: z.string().nullable(),
  documentName: z.string(),
  documentNumber: z.string().nullable(),
  method: z.enum(SERVICE_METHODS).nullable(),
  recipient: z.string().nullable(),
  receivedOn: z.string().nullable(),
  announcedOn: z.string().nullable(),
  servedOn: z.string(),
  mediaId: z.string().nullable(),
  receiptRecordId: z.string().nullable(),
  createdAt: z.string(),
});

// ---- payment ----

export const paymentBody = z.object({
  /** The amount paid, late fee included (元). */
  amount: positiveMoney,
  /** Of which 加处罚款. */
  lateFee: money.optional(),
  paidOn: isoDate,
  receiptNumber: text(100),
  method: z.enum(['bank', 'electronic', 'onsite']),
  /** On-the-spot collection: ≤100 元 after a summary decision (default), hard to execute later, or a remote area. */
  onsiteGround: z.enum(ONSITE_GROUNDS).optional(),
  payer: optionalText(200),
});
export type PaymentInput = z.infer<typeof paymentBody>;
export const handInBody = z.object({ handedInOn: isoDate });

export const payment = z.object({
  id: z.string(),
  source: z.enum(['entry', 'record']),
  amount: z.number().nullable(),
  principal: z.number(),
  lateFee: z.number(),
  paidOn: z.string(),
  receiptNumber: z.string().nullable(),
  method: z.string().nullable(),
  onsiteGround: z.string().nullable(),
  handedInOn: z.string().nullable(),
  handInDue: z.string().nullable(),
  assumedFull: z.boolean(),
  receiptRecordId: z.string().nullable(),
});

export const demandBody = z.object({
  servedOn: isoDate,
  documentNumber: optionalText(100),
  note: optionalText(1000),
});
export const demand = z.object({
  id: z.string(),
  servedOn: z.string(),
  documentNumber: z.string().nullable(),
  note: z.string().nullable(),
  waitEndsOn: z.string(),
  createdAt: z.string(),
});

export const courtApplicationBody = z.object({
  appliedOn: isoDate,
  court: text(200),
  courtCaseNumber: optionalText(100),
  note: optionalText(1000),
});
export const courtApplication = z.object({
  id: z.string(),
  appliedOn: z.string(),
  court: z.string(),
  courtCaseNumber: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

// ---- seizures ----

const seizedItem = z.union([
  text(200),
  z.object({
    name: text(200),
    spec: optionalText(100),
    quantity: z.number().min(0).max(1e9).optional(),
    unit: optionalText(20),
    location: optionalText(200),
  }),
]);
export const seizureBody = z.object({
  measure: z.enum(SEIZURE_MEASURES),
  items: z.array(seizedItem).min(1).max(200),
  decisionNumber: text(100),
  seizedOn: isoDate,
  periodDays: z.number().int().min(1).max(SEIZURE_MAX_DAYS).default(SEIZURE_MAX_DAYS),
});
export const liftBody = z.object({
  liftedOn: isoDate,
  reason: z.enum(LIFT_REASONS),
  note: optionalText(1000),
});
/** A period of 检测、检验、检疫或者技术鉴定 outside the seizure's term, told to the party in writing (ACL Art. 25(3)). */
export const seizureTestingBody = z.object({
  kind: z.enum(SEIZURE_TESTING_KINDS),
  startedOn: isoDate,
  /** The period is stated ("应当明确"): its last day. */
  endsOn: isoDate,
  /** The day the party was told of it in writing. */
  toldOn: isoDate,
  note: optionalText(1000),
});
export const seizureTesting = z.object({
  id: z.string(),
  kind: z.enum(SEIZURE_TESTING_KINDS),
  startedOn: z.string(),
  endsOn: z.string(),
  toldOn: z.string(),
  note: z.string().nullable(),
});
export const seizure = z.object({
  id: z.string(),
  measure: z.enum(SEIZURE_MEASURES),
  items: z.array(z.unknown()),
  decisionNumber: z.string(),
  seizedOn: z.string(),
  periodDays: z.number(),
  extensionDays: z.number(),
  extendedOn: z.string().nullable(),
  /** Days of testing periods, outside the term. */
  testingDays: z.number(),
  testings: z.array(seizureTesting),
  endsOn: z.string(),
  /** Lifted after the term ended (ACL Art. 27: the disposal is due within the term). */
  disposedLate: z.boolean(),
  liftedOn: z.string().nullable(),
  liftReason: z.string().nullable(),
  liftNote: z.string().nullable(),
  status: z.enum(['in_force', 'expired', 'lifted']),
});

// ---- orders to correct ----

export const orderBody = z.object({
  documentNumber: text(100),
  requirements: text(5000),
  orderedOn: isoDate,
  /** Served on the party (default: the day ordered, on the spot). */
  servedOn: isoDate.optional(),
  /** 改正期限. */
  dueOn: isoDate,
});
export const recheckBody = z.object({
  recheckedOn: isoDate,
  result: z.enum(RECHECK_RESULTS),
  note: text(2000),
});
export const dailyPenaltyBody = z.object({
  decisionNumber: text(100),
  decidedOn: isoDate,
  /** The original penalty per day (原处罚数额). */
  dailyAmount: positiveMoney,
  /**
   * The facts and basis of the decision, as reviewed when the catalog makes it major; default: the
   * order refused as the recheck found, 环境保护法 Art. 59.
   */
  facts: optionalText(20_000),
  basis: optionalText(5_000),
});
export const recheck = z.object({
  id: z.string(),
  orderId: z.string(),
  recheckedOn: z.string(),
  result: z.enum(RECHECK_RESULTS),
  note: z.string(),
  createdAt: z.string(),
});
export const dailyPenalty = z.object({
  id: z.string(),
  orderId: z.string(),
  decisionNumber: z.string(),
  decidedOn: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
  days: z.number(),
  dailyAmount: z.number(),
  total: z.number(),
  servedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
});
export const correctionOrder = z.object({
  id: z.string(),
  documentNumber: z.string(),
  requirements: z.string(),
  orderedOn: z.string(),
  servedOn: z.string(),
  dueOn: z.string(),
  recheckDue: z.string(),
  status: z.enum(['awaiting_recheck', ...RECHECK_RESULTS]),
  rechecks: z.array(recheck),
  dailyPenalties: z.array(dailyPenalty),
});

// ---- summary procedure ----

export const summaryBody = z.object({
  title: optionalText(200),
  party: partyInput,
  officerIds: z.array(id).min(1).max(10),
  /** The number printed on the pre-numbered form (APL Art. 52). */
  formNumber: text(50),
  decidedAt: dateTime,
  violationAt: dateTime.optional(),
  location: text(300),
  facts: text(5000),
  basis: text(2000),
  penalties: z
    .array(z.object({ type: z.enum(PENALTY_TYPES), amount: positiveMoney.optional() }))
    .min(1)
    .max(5),
  paymentMethod: z.enum(['bank', 'electronic', 'onsite']).optional(),
  partyStatement: optionalText(2000),
});
export type SummaryInput = z.infer<typeof summaryBody>;
export const summaryDecision = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  stage: z.string(),
  formNumber: z.string(),
  decidedAt: z.string(),
  decidedOn: z.string(),
  location: z.string(),
  penalties: z.array(z.object({ type: z.string(), amount: z.number().optional() })),
  filedOn: z.string().nullable(),
  recordId: z.string().nullable(),
});
export const filingBody = z.object({ filedOn: isoDate });

// ---- outcomes ----

const outcomeCommon = {
  decidedOn: isoDate,
  /** 复议机关 or the court. */
  body: text(200),
  appliedOn: isoDate.optional(),
  documentNumber: optionalText(100),
  summary: optionalText(5000),
};
export const outcomeBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reconsideration'), result: z.enum(REMEDY_RESULTS), ...outcomeCommon }),
  z.object({
    kind: z.literal('litigation'),
    result: z.enum(REMEDY_RESULTS),
    instance: z.enum(['first', 'second', 'retrial']).default('first'),
    ...outcomeCommon,
  }),
  z.object({
    kind: z.literal('court_enforcement'),
    result: z.enum(COURT_ENFORCEMENT_RESULTS),
    amount: money.optional(),
    ...outcomeCommon,
  }),
]);
export type OutcomeInput = z.infer<typeof outcomeBody>;
export const outcome = z.object({
  id: z.string(),
  kind: z.enum(OUTCOME_KINDS),
  result: z.string(),
  decidedOn: z.string(),
  body: z.string(),
  documentNumber: z.string().nullable(),
  summary: z.string().nullable(),
  amount: z.number().nullable(),
  recordId: z.string().nullable(),
  supplementary: z.boolean(),
  createdAt: z.string(),
});

// ---- the summary view ----

export const execution = z.object({
  caseId: z.string(),
  stage: z.string(),
  status: z.string(),
  asOf: z.string(),
  decision: z
    .object({
      source: z.enum(['decision', 'summary']),
      documentNumber: z.string(),
      decidedOn: z.string(),
      outcome: z.string(),
    })
    .nullable(),
  consent: consent.nullable(),
  service: z.array(service),
  decisionServedOn: z.string().nullable(),
  serviceDue: z.string().nullable(),
  serviceLate: z.boolean(),
  payment: z
    .object({
      amount: z.number(),
      fine: z.number(),
      paid: z.number(),
      unpaid: z.number(),
      overdue: z.number(),
      dueOn: z.string().nullable(),
      lateFee: z.number(),
      lateFeeDays: z.number(),
      lateFeeCapped: z.boolean(),
      lateFeePaid: z.number(),
      lateFeeBase: z.enum(LATE_FEE_BASES),
      plan: z.enum(['deferral', 'instalments']).nullable(),
      instalments: z.array(
        z.object({ dueOn: z.string(), amount: z.number(), paid: z.number(), overdue: z.boolean() }),
      ),
      payments: z.array(payment),
    })
    .nullable(),
  seizures: z.array(seizure),
  correctionOrders: z.array(correctionOrder),
  demand: demand.nullable(),
  courtApplication: courtApplication.nullable(),
  courtWindow: z.object({ remedyEndsOn: z.string(), opensOn: z.string(), closesOn: z.string() }).nullable(),
  outcomes: z.array(outcome),
  summaryDecision: z
    .object({
      formNumber: z.string(),
      decidedAt: z.string(),
      location: z.string(),
      filedOn: z.string().nullable(),
    })
    .nullable(),
  complete: z.boolean(),
  missing: z.array(z.string()),
});

export const paymentParams = z.object({ id, paymentId: id });
export const seizureParams = z.object({ id, seizureId: id });
export const orderParams = z.object({ id, orderId: id });
