/** Codes of the case workflow shared by the server and the web (stable API values). */

export const CASE_KINDS = ['penalty', 'coercion', 'inspection', 'permit'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** The contract's stages, in order: 立案, 调查取证, 审核决定, 送达执行, 结案归档. */
export const STAGES = ['initiated', 'investigation', 'decision', 'execution', 'archived'] as const;
export type Stage = (typeof STAGES)[number];

/** Audio/video activities (contract codes): 现场执法/检查, 调查取证, 听证, 留置/公告送达, 查封扣押, 强制拆除. */
export const MEDIA_ACTIVITIES = [
  'onsite_inspection',
  'investigation',
  'hearing',
  'service',
  'seizure',
  'demolition',
] as const;
export type MediaActivity = (typeof MEDIA_ACTIVITIES)[number];

/** A case's state beside its stage. */
export const CASE_STATUSES = ['open', 'suspended', 'terminated'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The procedure a case follows: 普通程序, or 简易程序 (decided on the spot, no 立案; APL Art. 51). */
export const CASE_PROCEDURES = ['general', 'summary'] as const;
export type CaseProcedure = (typeof CASE_PROCEDURES)[number];

/** Kinds of period that stop the decision clock. MEE-30 Art. 35-36, 57 [S]. */
export const EXCLUDED_PERIOD_KINDS = [
  'testing', // 检测
  'monitoring', // 监测
  'appraisal', // 鉴定
  'announcement', // 公告
  'expert_review', // 专家论证
  'hearing', // 听证
] as const;
export type ExcludedPeriodKind = (typeof EXCLUDED_PERIOD_KINDS)[number];
/** A suspension (中止) also stops the clock until the case resumes. */
export type PeriodKind = ExcludedPeriodKind | 'suspension';

/** Parties: a natural person, an organisation, or an individual business (个体工商户). */
export const PARTY_TYPES = ['person', 'organization', 'individual_business'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

/** Where a clue (案源) came from, and what became of it. */
export const CLUE_SOURCES = [
  'complaint',
  'inspection',
  'random_inspection',
  'transfer',
  'monitoring',
] as const;
export type ClueSource = (typeof CLUE_SOURCES)[number];
export const CLUE_STATUSES = ['open', 'filed', 'not_filed', 'transferred'] as const;
export type ClueStatus = (typeof CLUE_STATUSES)[number];

/** Requests a head grants or rejects. */
export const APPROVAL_KINDS = [
  'decision_extension',
  'suspension',
  'resumption',
  'evidence_preservation',
  'termination',
  'recusal',
  // execution module: APL Art. 66 para 2 (deferral, instalments); ACL Art. 25 (one seizure extension)
  'payment_deferral',
  'payment_instalments',
  'seizure_extension',
] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];
export const APPROVAL_STATUSES = ['pending', 'granted', 'rejected'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** How a deadline is counted and where it stands. */
export const PERIOD_UNITS = ['working_days', 'calendar_days'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
export const DEADLINE_STATUSES = ['open', 'paused', 'met', 'cancelled'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** Requests of 送达执行, made from the case's execution tab (deferral, instalments, a seizure's extension). */
export const EXECUTION_APPROVAL_KINDS = [
  'payment_deferral',
  'payment_instalments',
  'seizure_extension',
] as const satisfies readonly ApprovalKind[];
export type ExecutionApprovalKind = (typeof EXECUTION_APPROVAL_KINDS)[number];
export function isExecutionApproval(kind: string): kind is ExecutionApprovalKind {
  return (EXECUTION_APPROVAL_KINDS as readonly string[]).includes(kind);
}
