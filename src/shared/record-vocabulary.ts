/** Codes of records, media and evidence shared by the server and the web (stable API values). */

/** The eight statutory kinds of evidence. APL Art. 46. */
export const EVIDENCE_TYPES = [
  'documentary', // 书证
  'physical', // 物证
  'audiovisual', // 视听资料
  'electronic', // 电子数据
  'witness', // 证人证言
  'party_statement', // 当事人的陈述
  'expert_opinion', // 鉴定意见
  'inspection_record', // 勘验笔录、现场笔录
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** What may follow 先行登记保存 (APL Art. 56). */
export const PRESERVATION_OUTCOMES = [
  'record_and_return',
  'inspect_or_appraise',
  'seize',
  'confiscate',
  'transfer',
  'release',
] as const;
export type PreservationOutcome = (typeof PRESERVATION_OUTCOMES)[number];
export const PRESERVATION_STATUSES = ['requested', 'preserved', 'decided'] as const;
export type PreservationStatus = (typeof PRESERVATION_STATUSES)[number];

/** The 执法文书 the system knows (templates on the server: records/record-templates.ts). */
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
