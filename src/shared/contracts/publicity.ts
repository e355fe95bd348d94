import { z } from 'zod';
import {
  CORRECTION_RESULTS,
  CORRECTION_STATUSES,
  DISCLOSURE_KINDS,
  DISCLOSURE_STATUSES,
  DISCLOSURE_STEPS,
  HOLD_REASONS,
  PUBLIC_PARTY_TYPES,
  REDACTION_KINDS,
  TOKEN_SCOPES,
  WITHDRAWAL_GROUNDS,
} from '../publicity-vocabulary.js';
import { id, isoDate, optionalText, page, pageQuery, text } from './common.js';

// ---- what is published -------------------------------------------------------------------------

/**
 * The summary form of a published decision (GD-PUB Art. 13): 决定书文号, 案件名称, 当事人类型,
 * 违法事实, 法律依据, 执法决定, 执法主体, 日期. The party's name is not a summary field.
 */
export const disclosureSummary = z.object({
  documentNumber: z.string().nullable(),
  caseName: z.string(),
  partyType: z.enum(PUBLIC_PARTY_TYPES),
  facts: z.string(),
  basis: z.string(),
  decision: z.string(),
  body: z.string(),
  decidedOn: isoDate,
});
export type DisclosureSummary = z.infer<typeof disclosureSummary>;

/** The summary's text fields a 填报人 may edit in a draft (the rest follows the decision). */
export const summaryEdit = z.object({
  caseName: optionalText(200),
  facts: optionalText(20_000),
  basis: optionalText(5_000),
  decision: optionalText(5_000),
});

/** A redaction found in a text: offsets into the original, the kind and what replaces it. */
export const redactionSpan = z.object({
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(REDACTION_KINDS),
  replacement: z.string(),
  source: z.enum(['auto', 'manual']),
});

/** A checker's decision on a piece of text: mask it wherever it appears, or show it (a false hit). */
export const redactionMark = z.object({
  text: z.string().trim().min(1).max(200),
  action: z.enum(['mask', 'unmask']),
});
export type RedactionMark = z.infer<typeof redactionMark>;

/** One text of the item, side by side: the original (back office only) and the redacted text. */
export const redactedText = z.object({
  field: z.string(),
  original: z.string(),
  redacted: z.string(),
  spans: z.array(redactionSpan),
});

// ---- the back office ---------------------------------------------------------------------------

export const disclosureCreateBody = z.object({ caseId: id });

export const disclosureEditBody = z.object({ summary: summaryEdit });

export const disclosureMarksBody = z.object({ marks: z.array(redactionMark).max(200) });

export const disclosureCheckBody = z.object({
  ok: z.boolean(),
  comment: z.string().trim().max(2000).optional(),
});

export const disclosureHoldBody = z.object({ reason: z.enum(HOLD_REASONS), note: text(2000) });

export const disclosureWithdrawBody = z.object({
  reason: text(2000),
  ground: z.enum(WITHDRAWAL_GROUNDS).optional(),
});

export const disclosureReopenBody = z.object({ reason: text(2000) });

/** The approver sends an item back to 填报 (a hold request refused, or a publication not approved). */
export const disclosureReturnBody = z.object({ comment: text(2000) });

/** Due state of an item: its publication (or withdrawal) against today. */
export const DUE_STATES = ['open', 'due_soon', 'overdue', 'met', 'late'] as const;

export const disclosureListQuery = z.object({
  status: z.enum(DISCLOSURE_STATUSES).optional(),
  due: z.enum(['due_soon', 'overdue']).optional(),
  departmentId: id.optional(),
  ...pageQuery,
});

export const disclosureListItem = z.object({
  id,
  caseId: id,
  caseNumber: z.string(),
  caseTitle: z.string(),
  kind: z.enum(DISCLOSURE_KINDS),
  status: z.enum(DISCLOSURE_STATUSES),
  departmentId: id,
  departmentName: z.string(),
  documentNumber: z.string().nullable(),
  decidedOn: isoDate,
  due: isoDate,
  dueState: z.enum(DUE_STATES),
  withdrawalDue: isoDate.nullable(),
  withdrawalDueState: z.enum(DUE_STATES).nullable(),
  version: z.number().int(),
  publishedAt: z.string().nullable(),
});

export const disclosureList = page(disclosureListItem);

export const disclosureStepView = z.object({
  step: z.enum(DISCLOSURE_STEPS),
  actorName: z.string().nullable(),
  comment: z.string().nullable(),
  at: z.string(),
});

export const disclosure = disclosureListItem.extend({
  summary: disclosureSummary,
  texts: z.array(redactedText),
  marks: z.array(redactionMark),
  hold: z.object({ reason: z.enum(HOLD_REASONS), note: z.string() }).nullable(),
  withdrawalGround: z.enum(WITHDRAWAL_GROUNDS).nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  filledBy: z.string().nullable(),
  checkedBy: z.string().nullable(),
  steps: z.array(disclosureStepView),
  /** What the caller may do now (each call checks again). */
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    check: z.boolean(),
    approve: z.boolean(),
    /** send back to 填报 (the approver; refuses a hold request) */
    return: z.boolean(),
    withdraw: z.boolean(),
    reopen: z.boolean(),
  }),
});

export const disclosureCreated = disclosure;

// ---- the portal (no session) ---------------------------------------------------------------------

export const publicDecisionQuery = z.object({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(DISCLOSURE_KINDS).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unit: id.optional(),
  partyType: z.enum(PUBLIC_PARTY_TYPES).optional(),
  page: pageQuery.page,
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

const withdrawal = z.object({ reason: z.string(), withdrawnAt: z.string() });

export const publicDecisionItem = z.object({
  id,
  version: z.number().int(),
  status: z.enum(['published', 'withdrawn']),
  kind: z.enum(DISCLOSURE_KINDS),
  title: z.string(),
  documentNumber: z.string().nullable(),
  partyType: z.enum(PUBLIC_PARTY_TYPES),
  decidedOn: isoDate,
  publishedAt: z.string(),
  unit: z.string(),
  excerpt: z.string(),
  withdrawal: withdrawal.nullable(),
  reason: z.string().optional(),
});

export const publicDecisionList = page(publicDecisionItem);

export const publicVersionRef = z.object({
  version: z.number().int(),
  publishedAt: z.string(),
  supersededAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
});

export const publicDecision = publicDecisionItem.extend({
  summary: disclosureSummary,
  fullText: z.string(),
  versions: z.array(publicVersionRef),
});

export const publicVersionParams = z.object({ id, version: z.coerce.number().int().min(1).max(10_000) });

export const publicDecisionFilters = z.object({
  kinds: z.array(z.enum(DISCLOSURE_KINDS)),
  years: z.array(z.number().int()),
  units: z.array(z.object({ id, name: z.string() })),
});

// ---- correction requests (纠错申请) --------------------------------------------------------------

export const correctionBody = z.object({
  publicId: id.optional(),
  content: text(5000),
  contact: text(200),
});

export const correctionReceipt = z.object({ trackingCode: z.string() });

export const trackingParams = z.object({ trackingCode: z.string().trim().min(6).max(40) });

export const correctionPublicStatus = z.object({
  status: z.enum(CORRECTION_STATUSES),
  result: z.enum(CORRECTION_RESULTS).optional(),
  answer: z.string().optional(),
  answeredAt: z.string().optional(),
});

export const correctionListQuery = z.object({ status: z.enum(CORRECTION_STATUSES).optional(), ...pageQuery });

export const correctionItem = z.object({
  id,
  trackingCode: z.string(),
  publicId: id.nullable(),
  publicTitle: z.string().nullable(),
  content: z.string(),
  contact: z.string(),
  status: z.enum(CORRECTION_STATUSES),
  result: z.enum(CORRECTION_RESULTS).nullable(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
});

export const correctionList = page(correctionItem);

export const correctionAnswerBody = z.object({ result: z.enum(CORRECTION_RESULTS), answer: text(5000) });

// ---- integrator tokens and the credit feed ----------------------------------------------------------

export const tokenCreateBody = z.object({ name: text(100), scope: z.enum(TOKEN_SCOPES) });

export const apiToken = z.object({
  id,
  name: z.string(),
  scope: z.enum(TOKEN_SCOPES),
  prefix: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

/** The token itself is shown once, when it is created; only its hash is stored. */
export const apiTokenCreated = apiToken.extend({ token: z.string() });

export const apiTokenList = z.object({ items: z.array(apiToken) });

export const creditFeedQuery = z.object({
  since: isoDate.optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

/** A 双公示 penalty or permit record (domain-rules §1; field list [S]). */
export const creditRecord = z.object({
  recordId: z.string(),
  version: z.number().int(),
  status: z.enum(['published', 'withdrawn']),
  partyName: z.string(),
  partyCategory: z.string(),
  creditCode: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  idType: z.string().nullable(),
  idNumber: z.string().nullable(),
  documentNumber: z.string().nullable(),
  violationType: z.string(),
  facts: z.string(),
  basis: z.string(),
  penaltyCategories: z.string(),
  penaltyContent: z.string(),
  fineWan: z.number().nullable(),
  confiscationWan: z.number().nullable(),
  licence: z.string().nullable(),
  decidedOn: isoDate,
  validUntil: isoDate,
  publicUntil: isoDate,
  authority: z.string(),
  authorityCreditCode: z.string().nullable(),
  sourceUnit: z.string(),
  note: z.string(),
  changedAt: z.string(),
  withdrawalReason: z.string().nullable(),
});

export const creditFeed = z.object({
  since: isoDate.nullable(),
  generatedAt: z.string(),
  items: z.array(creditRecord),
});
