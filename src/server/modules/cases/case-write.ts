import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import type { Permission } from '../../platform/auth/permissions.js';
import type { IsoDate } from '../../platform/calendar/calendar.rules.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import type { Db, DialectName, Tx } from '../../platform/db/database.js';
import type { CaseAccess } from './case-access.js';
import type { CaseDeadlines } from './case-deadlines.js';
import type { CaseEventInput, CaseEvents } from './case-events.js';
import { caseRepository as repo, type CaseRow } from './case.repository.js';

/** What a write produces: its case event (timeline and audit) and what the caller returns. */
export type Change<T> = { event: CaseEventInput; result: T };

/**
 * Who may make the change: an assigned officer (`assigned`, the default), the holder of a permission
 * whose department scope covers the case (`{ permission }`), or anyone who may read the case
 * (`reader`: a reviewer's opinion, a declared conflict — the module checks the rest).
 */
export type WriteAccess = 'assigned' | 'reader' | { permission: Permission };

export type CaseWrite<S, T> = {
  access?: WriteAccess;
  /** Throws when the case's stage or status refuses the change: checked before the transaction and again inside it. */
  guard?: (c: CaseRow) => void;
  /** The module's facts the change is checked against, read inside the transaction with `tx`. */
  read: (tx: Tx, c: CaseRow, today: IsoDate) => Promise<S>;
  /** Checks against the snapshot and writes, with `tx` only. */
  change: (tx: Tx, c: CaseRow, snapshot: S, today: IsoDate) => Promise<Change<T>>;
};

/**
 * The one way a module writes case data: access, stage guard, then in one transaction — the case
 * re-read (and on PostgreSQL locked against other writers of the case), the module's snapshot read
 * with the transaction, the checks and the write, the case event, and the case's deadlines
 * refreshed from the case as changed. What the checks see is what is written against.
 */
export class CaseWriter {
  constructor(
    private readonly db: Db,
    private readonly dialect: DialectName,
    private readonly access: CaseAccess,
    private readonly events: CaseEvents,
    private readonly deadlines: CaseDeadlines,
    private readonly clock: Clock,
  ) {}

  /**
   * Awaited after the checks made before the transaction and before it begins: where another
   * request's change can land. A seam for the tests that show the checks read inside the
   * transaction (test/decision-gate-concurrency.test.ts); it does nothing otherwise.
   */
  beforeTransaction: (caseId: string) => Promise<void> = async () => {};

  async write<S, T>(principal: Principal, caseId: string, w: CaseWrite<S, T>): Promise<T> {
    const c = await this.permitted(principal, caseId, w.access ?? 'assigned');
    w.guard?.(c);
    await this.beforeTransaction(caseId);
    return this.db.transaction().execute(async (tx) => {
      const current = (await repo.findForWrite(tx, caseId, this.dialect)) ?? c;
      w.guard?.(current);
      const today = chinaDate(this.clock());
      const snapshot = await w.read(tx, current, today);
      const { event, result } = await w.change(tx, current, snapshot, today);
      await this.events.record(tx, actorOf(principal), caseId, event);
      // the case as the change left it (a granted suspension, an extension of the decision period)
      const after = (await repo.find(tx, caseId)) ?? current;
      await this.deadlines.refresh(tx, after, today, this.clock().toISOString());
      return result;
    });
  }

  private permitted(principal: Principal, caseId: string, access: WriteAccess): Promise<CaseRow> {
    if (access === 'assigned') return this.access.writable(this.db, principal, caseId);
    if (access === 'reader') return this.access.readable(this.db, principal, caseId);
    return this.access.governed(this.db, principal, caseId, access.permission);
  }
}
