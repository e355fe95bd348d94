/**
 * The text records (执法文书): their type codes (stable API values) and titles, the one table the
 * Word documents, the case file, the timeline and the web print. The document list follows the
 * 环境行政执法文书制作指南 (2016) [S]; the fields of each live in the server's record templates.
 */

export const RECORD_TYPES = [
  'filing_approval',
  'onsite_inspection_record',
  'inquiry_record',
  'sampling_record',
  'evidence_preservation_notice',
  'correction_order',
  'investigation_report',
  'internal_approval',
  'prior_notice',
  'statement_waiver',
  'statement_record',
  'hearing_request',
  'hearing_withdrawal',
  'hearing_notice',
  'hearing_record',
  'hearing_report',
  'collective_discussion',
  'legal_review_opinion',
  'penalty_decision',
  'onsite_penalty_decision',
  'daily_penalty_decision',
  'seizure_decision',
  'seizure_list',
  'extension_notice',
  'release_decision',
  'service_receipt',
  'payment_receipt',
  'closing_approval',
  'recording_interruption_note',
  // supplementary: appended after archiving (补充归档), never edited in
  'reconsideration_outcome',
  'litigation_outcome',
  'court_enforcement_result',
  'supplementary_note',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export function isRecordType(value: unknown): value is RecordType {
  return typeof value === 'string' && (RECORD_TYPES as readonly string[]).includes(value);
}

/** The Chinese title of each document. */
export const RECORD_TITLES = {
  filing_approval: '立案审批表',
  onsite_inspection_record: '现场检查（勘察）笔录',
  inquiry_record: '调查询问笔录',
  sampling_record: '采样取证登记单',
  evidence_preservation_notice: '先行登记保存证据通知书',
  correction_order: '责令改正违法行为决定书',
  investigation_report: '行政处罚案件调查报告',
  internal_approval: '案件处理内部审批表',
  prior_notice: '行政处罚事先（听证）告知书',
  statement_waiver: '当事人放弃陈述申辩、听证的书面声明',
  statement_record: '陈述申辩笔录',
  hearing_request: '听证申请书',
  hearing_withdrawal: '撤回听证申请书',
  hearing_notice: '听证通知书',
  hearing_record: '听证笔录',
  hearing_report: '听证报告',
  collective_discussion: '案件集体讨论笔录',
  legal_review_opinion: '法制审核意见书',
  penalty_decision: '行政处罚决定书',
  onsite_penalty_decision: '当场行政处罚决定书',
  daily_penalty_decision: '按日连续处罚决定书',
  seizure_decision: '查封（扣押）决定书',
  seizure_list: '查封扣押清单',
  extension_notice: '延期通知书',
  release_decision: '解除决定书',
  service_receipt: '送达回证',
  payment_receipt: '罚没款缴纳凭证',
  closing_approval: '结案审批表',
  recording_interruption_note: '音像记录中断情况说明',
  reconsideration_outcome: '行政复议结果',
  litigation_outcome: '行政诉讼结果',
  court_enforcement_result: '法院强制执行结果',
  supplementary_note: '补充归档说明',
} as const satisfies Record<RecordType, string>;

/**
 * What a record's own title says beyond its type's title: '' when it repeats it (现场检查（勘察）笔录),
 * the rest when it begins with it (现场检查（勘察）笔录（第二次检查） → 第二次检查), else the title.
 */
export function recordOwnTitle(type: RecordType, title: string): string {
  const own = title.trim();
  const typeTitle = RECORD_TITLES[type];
  if (!own.startsWith(typeTitle)) return own;
  const rest = own.slice(typeTitle.length).trim();
  const bracketed = /^[（(]([^（）()]*)[）)]$/.exec(rest);
  return (bracketed?.[1] ?? rest).replace(/^[：:，,、—\-\s]+/, '').trim();
}

/** Kinds of the fields of a record template (how the UI edits them and the document prints them). */
export const FIELD_KINDS = [
  'text',
  'longtext',
  'date',
  'datetime',
  'money',
  'number',
  'boolean',
  'list',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];
export const FIELD_KIND_LABELS = {
  text: '文本',
  longtext: '长文本',
  date: '日期',
  datetime: '日期时间',
  money: '金额（元）',
  number: '数值',
  boolean: '是/否',
  list: '列表',
} as const satisfies Record<FieldKind, string>;
