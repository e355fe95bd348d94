import { toCents, type PenaltyLike } from './payment.rules.js';

/**
 * Pure rules of the summary procedure (简易程序), docs/domain-rules.md §4, §4b: a decision made on
 * the spot with a pre-numbered form, handed to the party and filed with the body afterwards.
 * APL Art. 51-52.
 */

/** Only a warning or a fine. APL Art. 51. */
export const SUMMARY_PENALTY_TYPES: readonly string[] = ['warning', 'fine'];

/** Fines of at most 200 元 for a citizen, 3,000 元 for an organisation ("以下" includes the amount). APL Art. 51. */
export const SUMMARY_FINE_LIMIT_PERSON = 200;
export const SUMMARY_FINE_LIMIT_ORGANISATION = 3_000;

/**
 * An 个体工商户 is a natural person in business (民法典 Art. 54), so the citizen's limit applies —
 * the stricter reading [?].
 */
export const SUMMARY_INDIVIDUAL_BUSINESS_AS: 'person' | 'organization' = 'person';

export type PartyType = 'person' | 'organization' | 'individual_business';

export function summaryFineLimit(partyType: PartyType): number {
  const as = partyType === 'individual_business' ? SUMMARY_INDIVIDUAL_BUSINESS_AS : partyType;
  return as === 'organization' ? SUMMARY_FINE_LIMIT_ORGANISATION : SUMMARY_FINE_LIMIT_PERSON;
}

/** What takes a decision out of the summary procedure (empty when it may be made on the spot). */
export function summaryProblems(partyType: PartyType, penalties: readonly PenaltyLike[]): string[] {
  const out: string[] = [];
  if (penalties.length === 0) out.push('penalties');
  for (const p of penalties) if (!SUMMARY_PENALTY_TYPES.includes(p.type)) out.push(`penalty:${p.type}`);
  const fine = penalties.filter((p) => p.type === 'fine').reduce((s, p) => s + toCents(p.amount ?? 0), 0);
  const limit = summaryFineLimit(partyType);
  if (fine > toCents(limit)) out.push(`fine_over:${limit}`);
  return out;
}
