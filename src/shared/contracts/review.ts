import { z } from 'zod';
import {
  CIRCUMSTANCES,
  DECISION_OUTCOMES,
  DISPUTE_DECISIONS,
  PENALTY_TYPES,
  QUALIFICATION_KINDS,
  REVIEW_CHECKLIST_KEYS,
  REVIEW_STATUSES,
} from '../review-vocabulary.js';
import { isoDate, optionalText, text } from './common.js';

const amount = z
  .number()
  .min(0)
  .max(1e12)
  .refine((v) => Math.round(v * 100) === v * 100, { message: '金额最多两位小数' });

export const penalty = z.object({ type: z.enum(PENALTY_TYPES), amount: amount.optional() });

/** The contract's decision body. */
export const decisionBody = z.object({
  /**
   * 文号: issued by the system at the decision when absent (the next of the pattern and year); when
   * given (e.g. a number taken on paper) it must follow the pattern and be unused.
   */
  documentNumber: optionalText(100),
  outcome: z.enum(DECISION_OUTCOMES).default('penalty'),
  summary: text(500),
  facts: text(20_000),
  basis: text(5_000),
  decidedOn: isoDate,
  penalties: z.array(penalty).max(20).default([]),
  /** 裁量基准 applied and the reason (广东省生态环境行政处罚自由裁量权规定 [S]). */
  discretion: z.object({ standard: text(500), reason: text(2_000) }).optional(),
});
export type DecisionInput = z.infer<typeof decisionBody>;

export const reviewSubmitBody = z.object({
  draft: decisionBody,
  /** Circumstances an officer flags with a reason (catalog rules by circumstance). */
  circumstances: z
    .array(z.object({ code: z.enum(CIRCUMSTANCES), reason: text(1000) }))
    .max(4)
    .default([]),
});

export const opinionBody = z.object({
  outcome: z.enum(['approved', 'returned']),
  checklist: z.record(
    z.enum(REVIEW_CHECKLIST_KEYS),
    z.object({ ok: z.boolean(), note: z.string().max(2000).optional() }).or(z.boolean()),
  ),
  opinion: text(20_000),
});

/**
 * A round's draft as it was submitted: the decision body with the flagged circumstances. Every
 * field is optional in the answer, so drafts stored before a field existed still read.
 */
export const reviewDraft = z
  .object({
    documentNumber: z.string(),
    outcome: z.enum(DECISION_OUTCOMES),
    summary: z.string(),
    facts: z.string(),
    basis: z.string(),
    decidedOn: z.string(),
    penalties: z.array(z.object({ type: z.enum(PENALTY_TYPES), amount: z.number().optional() })),
    discretion: z.object({ standard: z.string(), reason: z.string() }),
    circumstances: z.array(z.object({ code: z.enum(CIRCUMSTANCES), reason: z.string() })),
  })
  .partial();

export const legalReview = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  caseTitle: z.string(),
  round: z.number(),
  status: z.enum(REVIEW_STATUSES),
  /** Approved, or the head adopted the handling unit's position after a dispute. */
  passed: z.boolean(),
  draft: reviewDraft,
  matchedRules: z.array(z.object({ id: z.string(), text: z.string(), source: z.string() })),
  submittedBy: z.string(),
  submittedAt: z.string(),
  receivedOn: z.string(),
  due: z.string(),
  extended: z.boolean(),
  extensionReason: z.string().nullable(),
  overdue: z.boolean(),
  reviewerId: z.string().nullable(),
  opinion: z.string().nullable(),
  checklist: z.record(z.string(), z.unknown()).nullable(),
  decidedAt: z.string().nullable(),
  opinionRecordId: z.string().nullable(),
  dispute: z
    .object({
      position: z.string(),
      raisedBy: z.string(),
      raisedAt: z.string(),
      decision: z.enum(DISPUTE_DECISIONS).nullable(),
      reason: z.string().nullable(),
      decidedBy: z.string().nullable(),
      decidedAt: z.string().nullable(),
    })
    .nullable(),
  conflicts: z.array(z.object({ reviewerId: z.string(), reason: z.string(), declaredAt: z.string() })),
  /** What the caller may do on this round, decided by the server (which checks again on each call). */
  abilities: z.object({
    /** A legal reviewer who is not a handler of the case and has declared no conflict; the round pending. */
    opinion: z.boolean(),
    /** A legal reviewer who has not yet declared a conflict with the case; the round pending. */
    declareConflict: z.boolean(),
    /** The head, once, while the round is pending. */
    extend: z.boolean(),
    /** An assigned officer, on the latest round when it was returned and not yet disputed. */
    dispute: z.boolean(),
    /** The head, while a dispute awaits coordination. */
    coordinate: z.boolean(),
  }),
});

export const decisionCheckBody = decisionBody.extend({
  circumstances: reviewSubmitBody.shape.circumstances,
});
export const decisionCheck = z.object({
  major: z.boolean(),
  matchedRules: z.array(z.object({ id: z.string(), text: z.string(), source: z.string() })),
  blockers: z.array(z.object({ code: z.string(), missing: z.array(z.string()) })),
  hearingRight: z.boolean(),
  warnings: z.array(z.string()),
});

export const coordinationBody = z.object({
  decision: z.enum(DISPUTE_DECISIONS),
  reason: text(2000),
});

export const qualificationBody = z.object({
  kind: z.enum([...QUALIFICATION_KINDS, 'none']),
  certificateNo: z.string().max(60).optional(),
});

export const decision = z.object({
  id: z.string(),
  caseId: z.string(),
  documentNumber: z.string(),
  outcome: z.enum(DECISION_OUTCOMES),
  summary: z.string(),
  facts: z.string(),
  basis: z.string(),
  decidedOn: z.string(),
  penalties: z.array(penalty),
  major: z.boolean(),
  legalReviewId: z.string().nullable(),
  createdAt: z.string(),
  discretion: z.object({ standard: z.string(), reason: z.string() }).nullable(),
});

export const catalogRule = z.discriminatedUnion('kind', [
  z.object({
    id: z.string().max(40),
    kind: z.literal('penalty_type'),
    penaltyTypes: z.array(z.enum(PENALTY_TYPES)).min(1),
    text: text(300),
    source: text(500),
  }),
  z.object({
    id: z.string().max(40),
    kind: z.literal('amount'),
    personThreshold: amount,
    organisationThreshold: amount,
    text: text(300),
    source: text(500),
  }),
  z.object({
    id: z.string().max(40),
    kind: z.literal('circumstance'),
    circumstance: z.enum(CIRCUMSTANCES),
    text: text(300),
    source: text(500),
  }),
  z.object({ id: z.string().max(40), kind: z.literal('free'), text: text(300), source: text(500) }),
]);
export const catalog = z.object({
  id: z.string(),
  version: z.number(),
  effectiveFrom: z.string(),
  publishedAt: z.string(),
  rules: z.array(catalogRule),
});

/** Penalties as a decision stores them (`caseDecision.penalties`, `summaryDecision.penalties`), amounts in 元. */
export const storedPenalties = z.array(
  z.object({ type: z.enum(PENALTY_TYPES), amount: z.number().optional() }),
);
/** The discretion standard applied and the reason, as a decision stores it. */
export const storedDiscretion = z.object({ standard: z.string(), reason: z.string() });

export const catalogBody = z.object({ rules: z.array(catalogRule).min(1).max(100) });
export const legalReviewList = z.object({ items: z.array(legalReview) });
export const reasonBody = z.object({ reason: text(2000) });

/**
 * The party's side of the procedure before a penalty decision: the latest prior notice, when the party
 * received it (its service, or a waiver's receipt date), what a waiver gave up, when the statement
 * and hearing request windows end, and the hearing requests not yet held nor withdrawn.
 */
export const decisionProcedure = z.object({
  notice: z
    .object({
      recordId: z.string(),
      documentNumber: z.string().nullable(),
      issuedOn: z.string(),
      hearingRight: z.boolean(),
      receivedOn: z.string().nullable(),
      waived: z.object({ statement: z.boolean(), hearing: z.boolean() }).nullable(),
      /** The last day of the windows still running; null when none runs (waived) or not yet received. */
      windowEnds: z.string().nullable(),
    })
    .nullable(),
  pendingHearingRequests: z.array(z.string()),
  /** The statement window in working days (parameter `procedure.statementDays`). */
  statementDays: z.number().int(),
  /** The hearing request window in working days (APL Art. 64(1)). */
  hearingDays: z.number().int(),
});
export const disputeBody = z.object({ position: text(5000) });
export const extensionResult = z.object({ due: z.string() });

/** Legal reviewers and their 法律职业资格 (APL Art. 58). */
export const reviewer = z.object({
  id: z.string(),
  name: z.string(),
  active: z.boolean(),
  departmentName: z.string(),
  qualification: z
    .object({ kind: z.enum(QUALIFICATION_KINDS), certificateNo: z.string().nullable() })
    .nullable(),
  qualified: z.boolean(),
});
export const reviewerList = z.object({ items: z.array(reviewer) });
export const qualification = z.object({
  accountId: z.string(),
  kind: z.enum([...QUALIFICATION_KINDS, 'none']),
  certificateNo: z.string().nullable(),
});

/** The staffing indicator: reviewers ≥ 5 % of a unit's officers, at least one. */
export const staffing = z.object({
  ratio: z.number(),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      officers: z.number(),
      reviewers: z.number(),
      required: z.number(),
      sufficient: z.boolean(),
    }),
  ),
});
