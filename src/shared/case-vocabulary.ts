/**
 * Codes of the case workflow shared by the server and the web (stable API values), each with its
 * one Chinese label table: the Word documents, the web and the statistics print these.
 */

export const CASE_KINDS = ['penalty', 'coercion', 'inspection', 'permit'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_KIND_LABELS = {
  penalty: '行政处罚',
  coercion: '行政强制',
  inspection: '行政检查',
  permit: '行政许可',
} as const satisfies Record<CaseKind, string>;

/** The contract's stages, in order: 立案, 调查取证, 审核决定, 送达执行, 结案归档. */
export const STAGES = ['initiated', 'investigation', 'decision', 'execution', 'archived'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS = {
  initiated: '立案',
  investigation: '调查取证',
  decision: '审核决定',
  execution: '送达执行',
  archived: '结案归档',
} as const satisfies Record<Stage, string>;

/** Audio/video activities (contract codes): 现场执法（检查）, 调查取证, 听证, 留置/公告送达, 查封扣押, 强制拆除. */
export const MEDIA_ACTIVITIES = [
  'onsite_inspection',
  'investigation',
  'hearing',
  'service',
  'seizure',
  'demolition',
] as const;
export type MediaActivity = (typeof MEDIA_ACTIVITIES)[number];
/**
 * GD-REC Art. 14 names 现场执法, 调查取证, 举行听证, 留置送达和公告送达; Art. 14, 19-20 the continuous
 * recording of 查封扣押 and 强制拆除. `onsite_inspection` is the statute's 现场执法 (of which 现场检查
 * is the common case), written with the bracket of legal drafting, never a slash.
 */
export const MEDIA_ACTIVITY_LABELS = {
  onsite_inspection: '现场执法（检查）',
  investigation: '调查取证',
  hearing: '听证',
  service: '留置送达、公告送达',
  seizure: '查封扣押',
  demolition: '强制拆除',
} as const satisfies Record<MediaActivity, string>;

/**
 * A case is handled (open), suspended (中止), terminated (终止) or closed (结案). The case row stores
 * the first three (`StoredCaseStatus`); `closed` is what an archived case that was not terminated
 * reads as wherever people see it (`caseStatusOf`: the API's case answers, hence the back office).
 */
export const CASE_STATUSES = ['open', 'suspended', 'terminated', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type StoredCaseStatus = Exclude<CaseStatus, 'closed'>;
export const CASE_STATUS_LABELS = {
  open: '办理中',
  suspended: '已中止',
  terminated: '已终止',
  closed: '已结案',
} as const satisfies Record<CaseStatus, string>;

/** The status a case shows: an archived case still marked open is closed (已结案), not 办理中. */
export function caseStatusOf(stage: Stage, status: StoredCaseStatus): CaseStatus {
  return stage === 'archived' && status === 'open' ? 'closed' : status;
}

/** The party: a citizen, a legal person or other organisation, an 个体工商户 (APL Art. 4). */
export const PARTY_TYPES = ['person', 'organization', 'individual_business'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];
export const PARTY_TYPE_LABELS = {
  person: '自然人',
  organization: '法人或者其他组织',
  individual_business: '个体工商户',
} as const satisfies Record<PartyType, string>;

/**
 * Kinds of period that stop the decision clock. MEE-30 Art. 57 para 2 [S] names 听证、公告、监测、鉴定、
 * 送达; 检测 (testing) and 专家论证 (expert review) are not in its text and stay as unconfirmed
 * options [?] (`UNCONFIRMED_PERIOD_KINDS`, marked so in the form).
 */
export const EXCLUDED_PERIOD_KINDS = [
  'hearing',
  'announcement',
  'monitoring',
  'appraisal',
  'service',
  'testing',
  'expert_review',
] as const;
export type ExcludedPeriodKind = (typeof EXCLUDED_PERIOD_KINDS)[number];
/** Excluded-period kinds the MEE-30 text does not name [?]: offered, and marked as unconfirmed. */
export const UNCONFIRMED_PERIOD_KINDS: readonly ExcludedPeriodKind[] = ['testing', 'expert_review'];
/** A suspension (中止) also stops the clock until the case resumes. */
export const PERIOD_KINDS = [...EXCLUDED_PERIOD_KINDS, 'suspension'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_KIND_LABELS = {
  testing: '检测',
  monitoring: '监测',
  appraisal: '鉴定',
  announcement: '公告',
  expert_review: '专家论证',
  hearing: '听证',
  service: '送达',
  suspension: '中止',
} as const satisfies Record<PeriodKind, string>;

/** Requests a head grants or rejects (the cases module's approvals; other modules add kinds). */
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
export const APPROVAL_KIND_LABELS = {
  decision_extension: '延长办案期限',
  suspension: '案件中止',
  resumption: '恢复案件办理',
  evidence_preservation: '先行登记保存证据',
  termination: '案件终止',
  recusal: '执法人员回避',
  payment_deferral: '延期缴纳罚款',
  payment_instalments: '分期缴纳罚款',
  seizure_extension: '延长查封扣押期限',
} as const satisfies Record<ApprovalKind, string>;

export const APPROVAL_STATUSES = ['pending', 'granted', 'rejected'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
export const APPROVAL_STATUS_LABELS = {
  pending: '待审批',
  granted: '已批准',
  rejected: '不予批准',
} as const satisfies Record<ApprovalStatus, string>;

/** Deadlines tracked on a case (a per-object one is stored as `<kind>:<id>`); sources in `cases/case-deadlines.ts`. */
export const DEADLINE_KINDS = [
  'decision',
  'evidence_preservation',
  'legal_review',
  'decision_service',
  'payment',
  'court_application',
  'seizure',
  'onsite_hand_in',
  'correction_recheck',
  'disclosure',
  'disclosure_withdrawal',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
/** Deadlines of 送达执行 (the case page's execution tab handles them). */
export const EXECUTION_DEADLINE_KINDS = [
  'decision_service',
  'payment',
  'court_application',
  'seizure',
  'onsite_hand_in',
  'correction_recheck',
] as const satisfies readonly DeadlineKind[];
export const DEADLINE_KIND_LABELS = {
  decision: '作出处罚决定',
  evidence_preservation: '对先行登记保存的证据作出处理决定',
  legal_review: '法制审核',
  decision_service: '送达行政处罚决定书',
  payment: '缴纳罚没款',
  court_application: '申请人民法院强制执行',
  seizure: '查封扣押期限届满',
  onsite_hand_in: '当场收缴的罚款交至本机关',
  correction_recheck: '对责令改正情况进行复查',
  disclosure: '公示执法决定',
  disclosure_withdrawal: '撤回已公示的执法决定',
} as const satisfies Record<DeadlineKind, string>;

export const DEADLINE_STATUSES = ['open', 'paused', 'met', 'cancelled'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];
export const DEADLINE_STATUS_LABELS = {
  open: '计时中',
  paused: '暂停计时',
  met: '已完成',
  cancelled: '已取消',
} as const satisfies Record<DeadlineStatus, string>;

/** The procedure a case follows: 普通程序, or 简易程序 (decided on the spot, no 立案; APL Art. 51). */
export const CASE_PROCEDURES = ['general', 'summary'] as const;
export type CaseProcedure = (typeof CASE_PROCEDURES)[number];
export const CASE_PROCEDURE_LABELS = {
  general: '普通程序',
  summary: '简易程序',
} as const satisfies Record<CaseProcedure, string>;

/** Where a clue (案源) came from, and what became of it. */
export const CLUE_SOURCES = [
  'complaint',
  'inspection',
  'random_inspection',
  'transfer',
  'monitoring',
] as const;
export type ClueSource = (typeof CLUE_SOURCES)[number];
export const CLUE_SOURCE_LABELS = {
  complaint: '投诉举报',
  inspection: '监督检查',
  random_inspection: '双随机抽查',
  transfer: '移送',
  monitoring: '监测发现',
} as const satisfies Record<ClueSource, string>;
export const CLUE_STATUSES = ['open', 'filed', 'not_filed', 'transferred'] as const;
export type ClueStatus = (typeof CLUE_STATUSES)[number];
export const CLUE_STATUS_LABELS = {
  open: '待核查',
  filed: '已立案',
  not_filed: '不予立案',
  transferred: '已移送',
} as const satisfies Record<ClueStatus, string>;

/** How a period is counted: working days or calendar days (each deadline carries its own). */
export const PERIOD_UNITS = ['working_days', 'calendar_days'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
export const PERIOD_UNIT_LABELS = {
  working_days: '工作日',
  calendar_days: '日',
} as const satisfies Record<PeriodUnit, string>;

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
