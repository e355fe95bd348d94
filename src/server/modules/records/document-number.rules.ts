import type { DocumentNumberKind } from '../../../shared/document-vocabulary.js';
import { formatCaseNumber } from '../cases/case.rules.js';

export {
  DOCUMENT_NUMBER_KINDS,
  DOCUMENT_NUMBER_KIND_LABELS,
  type DocumentNumberKind,
} from '../../../shared/document-vocabulary.js';

/**
 * 文号 of the documents the bureau issues (GB/T 9704-2012 发文字号: 机关代字〔年份〕序号号), one pattern
 * per kind — parameters `document.numberPattern.<kind>`, `{year}` the year and `{n}` the number in
 * the year. Case numbers keep their own pattern (立案, `case.numberPattern.*`), so that a case number is
 * never mistaken for a decision number (api-contract, POST /cases/{id}/decision).
 */
export const DEFAULT_DOCUMENT_PATTERNS: Record<DocumentNumberKind, string> = {
  penalty_decision: '清环罚〔{year}〕{n}号',
  no_penalty_decision: '清环不罚〔{year}〕{n}号',
  transfer: '清环移〔{year}〕{n}号',
  prior_notice: '清环罚告〔{year}〕{n}号',
};

/** The number of the document a decision is issued as, by its outcome (APL Art. 57). */
export function decisionNumberKind(outcome: string): DocumentNumberKind {
  if (outcome === 'penalty') return 'penalty_decision';
  if (outcome === 'transfer') return 'transfer';
  return 'no_penalty_decision';
}

export const formatDocumentNumber = formatCaseNumber;

const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/**
 * The year and sequence number of a 文号 written to a pattern, or null when it does not follow it
 * (free text, another kind's pattern, a number with leading zeros or none at all).
 */
export function parseDocumentNumber(
  pattern: string,
  value: string,
): { year: number | null; n: number } | null {
  const parts = pattern.split(/(\{year\}|\{n\})/);
  const order: ('year' | 'n')[] = [];
  const source = parts
    .map((p) => {
      if (p === '{year}') {
        order.push('year');
        return '(\\d{4})';
      }
      if (p === '{n}') {
        order.push('n');
        return '([1-9]\\d{0,6})';
      }
      return escape(p);
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(value.trim());
  if (!match) return null;
  const value_ = (name: 'year' | 'n') => {
    const i = order.indexOf(name);
    return i < 0 ? null : Number(match[i + 1]);
  };
  const n = value_('n');
  return n === null ? null : { year: value_('year'), n };
}
