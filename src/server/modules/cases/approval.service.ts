import { randomUUID } from 'node:crypto';
import type { Principal } from '../../platform/auth/auth.service.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, Executor, Tx } from '../../platform/db/database.js';
import { APPROVAL_KIND_LABELS } from '../../../shared/case-vocabulary.js';
import { parseJson } from '../../platform/db/json.js';
import { AppError, notFound, type ErrorReason } from '../../platform/errors.js';
import type { CaseAccess } from './case-access.js';
import { caseRepository as repo, type CaseRow } from './case.repository.js';
import { DECISION_EXTENSION_BY_COLLECTIVE_MAX_DAYS, DECISION_EXTENSION_BY_HEAD_DAYS } from './case.rules.js';
import { approvalRequestBody, type ApprovalRequestInput } from './case.schema.js';
import type { CaseService } from './case.service.js';

type ApprovalRow = NonNullable<Awaited<ReturnType<typeof repo.findApproval>>>;
type Payload = ApprovalRequestInput['payload'];

/** `approvalRequest.payload`: what the request was made with, as the request schema took it. */
const payloadOf = (a: { payload: string }): Payload =>
  parseJson(approvalRequestBody.shape.payload, a.payload, 'approvalRequest.payload');

const KIND_LABELS: Record<ApprovalRequestInput['kind'], string> = APPROVAL_KIND_LABELS;

/**
 * Requests that an approver grants or rejects with a reason (domain-rules §4b): extensions of the
 * decision period, suspension (中止) and resumption, termination (终止), recusal (回避, APL Art. 43).
 * 立案 itself is approved by the head's move of the case to 调查取证.
 */
/** What another module does when a request of its kind is granted or checked (e.g. evidence preservation). */
export type ApprovalEffect = {
  check(db: Executor, c: CaseRow, payload: Payload): Promise<void>;
  apply(tx: Tx, c: CaseRow, payload: Payload, today: string, now: string): Promise<void>;
};

export class ApprovalService {
  private readonly effects = new Map<string, ApprovalEffect>();

  registerEffect(kind: ApprovalRequestInput['kind'], effect: ApprovalEffect): void {
    this.effects.set(kind, effect);
  }

  constructor(
    private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly cases: CaseService,
    private readonly clock: Clock,
  ) {}

  private present(a: ApprovalRow & { caseNumber?: string; caseTitle?: string }) {
    return {
      ...a,
      payload: payloadOf(a),
      status: a.status,
    };
  }

  async list(principal: Principal, caseId: string) {
    await this.access.readable(this.db, principal, caseId);
    return { items: (await repo.approvalsOf(this.db, caseId)).map((a) => this.present(a)) };
  }

  /** The head's inbox: pending requests of cases in their department scope. */
  async inbox(principal: Principal) {
    const scope = await this.access.scopeOf(principal);
    const rows = await repo.pendingApprovals(this.db, scope.all ? undefined : [...scope.ids]);
    return { items: rows.map((a) => this.present(a)) };
  }

  async request(principal: Principal, caseId: string, input: ApprovalRequestInput) {
    return this.cases.writes.write(principal, caseId, {
      guard: (c) => this.cases.requireActive(c),
      read: (tx) => repo.approvalsOf(tx, caseId),
      change: async (tx, c, existing, today) => {
        if (existing.some((a) => a.status === 'pending' && a.kind === input.kind)) {
          throw new AppError('APPROVAL_NOT_APPLICABLE', { reason: 'already_pending', kind: input.kind });
        }
        await this.checkApplicable(tx, c, input.kind, input.payload, existing, today);
        const row = {
          id: randomUUID(),
          caseId,
          kind: input.kind,
          payload: JSON.stringify(input.payload),
          reason: input.reason,
          status: 'pending' as const,
          requestedBy: principal.id,
          requestedAt: this.clock().toISOString(),
          decidedBy: null,
          decidedAt: null,
          decisionReason: null,
        };
        await repo.insertApproval(tx, row);
        return {
          event: {
            type: 'approval_requested',
            summary: `申请${KIND_LABELS[input.kind]}：${input.reason}`,
            detail: { approvalId: row.id, kind: input.kind, payload: input.payload },
          },
          result: this.present(row),
        };
      },
    });
  }

  private async checkApplicable(
    db: Executor,
    c: CaseRow,
    kind: ApprovalRequestInput['kind'],
    payload: Payload,
    existing: ApprovalRow[],
    today: string,
  ) {
    const notApplicable = (reason: ErrorReason<'APPROVAL_NOT_APPLICABLE'>) =>
      new AppError('APPROVAL_NOT_APPLICABLE', { kind, reason });
    switch (kind) {
      case 'decision_extension': {
        if (c.kind !== 'penalty' || c.filedOn === null || !['investigation', 'decision'].includes(c.stage))
          throw notApplicable('no_decision_period');
        const days = payload.days;
        const basis = payload.basis ?? 'head';
        if (days === undefined)
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: 'payload.days', message: '请填写延长天数' }],
          });
        // an extension extends a period that still runs (MEE-30 Art. 57 [S]: 期限内不能作出决定的)
        await requireDecisionPeriodRunning(db, c, today, kind);
        const grantedOf = (b: string) =>
          existing
            .filter((a) => a.kind === 'decision_extension' && a.status === 'granted')
            .map(payloadOf)
            .filter((p) => (p.basis ?? 'head') === b);
        // the collective extension follows the head's (APL Art. 60; MEE-30 Art. 57 [S])
        if (basis === 'collective_discussion' && grantedOf('head').length === 0)
          throw notApplicable('head_extension_first');
        const granted = grantedOf(basis).reduce((sum, p) => sum + (p.days ?? 0), 0);
        const max =
          basis === 'head' ? DECISION_EXTENSION_BY_HEAD_DAYS : DECISION_EXTENSION_BY_COLLECTIVE_MAX_DAYS;
        if (granted + days > max)
          throw new AppError('EXTENSION_LIMIT', { basis, granted, requested: days, max });
        return;
      }
      case 'suspension':
        if (c.status !== 'open') throw notApplicable('not_open');
        return;
      case 'resumption':
        if (c.status !== 'suspended') throw notApplicable('not_suspended');
        return;
      case 'termination':
        return;
      case 'evidence_preservation':
      case 'payment_deferral':
      case 'payment_instalments':
      case 'seizure_extension': {
        const effect = this.effects.get(kind);
        if (!effect) throw notApplicable('not_supported');
        await effect.check(db, c, payload);
        return;
      }
      case 'recusal': {
        const officerId = payload.officerId;
        if (officerId === undefined)
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: 'payload.officerId', message: '请选择申请回避的执法人员' }],
          });
        if (!(await repo.isAssigned(db, c.id, officerId))) throw notApplicable('officer_not_assigned');
        return;
      }
    }
  }

  async decide(principal: Principal, approvalId: string, grant: boolean, reason: string) {
    const a = await repo.findApproval(this.db, approvalId);
    if (!a) throw notFound('approval', approvalId);
    return this.cases.writes.write(principal, a.caseId, {
      access: { permission: 'case.approve' },
      guard: () => {
        if (a.status !== 'pending') throw new AppError('APPROVAL_NOT_PENDING');
        if (a.requestedBy === principal.id) throw new AppError('SELF_APPROVAL');
      },
      read: async () => undefined,
      change: async (tx, current, _s, today) => {
        const now = this.clock().toISOString();
        const updated = await repo.updateApproval(tx, approvalId, {
          status: grant ? 'granted' : 'rejected',
          decidedBy: principal.id,
          decidedAt: now,
          decisionReason: reason,
        });
        if (Number(updated.numUpdatedRows) !== 1) throw new AppError('APPROVAL_NOT_PENDING');
        // granted only while the period it extends still runs
        if (grant && a.kind === 'decision_extension')
          await requireDecisionPeriodRunning(tx, current, today, a.kind);
        if (grant) await this.apply(tx, current, a, today, now);
        const row = await repo.findApproval(tx, approvalId);
        if (!row) throw notFound('approval', approvalId);
        return {
          event: {
            type: grant ? 'approval_granted' : 'approval_rejected',
            summary: `${grant ? '批准' : '不予批准'}${KIND_LABELS[a.kind] ?? a.kind}：${reason}`,
            detail: { approvalId, kind: a.kind },
          },
          result: this.present(row),
        };
      },
    });
  }

  /** The effect of a granted request on the case. */
  private async apply(tx: Tx, c: CaseRow, a: ApprovalRow, today: string, now: string) {
    const payload = payloadOf(a);
    switch (a.kind) {
      case 'decision_extension':
        await repo.update(tx, c.id, {
          decisionExtensionDays: c.decisionExtensionDays + (payload.days ?? 0),
          updatedAt: now,
        });
        return;
      case 'suspension':
        await repo.update(tx, c.id, { status: 'suspended', updatedAt: now });
        await repo.insertPeriod(tx, {
          id: randomUUID(),
          caseId: c.id,
          kind: 'suspension',
          startedOn: today,
          endedOn: null,
          note: a.reason,
          createdBy: a.requestedBy,
          createdAt: now,
        });
        return;
      case 'resumption':
        await repo.update(tx, c.id, { status: 'open', updatedAt: now });
        await this.endOpenPeriods(tx, c.id, today, 'suspension');
        return;
      case 'termination':
        await repo.update(tx, c.id, { status: 'terminated', updatedAt: now });
        await this.endOpenPeriods(tx, c.id, today);
        return;
      case 'recusal':
        if (payload.officerId)
          await repo.removeOfficer(tx, c.id, payload.officerId, now, `回避：${a.reason}`);
        return;
      case 'evidence_preservation':
      case 'payment_deferral':
      case 'payment_instalments':
      case 'seizure_extension':
        await this.effects.get(a.kind)?.apply(tx, c, payload, today, now);
        return;
    }
  }

  private async endOpenPeriods(tx: Tx, caseId: string, today: string, kind?: string) {
    for (const p of await repo.periods(tx, caseId)) {
      if (p.endedOn === null && (kind === undefined || p.kind === kind))
        await repo.endPeriod(tx, p.id, today);
    }
  }
}

/**
 * The decision period (90 days and its extensions) still runs today: its deadline, as last refreshed,
 * is today or later, or paused by an open excluded period.
 */
async function requireDecisionPeriodRunning(db: Executor, c: CaseRow, today: string, kind: string) {
  const deadline = (await repo.deadlines(db, c.id)).find((d) => d.kind === 'decision');
  if (deadline && deadline.status !== 'paused' && deadline.due < today)
    throw new AppError('APPROVAL_NOT_APPLICABLE', { kind, reason: 'period_expired', due: deadline.due });
}
