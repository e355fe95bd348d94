import { addDays, type IsoDate } from '../../platform/calendar/calendar.rules.js';

// codes shared with the web: src/shared/execution-vocabulary.ts
export {
  SEIZURE_MEASURES,
  LIFT_REASONS,
  type SeizureMeasure,
  type LiftReason,
} from '../../../shared/execution-vocabulary.js';

/**
 * Pure rules of 查封扣押 (sealing up and detaining facilities, equipment or goods), docs/domain-rules.md §4.
 */

/**
 * At most 30 days; once, with the head's approval, extended by at most 30 days — never a second
 * time. ACL Art. 25. 30 日 exceed ACL Art. 69's 10 days, so they are calendar days; the term of a
 * coercive measure ends on its last day without moving past a rest day (it limits the body, not the
 * party).
 */
export { SEIZURE_EXTENSION_MAX_DAYS, SEIZURE_MAX_DAYS } from '../../../shared/execution-vocabulary.js';
import { SEIZURE_EXTENSION_MAX_DAYS } from '../../../shared/execution-vocabulary.js';
export const SEIZURE_MAX_EXTENSIONS = 1;

/**
 * The last day of the term: the seizure day is not counted (§0); days of 检测、检验、检疫或者技术鉴定
 * (`testingDays`) do not count either (ACL Art. 25(3)).
 */
export function seizureEndsOn(
  seizedOn: IsoDate,
  periodDays: number,
  extensionDays: number,
  testingDays = 0,
): IsoDate {
  return addDays(seizedOn, periodDays + extensionDays + testingDays);
}

/** The days of the testing periods, both ends included, a day in two periods counted once. */
export function testingDays(periods: readonly { startedOn: IsoDate; endsOn: IsoDate }[]): number {
  const days = new Set<IsoDate>();
  for (const p of periods) for (let d = p.startedOn; d <= p.endsOn; d = addDays(d, 1)) days.add(d);
  return days.size;
}

/**
 * Why a testing period may not be entered, if it may not (ACL Art. 25(3)): it must fall within the
 * term that runs (begin on or after the seizure, not after the term's end), be stated with its end,
 * and have been told to the party in writing, not before it was decided nor after today.
 */
export function testingProblem(
  s: { seizedOn: IsoDate; endsOn: IsoDate; liftedOn: IsoDate | null },
  p: { startedOn: IsoDate; endsOn: IsoDate; toldOn: IsoDate },
  today: IsoDate,
): { path: string; message: string } | undefined {
  if (s.liftedOn !== null) return { path: 'startedOn', message: '查封扣押已解除' };
  if (p.startedOn < s.seizedOn || p.startedOn > s.endsOn)
    return { path: 'startedOn', message: `检测期间须在查封扣押期限内开始（${s.seizedOn} 至 ${s.endsOn}）` };
  if (p.endsOn < p.startedOn) return { path: 'endsOn', message: '检测期间的结束日期不能早于开始日期' };
  if (p.toldOn > today) return { path: 'toldOn', message: '书面告知日期不能晚于今天' };
  if (p.toldOn < s.seizedOn) return { path: 'toldOn', message: '书面告知日期不能早于查封扣押日期' };
  return undefined;
}

/** Why a seizure may not be extended by `days` on `today`, if it may not. */
export function seizureExtensionProblem(
  s: { extensions: number; liftedOn: IsoDate | null; endsOn: IsoDate },
  days: number,
  today: IsoDate,
): 'already_extended' | 'lifted' | 'expired' | 'too_long' | undefined {
  if (s.extensions >= SEIZURE_MAX_EXTENSIONS) return 'already_extended';
  if (s.liftedOn !== null) return 'lifted';
  if (today > s.endsOn) return 'expired';
  if (days < 1 || days > SEIZURE_EXTENSION_MAX_DAYS) return 'too_long';
  return undefined;
}
