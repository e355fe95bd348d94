import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';
import type { Actor, AuditLog } from '../audit/audit-log.js';
import { z } from 'zod';
import type { Db, Executor } from '../db/database.js';
import { parseJson } from '../db/json.js';
import { projectRoot } from '../paths.js';
import { calendarRepository as repo } from './calendar.repository.js';
import {
  MAX_PERIOD_DAYS,
  WorkingCalendar,
  addDays,
  scheduleProblems,
  yearOf,
  type IsoDate,
  type Period,
  type ScheduleDay,
  type ScheduleFile,
  type YearSchedule,
} from './calendar.rules.js';

/** The official schedules shipped with the release (data/holidays, see its README for attribution). */
export const SHIPPED_HOLIDAY_DIR = path.join(projectRoot, 'data', 'holidays');

export class CalendarService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  /** A calendar holding the schedules of every year from `fromYear` to `toYear`. */
  async calendarFor(fromYear: number, toYear: number, db: Executor = this.db): Promise<WorkingCalendar> {
    const { years, days } = await repo.loadDays(db, fromYear, toYear);
    const byYear = new Map<number, Map<IsoDate, ScheduleDay>>(years.map((y) => [y, new Map()]));
    for (const d of days) byYear.get(d.year)?.set(d.date, { name: d.name, isOffDay: d.isOffDay === 1 });
    const schedules = new Map<number, YearSchedule>(
      [...byYear].map(([year, m]) => [year, { year, days: m }]),
    );
    return new WorkingCalendar(schedules);
  }

  async day(date: IsoDate) {
    const cal = await this.calendarFor(yearOf(date), yearOf(date));
    return cal.day(date);
  }

  /**
   * Deadline arithmetic. Loads the years the period can reach: a working-day period of n days
   * spans at most about 2n calendar days plus the longest holiday run. Pass the transaction when
   * called inside one (SQLite has a single connection).
   */
  async due(
    from: IsoDate,
    period: Period,
    db: Executor = this.db,
  ): Promise<{ due: IsoDate; provisional: boolean }> {
    if (period.days < 0 || period.days > MAX_PERIOD_DAYS) throw new RangeError('period out of range');
    const reach = period.unit === 'working_days' ? period.days * 2 + 30 : period.days + 30;
    const cal = await this.calendarFor(yearOf(from), yearOf(addDays(from, reach)), db);
    return cal.due(from, period);
  }

  async listYears() {
    const rows = await repo.listYears(this.db);
    return rows.map((r) => ({
      year: r.year,
      papers: parseJson(z.array(z.string()), r.papers, 'calendarYear.papers'),
      source: r.source,
      importedAt: r.importedAt,
      dayCount: Number(r.dayCount),
    }));
  }

  async yearDetail(year: number) {
    const cal = await repo.loadDays(this.db, year, year);
    return {
      year,
      provisional: cal.years.length === 0,
      days: cal.days
        .map((d) => ({ date: d.date, name: d.name, isOffDay: d.isOffDay === 1 }))
        .sort((a, b) => (a.date < b.date ? -1 : 1)),
    };
  }

  /** Loads (or replaces) a year's official schedule; audited. */
  async importYear(
    actor: Actor,
    file: ScheduleFile,
    source: string,
  ): Promise<{ year: number; dayCount: number }> {
    const problems = scheduleProblems(file);
    if (problems.length > 0) throw new AppError('CALENDAR_INVALID', { fields: problems });
    await this.db.transaction().execute(async (tx) => {
      const before = await repo.findYear(tx, file.year);
      const row = {
        year: file.year,
        papers: JSON.stringify(file.papers ?? []),
        source,
        importedAt: new Date().toISOString(),
        importedBy: actor.id,
      };
      await repo.replaceYear(tx, row, file.days);
      await this.audit.append(tx, actor, {
        action: before ? 'calendar.year.replace' : 'calendar.year.import',
        objectType: 'calendar_year',
        objectId: String(file.year),
        before: before ?? null,
        after: { ...row, days: file.days },
      });
    });
    return { year: file.year, dayCount: file.days.length };
  }

  /** Loads each shipped year that the database does not have yet (start-up; idempotent). */
  async loadShippedYears(actor: Actor): Promise<number[]> {
    const loaded: number[] = [];
    for (const file of fs
      .readdirSync(SHIPPED_HOLIDAY_DIR)
      .filter((f) => /^\d{4}\.json$/.test(f))
      .sort()) {
      const data = JSON.parse(fs.readFileSync(path.join(SHIPPED_HOLIDAY_DIR, file), 'utf8')) as ScheduleFile;
      if (await repo.findYear(this.db, data.year)) continue;
      await this.importYear(actor, data, `shipped:data/holidays/${file}`);
      loaded.push(data.year);
    }
    return loaded;
  }
}
