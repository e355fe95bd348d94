import { formatCents } from '../../../shared/money.js';
import { PAYMENT_METHOD_LABELS } from '../../../shared/execution-vocabulary.js';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../platform/auth/auth.service.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError, notFound, type ErrorReason } from '../../platform/errors.js';
import type { ApprovalEffect } from '../cases/approval.service.js';
import type { CaseRow } from '../cases/case.service.js';
import type { ApprovalRequestInput } from '../cases/case.schema.js';
import { invalidField, notAfterToday, writeAction, type ExecutionDeps } from './execution-kit.js';
import type { ExecutionSnapshot } from './execution-state.js';
import { executionRepository as repo } from './execution.repository.js';
import { presentPayment } from './execution.service.js';
import {
  courtApplicationProblem,
  deferralProblems,
  instalmentProblems,
  onsiteCollectionProblem,
  toCents,
  toYuan,
  type PlanIssue,
  type ScheduleItem,
} from './payment.rules.js';
import type { PaymentInput } from './execution.schema.js';

type Payload = ApprovalRequestInput['payload'];

/** Principal overdue on a day: what fell due before it, less everything paid up to and including it. */
function overdueOn(x: ExecutionSnapshot, day: string): number {
  const due = x.money.schedule.filter((i) => i.dueOn < day).reduce((s, i) => s + i.amountCents, 0);
  const paid = x.money.payments.filter((p) => p.paidOn <= day).reduce((s, p) => s + p.principalCents, 0);
  return Math.max(0, due - paid);
}

const notApplicable = (
  reason: ErrorReason<'EXECUTION_NOT_APPLICABLE'>,
  details: Record<string, unknown> = {},
) => new AppError('EXECUTION_NOT_APPLICABLE', { reason, ...details });

/**
 * Execution of money penalties: payments (with the 罚没款缴纳凭证 written alongside), the hand-in of
 * money collected on the spot, deferral and instalments (approval kinds with effects), 催告 and the
 * application to the court.
 */
export class PaymentService {
  constructor(private readonly deps: ExecutionDeps) {}

  async pay(principal: Principal, caseId: string, input: PaymentInput) {
    return writeAction(this.deps, principal, caseId, 'execution', async (tx, c, x) => {
      const d = x.decision;
      if (!d || x.money.payableCents === 0) throw notApplicable('nothing_to_pay');
      notAfterToday('paidOn', input.paidOn, x.today);
      if (input.paidOn < d.decidedOn) throw invalidField('paidOn', '缴款日期不能早于决定日期');
      const amountCents = toCents(input.amount);
      const lateFeeCents = toCents(input.lateFee ?? 0);
      if (lateFeeCents > amountCents) throw invalidField('lateFee', '加处罚款不能超过缴纳金额');
      const principalCents = amountCents - lateFeeCents;
      if (principalCents > x.money.unpaidCents)
        throw notApplicable('exceeds_unpaid', { unpaid: toYuan(x.money.unpaidCents) });
      const ground = input.method === 'onsite' ? (input.onsiteGround ?? 'small_fine') : null;
      if (ground !== null) {
        const problem = onsiteCollectionProblem({
          summary: d.source === 'summary',
          fineCents: x.money.fineCents,
          ground,
        });
        if (problem) throw new AppError('ONSITE_COLLECTION_NOT_ALLOWED', { reason: problem, ground });
      }
      const payer = input.payer ?? c.partyName;
      const receipt = await this.deps.records.generate(tx, principal, c, {
        type: 'payment_receipt',
        title: `罚没款缴纳凭证（${input.receiptNumber}）`,
        content: `${payer}于${input.paidOn}${PAYMENT_METHOD_LABELS[input.method]}${formatCents(amountCents)}。`,
        fields: {
          decisionNumber: d.documentNumber,
          payer,
          amount: toYuan(amountCents),
          ...(lateFeeCents > 0 ? { lateFee: toYuan(lateFeeCents) } : {}),
          paidOn: input.paidOn,
          receiptNumber: input.receiptNumber,
          paymentMethod: input.method,
          instalment: x.money.plan?.kind === 'instalments',
        },
      });
      const row = {
        id: randomUUID(),
        caseId: c.id,
        amountCents,
        lateFeeCents,
        paidOn: input.paidOn,
        receiptNumber: input.receiptNumber,
        method: input.method,
        onsiteGround: ground,
        payer,
        handedInOn: null,
        receiptSeriesId: receipt.seriesId,
        createdBy: principal.id,
        createdAt: this.deps.clock().toISOString(),
      };
      await repo.insertPayment(tx, row);
      const after = await this.deps.state.of(tx, c, x.today);
      const view = after.money.payments.find((p) => p.id === row.id);
      if (!view) throw notFound('payment', row.id);
      return {
        event: {
          type: 'payment_recorded',
          summary: `缴纳罚没款 ${formatCents(amountCents)}（${PAYMENT_METHOD_LABELS[input.method]}，票据号 ${input.receiptNumber}），尚欠 ${formatCents(after.money.unpaidCents)}`,
          detail: {
            paymentId: row.id,
            amount: toYuan(amountCents),
            paidOn: input.paidOn,
            method: input.method,
          },
          after: row,
        },
        result: presentPayment(view),
      };
    });
  }

  /** Money collected on the spot reaches the body within 2 working days. APL Art. 71. */
  async handIn(principal: Principal, caseId: string, paymentId: string, handedInOn: string) {
    return writeAction(this.deps, principal, caseId, 'open', async (tx, c, x) => {
      const p = x.money.payments.find((q) => q.id === paymentId && q.source === 'entry');
      if (!p) throw notFound('payment', paymentId);
      if (p.method !== 'onsite') throw notApplicable('not_collected_onsite');
      if (p.handedInOn !== null) throw notApplicable('already_handed_in', { handedInOn: p.handedInOn });
      notAfterToday('handedInOn', handedInOn, x.today);
      if (handedInOn < p.paidOn) throw invalidField('handedInOn', '交款日期不能早于收缴日期');
      await repo.updatePayment(tx, paymentId, { handedInOn });
      const late = p.handInDue !== null && handedInOn > p.handInDue;
      return {
        event: {
          type: 'onsite_collection_handed_in',
          summary: `当场收缴的罚款已交至本机关（${handedInOn}${late ? `，逾期，应于 ${p.handInDue} 前交纳` : ''}）`,
          detail: { paymentId, handedInOn, due: p.handInDue, late },
        },
        result: presentPayment({ ...p, handedInOn }),
      };
    });
  }

  /** 催告: only once money is overdue, before any court application. ACL Art. 54. */
  async demand(
    principal: Principal,
    caseId: string,
    input: { servedOn: string; documentNumber?: string | undefined; note?: string | undefined },
  ) {
    return writeAction(this.deps, principal, caseId, 'execution', async (tx, c, x) => {
      if (x.money.unpaidCents === 0) throw notApplicable('nothing_unpaid');
      if (x.application) throw notApplicable('court_applied');
      notAfterToday('servedOn', input.servedOn, x.today);
      if (overdueOn(x, input.servedOn) === 0)
        throw notApplicable('not_overdue', { dueOn: x.money.nextDue, servedOn: input.servedOn });
      const row = {
        id: randomUUID(),
        caseId: c.id,
        servedOn: input.servedOn,
        documentNumber: input.documentNumber ?? null,
        note: input.note ?? null,
        createdBy: principal.id,
        createdAt: this.deps.clock().toISOString(),
      };
      await repo.insertDemand(tx, row);
      const after = await this.deps.state.of(tx, c, x.today);
      const waitEndsOn = after.demand?.waitEndsOn ?? input.servedOn;
      return {
        event: {
          type: 'enforcement_demand_served',
          summary: `送达催告书（${input.servedOn}）；${waitEndsOn} 后仍未履行的，可以申请人民法院强制执行`,
          detail: { demandId: row.id, servedOn: input.servedOn, waitEndsOn },
          after: row,
        },
        result: { ...row, waitEndsOn },
      };
    });
  }

  /** 申请人民法院强制执行: after the 催告's wait, within 3 months of the end of the litigation period. ACL Art. 53-54. */
  async applyToCourt(
    principal: Principal,
    caseId: string,
    input: {
      appliedOn: string;
      court: string;
      courtCaseNumber?: string | undefined;
      note?: string | undefined;
    },
  ) {
    return writeAction(this.deps, principal, caseId, 'execution', async (tx, c, x) => {
      if (x.money.unpaidCents === 0) throw notApplicable('nothing_unpaid');
      if (x.application) throw notApplicable('already_applied', { appliedOn: x.application.appliedOn });
      if (!x.window) throw notApplicable('decision_not_served');
      notAfterToday('appliedOn', input.appliedOn, x.today);
      const problem = courtApplicationProblem({
        appliedOn: input.appliedOn,
        demandWaitEndsOn: x.demand?.waitEndsOn ?? null,
        window: x.window,
      });
      if (problem?.code === 'COURT_APPLICATION_TOO_EARLY')
        throw new AppError(problem.code, { missing: problem.missing, window: x.window });
      if (problem?.code === 'COURT_APPLICATION_TOO_LATE')
        throw new AppError(problem.code, { closesOn: problem.closesOn, window: x.window });
      const row = {
        id: randomUUID(),
        caseId: c.id,
        appliedOn: input.appliedOn,
        court: input.court,
        courtCaseNumber: input.courtCaseNumber ?? null,
        note: input.note ?? null,
        createdBy: principal.id,
        createdAt: this.deps.clock().toISOString(),
      };
      await repo.insertCourtApplication(tx, row);
      return {
        event: {
          type: 'court_enforcement_applied',
          summary: `向${input.court}申请强制执行（${input.appliedOn}），未缴 ${formatCents(x.money.unpaidCents)}`,
          detail: { applicationId: row.id, appliedOn: input.appliedOn, unpaid: toYuan(x.money.unpaidCents) },
          after: row,
        },
        result: row,
      };
    });
  }

  // ---- deferral and instalments: approval kinds (APL Art. 66 para 2) ----

  private async planFacts(db: Executor, c: CaseRow) {
    if (c.stage !== 'execution')
      throw new AppError('APPROVAL_NOT_APPLICABLE', { reason: 'not_in_execution', stage: c.stage });
    const x = await this.deps.state.of(db, c, chinaDate(this.deps.clock()));
    if (x.money.unpaidCents === 0)
      throw new AppError('APPROVAL_NOT_APPLICABLE', { reason: 'nothing_unpaid' });
    if (x.application) throw new AppError('APPROVAL_NOT_APPLICABLE', { reason: 'court_applied' });
    return x;
  }

  private planItems(
    kind: 'deferral' | 'instalments',
    x: ExecutionSnapshot,
    payload: Payload,
  ): ScheduleItem[] {
    const issues = (list: PlanIssue[]) => {
      if (list.length > 0) throw new AppError('VALIDATION_FAILED', { fields: list });
    };
    if (kind === 'deferral') {
      if (payload.dueOn === undefined) throw invalidField('payload.dueOn', '请填写延期后的缴款期限');
      issues(deferralProblems(payload.dueOn, x.money.nextDue, x.today));
      return [{ dueOn: payload.dueOn, amountCents: x.money.unpaidCents }];
    }
    if (payload.instalments === undefined) throw invalidField('payload.instalments', '请填写分期缴纳计划');
    const items = payload.instalments.map((i) => ({ dueOn: i.dueOn, amountCents: toCents(i.amount) }));
    issues(instalmentProblems(items, x.money.unpaidCents, x.today));
    return items;
  }

  private planEffect(kind: 'deferral' | 'instalments'): ApprovalEffect {
    return {
      check: async (db, c, payload) => {
        this.planItems(kind, await this.planFacts(db, c), payload);
      },
      apply: async (tx, c, payload, today, now) => {
        const x = await this.deps.state.of(tx, c, today);
        const items = this.planItems(kind, x, payload);
        await repo.insertPlan(tx, {
          id: randomUUID(),
          caseId: c.id,
          kind,
          schedule: JSON.stringify(items),
          settledCents: x.money.paidCents,
          grantedOn: today,
          createdAt: now,
        });
      },
    };
  }

  /** Approval kind `payment_deferral` (payload `dueOn`). */
  readonly deferralEffect = this.planEffect('deferral');
  /** Approval kind `payment_instalments` (payload `instalments: [{ dueOn, amount }]`, summing to the unpaid amount). */
  readonly instalmentEffect = this.planEffect('instalments');
}
