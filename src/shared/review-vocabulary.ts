/** Codes of 法制审核 and the decision shared by the server and the web (stable API values). */

/** The four outcomes of a case (APL Art. 57). */
export const DECISION_OUTCOMES = ['penalty', 'no_penalty', 'not_established', 'transfer'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

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

/** Penalties measured in money (元): these carry an amount. */
export const MONEY_PENALTIES: readonly PenaltyType[] = [
  'fine',
  'confiscate_gains',
  'confiscate_property',
  'daily_fine',
];

/** Circumstances that make a decision major whatever the penalty (catalog rules by circumstance). */
export const CIRCUMSTANCES = ['after_hearing', 'public_interest', 'social_impact', 'complex'] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number];

/** Kinds of catalog rules. */
export const CATALOG_RULE_KINDS = ['penalty_type', 'amount', 'circumstance', 'free'] as const;
export type CatalogRuleKind = (typeof CATALOG_RULE_KINDS)[number];

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

export const REVIEW_STATUSES = ['pending', 'approved', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The head's coordination of a dispute over a returned review (GD-REV Art. 20). */
export const DISPUTE_DECISIONS = ['uphold_opinion', 'adopt_unit_position'] as const;
export type DisputeDecision = (typeof DISPUTE_DECISIONS)[number];

/** A legal reviewer's 法律职业资格: a certificate, or review work before the rule took effect. */
export const QUALIFICATION_KINDS = ['certificate', 'pre_existing'] as const;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];
