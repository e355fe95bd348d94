import { formatYuan } from '../../../shared/money.js';
import type { CaseKind, PartyType } from '../../../shared/case-vocabulary.js';
import type {
  DisclosureKind,
  DisclosureStatus,
  PublicPartyType,
} from '../../../shared/publicity-vocabulary.js';
import { PENALTY_TYPE_LABELS, type PenaltyType } from '../../../shared/review-vocabulary.js';
import type { Period } from '../../platform/calendar/calendar.rules.js';

/**
 * 许可 and 处罚 decisions are published within 7 working days of the decision date (seed §二(一)4;
 * 《广东省行政执法公示办法》第二十一条 [T]).
 */
export const PENALTY_PUBLICATION_PERIOD: Period = { days: 7, unit: 'working_days' };
/** 强制, 检查 and other decisions within 20 working days (seed §二(一)4; GD-PUB Art. 21 [T]). */
export const OTHER_PUBLICATION_PERIOD: Period = { days: 20, unit: 'working_days' };
/**
 * A published decision that is changed, revoked, declared illegal or void leaves the portal within 3
 * working days, with the reason published (行政处罚法 Art. 48 with Art. 85; GD-PUB Art. 24 [T]).
 */
export const WITHDRAWAL_PERIOD: Period = { days: 3, unit: 'working_days' };
/** Items due within this many working days are listed as due soon. */
export const DUE_SOON_WORKING_DAYS = 2;

/** The publication period of a disclosure's kind. */
export function publicationPeriod(kind: DisclosureKind): Period {
  return kind === 'penalty' || kind === 'permit' ? PENALTY_PUBLICATION_PERIOD : OTHER_PUBLICATION_PERIOD;
}

/**
 * Decision outcomes that are published: a penalty decision and a 不予行政处罚决定 (a decision on the
 * party, GD-PUB Art. 10). A case found not established or transferred has no enforcement decision to
 * publish.
 */
export const PUBLISHED_OUTCOMES: readonly string[] = ['penalty', 'no_penalty'];

/**
 * What kind of disclosure a decision makes, or null when the outcome is not published: a 查封、扣押
 * decision is 行政强制 whatever the case; a decision of a penalty case is published when it is a
 * penalty or 不予处罚; other cases publish as their kind.
 */
export function disclosureKindOf(caseKind: CaseKind, source: string, outcome: string): DisclosureKind | null {
  if (source === 'seizure') return 'coercion';
  if (caseKind === 'penalty') return PUBLISHED_OUTCOMES.includes(outcome) ? 'penalty' : null;
  return caseKind;
}

/**
 * 当事人类型 as the public summary prints it (GD-PUB Art. 13): a 个体工商户 is a natural person
 * (民法典 Art. 54); an organisation a 法人 (the case does not say more).
 */
export function publicPartyType(partyType: PartyType): PublicPartyType {
  return partyType === 'organization' ? 'legal_person' : 'natural_person';
}

export type Step = 'submit' | 'check' | 'approve';

/**
 * 填报 → 审核 → 审批 by three different people (seed §二(一)5; GD-PUB Art. 6, 19 [T]): the checker
 * is not the filler, the approver neither of them. Returns the conflicting role, or null.
 */
export function separationConflict(
  step: Step,
  actorId: string,
  item: { filledBy: string | null; checkedBy: string | null },
): 'filler' | 'checker' | null {
  if (step === 'submit') return null;
  if (item.filledBy === actorId) return 'filler';
  if (step === 'approve' && item.checkedBy === actorId) return 'checker';
  return null;
}

/**
 * What a caller may do with a publicity item in 填报 → 审核 → 审批 (decisions and 事前公开 alike): the
 * submit, check, approve and return steps by permission, status and separation of duties.
 */
export function workflowAbilities(
  can: (p: 'disclosure.fill' | 'disclosure.check' | 'disclosure.approve') => boolean,
  actorId: string,
  item: { status: string; filledBy: string | null; checkedBy: string | null },
) {
  const approvable =
    can('disclosure.approve') && item.status === 'checked' && !separationConflict('approve', actorId, item);
  return {
    submit: can('disclosure.fill') && item.status === 'draft',
    check:
      can('disclosure.check') && item.status === 'submitted' && !separationConflict('check', actorId, item),
    approve: approvable,
    return: approvable,
  };
}

/** Which status each step needs. */
export const STEP_FROM: Record<Step, readonly DisclosureStatus[]> = {
  submit: ['draft'],
  check: ['submitted'],
  approve: ['checked'],
};

export type DueState = 'open' | 'due_soon' | 'overdue' | 'met' | 'late';

/** Where a due date stands: done on time or late, or still open, due soon or overdue. */
export function dueState(due: string, doneOn: string | null, today: string, dueSoonBy: string): DueState {
  if (doneOn !== null) return doneOn <= due ? 'met' : 'late';
  if (today > due) return 'overdue';
  return due <= dueSoonBy ? 'due_soon' : 'open';
}

/** 执法决定 in words: each penalty with its amount, or 不予行政处罚. */
export function decisionText(
  outcome: string,
  penalties: readonly { type: PenaltyType; amount?: number | undefined }[],
) {
  if (outcome === 'no_penalty') return '不予行政处罚';
  if (penalties.length === 0) return '';
  return penalties
    .map((p) => `${PENALTY_TYPE_LABELS[p.type]}${p.amount === undefined ? '' : ` ${formatYuan(p.amount)}`}`)
    .join('；');
}
