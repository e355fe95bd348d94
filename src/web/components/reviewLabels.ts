import { ERROR_MESSAGES } from '../../shared/error-codes.js';
import {
  MONEY_PENALTIES,
  REVIEW_CHECKLIST_KEYS,
  type PenaltyType,
  type ReviewChecklistKey,
} from '../../shared/review-vocabulary.js';
import type {
  CaseOfficer,
  ChecklistItem,
  DecisionBlocker,
  LegalQualification,
  Penalty,
  RecordTemplate,
} from '../api/types.js';
import { formatMoney } from '../format.js';
import { t, tOptional } from '../i18n/index.js';
import { missingItemLabel } from './caseLabels.js';

export function penaltyTypeLabel(type: string): string {
  return tOptional(`cases.records.penaltyTypes.${type}`, type);
}

export const isMoneyPenalty = (type: PenaltyType | undefined): boolean =>
  type !== undefined && MONEY_PENALTIES.includes(type);

/** "罚款 ¥300,000.00", or the type alone ("警告"). */
export function penaltyText(p: Penalty): string {
  const type = penaltyTypeLabel(p.type);
  return p.amount === undefined ? type : t('review.penaltyText', { type, amount: formatMoney(p.amount) });
}

export function penaltiesText(penalties: readonly Penalty[] | undefined): string {
  if (!penalties || penalties.length === 0) return t('review.noPenalty');
  return penalties.map(penaltyText).join(t('common.listSeparator'));
}

/** The parts of a decision's substance in Chinese (处罚种类、罚没金额、违法事实). */
export function substancePartsText(parts: readonly string[]): string {
  return parts.map((p) => tOptional(`review.substanceParts.${p}`, p)).join('、');
}

export function outcomeLabel(outcome: string | undefined): string {
  return outcome ? tOptional(`review.outcomes.${outcome}`, outcome) : t('common.none');
}

export function circumstanceLabel(code: string): string {
  return tOptional(`review.circumstances.${code}`, code);
}

export function checklistLabel(key: ReviewChecklistKey): string {
  return t(`review.checklist.${key}`);
}

/** A checklist entry as stored (`{ ok, note? }`, or a bare boolean in older opinions). */
export function checklistEntry(value: unknown): ChecklistItem | null {
  if (typeof value === 'boolean') return { ok: value };
  if (typeof value !== 'object' || value === null) return null;
  const { ok, note } = value as Record<string, unknown>;
  if (typeof ok !== 'boolean') return null;
  return typeof note === 'string' && note.trim() !== '' ? { ok, note } : { ok };
}

/** The seven points of an opinion in order, with what the reviewer found. */
export function checklistEntries(
  checklist: Record<string, unknown> | null,
): { key: ReviewChecklistKey; entry: ChecklistItem | null }[] {
  return REVIEW_CHECKLIST_KEYS.map((key) => ({ key, entry: checklistEntry(checklist?.[key]) }));
}

/** A missing item of a decision blocker in Chinese (records, windows, penalties above the notice). */
export function decisionItemLabel(
  item: string,
  templates: readonly RecordTemplate[] | undefined,
  officers: readonly CaseOfficer[] = [],
): string {
  const colon = item.indexOf(':');
  const head = colon < 0 ? item : item.slice(0, colon);
  const rest = colon < 0 ? '' : item.slice(colon + 1);
  if (head === 'penalty') return t('cases.page.missing.penaltyNotNotified', { type: penaltyTypeLabel(rest) });
  if (head === 'amount') return t('cases.page.missing.amountOverNotice', { type: penaltyTypeLabel(rest) });
  if (head === 'differs_from_approved') {
    // `differs_from_approved:<round>:<parts>`: the decision against the draft the legal review approved
    const [round = '', parts = ''] = rest.split(':');
    const named = substancePartsText(parts.split(',').filter((p) => p !== ''));
    return round
      ? t('cases.page.missing.differsFromApproved', { round, parts: named })
      : t('cases.page.missing.differsFromApprovedDraft', { parts: named });
  }
  return missingItemLabel(item, templates, officers);
}

export interface BlockerLine {
  code: string;
  message: string;
  items: string[];
}

/** Blockers of a decision (`details.blockers` of a 409, or a check) as Chinese sentences. */
export function blockerLines(
  blockers: readonly DecisionBlocker[],
  templates: readonly RecordTemplate[] | undefined,
): BlockerLine[] {
  return blockers.map((b) => ({
    code: b.code,
    // a decision that differs from the approved draft: the line says in what, the code's sentence
    // (未经法制审核) would mislead
    message: b.missing.some((m) => m.startsWith('differs_from_approved:'))
      ? ''
      : Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, b.code)
        ? ERROR_MESSAGES[b.code as keyof typeof ERROR_MESSAGES]
        : b.code,
    items: b.missing.map((m) => decisionItemLabel(m, templates)),
  }));
}

/** `details.blockers` of an error answer, when it has them. */
export function blockersOf(details: Record<string, unknown>): DecisionBlocker[] {
  const raw = details['blockers'];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((b: unknown) => {
    if (typeof b !== 'object' || b === null) return [];
    const { code, missing } = b as Record<string, unknown>;
    if (typeof code !== 'string') return [];
    return [
      {
        code,
        missing: Array.isArray(missing) ? missing.filter((m): m is string => typeof m === 'string') : [],
      },
    ];
  });
}

export function qualificationText(q: LegalQualification | null): string {
  if (!q) return t('admin.users.qualificationNone');
  if (q.kind === 'certificate')
    return t('admin.users.qualificationCertificate', { no: q.certificateNo ?? t('common.none') });
  return t('admin.users.qualificationPreExisting');
}
