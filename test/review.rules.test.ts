import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATALOG_RULES,
  LARGE_AMOUNT_ORGANISATION,
  LARGE_AMOUNT_PERSON,
  classify,
  heavierThanNotice,
  reviewersRequired,
  substanceHash,
  type Penalty,
} from '../src/server/modules/review/review.rules.js';

const ids = (
  penalties: Penalty[],
  party: 'person' | 'organization' | 'individual_business' = 'organization',
  circumstances: string[] = [],
  outcome: 'penalty' | 'no_penalty' = 'penalty',
) => classify(DEFAULT_CATALOG_RULES, { outcome, penalties }, party, circumstances).map((r) => r.id);

describe('classification against the catalog', () => {
  it('amount rule: equal to the threshold is major, below is not, above is', () => {
    expect(ids([{ type: 'fine', amount: LARGE_AMOUNT_ORGANISATION }])).toEqual(['large_amount']);
    expect(ids([{ type: 'fine', amount: LARGE_AMOUNT_ORGANISATION - 0.01 }])).toEqual([]);
    expect(ids([{ type: 'fine', amount: LARGE_AMOUNT_ORGANISATION + 1 }])).toEqual(['large_amount']);
    expect(ids([{ type: 'fine', amount: LARGE_AMOUNT_PERSON }], 'person')).toEqual(['large_amount']);
    expect(ids([{ type: 'fine', amount: LARGE_AMOUNT_PERSON - 1 }], 'person')).toEqual([]);
    // fines and confiscations count together
    expect(
      ids([
        { type: 'fine', amount: 60_000 },
        { type: 'confiscate_gains', amount: 40_000 },
      ]),
    ).toEqual(['large_amount']);
  });

  it('penalty-type rules: 吊销, 停产停业/关闭, 限制生产经营', () => {
    expect(ids([{ type: 'revoke_license' }])).toEqual(['revoke']);
    expect(ids([{ type: 'closure' }])).toEqual(['suspend']);
    expect(ids([{ type: 'suspend_production' }])).toEqual(['suspend']);
    expect(ids([{ type: 'restrict_operation' }])).toEqual(['restrict']);
    expect(ids([{ type: 'warning' }])).toEqual([]);
  });

  it('circumstance rules, flagged by the officer, also without a penalty', () => {
    expect(ids([{ type: 'warning' }], 'organization', ['complex'])).toEqual(['complex']);
    expect(ids([], 'organization', ['public_interest'], 'no_penalty')).toEqual(['public_interest']);
    expect(ids([], 'organization', [], 'no_penalty')).toEqual([]);
  });
});

describe('the decision substance', () => {
  it('ignores the document number, summary, date and the order of penalties', () => {
    const a = {
      outcome: 'penalty' as const,
      penalties: [{ type: 'fine' as const, amount: 1 }, { type: 'warning' as const }],
      facts: '事实',
      basis: '依据',
    };
    const b = { ...a, penalties: [...a.penalties].reverse() };
    expect(substanceHash(a)).toBe(substanceHash(b));
    expect(substanceHash(a)).not.toBe(substanceHash({ ...a, facts: '事实。' }));
    expect(substanceHash(a)).not.toBe(
      substanceHash({ ...a, penalties: [{ type: 'fine', amount: 2 }, { type: 'warning' }] }),
    );
  });

  it('is not heavier than the notice (APL Art. 45)', () => {
    expect(heavierThanNotice([{ type: 'fine', amount: 100 }], [{ type: 'fine', amount: 100 }])).toEqual([]);
    expect(heavierThanNotice([{ type: 'fine', amount: 101 }], [{ type: 'fine', amount: 100 }])).toEqual([
      'amount:fine',
    ]);
    expect(heavierThanNotice([{ type: 'warning' }], [{ type: 'fine', amount: 100 }])).toEqual([
      'penalty:warning',
    ]);
    expect(heavierThanNotice([], [{ type: 'fine', amount: 100 }])).toEqual([]);
  });
});

describe('staffing indicator (5 %, at least 1, rounded up)', () => {
  it.each([
    [0, 1],
    [19, 1],
    [20, 1],
    [21, 2],
    [40, 2],
  ])('%i officers need %i reviewers', (officers, reviewers) => {
    expect(reviewersRequired(officers)).toBe(reviewers);
  });
});
