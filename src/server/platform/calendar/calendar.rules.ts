/**
 * Working-day calendar: pure rules over `YYYY-MM-DD` dates (China dates, no time zone arithmetic).
 *
 * Sources (docs/domain-rules.md §0):
 * - Working days follow the State Council's yearly holiday notice (国务院办公厅关于部分节假日安排的通知):
 *   statutory holidays are off; some weekend days are make-up working days (调休补班).
 * - A period starts the day after the triggering event (民事诉讼法 Art. 85, applied by 行政复议法 Art. 88):
 *   the start day is not counted.
 * - If the last day of a calendar-day period is a rest day, it moves to the next working day (same source).
 * - A year without a loaded schedule is computed from the ordinary week and the fixed-date
 *   statutory holidays, and is `provisional`.
 */
import { isIsoDate, type IsoDate } from '../../../shared/dates.js';

export { isIsoDate, type IsoDate };

export type ScheduleDay = { name: string; isOffDay: boolean };
/** A year's official schedule: only the days that differ from the ordinary week. */
export type YearSchedule = { year: number; days: ReadonlyMap<IsoDate, ScheduleDay> };

export type DayInfo = { date: IsoDate; workday: boolean; name?: string; provisional: boolean };

/** The unit a period is counted in: each deadline carries its own (APL Art. 85; ACL Art. 69; ALL Art. 82). */
export type PeriodUnit = 'working_days' | 'calendar_days';
export type Period = { days: number; unit: PeriodUnit };

function toUtc(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: IsoDate, n: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function isWeekend(date: IsoDate): boolean {
  const day = toUtc(date).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * Holidays on fixed solar dates (《全国年节及纪念日放假办法》, as revised 2024, in force from 2025):
 * used for years without a loaded schedule, whose answers stay provisional. Lunar holidays
 * (春节, 清明, 端午, 中秋) and make-up days are only known from the yearly notice.
 */
export const FIXED_STATUTORY_HOLIDAYS: readonly { monthDay: string; name: string }[] = [
  { monthDay: '01-01', name: '元旦' },
  { monthDay: '05-01', name: '劳动节' },
  { monthDay: '05-02', name: '劳动节' },
  { monthDay: '10-01', name: '国庆节' },
  { monthDay: '10-02', name: '国庆节' },
  { monthDay: '10-03', name: '国庆节' },
];

export { MAX_PERIOD_DAYS } from '../../../shared/dates.js';

export class WorkingCalendar {
  constructor(private readonly schedules: ReadonlyMap<number, YearSchedule>) {}

  hasSchedule(year: number): boolean {
    return this.schedules.has(year);
  }

  day(date: IsoDate): DayInfo {
    const schedule = this.schedules.get(yearOf(date));
    const special = schedule?.days.get(date);
    const provisional = schedule === undefined;
    if (special) return { date, workday: !special.isOffDay, name: special.name, provisional };
    if (provisional) {
      const fixed = FIXED_STATUTORY_HOLIDAYS.find((h) => h.monthDay === date.slice(5));
      if (fixed) return { date, workday: false, name: fixed.name, provisional };
    }
    return { date, workday: !isWeekend(date), provisional };
  }

  isWorkday(date: IsoDate): boolean {
    return this.day(date).workday;
  }

  /** The next working day on or after `date`. */
  nextWorkday(date: IsoDate): IsoDate {
    let d = date;
    while (!this.isWorkday(d)) d = addDays(d, 1);
    return d;
  }

  /** `n` working days after `from`; the start day is not counted. */
  addWorkingDays(from: IsoDate, n: number): IsoDate {
    let d = from;
    let counted = 0;
    while (counted < n) {
      d = addDays(d, 1);
      if (this.isWorkday(d)) counted += 1;
    }
    return d;
  }

  /** `n` calendar days after `from`; a last day that is a rest day moves to the next working day. */
  addCalendarDays(from: IsoDate, n: number): IsoDate {
    return n === 0 ? from : this.nextWorkday(addDays(from, n));
  }

  due(from: IsoDate, period: Period): { due: IsoDate; provisional: boolean } {
    const due =
      period.unit === 'working_days'
        ? this.addWorkingDays(from, period.days)
        : this.addCalendarDays(from, period.days);
    return { due, provisional: this.provisionalBetween(from, due) };
  }

  /** True when any year from `from` to `to` has no loaded schedule. */
  provisionalBetween(from: IsoDate, to: IsoDate): boolean {
    for (let y = yearOf(from); y <= yearOf(to); y += 1) if (!this.schedules.has(y)) return true;
    return false;
  }
}

export type ScheduleFile = {
  year: number;
  papers?: string[];
  days: { name: string; date: string; isOffDay: boolean }[];
};

/** Checks an uploaded schedule; returns the problems found (empty when valid). */
export function scheduleProblems(file: ScheduleFile): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  // the notices are shown as links when they are addresses: web addresses only (a javascript: or
  // data: link would run in the page); a notice's title without an address stays text
  (file.papers ?? []).forEach((p, i) => {
    const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(p)?.[1]?.toLowerCase();
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https')
      problems.push({ path: `papers.${i}`, message: '链接应为 http(s) 网址' });
  });
  file.days.forEach((d, i) => {
    const path = `days.${i}.date`;
    if (!isIsoDate(d.date)) problems.push({ path, message: '日期格式应为 YYYY-MM-DD' });
    else if (yearOf(d.date) !== file.year) problems.push({ path, message: `日期不在 ${file.year} 年内` });
    else if (seen.has(d.date)) problems.push({ path, message: '日期重复' });
    else if (!d.isOffDay && !isWeekend(d.date))
      problems.push({ path: `days.${i}.isOffDay`, message: '调休上班日应为周六或周日' });
    seen.add(d.date);
  });
  return problems;
}
