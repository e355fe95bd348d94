import type { PriorItem, PriorSection } from '../../../api/site.js';
import type { PublicDecisionItem } from '../../../api/types.js';

/** A 事前公开 section on a screen: the items shown and how many more there are. */
export interface PriorPart {
  code: string;
  title: string;
  items: PriorItem[];
  more: number;
}

/** One screen of the display: a decision, one or several 事前公开 sections, or nothing yet. */
export type Slide =
  | { kind: 'decision'; key: string; decision: PublicDecisionItem }
  | { kind: 'prior'; key: string; parts: PriorPart[] }
  | { kind: 'empty'; key: string };

/** Lines a screen holds: a section's heading and each item take one (readable from 3–5 m). */
export const LINES_PER_SCREEN = 6;

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

/**
 * The screens in turn: the recent decisions, then the chosen 事前公开 sections that have items —
 * small ones together on a screen (a heading line and a line per item, `LINES_PER_SCREEN` at most),
 * a large one alone with as many items as fit and the number left.
 */
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
  const chosen = sections.filter((s) => s.items.length > 0 && (prior === 'all' || prior.has(s.code)));
  let screen: PriorPart[] = [];
  let lines = 0;
  const flush = () => {
    if (screen.length > 0)
      slides.push({ kind: 'prior', key: `p:${screen.map((p) => p.code).join('+')}`, parts: screen });
    screen = [];
    lines = 0;
  };
  for (const s of chosen) {
    const need = 1 + s.items.length;
    if (need > LINES_PER_SCREEN) {
      flush();
      const items = s.items.slice(0, LINES_PER_SCREEN);
      screen = [{ code: s.code, title: s.title, items, more: s.items.length - items.length }];
      flush();
      continue;
    }
    if (lines + need > LINES_PER_SCREEN) flush();
    screen.push({ code: s.code, title: s.title, items: s.items, more: 0 });
    lines += need;
  }
  flush();
  return slides.length > 0 ? slides : [{ kind: 'empty', key: 'empty' }];
}
