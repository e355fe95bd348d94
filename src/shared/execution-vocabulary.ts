import { PENALTY_TYPE_LABELS } from './review-vocabulary.js';

/**
 * Codes of 送达执行 and 结案 shared by the server and the web (stable API values), each with its one
 * Chinese label table. The legal sources are cited where the server's rules use them
 * (`modules/execution/*.rules.ts`).
 */

/** 直接, 邮寄, 留置, 电子, 公告送达. APL Art. 61; 民事诉讼法 Art. 88-95. */
export const SERVICE_METHODS = ['direct', 'mail', 'left_at_premises', 'electronic', 'announcement'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];
export const SERVICE_METHOD_LABELS = {
  direct: '直接送达',
  mail: '邮寄送达',
  left_at_premises: '留置送达',
  electronic: '电子送达',
  announcement: '公告送达',
} as const satisfies Record<ServiceMethod, string>;

/** 留置送达 and 公告送达 are recorded on audio/video (activity `service`). */
export const SERVICE_AV_METHODS: readonly ServiceMethod[] = ['left_at_premises', 'announcement'];

/** Electronic service only with the party's signed consent (确认书). */
export const CONSENT_METHODS: readonly ServiceMethod[] = ['electronic'];

/** What is served: the decision, a 按日连续处罚 decision, a record of the case, another document. */
export const SERVICE_DOCUMENT_KINDS = ['decision', 'daily_penalty', 'record', 'other'] as const;
export type ServiceDocumentKind = (typeof SERVICE_DOCUMENT_KINDS)[number];
export const SERVICE_DOCUMENT_KIND_LABELS = {
  decision: '处理决定书',
  daily_penalty: '按日连续处罚决定书',
  record: '本案其他文书',
  other: '其他文书',
} as const satisfies Record<ServiceDocumentKind, string>;

/** 指定银行, 电子支付系统, 当场收缴. APL Art. 67-69. */
export const PAYMENT_METHODS = ['bank', 'electronic', 'onsite'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS = {
  bank: '指定银行缴纳',
  electronic: '电子支付系统缴纳',
  onsite: '当场收缴',
} as const satisfies Record<PaymentMethod, string>;

/** Grounds of on-the-spot collection: ≤100 元 after a summary decision, hard to execute later, a remote area. */
export const ONSITE_GROUNDS = ['small_fine', 'hard_to_execute', 'remote_area'] as const;
export type OnsiteGround = (typeof ONSITE_GROUNDS)[number];
/** APL Art. 68-69, in the law's words. */
export const ONSITE_GROUND_LABELS = {
  small_fine: '依简易程序处一百元以下罚款',
  hard_to_execute: '依简易程序作出，不当场收缴事后难以执行',
  remote_area: '在边远、水上、交通不便地区，当事人到指定银行缴纳确有困难，经当事人提出',
} as const satisfies Record<OnsiteGround, string>;
/** On-the-spot collection of a summary decision's fine: 100 元 or less (APL Art. 68(1)). */
export const ONSITE_COLLECTION_MAX_YUAN = 100;

/** A deferral or an instalment plan granted by the head. APL Art. 66 para 2. */
export const PAYMENT_PLANS = ['deferral', 'instalments'] as const;
export type PaymentPlan = (typeof PAYMENT_PLANS)[number];
export const PAYMENT_PLAN_LABELS = {
  deferral: '延期缴纳',
  instalments: '分期缴纳',
} as const satisfies Record<PaymentPlan, string>;

/** 查封 (seal) and 扣押 (detain). ACL Art. 9. */
export const SEIZURE_MEASURES = ['seal', 'detain'] as const;
export type SeizureMeasure = (typeof SEIZURE_MEASURES)[number];
export const SEIZURE_MEASURE_LABELS = {
  seal: '查封',
  detain: '扣押',
} as const satisfies Record<SeizureMeasure, string>;
/** At most 30 days, extended once by at most 30 days. ACL Art. 25. */
export const SEIZURE_MAX_DAYS = 30;
export const SEIZURE_EXTENSION_MAX_DAYS = 30;
export const SEIZURE_STATUSES = ['in_force', 'expired', 'lifted'] as const;
export type SeizureStatus = (typeof SEIZURE_STATUSES)[number];
export const SEIZURE_STATUS_LABELS = {
  in_force: '查封扣押中',
  expired: '期限已届满，未解除',
  lifted: '已解除',
} as const satisfies Record<SeizureStatus, string>;

/** Why a seizure ends (解除). ACL Art. 28. */
/** What stops a seizure's term (ACL Art. 25(3)): 检测、检验、检疫或者技术鉴定. */
export const SEIZURE_TESTING_KINDS = ['testing', 'inspection', 'quarantine', 'appraisal'] as const;
export type SeizureTestingKind = (typeof SEIZURE_TESTING_KINDS)[number];
export const SEIZURE_TESTING_KIND_LABELS = {
  testing: '检测',
  inspection: '检验',
  quarantine: '检疫',
  appraisal: '技术鉴定',
} as const satisfies Record<SeizureTestingKind, string>;

export const LIFT_REASONS = ['no_violation', 'unrelated', 'decided', 'expired', 'other'] as const;
export type LiftReason = (typeof LIFT_REASONS)[number];
/** ACL Art. 28, in the law's words. */
export const LIFT_REASON_LABELS = {
  no_violation: '当事人没有违法行为',
  unrelated: '查封扣押的场所、设施或者财物与违法行为无关',
  decided: '已对违法行为作出处理决定，不再需要查封扣押',
  expired: '查封扣押期限已经届满',
  other: '其他不再需要采取查封扣押措施的情形',
} as const satisfies Record<LiftReason, string>;

/** The result of a recheck of an order to correct. 按日连续处罚办法 Art. 10. */
export const RECHECK_RESULTS = ['corrected', 'not_corrected'] as const;
export type RecheckResult = (typeof RECHECK_RESULTS)[number];
export const RECHECK_RESULT_LABELS = {
  corrected: '已改正',
  not_corrected: '拒不改正',
} as const satisfies Record<RecheckResult, string>;
export const ORDER_STATUSES = ['awaiting_recheck', ...RECHECK_RESULTS] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const ORDER_STATUS_LABELS = {
  awaiting_recheck: '待复查',
  ...RECHECK_RESULT_LABELS,
} as const satisfies Record<OrderStatus, string>;

/** Outcomes appended to a case, archived or not: 行政复议, 行政诉讼, court enforcement. */
export const OUTCOME_KINDS = ['reconsideration', 'litigation', 'court_enforcement'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const OUTCOME_KIND_LABELS = {
  reconsideration: '行政复议',
  litigation: '行政诉讼',
  court_enforcement: '法院强制执行',
} as const satisfies Record<OutcomeKind, string>;
/**
 * What a 复议 or 诉讼 does to the decision: maintained (维持 / 驳回诉讼请求), changed (变更), revoked
 * (撤销), confirmed illegal (确认违法), or the application withdrawn (撤回 / 撤诉). 行政复议法 (2023)
 * Art. 63-69 [?]; 行政诉讼法 Art. 62, 69-77.
 */
export const REMEDY_RESULTS = ['maintained', 'changed', 'revoked', 'confirmed_illegal', 'withdrawn'] as const;
export type RemedyResult = (typeof REMEDY_RESULTS)[number];
export const REMEDY_RESULT_LABELS = {
  maintained: '维持',
  changed: '变更',
  revoked: '撤销',
  confirmed_illegal: '确认违法',
  withdrawn: '撤回申请（起诉）',
} as const satisfies Record<RemedyResult, string>;
/** 准予执行, 不准予执行, 执行完毕, 部分执行, 终结执行. ACL Art. 57-58. */
export const COURT_ENFORCEMENT_RESULTS = ['permitted', 'refused', 'completed', 'partial', 'ended'] as const;
export type CourtEnforcementResult = (typeof COURT_ENFORCEMENT_RESULTS)[number];
export const COURT_ENFORCEMENT_RESULT_LABELS = {
  permitted: '裁定准予执行',
  refused: '裁定不准予执行',
  completed: '执行完毕',
  partial: '部分执行',
  ended: '终结执行',
} as const satisfies Record<CourtEnforcementResult, string>;
/** 一审, 二审, 再审. */
export const LITIGATION_INSTANCES = ['first', 'second', 'retrial'] as const;
export type LitigationInstance = (typeof LITIGATION_INSTANCES)[number];
export const LITIGATION_INSTANCE_LABELS = {
  first: '一审',
  second: '二审',
  retrial: '再审',
} as const satisfies Record<LitigationInstance, string>;

/** 简易程序: only a warning or a fine. APL Art. 51. */
export const SUMMARY_PENALTY_TYPES = ['warning', 'fine'] as const;
export type SummaryPenaltyType = (typeof SUMMARY_PENALTY_TYPES)[number];
export const SUMMARY_PENALTY_TYPE_LABELS = {
  warning: PENALTY_TYPE_LABELS.warning,
  fine: PENALTY_TYPE_LABELS.fine,
} as const satisfies Record<SummaryPenaltyType, string>;
/** Fines of at most 200 元 for a citizen (an 个体工商户 counts as one), 3,000 元 for an organisation. APL Art. 51. */
export const SUMMARY_FINE_LIMIT_PERSON = 200;
export const SUMMARY_FINE_LIMIT_ORGANISATION = 3_000;

export function summaryFineLimit(partyType: 'person' | 'organization' | 'individual_business'): number {
  return partyType === 'organization' ? SUMMARY_FINE_LIMIT_ORGANISATION : SUMMARY_FINE_LIMIT_PERSON;
}

/** What the late fee is computed on (APL Art. 72; the parameter `execution.lateFeeBase`, see payment.rules.ts). */
export const LATE_FEE_BASES = ['unpaid', 'fine'] as const;
export type LateFeeBase = (typeof LATE_FEE_BASES)[number];
export const LATE_FEE_BASE_LABELS = {
  unpaid: '按未缴罚款数额计算',
  fine: '按罚款数额计算',
} as const satisfies Record<LateFeeBase, string>;
