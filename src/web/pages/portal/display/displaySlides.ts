import type { PriorSection } from '../../../api/site.js';
import type { PublicDecisionItem } from '../../../api/types.js';

/** One screen of the display: a decision, or a 事前公开 section with its items. */
export type Slide =
  | { kind: 'decision'; key: string; decision: PublicDecisionItem }
  | { kind: 'prior'; key: string; section: PriorSection }
  | { kind: 'empty'; key: string };

export interface DisplayOptions {
  /** Seconds each screen stays (2–600, default 15). */
  interval: number;
  /** How many recent decisions (1–20, default 5). */
  count: number;
  results: boolean;
  /** Every 事前公开 section (`prior`), or only the codes named. */
  prior: 'all' | ReadonlySet<string>;
}

const clamp = (value: number, min: number, max: number, fallback: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;

/**
 * The address's options: `?interval=15&count=5&sections=results,prior` — `sections` names `results`,
 * `prior` (every 事前公开 section) or single section codes (`powers`, `remedies` …); default both.
 */
export function displayOptions(params: URLSearchParams): DisplayOptions {
  const interval = clamp(Number(params.get('interval') ?? 15), 2, 600, 15);
  const count = clamp(Number(params.get('count') ?? 5), 1, 20, 5);
  const named = (params.get('sections') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[a-z_]{1,40}$/.test(s));
  if (named.length === 0) return { interval, count, results: true, prior: 'all' };
  const codes = new Set(named.filter((s) => s !== 'results' && s !== 'prior'));
  return {
    interval,
    count,
    results: named.includes('results'),
    prior: named.includes('prior') ? 'all' : codes,
  };
}

export const wantsPrior = (o: DisplayOptions) => o.prior === 'all' || o.prior.size > 0;

/** The screens in turn: the recent decisions, then each chosen 事前公开 section that has items. */
export function buildSlides(
  options: DisplayOptions,
  decisions: readonly PublicDecisionItem[],
  sections: readonly PriorSection[],
): Slide[] {
  const slides: Slide[] = [];
  if (options.results) {
    for (const d of decisions) slides.push({ kind: 'decision', key: `d:${d.id}`, decision: d });
  }
  const { prior } = options;
  for (const s of sections) {
    if (s.items.length === 0) continue;
    if (prior === 'all' || prior.has(s.code)) slides.push({ kind: 'prior', key: `p:${s.code}`, section: s });
  }
  return slides.length > 0 ? slides : [{ kind: 'empty', key: 'empty' }];
}
