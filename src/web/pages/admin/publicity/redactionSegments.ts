import type { RedactionMark, RedactionSpan } from '../../../api/types.js';

/** A piece of a text: plain, or a span the redaction hides (with what stands in its place). */
export type Segment = { text: string; span: RedactionSpan | null };

/**
 * The original text cut at its spans (sorted, non-overlapping as the server sends them; a span that
 * overlaps the one before it or lies outside the text is skipped, as the server's own redaction does).
 */
export function segmentsOf(original: string, spans: readonly RedactionSpan[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (span.start < at || span.end > original.length || span.end <= span.start) continue;
    if (span.start > at) out.push({ text: original.slice(at, span.start), span: null });
    out.push({ text: original.slice(span.start, span.end), span });
    at = span.end;
  }
  if (at < original.length) out.push({ text: original.slice(at), span: null });
  return out;
}

/** The marks with `mark` in place of any earlier mark of the same text (the latest decision counts). */
export function withMark(marks: readonly RedactionMark[], mark: RedactionMark): RedactionMark[] {
  return [...marks.filter((m) => m.text !== mark.text), mark];
}

/** The marks without the masks whose text lies inside `hidden` (a manual span is their union). */
export function withoutMasksIn(marks: readonly RedactionMark[], hidden: string): RedactionMark[] {
  return marks.filter((m) => !(m.action === 'mask' && hidden.includes(m.text)));
}
