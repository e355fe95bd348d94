/**
 * Documents that carry a 文号 issued by the system (the next in sequence per pattern and year), and
 * their Chinese names. Patterns are parameters (`document.numberPattern.<kind>`).
 */
export const DOCUMENT_NUMBER_KINDS = [
  'penalty_decision',
  'no_penalty_decision',
  'transfer',
  'prior_notice',
] as const;
export type DocumentNumberKind = (typeof DOCUMENT_NUMBER_KINDS)[number];

export const DOCUMENT_NUMBER_KIND_LABELS = {
  penalty_decision: '行政处罚决定书',
  no_penalty_decision: '不予行政处罚决定书',
  transfer: '案件移送书',
  prior_notice: '行政处罚事先（听证）告知书',
} as const satisfies Record<DocumentNumberKind, string>;
