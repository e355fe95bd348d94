import dayjs, { type Dayjs } from 'dayjs';
import {
  CIRCUMSTANCES,
  MONEY_PENALTIES,
  type Circumstance,
  type DecisionOutcome,
  type PenaltyType,
} from '../../../../../shared/review-vocabulary.js';
import type { CircumstanceInput, DecisionBody, Penalty, ReviewDraft } from '../../../../api/types.js';

/** The decision draft as the form holds it. */
export interface DraftValues {
  outcome: DecisionOutcome;
  penalties?: { type?: PenaltyType; amount?: number | null }[];
  facts?: string;
  basis?: string;
  discretionStandard?: string;
  discretionReason?: string;
  documentNumber?: string;
  summary?: string;
  decidedOn?: Dayjs;
  circumstances?: Circumstance[];
  circumstanceReasons?: Partial<Record<Circumstance, string>>;
}

export const DRAFT_FIELDS = [
  'outcome',
  'penalties',
  'facts',
  'basis',
  'discretionStandard',
  'discretionReason',
  'documentNumber',
  'summary',
  'decidedOn',
  'circumstances',
  'circumstanceReasons',
];

const text = (v: string | undefined) => (v ?? '').trim();

export function penaltiesOf(v: DraftValues): Penalty[] {
  if (v.outcome !== 'penalty') return [];
  return (v.penalties ?? []).flatMap((p): Penalty[] => {
    if (!p.type) return [];
    return MONEY_PENALTIES.includes(p.type) && typeof p.amount === 'number'
      ? [{ type: p.type, amount: p.amount }]
      : [{ type: p.type }];
  });
}

/** Form values → the contract's decision body. */
export function toDecisionBody(v: DraftValues): DecisionBody {
  const standard = text(v.discretionStandard);
  const reason = text(v.discretionReason);
  const documentNumber = text(v.documentNumber);
  return {
    // blank: the system issues the 文号 at the decision
    ...(documentNumber ? { documentNumber } : {}),
    outcome: v.outcome,
    summary: text(v.summary),
    facts: text(v.facts),
    basis: text(v.basis),
    decidedOn: (v.decidedOn ?? dayjs()).format('YYYY-MM-DD'),
    penalties: penaltiesOf(v),
    ...(standard && reason ? { discretion: { standard, reason } } : {}),
  };
}

export function circumstancesOf(v: DraftValues): CircumstanceInput[] {
  return CIRCUMSTANCES.filter((c) => v.circumstances?.includes(c)).map((code) => ({
    code,
    reason: text(v.circumstanceReasons?.[code]),
  }));
}

/** A submitted draft → form values (to continue from the latest round). */
export function fromDraft(draft: ReviewDraft | undefined): DraftValues {
  if (!draft) return { outcome: 'penalty', penalties: [{}], decidedOn: dayjs(), circumstances: [] };
  const circumstances = draft.circumstances ?? [];
  return {
    outcome: draft.outcome ?? 'penalty',
    penalties: (draft.penalties ?? []).map((p) => ({ type: p.type, amount: p.amount ?? null })),
    facts: draft.facts ?? '',
    basis: draft.basis ?? '',
    discretionStandard: draft.discretion?.standard ?? '',
    discretionReason: draft.discretion?.reason ?? '',
    documentNumber: draft.documentNumber ?? '',
    summary: draft.summary ?? '',
    decidedOn: draft.decidedOn ? dayjs(draft.decidedOn) : dayjs(),
    circumstances: circumstances.map((c) => c.code),
    circumstanceReasons: Object.fromEntries(circumstances.map((c) => [c.code, c.reason])),
  };
}

/** Fields of a 行政处罚事先（听证）告知书 taken from the draft (the officer completes the rest). */
export function noticeFieldsOf(v: DraftValues, hearingRight: boolean | undefined): Record<string, unknown> {
  const standard = text(v.discretionStandard);
  const reason = text(v.discretionReason);
  return {
    ...(text(v.facts) ? { facts: text(v.facts) } : {}),
    ...(text(v.basis) ? { basis: text(v.basis) } : {}),
    ...(standard || reason ? { discretion: [standard, reason].filter(Boolean).join('\n') } : {}),
    penalties: penaltiesOf(v),
    ...(hearingRight === undefined ? {} : { hearingRight }),
    issuedOn: dayjs().format('YYYY-MM-DD'),
  };
}
