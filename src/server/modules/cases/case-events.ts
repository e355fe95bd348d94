import { randomUUID } from 'node:crypto';
import { caseEventProblems, type CaseEvent } from '../../../shared/case-events.js';
import type { Actor, AuditLog } from '../../platform/audit/audit-log.js';
import { canonicalJson } from '../../platform/audit/audit.rules.js';
import type { Clock } from '../../platform/clock.js';
import type { Tx } from '../../platform/db/database.js';
import { caseRepository as repo } from './case.repository.js';

/**
 * An event to record: a type of the shared list with that type's detail (`src/shared/case-events.ts`),
 * the timeline's sentence, and the states before and after for the audit digest.
 */
export type CaseEventInput = CaseEvent & {
  summary: string;
  before?: unknown;
  after?: unknown;
};

/**
 * One event of a case: a timeline row and an audit entry, in the caller's transaction.
 * The audit entry comes first: its lock also orders the case's timeline on PostgreSQL.
 */
export class CaseEvents {
  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async record(tx: Tx, actor: Actor, caseId: string, e: CaseEventInput): Promise<void> {
    // The type system checks literals; this also catches details built from spreads and casts.
    const problems = caseEventProblems(e);
    if (problems.length > 0)
      throw new Error(`Case event ${e.type} does not match its detail schema: ${problems.join('; ')}`);
    await this.audit.append(tx, actor, {
      action: `case.${e.type}`,
      objectType: 'case',
      objectId: caseId,
      before: e.before,
      after: e.after,
      detail: e.detail,
    });
    await repo.appendEvent(tx, {
      id: randomUUID(),
      caseId,
      at: this.clock().toISOString(),
      actorId: actor.id,
      actorName: actor.displayName ?? actor.name,
      type: e.type,
      summary: e.summary,
      detail: canonicalJson(e.detail),
    });
  }
}
