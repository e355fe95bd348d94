/**
 * Pure rules of 结案 (closing) and of what is appended after it, docs/domain-rules.md §4b.
 */

import {
  REMEDY_RESULTS,
  COURT_ENFORCEMENT_RESULTS,
  type RemedyResult,
  type CourtEnforcementResult,
} from '../../../shared/execution-vocabulary.js';
// codes shared with the web: src/shared/execution-vocabulary.ts
export {
  OUTCOME_KINDS,
  REMEDY_RESULTS,
  COURT_ENFORCEMENT_RESULTS,
  type OutcomeKind,
  type RemedyResult,
  type CourtEnforcementResult,
} from '../../../shared/execution-vocabulary.js';

/** The result codes of the supplementary record templates (`record-templates.ts`) for the API's. */
export const RECORD_RESULT: Record<'reconsideration' | 'litigation', Record<RemedyResult, string>> = {
  reconsideration: {
    maintained: 'upheld',
    changed: 'changed',
    revoked: 'revoked',
    confirmed_illegal: 'confirmed_illegal',
    withdrawn: 'terminated', // 申请人撤回申请 → 终止行政复议 (行政复议法 Art. 41 [?])
  },
  litigation: {
    maintained: 'claim_rejected', // 判决驳回原告诉讼请求 (行政诉讼法 Art. 69)
    changed: 'changed',
    revoked: 'revoked',
    confirmed_illegal: 'confirmed_illegal',
    withdrawn: 'withdrawn',
  },
};

export function isRemedyResult(value: string): value is RemedyResult {
  return (REMEDY_RESULTS as readonly string[]).includes(value);
}
export function isCourtEnforcementResult(value: string): value is CourtEnforcementResult {
  return (COURT_ENFORCEMENT_RESULTS as readonly string[]).includes(value);
}

/** The facts of a case that closing depends on. */
export type ClosingFacts = {
  /** 终止: the case ended otherwise. */
  terminated: boolean;
  /** The decision's outcome (penalty, no_penalty, not_established, transfer); null without one. */
  outcome: string | null;
  /** Whether the decision has to be served on the party (not for a transfer). */
  serviceRequired: boolean;
  decisionServed: boolean;
  unpaidCents: number;
  courtApplied: boolean;
  openSeizures: string[];
  ordersAwaitingRecheck: string[];
  collectionsNotHandedIn: string[];
  /** A summary decision not yet filed with the body (APL Art. 52). */
  summaryUnfiled: boolean;
  /** 按日连续处罚 decisions not yet served on the party (nothing is owed on them until then). */
  dailyPenaltiesUnserved?: string[];
  /** A decision whose 行政处罚决定书 has not been generated (APL Art. 59). */
  documentMissing?: boolean;
};

/**
 * What keeps a case from 结案 (empty when it may close). A case closes when the decision was served
 * and executed: all money paid, or enforcement applied for at the court; or the case ended otherwise
 * — an outcome without a penalty (no penalty, not established, transfer) or termination. Seizures
 * are lifted first (ACL Art. 28), orders to correct rechecked (按日连续处罚办法 Art. 10), money
 * collected on the spot handed in (APL Art. 71), a summary decision filed (APL Art. 52). Practice
 * [S]: ybcase; domain-rules §4b. 加处罚款 (APL Art. 72: "可以") does not keep a case open.
 */
export function closingGaps(f: ClosingFacts): string[] {
  const missing: string[] = [];
  if (!f.terminated) {
    if (f.outcome === null) missing.push('decision');
    else {
      if (f.documentMissing) missing.push('record:penalty_decision');
      if (f.serviceRequired && !f.decisionServed) missing.push('service:decision');
      if (f.outcome === 'penalty' && f.unpaidCents > 0 && !f.courtApplied) missing.push('payment');
    }
    if (f.summaryUnfiled) missing.push('summary_filing');
    missing.push(...(f.dailyPenaltiesUnserved ?? []).map((id) => `service:daily_penalty:${id}`));
  }
  missing.push(...f.openSeizures.map((id) => `seizure:${id}`));
  if (!f.terminated) missing.push(...f.ordersAwaitingRecheck.map((id) => `recheck:${id}`));
  missing.push(...f.collectionsNotHandedIn.map((id) => `hand_in:${id}`));
  return missing;
}
