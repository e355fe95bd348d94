import { z } from 'zod';
import {
  APPROVAL_KINDS,
  APPROVAL_STATUSES,
  CASE_KINDS,
  CASE_PROCEDURES,
  CASE_STATUSES,
  CLUE_SOURCES,
  CLUE_STATUSES,
  DEADLINE_STATUSES,
  EXCLUDED_PERIOD_KINDS,
  PARTY_TYPES,
  PERIOD_UNITS,
  STAGES,
} from '../case-vocabulary.js';
import { CASE_EVENT_TYPES } from '../case-event-labels.js';
import { CERTIFICATE_STATUSES } from '../org-vocabulary.js';
import { creditCodeProblem, residentIdProblem } from '../party-identity.js';
import { id, isoDate, pageQuery, text } from './common.js';

export const caseKind = z.enum(CASE_KINDS);
export const stage = z.enum(STAGES);

/** An upper-cased identity number whose problem (length, characters, check character) is said in words. */
const identityNumber = (problem: (value: string) => string | null) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .max(40)
    .superRefine((value, ctx) => {
      const message = problem(value);
      if (message !== null) ctx.addIssue({ code: 'custom', message });
    });

export const partyInput = z.object({
  type: z.enum(PARTY_TYPES),
  name: text(200),
  idNumber: identityNumber(residentIdProblem).optional(),
  creditCode: identityNumber(creditCodeProblem).optional(),
  legalRepresentative: text(50).optional(),
  address: text(300).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{5,30}$/, '电话号码格式不正确')
    .optional(),
});

export const createCaseBody = z.object({
  kind: caseKind,
  title: text(200),
  party: partyInput,
  officerIds: z.array(id).min(1).max(10),
  /** When the violation ended (for the limitation period); absent for a continuing violation. */
  violationEndedOn: isoDate.optional(),
  /** When it was discovered (default: today, China time). */
  discoveredOn: isoDate.optional(),
  /** Life, health or financial safety harmed: limitation 5 years instead of 2 (APL Art. 36). */
  graveHarm: z.boolean().optional(),
  clueId: id.optional(),
});
export type CreateCaseInput = z.infer<typeof createCaseBody>;

export const createdCase = z.object({ id: z.string(), number: z.string(), kind: caseKind, stage });

export const blocker = z.object({ code: z.string(), message: z.string(), missing: z.array(z.string()) });
export const deadline = z.object({
  kind: z.string(),
  label: z.string(),
  source: z.string(),
  startsOn: z.string(),
  days: z.number(),
  unit: z.enum(PERIOD_UNITS),
  due: z.string(),
  provisional: z.boolean(),
  status: z.enum(DEADLINE_STATUSES),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
});

export const caseView = z.object({
  id: z.string(),
  number: z.string(),
  kind: caseKind,
  title: z.string(),
  stage,
  status: z.enum(CASE_STATUSES),
  departmentId: z.string(),
  party: z.object({
    type: z.enum(PARTY_TYPES),
    name: z.string(),
    idNumber: z.string().nullable(),
    creditCode: z.string().nullable(),
    legalRepresentative: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  discoveredOn: z.string(),
  violationEndedOn: z.string().nullable(),
  graveHarm: z.boolean(),
  limitationLastDay: z.string().nullable(),
  filedOn: z.string().nullable(),
  /** general (普通程序) or summary (简易程序: decided on the spot, no 立案). */
  procedure: z.enum(CASE_PROCEDURES),
  officers: z.array(
    z.object({
      accountId: z.string(),
      name: z.string(),
      certificateNo: z.string().nullable(),
      certificateStatus: z.enum([...CERTIFICATE_STATUSES, 'none']),
      assignedAt: z.string(),
      removedAt: z.string().nullable(),
      removedReason: z.string().nullable(),
    }),
  ),
  nextStage: stage.nullable(),
  blockers: z.array(blocker),
  deadlines: z.array(deadline),
  recordingScript: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
  /** What the caller may do on this case, decided by the server (which checks again on each call). */
  abilities: z.object({
    /** An assigned officer: writes records, media, periods, requests and execution entries. */
    write: z.boolean(),
    /** A head whose scope holds the case: moves stages, decides requests, makes the decision. */
    approve: z.boolean(),
  }),
});
export type CaseView = z.infer<typeof caseView>;
/** The case without the caller's abilities (what documents and the case file print). */
export type CaseDetails = Omit<CaseView, 'abilities'>;

export const caseListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  kind: caseKind.optional(),
  stage: stage.optional(),
  ...pageQuery,
});
export const caseSummary = z.object({
  id: z.string(),
  number: z.string(),
  kind: caseKind,
  title: z.string(),
  stage,
  status: z.enum(CASE_STATUSES),
  partyName: z.string(),
  departmentId: z.string(),
  createdAt: z.string(),
});
export const caseList = z.object({ items: z.array(caseSummary), total: z.number() });

export const advanceBody = z.object({ to: stage });
export const addOfficerBody = z.object({ accountId: id });

export const approvalRequestBody = z.object({
  kind: z.enum(APPROVAL_KINDS),
  reason: text(2000),
  /** recusal: the officer concerned and who applied; decision_extension: days (≤30) and basis; evidence_preservation: the evidence item; seizure_extension, payment_deferral, payment_instalments: see below. */
  payload: z
    .object({
      officerId: id.optional(),
      applicant: z.enum(['party', 'officer']).optional(),
      days: z.number().int().min(1).max(30).optional(),
      basis: z.enum(['head', 'collective_discussion']).optional(),
      evidenceId: id.optional(),
      /** seizure_extension: the seizure (with `days`, ≤30). */
      seizureId: id.optional(),
      /** payment_deferral: the new last day to pay. */
      dueOn: isoDate.optional(),
      /** payment_instalments: the schedule, amounts in yuan summing to what is unpaid. */
      instalments: z
        .array(
          z.object({
            dueOn: isoDate,
            amount: z
              .number()
              .positive()
              .max(1e12)
              .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: '金额最多两位小数' }),
          }),
        )
        .min(1)
        .max(60)
        .optional(),
    })
    .strict()
    .default({}),
});
export type ApprovalRequestInput = z.infer<typeof approvalRequestBody>;
export const approvalDecisionBody = z.object({ grant: z.boolean(), reason: text(2000) });
export const approval = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string().optional(),
  caseTitle: z.string().optional(),
  kind: z.string(),
  payload: z.record(z.string(), z.unknown()),
  reason: z.string(),
  status: z.enum(APPROVAL_STATUSES),
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});
export const approvalList = z.object({ items: z.array(approval) });

/**
 * A case waiting for the head's 立案 approval (open, in stage `initiated`: made by the officers,
 * approved by the head's move to 调查取证), with what still stops the approval.
 */
export const pendingFiling = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  caseTitle: z.string(),
  kind: caseKind,
  partyName: z.string(),
  departmentId: z.string(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  blockers: z.array(blocker),
});
export const pendingFilingList = z.object({ items: z.array(pendingFiling) });

export const periodBody = z.object({
  kind: z.enum(EXCLUDED_PERIOD_KINDS),
  startedOn: isoDate,
  note: text(1000),
});
export const endPeriodBody = z.object({ endedOn: isoDate });
export const period = z.object({
  id: z.string(),
  kind: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  note: z.string(),
});
export const periodList = z.object({ items: z.array(period) });

export const timeline = z.object({
  items: z.array(
    z.object({
      seq: z.number(),
      at: z.string(),
      actorName: z.string(),
      /** One of the case events (`src/shared/case-event-labels.ts`; each detail's schema in `case-events.ts`). */
      type: z.enum(CASE_EVENT_TYPES),
      summary: z.string(),
      detail: z.record(z.string(), z.unknown()),
    }),
  ),
});

export const deadlineListQuery = z.object({
  within: z.enum(['overdue', 'due_soon', 'all_open']).default('all_open'),
});
export const deadlineList = z.object({
  items: z.array(
    deadline.extend({ caseId: z.string(), caseNumber: z.string(), caseTitle: z.string(), stage }),
  ),
});
export const caseIdParams = z.object({ id });

export const periodParams = z.object({ id, periodId: id });

/** 案源线索 with the 立案 check period. */
export const clue = z.object({
  id: z.string(),
  source: z.enum(CLUE_SOURCES),
  title: z.string(),
  description: z.string(),
  partyName: z.string().nullable(),
  location: z.string().nullable(),
  discoveredOn: z.string(),
  departmentId: z.string(),
  status: z.enum(CLUE_STATUSES),
  extended: z.boolean(),
  checkDue: z.string(),
  checkDays: z.number(),
  provisional: z.boolean(),
  overdue: z.boolean(),
  resolution: z.string().nullable(),
  transferTo: z.string().nullable(),
  transferReceipt: z.string().nullable(),
  caseId: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export const clueList = z.object({ items: z.array(clue) });
export const clueListQuery = z.object({ status: z.enum(CLUE_STATUSES).optional() });
export const createClueBody = z.object({
  source: z.enum(CLUE_SOURCES),
  title: text(200),
  description: text(5000),
  partyName: text(200).optional(),
  location: text(300).optional(),
  discoveredOn: isoDate,
});
export type CreateClueInput = z.infer<typeof createClueBody>;
export const fileClueBody = createCaseBody.omit({ clueId: true, discoveredOn: true });
export const filedClue = z.object({ clue, case: createdCase });
export const reasonBody = z.object({ reason: text(2000) });
export const transferClueBody = z.object({ to: text(200), receipt: text(500) });
