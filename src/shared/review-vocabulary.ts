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
  // MEE-30 Art. 8 [S]: the environmental penalties beyond APL Art. 9
  'suspend_for_rectification',
  'ban_practice',
  'license_application_ban',
  'demolition_order',
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
  suspend_for_rectification: '责令停产整治',
  ban_practice: '禁止从业',
  license_application_ban: '一定时期内不得申请行政许可',
  demolition_order: '责令限期拆除',
} as const satisfies Record<PenaltyType, string>;

/**
 * The categories of the annual statistics' 行政处罚 table, light to heavy (domain-rules §7 [S]); a
 * decision counts once, under the heaviest category of its penalties.
 */
export const PENALTY_STATISTICS_CATEGORIES = [
  'warning',
  'criticism',
  'fine',
  'confiscation',
  'suspend_license',
  'lower_qualification',
  'restrict_operation',
  'suspend_production',
  'closure_or_restrict_practice',
  'revoke_license',
  'other',
] as const;
export type PenaltyStatisticsCategory = (typeof PENALTY_STATISTICS_CATEGORIES)[number];
export const PENALTY_STATISTICS_CATEGORY_LABELS = {
  warning: '警告',
  criticism: '通报批评',
  fine: '罚款',
  confiscation: '没收违法所得、没收非法财物',
  suspend_license: '暂扣许可证件',
  lower_qualification: '降低资质等级',
  restrict_operation: '限制开展生产经营活动',
  suspend_production: '责令停产停业',
  closure_or_restrict_practice: '责令关闭、限制从业',
  revoke_license: '吊销许可证件',
  other: '其他行政处罚',
} as const satisfies Record<PenaltyStatisticsCategory, string>;

/**
 * The statistics category of each penalty type: 按日连续处罚 counts as 罚款 (§7); 责令停产整治 as
 * 责令停产停业 and 禁止从业 with 限制从业 (the nearest statutory category [?]); 一定时期内不得申请行政许可
 * and 责令限期拆除 as 其他行政处罚 [?].
 */
export const PENALTY_STATISTICS_CATEGORY = {
  warning: 'warning',
  criticism: 'criticism',
  fine: 'fine',
  daily_fine: 'fine',
  confiscate_gains: 'confiscation',
  confiscate_property: 'confiscation',
  suspend_license: 'suspend_license',
  lower_qualification: 'lower_qualification',
  restrict_operation: 'restrict_operation',
  suspend_production: 'suspend_production',
  suspend_for_rectification: 'suspend_production',
  closure: 'closure_or_restrict_practice',
  restrict_practice: 'closure_or_restrict_practice',
  ban_practice: 'closure_or_restrict_practice',
  revoke_license: 'revoke_license',
  license_application_ban: 'other',
  demolition_order: 'other',
} as const satisfies Record<PenaltyType, PenaltyStatisticsCategory>;

/** The category a decision counts under: the heaviest of its penalties' (domain-rules §7). */
export function statisticsCategoryOf(types: readonly PenaltyType[]): PenaltyStatisticsCategory | null {
  const ranks = types.map((t) => PENALTY_STATISTICS_CATEGORIES.indexOf(PENALTY_STATISTICS_CATEGORY[t]));
  // 其他 counts only when no named category is present
  const named = ranks.filter((r) => r !== PENALTY_STATISTICS_CATEGORIES.indexOf('other'));
  const pick = named.length > 0 ? Math.max(...named) : ranks.length > 0 ? Math.max(...ranks) : -1;
  return PENALTY_STATISTICS_CATEGORIES[pick] ?? null;
}

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

/**
 * The parts of a decision's substance (what the legal review approves): a decision that differs from
 * the approved draft names the parts it differs in (`LEGAL_REVIEW_REQUIRED`, reason `differs_from_approved`).
 */
export const SUBSTANCE_PARTS = ['outcome', 'penalty_types', 'amounts', 'facts', 'basis'] as const;
export type SubstancePart = (typeof SUBSTANCE_PARTS)[number];
export const SUBSTANCE_PART_LABELS = {
  outcome: '处理决定',
  penalty_types: '处罚种类',
  amounts: '罚没金额',
  facts: '违法事实',
  basis: '法律依据',
} as const satisfies Record<SubstancePart, string>;

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
