import { formatCents } from '../../../shared/money.js';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../platform/auth/auth.service.js';
import { AppError, notFound } from '../../platform/errors.js';
import { dailyPenaltyPeriod, dailyPenaltyTotal, type RecheckResult } from './correction.rules.js';
import { invalidField, notAfterToday, writeAction, type ExecutionDeps } from './execution-kit.js';
import { executionRepository as repo } from './execution.repository.js';
import { presentDaily, presentOrder, presentRecheck } from './execution.service.js';
import { toCents, toYuan } from './payment.rules.js';

/**
 * 责令改正: the order with its due date, the recheck (复查) — corrected or not — and, when not
 * corrected, 按日连续处罚 for the days of refusal (环境保护法 Art. 59; 按日连续处罚办法 Art. 10, 17, 19).
 */
export class CorrectionService {
  constructor(private readonly deps: ExecutionDeps) {}

  async order(
    principal: Principal,
    caseId: string,
    input: {
      documentNumber: string;
      requirements: string;
      orderedOn: string;
      servedOn?: string | undefined;
      dueOn: string;
    },
  ) {
    return writeAction(this.deps, principal, caseId, 'active', async (tx, c, x) => {
      const servedOn = input.servedOn ?? input.orderedOn;
      notAfterToday('orderedOn', input.orderedOn, x.today);
      notAfterToday('servedOn', servedOn, x.today);
      if (servedOn < input.orderedOn) throw invalidField('servedOn', '送达日期不能早于决定日期');
      if (input.dueOn < input.orderedOn) throw invalidField('dueOn', '改正期限不能早于决定日期');
      const row = {
        id: randomUUID(),
        caseId: c.id,
        documentNumber: input.documentNumber,
        requirements: input.requirements,
        orderedOn: input.orderedOn,
        servedOn,
        dueOn: input.dueOn,
        createdBy: principal.id,
        createdAt: this.deps.clock().toISOString(),
      };
      await repo.insertOrder(tx, row);
      const after = await this.deps.state.of(tx, c, x.today);
      const o = after.orders.find((q) => q.id === row.id);
      if (!o) throw notFound('correction_order', row.id);
      return {
        event: {
          type: 'correction_ordered',
          summary: `责令改正（${input.documentNumber}），改正期限 ${input.dueOn}，复查期限 ${o.recheckDue.due}`,
          detail: { orderId: row.id, dueOn: input.dueOn, recheckDue: o.recheckDue.due },
          after: row,
        },
        result: presentOrder(o),
      };
    });
  }

  async recheck(
    principal: Principal,
    caseId: string,
    orderId: string,
    input: { recheckedOn: string; result: RecheckResult; note: string },
  ) {
    return writeAction(this.deps, principal, caseId, 'active', async (tx, c, x) => {
      const o = x.orders.find((q) => q.id === orderId);
      if (!o) throw notFound('correction_order', orderId);
      notAfterToday('recheckedOn', input.recheckedOn, x.today);
      const last = o.rechecks.at(-1);
      if (input.recheckedOn <= o.servedOn || (last && input.recheckedOn < last.recheckedOn))
        throw invalidField('recheckedOn', '复查日期须晚于责令改正决定书送达日期和上次复查日期');
      const row = {
        id: randomUUID(),
        caseId: c.id,
        orderId,
        recheckedOn: input.recheckedOn,
        result: input.result,
        note: input.note,
        createdBy: principal.id,
        createdAt: this.deps.clock().toISOString(),
      };
      await repo.insertRecheck(tx, row);
      return {
        event: {
          type: 'correction_rechecked',
          summary: `复查（${o.documentNumber}）：${input.result === 'corrected' ? '已改正' : '拒不改正'}`,
          detail: { orderId, recheckId: row.id, recheckedOn: input.recheckedOn, result: input.result },
          after: row,
        },
        result: presentRecheck(row),
      };
    });
  }

  /** 按日连续处罚 for the days up to the latest recheck that found the violation continuing. */
  async dailyPenalty(
    principal: Principal,
    caseId: string,
    orderId: string,
    input: {
      decisionNumber: string;
      decidedOn: string;
      dailyAmount: number;
      facts?: string | undefined;
      basis?: string | undefined;
    },
  ) {
    // a penalty decision: the head decides it (APL Art. 57), after the procedure any penalty needs
    return writeAction(
      this.deps,
      principal,
      caseId,
      'active',
      async (tx, c, x) => {
        const o = x.orders.find((q) => q.id === orderId);
        if (!o) throw notFound('correction_order', orderId);
        const last = o.rechecks.at(-1);
        if (last?.result !== 'not_corrected')
          throw new AppError('EXECUTION_NOT_APPLICABLE', {
            reason: last ? 'corrected' : 'no_recheck',
            missing: last ? [] : [`recheck:${orderId}`],
          });
        const previous = o.dailyPenalties.at(-1);
        const period = dailyPenaltyPeriod(previous?.lastDay ?? o.servedOn, last.recheckedOn);
        if (!period) throw new AppError('EXECUTION_NOT_APPLICABLE', { reason: 'already_fined_to_recheck' });
        notAfterToday('decidedOn', input.decidedOn, x.today);
        if (input.decidedOn < last.recheckedOn) throw invalidField('decidedOn', '决定日期不能早于复查日期');
        const dailyAmountCents = toCents(input.dailyAmount);
        const totalCents = dailyPenaltyTotal(dailyAmountCents, period.days);
        // prior notice and its window, hearing, legal review and 集体讨论 where the catalog says so —
        // the same gate as any penalty decision (环境保护法 Art. 59; APL Art. 44-45, 57-58, 62-64)
        const blockers = await this.deps.penaltyGate.penaltyBlockers(
          tx,
          c,
          {
            outcome: 'penalty',
            penalties: [{ type: 'daily_fine', amount: toYuan(totalCents) }],
            facts: input.facts ?? dailyPenaltyFacts(o.documentNumber, last.recheckedOn),
            basis: input.basis ?? DAILY_PENALTY_BASIS,
            decidedOn: input.decidedOn,
          },
          x.today,
        );
        const first = blockers.find((b) => b.code === 'LEGAL_REVIEW_REQUIRED') ?? blockers[0];
        if (first) throw new AppError(first.code, { missing: blockers.flatMap((b) => b.missing), blockers });
        const row = {
          id: randomUUID(),
          caseId: c.id,
          orderId,
          decisionNumber: input.decisionNumber,
          decidedOn: input.decidedOn,
          ...period,
          dailyAmountCents,
          totalCents,
          createdBy: principal.id,
          createdAt: this.deps.clock().toISOString(),
        };
        await repo.insertDailyPenalty(tx, row);
        await this.deps.cases.hooks.decided(tx, principal, c, {
          source: 'daily_penalty',
          sourceId: row.id,
          documentNumber: input.decisionNumber,
          outcome: 'penalty',
          summary: `按日连续处罚：${period.firstDay} 至 ${period.lastDay} 共 ${period.days} 日`,
          facts: input.facts ?? dailyPenaltyFacts(o.documentNumber, last.recheckedOn),
          basis: input.basis ?? DAILY_PENALTY_BASIS,
          decidedOn: input.decidedOn,
          penalties: [{ type: 'daily_fine', amount: toYuan(totalCents) }],
        });
        return {
          event: {
            type: 'daily_penalty_decided',
            summary: `按日连续处罚（${input.decisionNumber}）：${period.firstDay} 至 ${period.lastDay} 共 ${period.days} 日，每日 ${formatCents(dailyAmountCents)}，合计 ${formatCents(row.totalCents)}`,
            detail: { dailyPenaltyId: row.id, orderId, ...period, total: toYuan(row.totalCents) },
            after: row,
          },
          result: presentDaily({ ...row, servedOn: null, dueOn: null }),
        };
      },
      { permission: 'case.approve' },
    );
  }
}

/** The legal basis of a 按日连续处罚 (default of the request's `basis`). */
export const DAILY_PENALTY_BASIS =
  '《中华人民共和国环境保护法》第五十九条；《环境保护主管部门实施按日连续处罚办法》';

/** The facts of a 按日连续处罚 (default of the request's `facts`): the order refused, as the recheck found. */
export function dailyPenaltyFacts(orderNumber: string, recheckedOn: string): string {
  return `当事人收到责令改正违法行为决定书（${orderNumber}）后拒不改正，经${recheckedOn}复查，违法行为仍在继续。`;
}
