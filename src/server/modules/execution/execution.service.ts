import type { z } from 'zod';
import type { Principal } from '../../platform/auth/auth.service.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/database.js';
import type { CaseDeadlineTable } from '../../platform/db/schema.js';
import type { DeadlineSource } from '../cases/case-deadlines.js';
import type { CaseRow } from '../cases/case.service.js';
import { RECHECK_PERIOD } from './correction.rules.js';
import type { ExecutionDeps } from './execution-kit.js';
import { daysBetween, type ExecutionSnapshot, type PaymentView } from './execution-state.js';
import type { OutcomeRow } from './execution.repository.js';
import type * as s from './execution.schema.js';
import { DECISION_SERVICE_PERIOD } from './service.rules.js';
import { HAND_IN_PERIOD, toYuan } from './payment.rules.js';

type Snapshot = ExecutionSnapshot;

export function presentPayment(p: PaymentView): z.infer<typeof s.payment> {
  return {
    id: p.id,
    source: p.source,
    amount: p.amountCents === null ? null : toYuan(p.amountCents),
    principal: toYuan(p.principalCents),
    lateFee: toYuan(p.lateFeeCents),
    paidOn: p.paidOn,
    receiptNumber: p.receiptNumber,
    method: p.method,
    onsiteGround: p.onsiteGround,
    handedInOn: p.handedInOn,
    handInDue: p.handInDue,
    assumedFull: p.assumedFull,
    receiptRecordId: p.receiptRecordId,
  };
}

export function presentSeizure(x: Snapshot['seizures'][number]): z.infer<typeof s.seizure> {
  return {
    id: x.id,
    measure: x.measure,
    items: x.items,
    decisionNumber: x.decisionNumber,
    seizedOn: x.seizedOn,
    periodDays: x.periodDays,
    extensionDays: x.extensionDays,
    extendedOn: x.extendedOn,
    testingDays: x.testingDays,
    testings: x.testings.map((p) => ({
      id: p.id,
      kind: p.kind,
      startedOn: p.startedOn,
      endsOn: p.endsOn,
      toldOn: p.toldOn,
      note: p.note,
    })),
    endsOn: x.endsOn,
    disposedLate: x.disposedLate,
    liftedOn: x.liftedOn,
    liftReason: x.liftReason,
    liftNote: x.liftNote,
    status: x.status,
  };
}

export function presentDaily(d: Snapshot['daily'][number]): z.infer<typeof s.dailyPenalty> {
  return {
    id: d.id,
    orderId: d.orderId,
    decisionNumber: d.decisionNumber,
    decidedOn: d.decidedOn,
    firstDay: d.firstDay,
    lastDay: d.lastDay,
    days: d.days,
    dailyAmount: toYuan(d.dailyAmountCents),
    total: toYuan(d.totalCents),
    servedOn: d.servedOn,
    dueOn: d.dueOn,
  };
}

export function presentRecheck(r: Snapshot['orders'][number]['rechecks'][number]): z.infer<typeof s.recheck> {
  return {
    id: r.id,
    orderId: r.orderId,
    recheckedOn: r.recheckedOn,
    result: r.result,
    note: r.note,
    createdAt: r.createdAt,
  };
}

export function presentOrder(o: Snapshot['orders'][number]): z.infer<typeof s.correctionOrder> {
  return {
    id: o.id,
    documentNumber: o.documentNumber,
    requirements: o.requirements,
    orderedOn: o.orderedOn,
    servedOn: o.servedOn,
    dueOn: o.dueOn,
    recheckDue: o.recheckDue.due,
    status: o.status,
    rechecks: o.rechecks.map(presentRecheck),
    dailyPenalties: o.dailyPenalties.map(presentDaily),
  };
}

export function presentOutcome(o: OutcomeRow, archivedAt: string | null): z.infer<typeof s.outcome> {
  return {
    id: o.id,
    kind: o.kind,
    result: o.result,
    decidedOn: o.decidedOn,
    body: o.body,
    documentNumber: o.documentNumber,
    summary: o.summary,
    amount: o.amountCents === null ? null : toYuan(o.amountCents),
    recordId: o.recordId,
    supplementary: archivedAt !== null && o.createdAt >= archivedAt,
    createdAt: o.createdAt,
  };
}

export function presentExecution(c: CaseRow, x: Snapshot): z.infer<typeof s.execution> {
  const m = x.money;
  return {
    caseId: c.id,
    stage: c.stage,
    status: c.status,
    asOf: x.today,
    decision: x.decision && {
      source: x.decision.source,
      documentNumber: x.decision.documentNumber,
      decidedOn: x.decision.decidedOn,
      outcome: x.decision.outcome,
    },
    consent: x.consent && {
      id: x.consent.id,
      address: x.consent.address,
      signedOn: x.consent.signedOn,
      note: x.consent.note,
      createdAt: x.consent.createdAt,
    },
    service: x.services,
    decisionServedOn: x.decisionServedOn,
    serviceDue: x.serviceDue?.due ?? null,
    serviceLate: x.serviceLate,
    payment:
      m.payableCents === 0
        ? null
        : {
            amount: toYuan(m.payableCents),
            fine: toYuan(m.fineCents),
            paid: toYuan(m.paidCents),
            unpaid: toYuan(m.unpaidCents),
            overdue: toYuan(m.overdueCents),
            dueOn: m.nextDue,
            lateFee: toYuan(m.lateFee.cents),
            lateFeeDays: m.lateFee.days,
            lateFeeCapped: m.lateFee.capped,
            lateFeePaid: toYuan(m.lateFeePaidCents),
            lateFeeBase: x.settings.lateFeeBase,
            plan: m.plan?.kind ?? null,
            instalments:
              m.plan?.kind === 'instalments'
                ? m.allocated.map((i) => ({
                    dueOn: i.dueOn,
                    amount: toYuan(i.amountCents),
                    paid: toYuan(i.paidCents),
                    overdue: i.dueOn < x.today && i.paidCents < i.amountCents,
                  }))
                : [],
            payments: m.payments.map(presentPayment),
          },
    seizures: x.seizures.map(presentSeizure),
    correctionOrders: x.orders.map(presentOrder),
    demand: x.demand && {
      id: x.demand.id,
      servedOn: x.demand.servedOn,
      documentNumber: x.demand.documentNumber,
      note: x.demand.note,
      waitEndsOn: x.demand.waitEndsOn,
      createdAt: x.demand.createdAt,
    },
    courtApplication: x.application && {
      id: x.application.id,
      appliedOn: x.application.appliedOn,
      court: x.application.court,
      courtCaseNumber: x.application.courtCaseNumber,
      note: x.application.note,
      createdAt: x.application.createdAt,
    },
    courtWindow: m.payableCents > 0 ? x.window : null,
    outcomes: x.outcomes.map((o) => presentOutcome(o, c.archivedAt)),
    summaryDecision: x.summary && {
      formNumber: x.summary.formNumber,
      decidedAt: x.summary.decidedAt,
      location: x.summary.location,
      filedOn: x.summary.filedOn,
    },
    complete: x.complete,
    missing: x.missing,
  };
}

const flag = (b: boolean) => (b ? 1 : 0);

/**
 * The summary of a case's service and execution and the module's case deadlines (the closing
 * gate's facts are the `ExecutionState`'s).
 */
export class ExecutionService implements DeadlineSource {
  constructor(private readonly deps: ExecutionDeps) {}

  private today() {
    return chinaDate(this.deps.clock());
  }

  async view(principal: Principal, caseId: string) {
    const c = await this.deps.access.readable(this.deps.db, principal, caseId);
    return presentExecution(c, await this.deps.state.of(this.deps.db, c, this.today()));
  }

  async deadlines(tx: Executor, c: CaseRow, now: string): Promise<CaseDeadlineTable[]> {
    const x = await this.deps.state.of(tx, c, this.today());
    const terminated = c.status === 'terminated';
    const row = (
      kind: string,
      startsOn: string,
      days: number,
      unit: 'working_days' | 'calendar_days',
      due: { due: string; provisional: boolean },
      status: 'open' | 'met' | 'cancelled',
    ): CaseDeadlineTable => ({
      caseId: c.id,
      kind,
      startsOn,
      days,
      unit,
      due: due.due,
      provisional: flag(due.provisional),
      status,
      updatedAt: now,
    });
    const out: CaseDeadlineTable[] = [];
    const d = x.decision;
    if (d && x.serviceDue) {
      const served = x.services.some((s) => s.documentKind === 'decision');
      out.push(
        row(
          'decision_service',
          d.decidedOn,
          DECISION_SERVICE_PERIOD.days,
          DECISION_SERVICE_PERIOD.unit,
          x.serviceDue,
          served ? 'met' : terminated ? 'cancelled' : 'open',
        ),
      );
    }
    const m = x.money;
    if (m.nextDue !== null && x.decisionServedOn !== null) {
      const status =
        m.unpaidCents === 0 ? 'met' : x.application !== null || terminated ? 'cancelled' : 'open';
      const provisional = x.cal.provisionalBetween(x.decisionServedOn, m.nextDue);
      out.push(
        row(
          'payment',
          x.decisionServedOn,
          Math.max(0, daysBetween(x.decisionServedOn, m.nextDue)),
          'calendar_days',
          { due: m.nextDue, provisional },
          status,
        ),
      );
    }
    if (x.demand && x.window) {
      const w = x.window;
      out.push(
        row(
          'court_application',
          w.remedyEndsOn,
          daysBetween(w.remedyEndsOn, w.closesOn),
          'calendar_days',
          { due: w.closesOn, provisional: false },
          x.application !== null ? 'met' : m.unpaidCents === 0 || terminated ? 'cancelled' : 'open',
        ),
      );
    }
    for (const z of x.seizures) {
      out.push(
        row(
          `seizure:${z.id}`,
          z.seizedOn,
          z.periodDays + z.extensionDays,
          'calendar_days',
          { due: z.endsOn, provisional: false },
          z.liftedOn !== null ? 'met' : 'open',
        ),
      );
    }
    for (const p of m.payments) {
      if (p.handInDue === null) continue;
      out.push(
        row(
          `onsite_hand_in:${p.id}`,
          p.paidOn,
          HAND_IN_PERIOD.days,
          HAND_IN_PERIOD.unit,
          x.cal.due(p.paidOn, HAND_IN_PERIOD),
          p.handedInOn !== null ? 'met' : 'open',
        ),
      );
    }
    for (const o of x.orders) {
      out.push(
        row(
          `correction_recheck:${o.id}`,
          o.servedOn,
          RECHECK_PERIOD.days,
          RECHECK_PERIOD.unit,
          o.recheckDue,
          o.rechecks.length > 0 ? 'met' : terminated ? 'cancelled' : 'open',
        ),
      );
    }
    return out;
  }
}
