import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { CaseAccess } from '../cases/case-access.js';
import type { CaseEventInput, CaseEvents } from '../cases/case-events.js';
import { caseRepository, type CaseRow } from '../cases/case.repository.js';
import type { CaseService } from '../cases/case.service.js';
import type { RecordService } from '../records/record.service.js';
import type { ExecutionSnapshot, ExecutionState } from './execution-state.js';

/** What every service of the module works with. */
export type ExecutionDeps = {
  db: Db;
  access: CaseAccess;
  cases: CaseService;
  events: CaseEvents;
  records: RecordService;
  state: ExecutionState;
  clock: Clock;
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

export type Change<T> = { event: CaseEventInput; result: T };

/**
 * One action of an assigned officer: access, stage, then — in one transaction — the change with the
 * case's execution state read inside it, its case event (timeline and audit), and the case's
 * deadlines refreshed.
 */
export async function writeAction<T>(
  deps: ExecutionDeps,
  principal: Principal,
  caseId: string,
  stage: StageGuard,
  change: (tx: Tx, c: CaseRow, s: ExecutionSnapshot) => Promise<Change<T>>,
): Promise<T> {
  const c = await deps.access.writable(deps.db, principal, caseId);
  guard(c, stage);
  return deps.db.transaction().execute(async (tx) => {
    const current = (await caseRepository.find(tx, caseId)) ?? c;
    const today = chinaDate(deps.clock());
    const snapshot = await deps.state.of(tx, current, today);
    const { event, result } = await change(tx, current, snapshot);
    await deps.events.record(tx, actorOf(principal), caseId, event);
    await deps.cases.deadlines.refresh(tx, current, today, deps.clock().toISOString());
    return result;
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
