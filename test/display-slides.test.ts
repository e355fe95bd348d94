import { describe, expect, it } from 'vitest';
import type { PriorSection } from '../src/web/api/site.js';
import type { PublicDecisionItem } from '../src/web/api/types.js';
import {
  LINES_PER_SCREEN,
  buildSlides,
  displayOptions,
} from '../src/web/pages/portal/display/displaySlides.js';

/** The display screen's options from its address, and how it lays the content out on screens (issue 13). */

const options = (query: string) => displayOptions(new URLSearchParams(query));

const section = (code: string, n: number): PriorSection => ({
  code,
  title: code,
  items: Array.from({ length: n }, (_, i) => ({
    id: `${code}-${i + 1}`,
    title: `${code} ${i + 1}`,
    version: 1,
    publishedAt: '2026-12-07T08:00:00.000Z',
    department: '清远市生态环境局',
  })),
});

const decision = (id: string) => ({ id, title: id }) as unknown as PublicDecisionItem;

describe('displayOptions', () => {
  it('reads interval, count and sections, within bounds, with defaults', () => {
    expect(options('')).toEqual({ interval: 15, count: 5, results: true, prior: 'all' });
    expect(options('interval=1&count=99')).toMatchObject({ interval: 2, count: 20 });
    expect(options('interval=abc&count=-3')).toMatchObject({ interval: 15, count: 1 });
    expect(options('sections=results')).toMatchObject({ results: true, prior: new Set() });
    expect(options('sections=prior')).toMatchObject({ results: false, prior: 'all' });
    const some = options('sections=powers,remedies,<script>');
    expect(some.results).toBe(false);
    expect(some.prior).toEqual(new Set(['powers', 'remedies']));
  });
});

describe('buildSlides', () => {
  it('shows the decisions, then small sections together and a large one alone with the number left', () => {
    const slides = buildSlides(
      options('sections=results,prior'),
      [decision('a'), decision('b')],
      [section('one', 1), section('two', 2), section('empty', 0), section('big', 9), section('three', 1)],
    );
    expect(slides.map((s) => s.kind)).toEqual(['decision', 'decision', 'prior', 'prior', 'prior']);
    const [, , together, big, last] = slides;
    expect(together?.kind === 'prior' && together.parts.map((p) => p.code)).toEqual(['one', 'two']);
    expect(big?.kind === 'prior' && big.parts[0]).toMatchObject({ code: 'big', more: 9 - LINES_PER_SCREEN });
    expect(big?.kind === 'prior' && big.parts[0]?.items).toHaveLength(LINES_PER_SCREEN);
    expect(last?.kind === 'prior' && last.parts.map((p) => p.code)).toEqual(['three']);
    for (const s of slides) {
      if (s.kind !== 'prior' || s.parts.length < 2) continue;
      expect(s.parts.reduce((n, p) => n + 1 + p.items.length, 0)).toBeLessThanOrEqual(LINES_PER_SCREEN);
    }
  });

  it('keeps to the sections named, and has one empty screen when there is nothing', () => {
    const chosen = buildSlides(
      options('sections=big'),
      [decision('a')],
      [section('one', 1), section('big', 2)],
    );
    expect(chosen.map((s) => s.kind === 'prior' && s.parts.map((p) => p.code))).toEqual([['big']]);
    expect(buildSlides(options(''), [], [])).toEqual([{ kind: 'empty', key: 'empty' }]);
  });
});
