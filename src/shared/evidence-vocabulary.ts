/** Codes of the evidence register shared by the server and the web (stable API values), with their labels. */

/** The eight statutory kinds of evidence, in the law's order and words. APL Art. 46. */
export const EVIDENCE_TYPES = [
  'documentary',
  'physical',
  'audiovisual',
  'electronic',
  'witness',
  'party_statement',
  'expert_opinion',
  'inspection_record',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const EVIDENCE_TYPE_LABELS = {
  documentary: '书证',
  physical: '物证',
  audiovisual: '视听资料',
  electronic: '电子数据',
  witness: '证人证言',
  party_statement: '当事人的陈述',
  expert_opinion: '鉴定意见',
  inspection_record: '勘验笔录、现场笔录',
} as const satisfies Record<EvidenceType, string>;

/**
 * The decision on evidence registered for preservation (先行登记保存), APL Art. 56. The labels follow
 * the measures of the 生态环境行政处罚办法 (MEE-30) in substance; its exact wording is unconfirmed [?].
 */
export const PRESERVATION_OUTCOMES = [
  'record_and_return',
  'inspect_or_appraise',
  'seize',
  'confiscate',
  'transfer',
  'release',
] as const;
export type PreservationOutcome = (typeof PRESERVATION_OUTCOMES)[number];
export const PRESERVATION_OUTCOME_LABELS = {
  record_and_return: '采取记录、复制、拍照、录像等证据保全措施后退还',
  inspect_or_appraise: '送交检查、检测、检验、鉴定、评估',
  seize: '依法予以查封、扣押',
  confiscate: '依法予以没收',
  transfer: '移送有关机关处理',
  release: '解除先行登记保存措施',
} as const satisfies Record<PreservationOutcome, string>;

/** Where 先行登记保存 of an item stands (APL Art. 56). */
export const PRESERVATION_STATUSES = ['requested', 'preserved', 'decided'] as const;
export type PreservationStatus = (typeof PRESERVATION_STATUSES)[number];
export const PRESERVATION_STATUS_LABELS = {
  requested: '已申请',
  preserved: '已先行登记保存',
  decided: '已作出处理决定',
} as const satisfies Record<PreservationStatus, string>;
