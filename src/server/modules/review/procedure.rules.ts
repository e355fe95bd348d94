import { DEFAULT_NOTICE_PARAMETERS } from '../records/record-templates.js';
import { chinaDate } from '../../platform/clock.js';
import type { Period } from '../../platform/calendar/calendar.rules.js';
import {
  LARGE_AMOUNT_ORGANISATION,
  LARGE_AMOUNT_PERSON,
  MONEY_PENALTIES,
  type Penalty,
  type PenaltyType,
} from './review.rules.js';

/**
 * Pure rules of the procedure before a penalty decision: prior notice, statement and hearing
 * (docs/domain-rules.md §4, §4b). The service applies them to records as they are made.
 */

export type PartyType = 'person' | 'organization' | 'individual_business';

/**
 * Penalty types that carry the right to a hearing whatever the amount: 降低资质等级, 吊销许可证件,
 * 责令停产停业, 责令关闭, 限制从业 (APL Art. 63(2)-(4)); 限制开展生产经营活动 is counted among
 * "其他较重的行政处罚" (APL Art. 63(5)) [?]. MEE-30 Art. 58 [S] adds 一定时期内不得申请行政许可,
 * 责令停产整治 and 禁止从业; 责令限期拆除 is counted among the heavier penalties [?].
 */
export const HEARING_PENALTY_TYPES: readonly PenaltyType[] = [
  'lower_qualification',
  'revoke_license',
  'suspend_production',
  'closure',
  'restrict_practice',
  'restrict_operation',
  'suspend_for_rectification',
  'ban_practice',
  'license_application_ban',
  'demolition_order',
];

/**
 * 较大数额罚款 / 没收较大数额违法所得 for the hearing (APL Art. 63(1)): the Guangdong thresholds
 * (person 5,000 元, organisation 100,000 元 [S]) — the same as the catalog's defaults. An individual
 * business counts as a person.
 */
export const HEARING_AMOUNT_PERSON = LARGE_AMOUNT_PERSON;
export const HEARING_AMOUNT_ORGANISATION = LARGE_AMOUNT_ORGANISATION;

/** Whether the proposed penalties give the party the right to request a hearing (APL Art. 63). */
export function hearingRightApplies(penalties: readonly Penalty[], partyType: PartyType): boolean {
  if (penalties.some((p) => HEARING_PENALTY_TYPES.includes(p.type))) return true;
  const threshold = partyType === 'organization' ? HEARING_AMOUNT_ORGANISATION : HEARING_AMOUNT_PERSON;
  // each money penalty on its own: 较大数额罚款, 没收较大数额违法所得/较大价值非法财物
  return penalties.some((p) => MONEY_PENALTIES.includes(p.type) && (p.amount ?? 0) >= threshold);
}

/**
 * 陈述申辩 window after the party receives the prior notice: 3 working days by practice [S] — the APL
 * fixes no number [?]. Default of parameter `procedure.statementDays`.
 */
export const STATEMENT_DAYS = Number(DEFAULT_NOTICE_PARAMETERS.statementDays);
export const STATEMENT_WINDOW: Period = { days: STATEMENT_DAYS, unit: 'working_days' };
/** Hearing request window after the party receives the notice: 5 working days (APL Art. 64(1), 85). */
export const HEARING_REQUEST_WINDOW: Period = {
  days: Number(DEFAULT_NOTICE_PARAMETERS.hearingDays),
  unit: 'working_days',
};
/** The hearing notice reaches the party at least 7 working days before the hearing (APL Art. 64(2), 85). */
export const HEARING_NOTICE_PERIOD: Period = {
  days: Number(DEFAULT_NOTICE_PARAMETERS.hearingNoticeDays),
  unit: 'working_days',
};

/** What the party gave up in a written waiver answering the notice (statement_waiver). */
export type Waiver = { statement: boolean; hearing: boolean };

/**
 * The windows the decision waits for after the party received a notice (APL Art. 44-45, 62, 64):
 * the statement window, and with the hearing right the hearing request window — each unless the party
 * waived it in writing after this notice. Empty when nothing is left to wait for.
 */
export function noticeWindows(
  notice: { hearingRight: boolean; waived: Waiver | null },
  statementWindow: Period = STATEMENT_WINDOW,
): Period[] {
  return [
    ...(notice.waived?.statement ? [] : [statementWindow]),
    ...(notice.hearingRight && !notice.waived?.hearing ? [HEARING_REQUEST_WINDOW] : []),
  ];
}

/**
 * What a statement_waiver gives up: each right it does not expressly keep (a waiver that ticks
 * neither box was made to give up both — the form's purpose, APL Art. 62 "明确放弃").
 */
export function waiverOf(fields: Record<string, unknown>): Waiver {
  return { statement: fields.waiveStatement !== false, hearing: fields.waiveHearing !== false };
}

/** Names are compared as written, ignoring spaces (records carry names, not accounts). */
export function sameName(a: string, b: string): boolean {
  const n = (s: string) => s.replace(/\s+/g, '');
  return n(a) !== '' && n(a) === n(b);
}

/**
 * The hearing host is not an investigator of the case (APL Art. 64(4)): returns the name the host
 * shares with an investigator or handler, or null.
 */
export function hostConflict(host: unknown, investigators: readonly string[]): string | null {
  if (typeof host !== 'string') return null;
  return investigators.find((i) => sameName(host, i)) ?? null;
}

/** The penalties a notice's fields propose (the decision body's shape), ignoring malformed items. */
export function proposedPenalties(fields: Record<string, unknown>): Penalty[] {
  const raw = fields.penalties;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((p): Penalty[] =>
    p !== null && typeof p === 'object' && typeof (p as { type?: unknown }).type === 'string'
      ? [
          {
            type: (p as { type: PenaltyType }).type,
            amount:
              typeof (p as { amount?: unknown }).amount === 'number'
                ? (p as { amount: number }).amount
                : undefined,
          },
        ]
      : [],
  );
}

/** The China date of a date or datetime field (YYYY-MM-DD, or ISO time with offset), or null. */
export function chinaDateOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? null : chinaDate(t);
}
