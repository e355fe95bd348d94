/**
 * The case timeline's event types and their Chinese labels (stable API values). Free of zod so that the
 * web can import it without adding zod to its bundle; the detail schemas are in `case-events.ts`.
 */

/** Every event type of the timeline, in the order a case usually meets them. */
export const CASE_EVENT_TYPES = [
  // 立案, officers, excluded periods (modules/cases)
  'created',
  'stage_changed',
  'officer_assigned',
  'period_opened',
  'period_ended',
  'approval_requested',
  'approval_granted',
  'approval_rejected',
  // records, media, evidence, evaluation (modules/records)
  'record_added',
  'supplementary_record_added',
  'record_signed',
  'record_sealed',
  'media_added',
  'evidence_added',
  'evidence_preservation_decided',
  'evaluated',
  // 法制审核 and the decision (modules/review)
  'legal_review_submitted',
  'legal_review_extended',
  'legal_review_approved',
  'legal_review_returned',
  'legal_review_conflict_declared',
  'legal_review_disputed',
  'legal_review_coordinated',
  'decided',
  'decision_document_regenerated',
  // 送达执行 (modules/execution)
  'summary_decided',
  'summary_filed',
  'service_consent_recorded',
  'document_served',
  'payment_recorded',
  'onsite_collection_handed_in',
  'enforcement_demand_served',
  'court_enforcement_applied',
  'seizure_recorded',
  'seizure_testing_recorded',
  'seizure_lifted',
  'correction_ordered',
  'correction_rechecked',
  'daily_penalty_decided',
  'outcome_appended',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** What happened, as the timeline names it (the server's summary adds the particulars). */
export const CASE_EVENT_LABELS = {
  created: '创建案件',
  stage_changed: '阶段变更',
  officer_assigned: '指派执法人员',
  period_opened: '不计入办案期限的期间开始',
  period_ended: '不计入办案期限的期间结束',
  approval_requested: '提出审批申请',
  approval_granted: '批准',
  approval_rejected: '不予批准',
  record_added: '制作文书',
  supplementary_record_added: '补充归档',
  record_signed: '文书签字',
  record_sealed: '文书盖章',
  media_added: '上传音像记录',
  evidence_added: '登记证据',
  evidence_preservation_decided: '先行登记保存证据处理决定',
  evaluated: '案卷评查',
  legal_review_submitted: '提交法制审核',
  legal_review_extended: '法制审核延期',
  legal_review_approved: '法制审核通过',
  legal_review_returned: '法制审核退回',
  legal_review_conflict_declared: '审核人员申报回避',
  legal_review_disputed: '对审核意见提出异议',
  legal_review_coordinated: '负责人协调决定',
  decided: '作出决定',
  decision_document_regenerated: '重新生成行政处罚决定书',
  summary_decided: '当场处罚决定',
  summary_filed: '当场处罚备案',
  service_consent_recorded: '电子送达确认',
  document_served: '送达',
  payment_recorded: '缴纳罚没款',
  onsite_collection_handed_in: '当场收缴罚款交至本机关',
  enforcement_demand_served: '催告',
  court_enforcement_applied: '申请法院强制执行',
  seizure_recorded: '查封扣押',
  seizure_testing_recorded: '登记查封扣押物品的检测期间',
  seizure_lifted: '解除查封扣押',
  correction_ordered: '责令改正',
  correction_rechecked: '复查',
  daily_penalty_decided: '按日连续处罚',
  outcome_appended: '复议、诉讼或法院执行结果',
} as const satisfies Record<CaseEventType, string>;

export function isCaseEventType(value: string): value is CaseEventType {
  return (CASE_EVENT_TYPES as readonly string[]).includes(value);
}

/** The Chinese label of an event type; an unknown type (from a newer server) shows as its code. */
export function caseEventLabel(type: string): string {
  return isCaseEventType(type) ? CASE_EVENT_LABELS[type] : type;
}
