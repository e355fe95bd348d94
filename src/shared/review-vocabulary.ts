/**
 * Codes of 法制审核 and the decision shared by the server and the web (stable API values), each with
 * its one Chinese label table.
 */

/** The four outcomes of a case (APL Art. 57). */
export const DECISION_OUTCOMES = ['penalty', 'no_penalty', 'not_established', 'transfer'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export const DECISION_OUTCOME_LABELS = {
  penalty: '给予行政处罚',
  no_penalty: '不予行政处罚',
  not_established: '违法事实不能成立，不予行政处罚',
  transfer: '移送司法机关',
} as const satisfies Record<DecisionOutcome, string>;

/** Penalty types (APL Art. 9; 按日连续处罚办法). */
export const PENALTY_TYPES = [
  'warning',
  'criticism',
  'fine',
  'confiscate_gains',
  'confiscate_property',
  'suspend_license',
  'lower_qualification',
  'revoke_license',
  'restrict_operation',
  'suspend_production',
  'closure',
  'restrict_practice',
  'daily_fine',
] as const;
export type PenaltyType = (typeof PENALTY_TYPES)[number];
/** APL Art. 9 (行政拘留 is not the bureau's) plus 按日连续处罚 (环境保护法 Art. 59). */
export const PENALTY_TYPE_LABELS = {
  warning: '警告',
  criticism: '通报批评',
  fine: '罚款',
  confiscate_gains: '没收违法所得',
  confiscate_property: '没收非法财物',
  suspend_license: '暂扣许可证件',
  lower_qualification: '降低资质等级',
  revoke_license: '吊销许可证件',
  restrict_operation: '限制开展生产经营活动',
  suspend_production: '责令停产停业',
  closure: '责令关闭',
  restrict_practice: '限制从业',
  daily_fine: '按日连续处罚',
} as const satisfies Record<PenaltyType, string>;

export function isPenaltyType(value: unknown): value is PenaltyType {
  return typeof value === 'string' && (PENALTY_TYPES as readonly string[]).includes(value);
}

/** Penalties measured in money (元): these carry an amount (records, the decision, the review gate). */
export const MONEY_PENALTIES: readonly PenaltyType[] = [
  'fine',
  'confiscate_gains',
  'confiscate_property',
  'daily_fine',
];

/** Circumstances that make a decision major whatever the penalty (catalog rules by circumstance). */
export const CIRCUMSTANCES = ['after_hearing', 'public_interest', 'social_impact', 'complex'] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number];
export const CIRCUMSTANCE_LABELS = {
  after_hearing: '经过听证程序作出的决定',
  public_interest: '涉及重大公共利益',
  social_impact: '可能造成重大社会影响或引发社会风险',
  complex: '案件情况疑难复杂、涉及多个法律关系',
} as const satisfies Record<Circumstance, string>;

/** Kinds of catalog rules. */
export const CATALOG_RULE_KINDS = ['penalty_type', 'amount', 'circumstance', 'free'] as const;
export type CatalogRuleKind = (typeof CATALOG_RULE_KINDS)[number];
export const CATALOG_RULE_KIND_LABELS = {
  penalty_type: '处罚种类',
  amount: '较大数额',
  circumstance: '案件情形',
  free: '其他（人工判断）',
} as const satisfies Record<CatalogRuleKind, string>;

/** A rule of the catalog of major decisions (目录清单); each cites its source. */
export type CatalogRule =
  | { id: string; kind: 'penalty_type'; penaltyTypes: PenaltyType[]; text: string; source: string }
  | {
      id: string;
      kind: 'amount';
      personThreshold: number;
      organisationThreshold: number;
      text: string;
      source: string;
    }
  | { id: string; kind: 'circumstance'; circumstance: Circumstance; text: string; source: string }
  | { id: string; kind: 'free'; text: string; source: string };

/** The seven points of the legal review (GD-REV Art. 17), in order. */
export const REVIEW_CHECKLIST_KEYS = [
  'subject',
  'jurisdiction',
  'procedure',
  'facts',
  'evidence',
  'law',
  'discretion',
] as const;
export type ReviewChecklistKey = (typeof REVIEW_CHECKLIST_KEYS)[number];
export const REVIEW_CHECKLIST_LABELS = {
  subject: '执法主体资格及执法人员资格',
  jurisdiction: '管辖权限',
  procedure: '执法程序',
  facts: '事实认定',
  evidence: '证据',
  law: '法律适用',
  discretion: '自由裁量权运用',
} as const satisfies Record<ReviewChecklistKey, string>;

export const REVIEW_STATUSES = ['pending', 'approved', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_LABELS = {
  pending: '待审核',
  approved: '审核通过',
  returned: '已退回',
} as const satisfies Record<ReviewStatus, string>;

/** The head's coordination of a dispute over a returned review (GD-REV Art. 20). */
export const DISPUTE_DECISIONS = ['uphold_opinion', 'adopt_unit_position'] as const;
export type DisputeDecision = (typeof DISPUTE_DECISIONS)[number];
export const DISPUTE_DECISION_LABELS = {
  uphold_opinion: '维持审核意见',
  adopt_unit_position: '采纳承办机构意见',
} as const satisfies Record<DisputeDecision, string>;

/** A legal reviewer's 法律职业资格: a certificate, or review work before the rule took effect. */
export const QUALIFICATION_KINDS = ['certificate', 'pre_existing'] as const;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];
export const QUALIFICATION_KIND_LABELS = {
  certificate: '取得法律职业资格',
  pre_existing: '本办法施行前已从事法制审核工作',
} as const satisfies Record<QualificationKind, string>;
