import { planPart } from '../../../shared/legal-sources.js';
import { canonicalJson, sha256Hex } from '../../platform/audit/audit.rules.js';
import type { Period } from '../../platform/calendar/calendar.rules.js';
import {
  MONEY_PENALTIES,
  REVIEW_CHECKLIST_KEYS,
  REVIEW_CHECKLIST_LABELS,
  type CatalogRule,
  type ReviewChecklistKey,
  type DecisionOutcome,
  type PenaltyType,
  type SubstancePart,
} from '../../../shared/review-vocabulary.js';

/**
 * Pure rules of 重大执法决定法制审核 and the decision (docs/domain-rules.md §3, §4b).
 */

// the codes are shared with the web: src/shared/review-vocabulary.ts
export {
  type CatalogRule,
  CIRCUMSTANCES,
  DECISION_OUTCOMES,
  MONEY_PENALTIES,
  PENALTY_TYPES,
  type DecisionOutcome,
  type PenaltyType,
} from '../../../shared/review-vocabulary.js';

export type Penalty = { type: PenaltyType; amount?: number | undefined };
export type DecisionSubstance = {
  outcome: DecisionOutcome;
  penalties: Penalty[];
  facts: string;
  basis: string;
};

/**
 * The substance of a decision, which the legal review approves: outcome, penalties and amounts,
 * facts and basis — not the document number, summary or date (contract: `LEGAL_REVIEW_REQUIRED`).
 */
export function substanceHash(d: DecisionSubstance): string {
  const penalties = [...d.penalties]
    .map((p) => ({ type: p.type, amount: p.amount ?? null }))
    .sort((a, b) => (a.type === b.type ? (a.amount ?? 0) - (b.amount ?? 0) : a.type < b.type ? -1 : 1));
  return sha256Hex(
    canonicalJson({ outcome: d.outcome, penalties, facts: d.facts.trim(), basis: d.basis.trim() }),
  );
}

/**
 * The parts in which two substances differ (`SUBSTANCE_PARTS`): the outcome, the penalty types, the
 * amounts of the types both have, the facts, the basis — compared as `substanceHash` compares them,
 * so two substances of different hashes differ in at least one part.
 */
export function substanceDifferences(a: DecisionSubstance, b: DecisionSubstance): SubstancePart[] {
  const types = (d: DecisionSubstance) => [...new Set(d.penalties.map((p) => p.type))].sort();
  const amounts = (d: DecisionSubstance, type: PenaltyType) =>
    d.penalties
      .filter((p) => p.type === type)
      .map((p) => p.amount ?? null)
      .sort((x, y) => (x ?? -1) - (y ?? -1))
      .join(',');
  const typesA = types(a);
  const typesB = types(b);
  const parts: SubstancePart[] = [];
  if (a.outcome !== b.outcome) parts.push('outcome');
  if (typesA.join(',') !== typesB.join(',')) parts.push('penalty_types');
  if (typesA.some((type) => typesB.includes(type) && amounts(a, type) !== amounts(b, type)))
    parts.push('amounts');
  if (a.facts.trim() !== b.facts.trim()) parts.push('facts');
  if (a.basis.trim() !== b.basis.trim()) parts.push('basis');
  return parts;
}

// ---- the catalog of major decisions ---------------------------------------------------------

/**
 * 较大数额 thresholds: MEE-30 Art. 89 [S] names 200,000 元 for organisations; the Guangdong hearing
 * rules cite 5,000 元 for persons and 100,000 元 for organisations [S]. Default: the stricter [?].
 */
export const LARGE_AMOUNT_PERSON = 5_000;
export const LARGE_AMOUNT_ORGANISATION = 100_000;

/** The default catalog (目录清单); the legal unit publishes its own versions. GD-REV Art. 10, 12; APL Art. 58. */
export const DEFAULT_CATALOG_RULES: CatalogRule[] = [
  {
    id: 'revoke',
    kind: 'penalty_type',
    penaltyTypes: ['revoke_license'],
    text: '吊销许可证件',
    source: '《广东省重大行政执法决定法制审核办法》第十条；《行政处罚法》第五十八条',
  },
  {
    id: 'suspend',
    kind: 'penalty_type',
    penaltyTypes: ['suspend_production', 'closure', 'suspend_for_rectification'],
    text: '责令停产停业、责令停产整治、责令关闭',
    source:
      '《广东省重大行政执法决定法制审核办法》第十条；责令停产整治（《生态环境行政处罚办法》第八条）由本局比照责令停产停业列入',
  },
  {
    id: 'ban_practice',
    kind: 'penalty_type',
    penaltyTypes: ['ban_practice'],
    text: '禁止从业',
    source: '《生态环境行政处罚办法》第八条；禁止从业重于限制从业，由本局列入目录',
  },
  {
    id: 'restrict',
    kind: 'penalty_type',
    penaltyTypes: ['restrict_operation'],
    text: '限制开展生产经营活动',
    source: '《行政处罚法》第六十三条',
  },
  {
    id: 'large_amount',
    kind: 'amount',
    personThreshold: LARGE_AMOUNT_PERSON,
    organisationThreshold: LARGE_AMOUNT_ORGANISATION,
    text: '较大数额罚款、没收违法所得或者没收较大价值的非法财物',
    source: '《行政处罚法》第六十三条；《生态环境行政处罚办法》第八十九条；较大数额的标准由本局确定',
  },
  {
    id: 'after_hearing',
    kind: 'circumstance',
    circumstance: 'after_hearing',
    text: '经过听证程序作出的决定',
    source: `${planPart('明确审核范围')}；《广东省重大行政执法决定法制审核办法》第十条`,
  },
  {
    id: 'public_interest',
    kind: 'circumstance',
    circumstance: 'public_interest',
    text: '涉及重大公共利益',
    source: planPart('明确审核范围'),
  },
  {
    id: 'social_impact',
    kind: 'circumstance',
    circumstance: 'social_impact',
    text: '可能造成重大社会影响或引发社会风险',
    source: planPart('明确审核范围'),
  },
  {
    id: 'complex',
    kind: 'circumstance',
    circumstance: 'complex',
    text: '案件情况疑难复杂、涉及多个法律关系',
    source: planPart('明确审核范围'),
  },
];

/** The money a decision imposes: fines and confiscations together (元). */
export function moneyTotal(penalties: readonly Penalty[]): number {
  return penalties
    .filter((p) => MONEY_PENALTIES.includes(p.type))
    .reduce((sum, p) => sum + (p.amount ?? 0), 0);
}

/** The catalog rules a draft matches (an amount equal to the threshold is 较大数额: "以上" includes it). */
export function classify(
  rules: readonly CatalogRule[],
  draft: { outcome: DecisionOutcome; penalties: readonly Penalty[] },
  partyType: 'person' | 'organization' | 'individual_business',
  circumstances: readonly string[],
): CatalogRule[] {
  if (draft.outcome !== 'penalty')
    return rules.filter((r) => r.kind === 'circumstance' && circumstances.includes(r.circumstance));
  const types = new Set(draft.penalties.map((p) => p.type));
  const money = moneyTotal(draft.penalties);
  return rules.filter((r) => {
    switch (r.kind) {
      case 'penalty_type':
        return r.penaltyTypes.some((t) => types.has(t));
      case 'amount':
        return money >= (partyType === 'organization' ? r.organisationThreshold : r.personThreshold);
      case 'circumstance':
        return circumstances.includes(r.circumstance);
      case 'free':
        return false;
    }
  });
}

/**
 * No heavier penalty than the prior notice proposed (APL Art. 45): every penalty of the decision is
 * in the notice, at most at the notified amount. Returns what exceeds it.
 */
export function heavierThanNotice(decision: readonly Penalty[], notice: readonly Penalty[]): string[] {
  const out: string[] = [];
  for (const p of decision) {
    const notified = notice.filter((n) => n.type === p.type);
    if (notified.length === 0) out.push(`penalty:${p.type}`);
    else if (p.amount !== undefined && p.amount > Math.max(...notified.map((n) => n.amount ?? 0)))
      out.push(`amount:${p.type}`);
  }
  return out;
}

// ---- the review -----------------------------------------------------------------------------

/** Review period: 5 working days from receipt; once +3 working days with the head's approval. GD-REV Art. 18; seed §二(三)4. */
export const REVIEW_PERIOD: Period = { days: 5, unit: 'working_days' };
export const REVIEW_EXTENSION: Period = { days: 3, unit: 'working_days' };

/** The seven points of the review. Seed §二(三)5; GD-REV Art. 17. */
export const REVIEW_CHECKLIST: readonly { key: ReviewChecklistKey; label: string }[] =
  REVIEW_CHECKLIST_KEYS.map((key) => ({ key, label: REVIEW_CHECKLIST_LABELS[key] }));

/**
 * A review round passes when the reviewer approved it, or — after the handling unit disputed a
 * returned opinion — the head adopted the unit's position (GD-REV Art. 20).
 */
export function reviewPassed(
  review: { status: string },
  dispute: { decision: string | null } | undefined | null,
): boolean {
  return review.status === 'approved' || dispute?.decision === 'adopt_unit_position';
}

/** Legal reviewers ≥ 5 % of the unit's enforcement officers, at least 1 (rounded up). Seed §二(三)2; GO-118. */
export const REVIEWER_RATIO = 0.05;
export function reviewersRequired(officers: number): number {
  return Math.max(1, Math.ceil(officers * REVIEWER_RATIO));
}
