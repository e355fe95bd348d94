import { addDays, type IsoDate, type Period } from '../../platform/calendar/calendar.rules.js';

// codes shared with the web: src/shared/execution-vocabulary.ts
export { RECHECK_RESULTS, type RecheckResult } from '../../../shared/execution-vocabulary.js';

/**
 * Pure rules of orders to correct (责令改正) with their recheck (复查), and 按日连续处罚 (a fine per
 * day of refusal), docs/domain-rules.md §4b. Sources: 环境保护法 Art. 59; 环境保护主管部门实施按日连续
 * 处罚办法 (环境保护部令第28号), cited as 按日连续处罚办法.
 */

/**
 * The body rechecks the correction (by unannounced inspection) within 30 days of serving the order.
 * 按日连续处罚办法 Art. 10 (the rule [T], its 30 days [S]); 30 日 are calendar days.
 */
export const RECHECK_PERIOD: Period = { days: 30, unit: 'calendar_days' };

/**
 * Days fined: from the day after the order was served up to the recheck that found the violation
 * continuing; a later refusal counts on from the previous period (累计执行). 按日连续处罚办法 Art. 17 [S].
 */
export function dailyPenaltyPeriod(
  countedFrom: IsoDate,
  recheckedOn: IsoDate,
): { firstDay: IsoDate; lastDay: IsoDate; days: number } | undefined {
  const firstDay = addDays(countedFrom, 1);
  if (recheckedOn < firstDay) return undefined;
  const days =
    Math.round((Date.parse(`${recheckedOn}T00:00:00Z`) - Date.parse(`${firstDay}T00:00:00Z`)) / 86_400_000) +
    1;
  return { firstDay, lastDay: recheckedOn, days };
}

/** The amount: the original penalty per day times the days fined. 按日连续处罚办法 Art. 19 [S]; 环境保护法 Art. 59. */
export function dailyPenaltyTotal(dailyCents: number, days: number): number {
  return dailyCents * days;
}
