import type { Principal } from '../../platform/auth/auth.service.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, Executor, Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { CaseAccess } from '../cases/case-access.js';
import type { CaseEvents } from '../cases/case-events.js';
import type { Change, WriteAccess } from '../cases/case-write.js';
import type { CaseRow, CaseService } from '../cases/case.service.js';
import type { RecordService } from '../records/record.service.js';
import type { DecisionBlockerCode } from '../review/decision.rules.js';
import type { ExecutionSnapshot, ExecutionState } from './execution-state.js';

export type { Change } from '../cases/case-write.js';

/** What every service of the module works with. */
/** The decision gate of the review module, for the penalty decisions this module records (按日连续处罚). */
export interface PenaltyGate {
  penaltyBlockers(
    db: Executor,
    c: CaseRow,
    draft: {
      outcome: 'penalty';
      penalties: { type: 'daily_fine'; amount: number }[];
      facts: string;
      basis: string;
      decidedOn: string;
    },
    today: string,
  ): Promise<{ code: DecisionBlockerCode; missing: string[] }[]>;
}

export type ExecutionDeps = {
  db: Db;
  access: CaseAccess;
  cases: CaseService;
  events: CaseEvents;
  records: RecordService;
  state: ExecutionState;
  clock: Clock;
  penaltyGate: PenaltyGate;
};

/**
 * Where in its life a case accepts an action:
 * - `open`: not archived (a terminated case still lifts its seizures);
 * - `active`: not archived, not terminated;
 * - `execution`: in 送达执行 and not terminated (money is paid and enforced only on a decision);
 * - `decided`: in 送达执行 or archived (outcomes of remedies are appended, also after archiving).
 */
export type StageGuard = 'open' | 'active' | 'execution' | 'decided';

export function guard(c: CaseRow, g: StageGuard): void {
  if (g === 'decided') {
    if (c.stage !== 'execution' && c.stage !== 'archived')
      throw new AppError('EXECUTION_NOT_APPLICABLE', { reason: 'no_decision_in_force', stage: c.stage });
    return;
  }
  if (c.stage === 'archived') throw new AppError('CASE_ARCHIVED');
  if (g === 'open') return;
  if (c.status === 'terminated') throw new AppError('CASE_TERMINATED');
  if (g === 'execution' && c.stage !== 'execution')
    throw new AppError('EXECUTION_NOT_APPLICABLE', { reason: 'not_in_execution', stage: c.stage });
}

/**
 * One action of an assigned officer, through the cases module's transaction helper
 * (`CaseWriter`): access, stage, then — in one transaction — the change checked against the case's
 * execution state read inside it, its case event (timeline and audit), and the case's deadlines
 * refreshed.
 */
export function writeAction<T>(
  deps: ExecutionDeps,
  principal: Principal,
  caseId: string,
  stage: StageGuard,
  change: (tx: Tx, c: CaseRow, s: ExecutionSnapshot) => Promise<Change<T>>,
  access?: WriteAccess,
): Promise<T> {
  return deps.cases.writes.write(principal, caseId, {
    ...(access ? { access } : {}),
    guard: (c) => guard(c, stage),
    read: (tx, c, today) => deps.state.of(tx, c, today),
    change: (tx, c, snapshot) => change(tx, c, snapshot),
  });
}

/** A date in a request that may not lie in the future. */
export function notAfterToday(path: string, value: string, today: string, message = '日期不能晚于今天') {
  if (value > today) throw new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });
}

export const invalidField = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });

export function found<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined) throw notFound(what, id);
  return value;
}
