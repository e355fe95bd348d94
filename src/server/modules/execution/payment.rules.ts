import { formatCents } from '../../../shared/money.js';
import {
  addDays,
  type IsoDate,
  type Period,
  type WorkingCalendar,
} from '../../platform/calendar/calendar.rules.js';

import { type OnsiteGround } from '../../../shared/execution-vocabulary.js';
// codes shared with the web: src/shared/execution-vocabulary.ts
export { ONSITE_GROUNDS, type OnsiteGround } from '../../../shared/execution-vocabulary.js';

/**
 * Pure rules of paying money penalties and enforcing them (docs/domain-rules.md §4, §4b): the
 * payment period, on-the-spot collection, deferral and instalments, late fees, 催告 and the
 * application to the court. Money is counted in cents (integers); the API speaks yuan.
 */

// ---- money ----------------------------------------------------------------------------------

export const toCents = (yuan: number): number => Math.round(yuan * 100);
export const toYuan = (cents: number): number => Math.round(cents) / 100;

/** Penalties paid in money into the treasury: 罚款, 没收违法所得 (and 按日连续处罚, a fine). APL Art. 67. */
export const PAYABLE_PENALTIES: readonly string[] = ['fine', 'confiscate_gains', 'daily_fine'];
/** 加处罚款 applies to 罚款 only, not to confiscated gains. APL Art. 72(1). */
export const FINE_PENALTIES: readonly string[] = ['fine', 'daily_fine'];

export type PenaltyLike = { type: string; amount?: number | undefined };

/** The money a decision imposes: all payable cents, and the fine cents that attract late fees. */
export function moneyOf(penalties: readonly PenaltyLike[]): { payableCents: number; fineCents: number } {
  const sum = (types: readonly string[]) =>
    penalties.filter((p) => types.includes(p.type)).reduce((s, p) => s + toCents(p.amount ?? 0), 0);
  return { payableCents: sum(PAYABLE_PENALTIES), fineCents: sum(FINE_PENALTIES) };
}

// ---- the payment period ---------------------------------------------------------------------

/**
 * Paid within 15 日 of receiving the decision — calendar days (APL Art. 85 makes only 2, 3, 5 and
 * 7 日 working days); a last day on a rest day moves to the next working day (§0). APL Art. 67.
 */
export const PAYMENT_PERIOD: Period = { days: 15, unit: 'calendar_days' };

export function paymentDue(cal: WorkingCalendar, servedOn: IsoDate) {
  return cal.due(servedOn, PAYMENT_PERIOD);
}

/** One amount falling due on a day (the default schedule is one item: everything, 15 days after service). */
export type ScheduleItem = { dueOn: IsoDate; amountCents: number };
/**
 * The due date of the principal already paid when a plan was granted: it heads a plan's schedule
 * so that earlier payments keep counting, and is never itself overdue.
 */
export const SETTLED_DUE_ON = '0000-01-01';
/** A payment's principal (the amount less any late fee in it). */
export type PaymentFact = { paidOn: IsoDate; principalCents: number };

const paidBefore = (payments: readonly PaymentFact[], day: IsoDate) =>
  payments.filter((p) => p.paidOn < day).reduce((s, p) => s + p.principalCents, 0);
const dueBefore = (schedule: readonly ScheduleItem[], day: IsoDate) =>
  schedule.filter((i) => i.dueOn < day).reduce((s, i) => s + i.amountCents, 0);

/** Principal overdue at the start of `day`: what fell due before it, less what was paid before it. */
export function overdueCents(
  schedule: readonly ScheduleItem[],
  payments: readonly PaymentFact[],
  day: IsoDate,
): number {
  return Math.max(0, dueBefore(schedule, day) - paidBefore(payments, day));
}

/** Each schedule item with what was paid towards it (payments fill the earliest items first). */
export function allocate(schedule: readonly ScheduleItem[], paidCents: number) {
  let left = paidCents;
  return [...schedule]
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
    .map((item) => {
      const paid = Math.min(item.amountCents, Math.max(0, left));
      left -= paid;
      return { ...item, paidCents: paid };
    });
}

// ---- late fees ------------------------------------------------------------------------------

/** 加处罚款: 3 % of the fine per day after the due date, never more than the fine. APL Art. 72(1). */
export const LATE_FEE_PERCENT_PER_DAY = 3;

/**
 * The base of the 3 %: `fine` — the fine amount as written in APL Art. 72 ("罚款数额"); `unpaid` —
 * the part of the fine overdue and unpaid on each day, so that part payments and instalments
 * reduce it. Which one applies is not settled in practice [?]; parameter `execution.lateFeeBase`,
 * default `unpaid` (the one that never charges for money already paid).
 */
export { LATE_FEE_BASES, type LateFeeBase } from '../../../shared/execution-vocabulary.js';
import type { LateFeeBase } from '../../../shared/execution-vocabulary.js';
export const DEFAULT_LATE_FEE_BASE: LateFeeBase = 'unpaid';

/**
 * The late fee accrued up to and including `asOf`. Every day after a due date on which part of the
 * fine was overdue at the start of the day counts (paying on a day still counts that day). Money
 * falls due and is paid fine first (the late-fee-bearing part), which favours the party. Capped at
 * the fine amount (APL Art. 72(1)).
 */
export function lateFee(input: {
  fineCents: number;
  schedule: readonly ScheduleItem[];
  payments: readonly PaymentFact[];
  asOf: IsoDate;
  base: LateFeeBase;
}): { cents: number; days: number; capped: boolean } {
  const { fineCents, schedule, payments, asOf, base } = input;
  const real = schedule.filter((i) => i.amountCents > 0 && i.dueOn !== SETTLED_DUE_ON);
  if (fineCents <= 0 || real.length === 0) return { cents: 0, days: 0, capped: false };
  const first = real.map((i) => i.dueOn).sort()[0] ?? asOf;
  let accrued = 0; // in cents × 100 (percent), exact
  let days = 0;
  for (let day = addDays(first, 1); day <= asOf; day = addDays(day, 1)) {
    const fineDue = Math.min(fineCents, dueBefore(schedule, day));
    const finePaid = Math.min(fineCents, paidBefore(payments, day));
    const overdueFine = Math.max(0, fineDue - finePaid);
    if (overdueFine === 0) continue;
    accrued += (base === 'fine' ? fineCents : overdueFine) * LATE_FEE_PERCENT_PER_DAY;
    days += 1;
    if (accrued >= fineCents * 100) return { cents: fineCents, days, capped: true };
  }
  return { cents: Math.round(accrued / 100), days, capped: false };
}

// ---- deferral and instalments ---------------------------------------------------------------

/**
 * A party in real economic difficulty may pay later or in instalments, on application and with
 * the body's approval. APL Art. 66 para 2. Granted through the approval kinds `payment_deferral`
 * and `payment_instalments`.
 */
export type PlanIssue = { path: string; message: string };

export function deferralProblems(dueOn: IsoDate, currentDue: IsoDate | null, today: IsoDate): PlanIssue[] {
  if (currentDue === null) return [{ path: 'payload.dueOn', message: '决定书尚未送达，无缴款期限可延' }];
  if (dueOn <= currentDue || dueOn <= today)
    return [{ path: 'payload.dueOn', message: '延期后的缴款期限须晚于原期限和今天' }];
  return [];
}

/** Instalments: at least two, each a positive amount, due on strictly later days after today, summing to what is unpaid. */
export function instalmentProblems(
  items: readonly ScheduleItem[],
  unpaidCents: number,
  today: IsoDate,
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (items.length < 2) issues.push({ path: 'payload.instalments', message: '分期缴纳须至少分两期' });
  items.forEach((item, i) => {
    if (item.amountCents <= 0)
      issues.push({ path: `payload.instalments.${i}.amount`, message: '每期金额须大于零' });
    const previous = items[i - 1];
    if (item.dueOn <= today || (previous !== undefined && item.dueOn <= previous.dueOn))
      issues.push({ path: `payload.instalments.${i}.dueOn`, message: '各期缴款日期须晚于今天且依次递增' });
  });
  const sum = items.reduce((s, i) => s + i.amountCents, 0);
  if (sum !== unpaidCents)
    issues.push({
      path: 'payload.instalments',
      message: `各期金额合计（${formatCents(sum)}）须等于未缴金额（${formatCents(unpaidCents)}）`,
    });
  return issues;
}

// ---- on-the-spot collection -----------------------------------------------------------------

/**
 * Officers may collect a fine on the spot only after a summary decision (APL Art. 51) of a fine of
 * 100 元 or less (Art. 68(1)), or where it would be hard to execute afterwards (Art. 68(2)); or, in
 * remote, water-borne or poorly connected areas, at the party's request when paying at the bank is
 * really difficult (Art. 69, summary or general procedure).
 */
export const ONSITE_COLLECTION_MAX_CENTS = 100_00;

export function onsiteCollectionProblem(input: {
  summary: boolean;
  fineCents: number;
  ground: OnsiteGround;
}): 'summary_procedure_only' | 'over_100_yuan' | undefined {
  switch (input.ground) {
    case 'small_fine':
      if (!input.summary) return 'summary_procedure_only';
      return input.fineCents <= ONSITE_COLLECTION_MAX_CENTS ? undefined : 'over_100_yuan';
    case 'hard_to_execute':
      return input.summary ? undefined : 'summary_procedure_only';
    case 'remote_area':
      return undefined;
  }
}

/** Money collected on the spot is handed to the body within 2 日 — working days (APL Art. 85). APL Art. 71. */
export const HAND_IN_PERIOD: Period = { days: 2, unit: 'working_days' };

// ---- 催告 and the court ---------------------------------------------------------------------

/**
 * Before applying to the court the body serves a 催告; the application may be made once 10 days
 * have passed since its service without performance. ACL Art. 54; periods of 10 days or less are
 * working days (ACL Art. 69).
 */
export const DEMAND_WAIT: Period = { days: 10, unit: 'working_days' };

/** The last day of the wait; an application is possible from the day after. */
export function demandWaitEnds(cal: WorkingCalendar, demandServedOn: IsoDate) {
  return cal.due(demandServedOn, DEMAND_WAIT);
}

/**
 * The party's litigation period: 6 months from knowing of the decision (its service) — the longer
 * of the two remedies (行政复议 60 days, 行政复议法 Art. 20; 行政诉讼 6 months, 行政诉讼法 Art. 46).
 */
export const LITIGATION_MONTHS = 6;
/**
 * The application to the court within 3 months after that period ends. ACL Art. 53; 最高人民法院关于
 * 适用《行政诉讼法》的解释 Art. 156 [S].
 */
export const COURT_APPLICATION_MONTHS = 3;

/** The same day `months` later; a day the month lacks becomes its last day (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/**
 * The window for the court application, from the decision's service date: the litigation period ends
 * on the corresponding day 6 months later, moved off a rest day (民事诉讼法 Art. 85, applied to the
 * periods of 行政诉讼法 Art. 46); the window opens the day after and lasts 3 months, its last day
 * moved off a rest day likewise (ACL Art. 53).
 */
export function courtWindow(cal: WorkingCalendar, decisionServedOn: IsoDate) {
  const remedyEndsOn = cal.nextWorkday(addMonths(decisionServedOn, LITIGATION_MONTHS));
  return {
    remedyEndsOn,
    opensOn: addDays(remedyEndsOn, 1),
    closesOn: cal.nextWorkday(addMonths(remedyEndsOn, COURT_APPLICATION_MONTHS)),
  };
}

export type CourtApplicationProblem =
  | { code: 'COURT_APPLICATION_TOO_EARLY'; missing: string[] }
  | { code: 'COURT_APPLICATION_TOO_LATE'; closesOn: IsoDate };

/** Why an application to the court on `appliedOn` may not be recorded, if it may not. */
export function courtApplicationProblem(input: {
  appliedOn: IsoDate;
  demandWaitEndsOn: IsoDate | null;
  window: { remedyEndsOn: IsoDate; opensOn: IsoDate; closesOn: IsoDate };
}): CourtApplicationProblem | undefined {
  const missing: string[] = [];
  if (input.demandWaitEndsOn === null) missing.push('demand');
  else if (input.appliedOn <= input.demandWaitEndsOn)
    missing.push(`demand_wait_until:${input.demandWaitEndsOn}`);
  if (input.appliedOn < input.window.opensOn)
    missing.push(`remedy_period_until:${input.window.remedyEndsOn}`);
  if (missing.length > 0) return { code: 'COURT_APPLICATION_TOO_EARLY', missing };
  if (input.appliedOn > input.window.closesOn)
    return { code: 'COURT_APPLICATION_TOO_LATE', closesOn: input.window.closesOn };
  return undefined;
}
