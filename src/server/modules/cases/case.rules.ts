import {
  MEDIA_ACTIVITIES,
  STAGES,
  type CaseKind,
  type MediaActivity,
  type PeriodKind,
  type Stage,
} from '../../../shared/case-vocabulary.js';
import { addDays, type IsoDate, type Period } from '../../platform/calendar/calendar.rules.js';

/**
 * Pure rules of the case workflow (docs/domain-rules.md §2, §4, §4b). Every number here is a named
 * parameter with its source.
 */

export {
  CASE_KINDS,
  CASE_STATUSES,
  EXCLUDED_PERIOD_KINDS,
  MEDIA_ACTIVITIES,
  STAGES,
  type CaseKind,
  type CaseStatus,
  type ExcludedPeriodKind,
  type MediaActivity,
  type PeriodKind,
  type Stage,
} from '../../../shared/case-vocabulary.js';

export const nextStage = (s: Stage): Stage | undefined => STAGES[STAGES.indexOf(s) + 1];

// ---- parameters ---------------------------------------------------------------------------

/** At least two certified officers investigate and inspect. APL Art. 42, 55. */
export const MIN_OFFICERS = 2;
/** Kinds of case that need two certified officers (a permit is handled by one 审批 officer). */
export const TWO_OFFICER_KINDS: readonly CaseKind[] = ['penalty', 'coercion', 'inspection'];

/** Whether to open a case is decided within 15 days of discovery, +15 with approval. MEE-30 Art. 18 [S]. */
export const FILING_CHECK_PERIOD: Period = { days: 15, unit: 'calendar_days' };
export const FILING_CHECK_EXTENSION_DAYS = 15;

/**
 * A penalty decision within 90 days of 立案; +30 with the head's approval; a further ≤30 by
 * collective discussion (at most 150). Hearing, announcement, testing, appraisal and similar
 * periods do not count. APL Art. 60; MEE-30 Art. 57 [S]. "日" beyond 7 are calendar days (APL Art. 85).
 */
export const DECISION_PERIOD: Period = { days: 90, unit: 'calendar_days' };
export const DECISION_EXTENSION_BY_HEAD_DAYS = 30;
export const DECISION_EXTENSION_BY_COLLECTIVE_MAX_DAYS = 30;
export const DECISION_PERIOD_MAX_DAYS = 150;

/** Limitation (追责时效): not discovered within 2 years, 5 where life, health or financial safety was harmed. APL Art. 36. */
export const LIMITATION_YEARS = 2;
export const LIMITATION_YEARS_GRAVE = 5;

// The kinds of period that stop the decision clock (MEE-30 Art. 35-36, 57 [S]) are in src/shared/case-vocabulary.ts.

// ---- numbering ----------------------------------------------------------------------------

/** The bureau's numbering pattern per kind; configurable (parameter `case.numberPattern.<kind>`). */
export const DEFAULT_NUMBER_PATTERNS: Record<CaseKind, string> = {
  penalty: '清环立〔{year}〕{n}号',
  coercion: '清环强〔{year}〕{n}号',
  inspection: '清环查〔{year}〕{n}号',
  permit: '清环许〔{year}〕{n}号',
};

export function formatCaseNumber(pattern: string, year: number, n: number): string {
  return pattern.replaceAll('{year}', String(year)).replaceAll('{n}', String(n));
}

// ---- limitation ---------------------------------------------------------------------------

export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February + n years → 28 February when the target year has no 29th
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/**
 * The last day on which the violation can still be "discovered" (APL Art. 36): the period runs
 * from the day the violation ended (or the day it was committed); the start day is not counted.
 * Returns null for a continuing violation (no end date: the period has not started).
 */
export function limitationLastDay(violationEndedOn: IsoDate | null, graveHarm: boolean): IsoDate | null {
  if (violationEndedOn === null) return null;
  return addYears(violationEndedOn, graveHarm ? LIMITATION_YEARS_GRAVE : LIMITATION_YEARS);
}

export function limitationExpired(
  discoveredOn: IsoDate,
  violationEndedOn: IsoDate | null,
  graveHarm: boolean,
): boolean {
  const last = limitationLastDay(violationEndedOn, graveHarm);
  return last !== null && discoveredOn > last;
}

// ---- decision clock -----------------------------------------------------------------------

export type ClockPeriod = { kind: PeriodKind; startedOn: IsoDate; endedOn: IsoDate | null };

/** Calendar days of a period, both ends included; an open period counts up to `today`. */
export function periodDays(p: ClockPeriod, today: IsoDate): number {
  const end = p.endedOn ?? today;
  if (end < p.startedOn) return 0;
  return (
    Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${p.startedOn}T00:00:00Z`)) / 86_400_000) + 1
  );
}

/**
 * The decision period for a filed case: 90 days plus granted extensions plus every excluded or
 * suspended day (overlapping periods count once). `paused` while a period is still open.
 */
export function decisionPeriod(
  extensionDays: number,
  periods: readonly ClockPeriod[],
  today: IsoDate,
): { period: Period; paused: boolean; excludedDays: number } {
  const days = new Set<string>();
  for (const p of periods) {
    const n = periodDays(p, today);
    for (let i = 0; i < n; i += 1) days.add(addDays(p.startedOn, i));
  }
  return {
    period: { days: DECISION_PERIOD.days + extensionDays + days.size, unit: DECISION_PERIOD.unit },
    paused: periods.some((p) => p.endedOn === null),
    excludedDays: days.size,
  };
}

// ---- recording rules ----------------------------------------------------------------------

/** Activities that must be recorded on audio/video. GD-REC Art. 14; seed §二(二)2(2). */
export const AV_REQUIRED_ACTIVITIES: readonly MediaActivity[] = MEDIA_ACTIVITIES;

/** Activities that must be recorded continuously, arrival to departure. GD-REC Art. 14, 19, 20. */
export const CONTINUOUS_ACTIVITIES: readonly MediaActivity[] = ['seizure', 'demolition'];

/**
 * When a recording must be on the platform: 24 hours after capture (seed §二(二)2(2)), or, as the
 * provincial option, by the end of the next working day (GD-REC Art. 23). Parameter `media.storageRule`.
 */
export const MEDIA_STORAGE_RULES = ['hours24', 'oneWorkingDay'] as const;
export type MediaStorageRule = (typeof MEDIA_STORAGE_RULES)[number];
export const DEFAULT_MEDIA_STORAGE_RULE: MediaStorageRule = 'hours24';
export const MEDIA_STORAGE_HOURS = 24;

/** 规范用语 (GD-REC Art. 18): what officers state when recording starts, per activity. */
export const RECORDING_SCRIPT: readonly string[] = [
  '说明执法时间、地点',
  '说明执法人员姓名并出示执法证件',
  '说明执法事项（执法行为）',
  '告知当事人及现场人员正在进行音像记录',
  '说明摄录重点',
];

/** GD-REC Art. 22: no filming inside homes or hotel rooms without consent. */
export const HOME_RECORDING_WARNING =
  '未经当事人同意，不得在其住宅、宾馆房间等私人场所内进行音像记录（《广东省行政执法全过程记录办法》第二十二条）';

/** China is UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * When a recording captured at `capturedAt` must be on the platform. `hours24`: 24 hours later.
 * `oneWorkingDay`: the end (24:00 China time) of the first working day after the capture date,
 * given as `nextWorkday(captureDate)`.
 */
export function storageDueAt(
  capturedAt: Date,
  rule: MediaStorageRule,
  nextWorkdayAfterCapture?: IsoDate,
): Date {
  if (rule === 'hours24' || nextWorkdayAfterCapture === undefined) {
    return new Date(capturedAt.getTime() + MEDIA_STORAGE_HOURS * 3_600_000);
  }
  return new Date(Date.parse(`${addDays(nextWorkdayAfterCapture, 1)}T00:00:00Z`) - CHINA_OFFSET_MS - 1);
}
