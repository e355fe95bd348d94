import { z } from 'zod';
import { isoDate, text } from '../../platform/http/common.schema.js';
import { CIRCUMSTANCES, DECISION_OUTCOMES, PENALTY_TYPES, REVIEW_CHECKLIST } from './review.rules.js';

const amount = z
  .number()
  .min(0)
  .max(1e12)
  .refine((v) => Math.round(v * 100) === v * 100, { message: '金额最多两位小数' });

export const penalty = z.object({ type: z.enum(PENALTY_TYPES), amount: amount.optional() });

/** The contract's decision body. */
export const decisionBody = z.object({
  documentNumber: text(100),
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

const checklistKeys = REVIEW_CHECKLIST.map((i) => i.key) as [string, ...string[]];
export const opinionBody = z.object({
  outcome: z.enum(['approved', 'returned']),
  checklist: z.record(
    z.enum(checklistKeys),
    z.object({ ok: z.boolean(), note: z.string().max(2000).optional() }).or(z.boolean()),
  ),
  opinion: text(20_000),
});

export const legalReview = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  caseTitle: z.string(),
  round: z.number(),
  status: z.enum(['pending', 'approved', 'returned']),
  /** Approved, or the head adopted the handling unit's position after a dispute. */
  passed: z.boolean(),
  draft: z.record(z.string(), z.unknown()),
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
      decision: z.enum(['uphold_opinion', 'adopt_unit_position']).nullable(),
      reason: z.string().nullable(),
      decidedBy: z.string().nullable(),
      decidedAt: z.string().nullable(),
    })
    .nullable(),
  conflicts: z.array(z.object({ reviewerId: z.string(), reason: z.string(), declaredAt: z.string() })),
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
  decision: z.enum(['uphold_opinion', 'adopt_unit_position']),
  reason: text(2000),
});

export const qualificationBody = z.object({
  kind: z.enum(['certificate', 'pre_existing', 'none']),
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
