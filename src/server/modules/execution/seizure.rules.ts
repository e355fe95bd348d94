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

/** The last day of the term: the seizure day is not counted (§0). */
export function seizureEndsOn(seizedOn: IsoDate, periodDays: number, extensionDays: number): IsoDate {
  return addDays(seizedOn, periodDays + extensionDays);
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
