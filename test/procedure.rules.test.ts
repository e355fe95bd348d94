import { describe, expect, it } from 'vitest';
import {
  HEARING_AMOUNT_ORGANISATION,
  HEARING_AMOUNT_PERSON,
  chinaDateOf,
  hearingRightApplies,
  hostConflict,
  noticeWindows,
  proposedPenalties,
} from '../src/server/modules/review/procedure.rules.js';
import { DEFAULT_CATALOG_RULES, classify, reviewPassed } from '../src/server/modules/review/review.rules.js';
import { PENALTY_STATISTICS_CATEGORY, statisticsCategoryOf } from '../src/shared/review-vocabulary.js';

describe('hearing right (APL Art. 63)', () => {
  it('follows the amount thresholds, equal counting', () => {
    const fine = (amount: number) => [{ type: 'fine' as const, amount }];
    expect(hearingRightApplies(fine(HEARING_AMOUNT_PERSON - 0.01), 'person')).toBe(false);
    expect(hearingRightApplies(fine(HEARING_AMOUNT_PERSON), 'person')).toBe(true);
    expect(hearingRightApplies(fine(HEARING_AMOUNT_PERSON), 'individual_business')).toBe(true);
    expect(hearingRightApplies(fine(HEARING_AMOUNT_ORGANISATION - 0.01), 'organization')).toBe(false);
    expect(hearingRightApplies(fine(HEARING_AMOUNT_ORGANISATION), 'organization')).toBe(true);
    expect(hearingRightApplies(fine(HEARING_AMOUNT_ORGANISATION + 0.01), 'organization')).toBe(true);
  });

  it('counts each money penalty on its own and the heavy types whatever the amount', () => {
    expect(
      hearingRightApplies(
        [
          { type: 'fine', amount: 3000 },
          { type: 'confiscate_gains', amount: 3000 },
        ],
        'person',
      ),
    ).toBe(false);
    expect(hearingRightApplies([{ type: 'confiscate_gains', amount: 5000 }], 'person')).toBe(true);
    for (const type of ['revoke_license', 'suspend_production', 'closure', 'lower_qualification'] as const)
      expect(hearingRightApplies([{ type }], 'organization')).toBe(true);
    expect(hearingRightApplies([{ type: 'warning' }], 'organization')).toBe(false);
  });
});

describe('notice windows', () => {
  it('is 3 working days, 5 with the hearing right', () => {
    expect(noticeWindows({ hearingRight: false, waived: null })).toEqual([{ days: 3, unit: 'working_days' }]);
    expect(noticeWindows({ hearingRight: true, waived: null })).toEqual([
      { days: 3, unit: 'working_days' },
      { days: 5, unit: 'working_days' },
    ]);
  });
});

describe('helpers', () => {
  it('compares host names ignoring spaces, never matching blanks', () => {
    expect(hostConflict('李 明', ['王芳', '李明'])).toBe('李明');
    expect(hostConflict('陈静', ['王芳', '李明'])).toBeNull();
    expect(hostConflict('  ', ['  '])).toBeNull();
    expect(hostConflict(undefined, ['李明'])).toBeNull();
  });

  it('reads China dates from dates and times with offsets', () => {
    expect(chinaDateOf('2026-10-12')).toBe('2026-10-12');
    expect(chinaDateOf('2026-10-20T23:30:00+08:00')).toBe('2026-10-20');
    expect(chinaDateOf('2026-10-20T17:30:00Z')).toBe('2026-10-21');
    expect(chinaDateOf('not a date')).toBeNull();
    expect(chinaDateOf(42)).toBeNull();
  });

  it('reads proposed penalties, skipping malformed items', () => {
    expect(proposedPenalties({ penalties: [{ type: 'fine', amount: 5 }, 'x', null, { amount: 3 }] })).toEqual(
      [{ type: 'fine', amount: 5 }],
    );
    expect(proposedPenalties({})).toEqual([]);
  });

  it('passes a round when approved or when the head adopted the unit position', () => {
    expect(reviewPassed({ status: 'approved' }, null)).toBe(true);
    expect(reviewPassed({ status: 'returned' }, { decision: null })).toBe(false);
    expect(reviewPassed({ status: 'returned' }, { decision: 'uphold_opinion' })).toBe(false);
    expect(reviewPassed({ status: 'returned' }, { decision: 'adopt_unit_position' })).toBe(true);
    expect(reviewPassed({ status: 'pending' }, undefined)).toBe(false);
  });
});

describe('the penalty types of MEE-30 Art. 8: hearing right, catalog and statistics', () => {
  const types = [
    'suspend_for_rectification',
    'ban_practice',
    'license_application_ban',
    'demolition_order',
  ] as const;

  it('each carries the hearing right whatever the amount (MEE-30 Art. 58 [S])', () => {
    for (const type of types) expect(hearingRightApplies([{ type }], 'person'), type).toBe(true);
  });

  it('is classified in the default catalog: 停产整治 and 禁止从业 major, the others not by default', () => {
    const major = (type: (typeof types)[number]) =>
      classify(DEFAULT_CATALOG_RULES, { outcome: 'penalty', penalties: [{ type }] }, 'organization', []).map(
        (r) => r.id,
      );
    expect(major('suspend_for_rectification')).toEqual(['suspend']);
    expect(major('ban_practice')).toEqual(['ban_practice']);
    expect(major('license_application_ban')).toEqual([]);
    expect(major('demolition_order')).toEqual([]);
  });

  it('counts under one statistics category, the heaviest; 其他 only without a named one (domain-rules §7)', () => {
    expect(PENALTY_STATISTICS_CATEGORY.suspend_for_rectification).toBe('suspend_production');
    expect(PENALTY_STATISTICS_CATEGORY.ban_practice).toBe('closure_or_restrict_practice');
    expect(PENALTY_STATISTICS_CATEGORY.license_application_ban).toBe('other');
    expect(PENALTY_STATISTICS_CATEGORY.demolition_order).toBe('other');
    expect(PENALTY_STATISTICS_CATEGORY.daily_fine).toBe('fine');
    expect(statisticsCategoryOf(['fine', 'suspend_for_rectification', 'warning'])).toBe('suspend_production');
    expect(statisticsCategoryOf(['demolition_order', 'fine'])).toBe('fine');
    expect(statisticsCategoryOf(['demolition_order'])).toBe('other');
    expect(statisticsCategoryOf([])).toBeNull();
  });
});
