import { z } from 'zod';
import { MAX_PERIOD_DAYS } from '../dates.js';
import { isoDate } from './common.js';

const year = z.coerce.number().int().min(1990).max(2200);
export const yearParams = z.object({ year });
/** Dates the calendar computes with: the years a schedule or the fixed holidays can cover. */
export const CALENDAR_MIN_DATE = '1900-01-01';
export const CALENDAR_MAX_DATE = '2099-12-31';
const calendarDate = isoDate.refine((d) => d >= CALENDAR_MIN_DATE && d <= CALENDAR_MAX_DATE, {
  message: '日期超出可计算范围（1900 年至 2099 年）',
});

export const dateParams = z.object({ date: calendarDate });
export const scheduleBody = z.object({
  year: z.number().int().min(1990).max(2200),
  papers: z.array(z.string().max(500)).max(20).optional(),
  days: z
    .array(
      z.object({ name: z.string().trim().min(1).max(20), date: z.string().max(10), isOffDay: z.boolean() }),
    )
    .max(366),
});
export const dayInfo = z.object({
  date: z.string(),
  workday: z.boolean(),
  name: z.string().optional(),
  provisional: z.boolean(),
});
export const addWorkingDaysQuery = z.object({
  from: calendarDate,
  days: z.coerce.number().int().min(0).max(MAX_PERIOD_DAYS),
});
export const addWorkingDaysResult = z.object({
  from: z.string(),
  days: z.number(),
  due: z.string(),
  provisional: z.boolean(),
});
export const calendarYearList = z.object({
  items: z.array(
    z.object({
      year: z.number(),
      papers: z.array(z.string()),
      source: z.string(),
      importedAt: z.string(),
      dayCount: z.number(),
    }),
  ),
});
export const calendarYear = z.object({
  year: z.number(),
  provisional: z.boolean(),
  days: z.array(z.object({ date: z.string(), name: z.string(), isOffDay: z.boolean() })),
});
export const importedYear = z.object({ year: z.number(), dayCount: z.number() });
