import { storedPenalties } from '../../../shared/contracts/review.js';
import type { Executor } from '../../platform/db/database.js';
import { parseJson } from '../../platform/db/json.js';
import type { DecisionFacts } from '../cases/case.service.js';
import type { DecisionOutcome, Penalty } from './review.rules.js';
import { reviewRepository as repo } from './review.repository.js';

/** The decision of a case as other modules read it. */
export type MadeDecision = {
  id: string;
  documentNumber: string;
  summary: string;
  facts: string;
  basis: string;
  outcome: DecisionOutcome;
  decidedOn: string;
  penalties: Penalty[];
};

/**
 * What the review module tells other modules about a case's decision (read only, needs nothing but
 * the executor): whether it was made (the cases module's stage rule and decision deadline) and what
 * it decided (the execution module). Built before the cases module, which takes it as a constructor
 * argument.
 */
export class DecisionReader implements DecisionFacts {
  async hasDecision(db: Executor, caseId: string): Promise<boolean> {
    return (await repo.decision(db, caseId)) !== undefined;
  }

  async decision(db: Executor, caseId: string): Promise<MadeDecision | null> {
    const d = await repo.decision(db, caseId);
    if (!d) return null;
    return {
      id: d.id,
      documentNumber: d.documentNumber,
      summary: d.summary,
      facts: d.facts,
      basis: d.basis,
      outcome: d.outcome,
      decidedOn: d.decidedOn,
      penalties: parseJson(storedPenalties, d.penalties, 'caseDecision.penalties'),
    };
  }
}
