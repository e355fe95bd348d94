import { randomUUID } from 'node:crypto';
import type { Principal } from '../../platform/auth/auth.service.js';
import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, Executor, Tx } from '../../platform/db/database.js';
import type { CaseDeadlineTable } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { ApprovalEffect } from '../cases/approval.service.js';
import type { CaseAccess } from '../cases/case-access.js';
import type { DeadlineSource } from '../cases/case-deadlines.js';
import type { CaseEvents } from '../cases/case-events.js';
import type { CaseRow } from '../cases/case.service.js';
import type { CaseService } from '../cases/case.service.js';
import type { EvidenceType, PreservationOutcome } from '../../../shared/evidence-vocabulary.js';
import { markWritten } from '../../platform/audit/row-seals.js';

export {
  EVIDENCE_TYPES,
  PRESERVATION_OUTCOMES,
  type EvidenceType,
  type PreservationOutcome,
} from '../../../shared/evidence-vocabulary.js';

/** 先行登记保存: a decision on the evidence within 7 日 — working days by APL Art. 85. APL Art. 56. */
export const PRESERVATION_DECISION_PERIOD = { days: 7, unit: 'working_days' } as const;

type EvidenceRow = NonNullable<Awaited<ReturnType<typeof findEvidence>>>;
const findEvidence = (db: Executor, id: string) =>
  db.selectFrom('evidenceItem').selectAll().where('id', '=', id).executeTakeFirst();

export type EvidenceInput = {
  evidenceType: EvidenceType;
  title: string;
  description: string;
  source: string;
  collectedOn: string;
  mediaId?: string | undefined;
  recordId?: string | undefined;
};

/**
 * The evidence register of a case, and 先行登记保存 (registration and preservation of evidence
 * that may be lost): requested by an officer, approved by the head (through the approval
 * inbox), then decided on within 7 working days.
 */
export class EvidenceService implements DeadlineSource {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly cases: CaseService,
    private readonly events: CaseEvents,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  present(e: EvidenceRow) {
    return {
      id: e.id,
      caseId: e.caseId,
      evidenceType: e.evidenceType,
      title: e.title,
      description: e.description,
      source: e.source,
      collectedOn: e.collectedOn,
      mediaId: e.mediaId,
      recordId: e.recordId,
      preservationStatus: e.preservationStatus,
      preservedOn: e.preservedOn,
      preservationOutcome: e.preservationOutcome,
      preservationDecidedOn: e.preservationDecidedOn,
      createdAt: e.createdAt,
    };
  }

  async list(principal: Principal, caseId: string) {
    await this.access.readable(this.db, principal, caseId);
    const rows = await this.db
      .selectFrom('evidenceItem')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('createdAt')
      .execute();
    return { items: rows.map((r) => this.present(r)) };
  }

  async add(principal: Principal, caseId: string, input: EvidenceInput) {
    return this.cases.writes.write(principal, caseId, {
      guard: (c) => this.cases.requireActive(c),
      read: async () => undefined,
      change: async (tx, _c, _s, today) => {
        if (input.collectedOn > today) {
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: 'collectedOn', message: '取证日期不能晚于今天' }],
          });
        }
        await this.checkLinks(tx, caseId, input);
        const row = {
          id: randomUUID(),
          caseId,
          evidenceType: input.evidenceType,
          title: input.title,
          description: input.description,
          source: input.source,
          collectedOn: input.collectedOn,
          mediaId: input.mediaId ?? null,
          recordId: input.recordId ?? null,
          preservationStatus: null,
          preservedOn: null,
          preservationOutcome: null,
          preservationDecidedOn: null,
          createdBy: principal.id,
          createdAt: this.clock().toISOString(),
        };
        markWritten(tx, 'evidenceItem', row.id);
        await tx.insertInto('evidenceItem').values(row).execute();
        return {
          event: {
            type: 'evidence_added',
            summary: `登记证据：${input.title}`,
            detail: { evidenceId: row.id, evidenceType: input.evidenceType },
            after: row,
          },
          result: this.present(row),
        };
      },
    });
  }

  private async checkLinks(db: Executor, caseId: string, input: EvidenceInput) {
    const bad = (path: string) =>
      new AppError('VALIDATION_FAILED', { fields: [{ path, message: '须为本案的音像记录或文书' }] });
    if (input.mediaId) {
      const m = await db
        .selectFrom('media')
        .select('caseId')
        .where('id', '=', input.mediaId)
        .executeTakeFirst();
      if (m?.caseId !== caseId) throw bad('mediaId');
    }
    if (input.recordId) {
      const r = await db
        .selectFrom('caseRecord')
        .select('caseId')
        .where('id', '=', input.recordId)
        .executeTakeFirst();
      if (r?.caseId !== caseId) throw bad('recordId');
    }
  }

  /** The decision on preserved evidence (within 7 working days of preservation). */
  async decidePreservation(
    principal: Principal,
    evidenceId: string,
    outcome: PreservationOutcome,
    decidedOn: string,
  ) {
    const found = await findEvidence(this.db, evidenceId);
    if (!found) throw notFound('evidence', evidenceId);
    return this.cases.writes.write(principal, found.caseId, {
      guard: (c) => this.cases.requireActive(c),
      // the item as it stands inside the transaction: a second decision on it is refused
      read: async (tx) => (await findEvidence(tx, evidenceId)) ?? found,
      change: async (tx, _c, e, today) => {
        if (e.preservationStatus !== 'preserved')
          throw new AppError('CONFLICT', { reason: 'not_preserved', status: e.preservationStatus });
        if (e.preservedOn === null || decidedOn < e.preservedOn || decidedOn > today) {
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: 'decidedOn', message: '处理日期须在保存之日与今天之间' }],
          });
        }
        const patch = {
          preservationStatus: 'decided' as const,
          preservationOutcome: outcome,
          preservationDecidedOn: decidedOn,
        };
        await tx.updateTable('evidenceItem').set(patch).where('id', '=', evidenceId).execute();
        return {
          event: {
            type: 'evidence_preservation_decided',
            summary: `对先行登记保存的证据作出处理决定：${e.title}`,
            detail: { evidenceId, outcome, decidedOn },
            before: e,
            after: { ...e, ...patch },
          },
          result: this.present({ ...e, ...patch }),
        };
      },
    });
  }

  /** The approval kind `evidence_preservation`: checked on request, applied when the head grants it. */
  readonly preservationEffect: ApprovalEffect = {
    check: async (db, c, payload) => {
      const e = payload.evidenceId ? await findEvidence(db, payload.evidenceId) : undefined;
      if (e?.caseId !== c.id)
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'payload.evidenceId', message: '请选择本案的证据' }],
        });
      if (e.preservationStatus !== null)
        throw new AppError('APPROVAL_NOT_APPLICABLE', { reason: 'already_preserved' });
    },
    apply: async (tx: Tx, _c: CaseRow, payload, today) => {
      if (!payload.evidenceId) return;
      await tx
        .updateTable('evidenceItem')
        .set({ preservationStatus: 'preserved', preservedOn: today })
        .where('id', '=', payload.evidenceId)
        .execute();
    },
  };

  /** Deadline per preserved item: 7 working days from the day of preservation. */
  async deadlines(tx: Executor, c: CaseRow, now: string): Promise<CaseDeadlineTable[]> {
    const rows = await tx
      .selectFrom('evidenceItem')
      .selectAll()
      .where('caseId', '=', c.id)
      .where('preservedOn', 'is not', null)
      .execute();
    const out: CaseDeadlineTable[] = [];
    for (const e of rows) {
      if (e.preservedOn === null) continue;
      const { due, provisional } = await this.calendar.due(e.preservedOn, PRESERVATION_DECISION_PERIOD, tx);
      out.push({
        caseId: c.id,
        kind: `evidence_preservation:${e.id}`,
        startsOn: e.preservedOn,
        days: PRESERVATION_DECISION_PERIOD.days,
        unit: PRESERVATION_DECISION_PERIOD.unit,
        due,
        provisional: provisional ? 1 : 0,
        status: e.preservationStatus === 'decided' ? 'met' : c.status === 'terminated' ? 'cancelled' : 'open',
        updatedAt: now,
      });
    }
    return out;
  }
}
