import type { OutcomeKind } from '../../../shared/execution-vocabulary.js';
import type { PenaltyType } from '../../../shared/review-vocabulary.js';
import type { Principal } from '../../platform/auth/auth.service.js';
import type { Tx } from '../../platform/db/database.js';
import type { CaseRow } from './case.repository.js';

/** A decision on the party, as the module that made it tells other modules (e.g. publicity). */
export type DecisionMade = {
  /** decision (普通程序), summary (简易程序), daily_penalty (按日连续处罚), seizure (查封、扣押决定) */
  source: 'decision' | 'summary' | 'daily_penalty' | 'seizure';
  sourceId: string;
  documentNumber: string | null;
  outcome: string;
  summary: string;
  facts: string;
  basis: string;
  decidedOn: string;
  penalties: readonly { type: PenaltyType; amount?: number | undefined }[];
  /** 执法决定 in words, where the penalties do not say it (a 查封、扣押 decision) */
  decision?: string;
};

/** The result of a remedy against the case's decision (行政复议, 行政诉讼). */
export type RemedyOutcome = {
  kind: OutcomeKind;
  /** the remedy's result (a `RemedyResult` code) */
  result: string;
  decidedOn: string;
  body: string;
};

type DecisionListener = (tx: Tx, principal: Principal, c: CaseRow, d: DecisionMade) => Promise<void>;
type OutcomeListener = (tx: Tx, principal: Principal, c: CaseRow, o: RemedyOutcome) => Promise<void>;

/**
 * What happens to a case that other modules act on, inside the transaction of the change: the
 * modules that make decisions and record outcomes call them; a module that must follow (publicity)
 * registers a listener, so the deciding modules need not know it.
 */
export class CaseHooks {
  private readonly decisionListeners: DecisionListener[] = [];
  private readonly outcomeListeners: OutcomeListener[] = [];

  onDecision(listener: DecisionListener): void {
    this.decisionListeners.push(listener);
  }

  onOutcome(listener: OutcomeListener): void {
    this.outcomeListeners.push(listener);
  }

  async decided(tx: Tx, principal: Principal, c: CaseRow, d: DecisionMade): Promise<void> {
    for (const l of this.decisionListeners) await l(tx, principal, c, d);
  }

  async outcome(tx: Tx, principal: Principal, c: CaseRow, o: RemedyOutcome): Promise<void> {
    for (const l of this.outcomeListeners) await l(tx, principal, c, o);
  }
}
