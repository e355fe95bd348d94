import type { IsoDate, WorkingCalendar } from '../../platform/calendar/calendar.rules.js';
import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import { z } from 'zod';
import { storedPenalties } from '../../../shared/contracts/review.js';
import type { Executor } from '../../platform/db/database.js';
import { jsonObject, parseJson } from '../../platform/db/json.js';
import type { CaseRow, ExecutionFacts } from '../cases/case.service.js';
import type { DecisionReader } from '../review/decision-facts.js';
import type { ParameterService } from '../parameters/parameter.service.js';
import { RECHECK_PERIOD, type RecheckResult } from './correction.rules.js';
import { closingGaps } from './execution.rules.js';
import { executionRepository as repo } from './execution.repository.js';
import {
  DEFAULT_LATE_FEE_BASE,
  HAND_IN_PERIOD,
  LATE_FEE_BASES,
  SETTLED_DUE_ON,
  allocate,
  courtWindow,
  demandWaitEnds,
  lateFee,
  moneyOf,
  paymentDue,
  toCents,
  type LateFeeBase,
  type PaymentFact,
  type PenaltyLike,
  type ScheduleItem,
} from './payment.rules.js';
import type { SeizureStatus } from '../../../shared/execution-vocabulary.js';
import { seizureEndsOn, testingDays } from './seizure.rules.js';
import {
  ANNOUNCEMENT_DAYS,
  UNSERVED_OUTCOMES,
  decisionServiceDue,
  receiptService,
  receiptServesDocument,
  servesDecision,
  type ServiceMethod,
} from './service.rules.js';

/** The decision being executed: the review module's, or a summary decision of this module. */
export type DecisionFact = {
  source: 'decision' | 'summary';
  documentNumber: string;
  decidedOn: IsoDate;
  outcome: string;
  penalties: PenaltyLike[];
};

export type ServiceFact = {
  id: string;
  source: 'entry' | 'record';
  documentKind: 'decision' | 'daily_penalty' | 'record' | 'other';
  documentRef: string | null;
  documentName: string;
  documentNumber: string | null;
  method: ServiceMethod | null;
  recipient: string | null;
  receivedOn: IsoDate | null;
  announcedOn: IsoDate | null;
  servedOn: IsoDate;
  mediaId: string | null;
  receiptRecordId: string | null;
  createdAt: string;
};

export type PaymentView = {
  id: string;
  source: 'entry' | 'record';
  amountCents: number | null;
  principalCents: number;
  lateFeeCents: number;
  paidOn: IsoDate;
  receiptNumber: string | null;
  method: string | null;
  onsiteGround: string | null;
  handedInOn: IsoDate | null;
  handInDue: IsoDate | null;
  /** A 罚没款缴纳凭证 without an amount counts as paying what was unpaid (see `recordPayments`). */
  assumedFull: boolean;
  receiptRecordId: string | null;
};

const RECEIPT_TYPES = ['service_receipt', 'payment_receipt'];
/** The decision's document, generated with it (review module's `DecisionDocuments`). */
const DECISION_DOCUMENT = 'penalty_decision';

/** The latest version of each record series. */
function latest<T extends { seriesId: string; version: number }>(rows: readonly T[]): T[] {
  const out = new Map<string, T>();
  for (const r of rows) {
    const seen = out.get(r.seriesId);
    if (!seen || seen.version < r.version) out.set(r.seriesId, r);
  }
  return [...out.values()];
}

const fieldsOf = (json: string) => parseJson(jsonObject, json, 'caseRecord.fields');
/** `paymentPlan.schedule`: the instalments or the deferred date, in cents. */
const storedSchedule = z.array(z.object({ dueOn: z.string(), amountCents: z.number() }));
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const date = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
const money = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? toCents(v) : null);
/** Calendar days from one date to another (for a deadline row's `days`). */
export const daysBetween = (from: IsoDate, to: IsoDate) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Everything about a case's service and execution, computed from the stored facts with the pure
 * rules: one read used by the summary view, the closing gate, the deadlines and every action's checks.
 */
export class ExecutionState implements ExecutionFacts {
  constructor(
    private readonly calendar: CalendarService,
    private readonly parameters: ParameterService,
    private readonly decisions: DecisionReader,
    private readonly clock: Clock,
  ) {}

  /** What keeps the case from 结案 (the cases module's `EXECUTION_OPEN` blocker's `missing`). */
  async closingGaps(db: Executor, c: CaseRow): Promise<string[]> {
    return (await this.of(db, c, chinaDate(this.clock()))).missing;
  }

  async settings(db: Executor): Promise<{ announcementDays: number; lateFeeBase: LateFeeBase }> {
    const days = await this.parameters.get('execution.announcementDays', db);
    const base = await this.parameters.get('execution.lateFeeBase', db);
    return {
      announcementDays: typeof days === 'number' ? days : ANNOUNCEMENT_DAYS,
      lateFeeBase: (LATE_FEE_BASES as readonly unknown[]).includes(base)
        ? (base as LateFeeBase)
        : DEFAULT_LATE_FEE_BASE,
    };
  }

  async decision(db: Executor, caseId: string): Promise<DecisionFact | null> {
    const d = await this.decisions.decision(db, caseId);
    if (d)
      return {
        source: 'decision',
        documentNumber: d.documentNumber,
        decidedOn: d.decidedOn,
        outcome: d.outcome,
        penalties: d.penalties,
      };
    const s = await repo.summary(db, caseId);
    if (s)
      return {
        source: 'summary',
        documentNumber: s.formNumber,
        decidedOn: s.decidedOn,
        outcome: 'penalty',
        penalties: parseJson(storedPenalties, s.penalties, 'summaryDecision.penalties'),
      };
    return null;
  }

  /**
   * When a record of the case (the prior notice, a hearing notice …) was served on the party: the
   * earliest service entered for it, or a 送达回证 record made after it that names it. Null while unserved.
   */
  async recordServedOn(
    db: Executor,
    caseId: string,
    record: { id: string; documentNumber: string | null; createdAt: string; names: readonly string[] },
  ): Promise<IsoDate | null> {
    const settings = await this.settings(db);
    const [entries, receipts] = await Promise.all([
      repo.services(db, caseId),
      repo.records(db, caseId, ['service_receipt']),
    ]);
    const linked = new Set(entries.map((e) => e.receiptSeriesId).filter((x): x is string => x !== null));
    const dates = [
      ...entries
        .filter((e) => e.documentKind === 'record' && e.documentRef === record.id)
        .map((e) => e.servedOn),
      ...latest(receipts)
        .filter((r) => !linked.has(r.seriesId) && r.createdAt >= record.createdAt)
        .flatMap((r) => {
          const fields = fieldsOf(r.fields);
          if (!receiptServesDocument(fields, record)) return [];
          return [
            receiptService(fields, chinaDate(new Date(r.createdAt)), settings.announcementDays).servedOn,
          ];
        }),
    ];
    return dates.sort()[0] ?? null;
  }

  async calendarFor(db: Executor, c: CaseRow, decidedOn: IsoDate | undefined, today: IsoDate) {
    const years = [
      c.createdAt.slice(0, 4),
      decidedOn?.slice(0, 4) ?? today.slice(0, 4),
      today.slice(0, 4),
    ].map(Number);
    return this.calendar.calendarFor(Math.min(...years) - 1, Math.max(...years) + 3, db);
  }

  async of(db: Executor, c: CaseRow, today: IsoDate) {
    const settings = await this.settings(db);
    const decision = await this.decision(db, c.id);
    const cal = await this.calendarFor(db, c, decision?.decidedOn, today);
    const [entries, recordRows, consents, paymentRows, plans, demands, applications] = await Promise.all([
      repo.services(db, c.id),
      repo.records(db, c.id, [...RECEIPT_TYPES, DECISION_DOCUMENT]),
      repo.consents(db, c.id),
      repo.payments(db, c.id),
      repo.plans(db, c.id),
      repo.demands(db, c.id),
      repo.courtApplications(db, c.id),
    ]);
    const [seizureRows, testingRows, orderRows, recheckRows, dailyRows, outcomeRows, summary] =
      await Promise.all([
        repo.seizures(db, c.id),
        repo.seizureTestings(db, c.id),
        repo.orders(db, c.id),
        repo.rechecks(db, c.id),
        repo.dailyPenalties(db, c.id),
        repo.outcomes(db, c.id),
        repo.summary(db, c.id),
      ]);
    const receipts = recordRows.filter((r) => r.type !== DECISION_DOCUMENT);
    const latestReceipts = latest(receipts);
    // the 行政处罚决定书 generated with a penalty decision (review module); a summary decision is the
    // pre-numbered form itself, other outcomes have no document here
    const documentMissing =
      decision?.source === 'decision' &&
      decision.outcome === 'penalty' &&
      !recordRows.some((r) => r.type === DECISION_DOCUMENT);

    // ---- service ----
    const linkedSeries = new Set(
      [...entries, ...paymentRows].map((e) => e.receiptSeriesId).filter((x): x is string => x !== null),
    );
    const services: ServiceFact[] = [
      ...entries.map((e): ServiceFact => ({
        id: e.id,
        source: 'entry',
        documentKind: e.documentKind,
        documentRef: e.documentRef,
        documentName: e.documentName,
        documentNumber: e.documentNumber,
        method: e.method,
        recipient: e.recipient,
        receivedOn: e.receivedOn,
        announcedOn: e.announcedOn,
        servedOn: e.servedOn,
        mediaId: e.mediaId,
        receiptRecordId: latestReceipts.find((r) => r.seriesId === e.receiptSeriesId)?.id ?? null,
        createdAt: e.createdAt,
      })),
      ...latestReceipts
        .filter((r) => r.type === 'service_receipt' && !linkedSeries.has(r.seriesId))
        .map((r): ServiceFact => {
          const fields = fieldsOf(r.fields);
          const served = receiptService(fields, chinaDate(new Date(r.createdAt)), settings.announcementDays);
          const forDecision = decision !== null && servesDecision(fields, served.servedOn, decision);
          const first = Array.isArray(fields['documents']) ? (fields['documents'][0] as unknown) : undefined;
          const firstName =
            typeof first === 'string' ? first : str((first as { name?: unknown } | undefined)?.name);
          return {
            id: r.id,
            source: 'record',
            documentKind: forDecision ? 'decision' : 'other',
            documentRef: null,
            documentName: forDecision ? '行政处罚决定书' : (firstName ?? '送达文书'),
            documentNumber: forDecision ? (decision?.documentNumber ?? null) : null,
            method: served.method ?? null,
            recipient: str(fields['recipient']),
            receivedOn: date(fields['receivedOn']),
            announcedOn: date(fields['announcedOn']),
            servedOn: served.servedOn,
            mediaId: null,
            receiptRecordId: r.id,
            createdAt: r.createdAt,
          };
        }),
    ].sort((a, b) => (a.servedOn < b.servedOn ? -1 : a.servedOn > b.servedOn ? 1 : 0));

    const decisionServices = services.filter((s) => s.documentKind === 'decision');
    const decisionServedOn = decisionServices.map((s) => s.servedOn).sort()[0] ?? null;
    const serviceRequired = decision !== null && !UNSERVED_OUTCOMES.includes(decision.outcome);
    const serviceDue = serviceRequired && decision ? decisionServiceDue(cal, decision.decidedOn) : null;
    /** The act of service: the day of handing over, leaving, posting the return, or announcing. */
    const firstAct = decisionServices.map((s) => s.announcedOn ?? s.servedOn).sort()[0] ?? null;
    const decisionServed = decisionServedOn !== null && decisionServedOn <= today;

    // ---- money ----
    const decisionMoney =
      decision?.outcome === 'penalty' ? moneyOf(decision.penalties) : { payableCents: 0, fineCents: 0 };
    const dailyServedOn = (id: string) =>
      services
        .filter((s) => s.documentKind === 'daily_penalty' && s.documentRef === id)
        .map((s) => s.servedOn)
        .sort()[0] ?? null;
    const daily = dailyRows.map((d) => {
      const servedOn = dailyServedOn(d.id);
      return { ...d, servedOn, dueOn: servedOn ? paymentDue(cal, servedOn).due : null };
    });
    // a 按日连续处罚 decision is owed once it has been served on the party (APL Art. 61, 67)
    const owedDaily = daily.filter((d) => d.servedOn !== null && d.servedOn <= today);
    const payableCents = decisionMoney.payableCents + owedDaily.reduce((s, d) => s + d.totalCents, 0);
    const fineCents = decisionMoney.fineCents + owedDaily.reduce((s, d) => s + d.totalCents, 0);

    const payments = this.payments(paymentRows, latestReceipts, linkedSeries, payableCents, cal);
    const paidCents = Math.min(
      payableCents,
      payments.reduce((s, p) => s + p.principalCents, 0),
    );
    const unpaidCents = payableCents - paidCents;
    const facts: PaymentFact[] = payments.map((p) => ({
      paidOn: p.paidOn,
      principalCents: p.principalCents,
    }));

    const plan = plans.at(-1) ?? null;
    const planItems = plan ? parseJson(storedSchedule, plan.schedule, 'paymentPlan.schedule') : [];
    const baseDue = decisionServedOn ? paymentDue(cal, decisionServedOn) : null;
    const schedule: ScheduleItem[] = [
      ...(plan
        ? [{ dueOn: SETTLED_DUE_ON, amountCents: plan.settledCents }, ...planItems]
        : baseDue && decisionMoney.payableCents > 0
          ? [{ dueOn: baseDue.due, amountCents: decisionMoney.payableCents }]
          : []),
      ...daily
        .filter((d) => d.dueOn !== null && (plan === null || d.createdAt > plan.createdAt))
        .map((d) => ({ dueOn: d.dueOn ?? '', amountCents: d.totalCents })),
    ];
    const allocated = allocate(schedule, paidCents).filter((i) => i.dueOn !== SETTLED_DUE_ON);
    const nextDue =
      allocated.find((i) => i.paidCents < i.amountCents)?.dueOn ?? allocated.at(-1)?.dueOn ?? null;
    const overdueCents = Math.max(
      0,
      schedule.filter((i) => i.dueOn < today).reduce((s, i) => s + i.amountCents, 0) - paidCents,
    );
    const fee = lateFee({ fineCents, schedule, payments: facts, asOf: today, base: settings.lateFeeBase });

    // ---- 催告 and the court ----
    const demand = demands.at(-1) ?? null;
    const demandWait = demand ? demandWaitEnds(cal, demand.servedOn) : null;
    const application = applications[0] ?? null;
    const window = decisionServedOn ? courtWindow(cal, decisionServedOn) : null;

    // ---- seizures, orders ----
    const seizures = seizureRows.map((s) => {
      const testings = testingRows.filter((p) => p.seizureId === s.id);
      const excluded = testingDays(testings);
      const endsOn = seizureEndsOn(s.seizedOn, s.periodDays, s.extensionDays, excluded);
      const status: SeizureStatus = s.liftedOn !== null ? 'lifted' : today > endsOn ? 'expired' : 'in_force';
      return {
        ...s,
        items: parseJson(z.array(z.unknown()), s.items, 'seizure.items'),
        testings,
        testingDays: excluded,
        endsOn,
        status,
        // the disposal (lifting, or the decision it was lifted for) within the term (ACL Art. 27)
        disposedLate: s.liftedOn !== null && s.liftedOn > endsOn,
      };
    });
    const orders = orderRows.map((o) => {
      const rechecks = recheckRows.filter((r) => r.orderId === o.id);
      const status: RecheckResult | 'awaiting_recheck' = rechecks.at(-1)?.result ?? 'awaiting_recheck';
      return {
        ...o,
        recheckDue: cal.due(o.servedOn, RECHECK_PERIOD),
        rechecks,
        dailyPenalties: daily.filter((d) => d.orderId === o.id),
        status,
      };
    });

    const missing = closingGaps({
      terminated: c.status === 'terminated',
      outcome: decision?.outcome ?? null,
      serviceRequired,
      decisionServed,
      unpaidCents,
      courtApplied: application !== null,
      openSeizures: seizures.filter((s) => s.liftedOn === null).map((s) => s.id),
      ordersAwaitingRecheck: orders.filter((o) => o.rechecks.length === 0).map((o) => o.id),
      collectionsNotHandedIn: payments
        .filter((p) => p.method === 'onsite' && p.source === 'entry' && p.handedInOn === null)
        .map((p) => p.id),
      summaryUnfiled: summary !== undefined && summary.filedOn === null,
      dailyPenaltiesUnserved: daily.filter((d) => d.servedOn === null || d.servedOn > today).map((d) => d.id),
      documentMissing,
    });

    return {
      today,
      cal,
      settings,
      decision,
      documentMissing,
      services,
      consent: consents.at(-1) ?? null,
      decisionServedOn,
      decisionServed,
      serviceRequired,
      serviceDue,
      serviceLate: serviceDue !== null && firstAct !== null && firstAct > serviceDue.due,
      money: {
        payableCents,
        fineCents,
        decisionPayableCents: decisionMoney.payableCents,
        paidCents,
        unpaidCents,
        overdueCents,
        baseDue,
        nextDue,
        schedule,
        allocated,
        plan,
        payments,
        lateFee: fee,
        lateFeePaidCents: payments.reduce((s, p) => s + p.lateFeeCents, 0),
      },
      demand: demand && demandWait ? { ...demand, waitEndsOn: demandWait.due } : null,
      application,
      window,
      seizures,
      orders,
      daily,
      outcomes: outcomeRows,
      summary: summary ?? null,
      missing,
      complete: missing.length === 0,
    };
  }

  /**
   * Payments: those recorded through the API, and 罚没款缴纳凭证 records not written by it. A receipt
   * record's principal is its amount less any late fee in it; a receipt without an amount counts as
   * paying what was unpaid on its day (the treasury's receipt is the proof of payment; the record
   * shows the amount as missing) — so a bare receipt closes the money of a decision.
   */
  private payments(
    rows: Awaited<ReturnType<typeof repo.payments>>,
    receipts: { id: string; seriesId: string; type: string; fields: string; createdAt: string }[],
    linked: ReadonlySet<string>,
    payableCents: number,
    cal: WorkingCalendar,
  ): PaymentView[] {
    const fromEntries = rows.map((p): PaymentView => ({
      id: p.id,
      source: 'entry',
      amountCents: p.amountCents,
      principalCents: p.amountCents - p.lateFeeCents,
      lateFeeCents: p.lateFeeCents,
      paidOn: p.paidOn,
      receiptNumber: p.receiptNumber,
      method: p.method,
      onsiteGround: p.onsiteGround,
      handedInOn: p.handedInOn,
      handInDue: p.method === 'onsite' ? cal.due(p.paidOn, HAND_IN_PERIOD).due : null,
      assumedFull: false,
      receiptRecordId: receipts.find((r) => r.seriesId === p.receiptSeriesId)?.id ?? null,
    }));
    const fromRecords = receipts
      .filter((r) => r.type === 'payment_receipt' && !linked.has(r.seriesId))
      .map((r) => {
        const f = fieldsOf(r.fields);
        const amount = money(f['amount']);
        const fee = money(f['lateFee']) ?? 0;
        return {
          id: r.id,
          paidOn: date(f['paidOn']) ?? chinaDate(new Date(r.createdAt)),
          amount,
          fee: amount === null ? 0 : Math.min(fee, amount),
          receiptNumber: str(f['receiptNumber']),
          method: str(f['paymentMethod']),
        };
      });
    const all: PaymentView[] = [...fromEntries];
    const sorted = [...fromRecords].sort((a, b) => (a.paidOn < b.paidOn ? -1 : 1));
    for (const r of sorted) {
      const paidSoFar = all.filter((p) => p.paidOn <= r.paidOn).reduce((s, p) => s + p.principalCents, 0);
      const principal = r.amount === null ? Math.max(0, payableCents - paidSoFar) : r.amount - r.fee;
      all.push({
        id: r.id,
        source: 'record',
        amountCents: r.amount,
        principalCents: principal,
        lateFeeCents: r.fee,
        paidOn: r.paidOn,
        receiptNumber: r.receiptNumber,
        method: r.method,
        onsiteGround: null,
        handedInOn: null,
        handInDue: null,
        assumedFull: r.amount === null,
        receiptRecordId: r.id,
      });
    }
    return all.sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
  }
}

export type ExecutionSnapshot = Awaited<ReturnType<ExecutionState['of']>>;
