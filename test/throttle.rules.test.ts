import { describe, expect, it } from 'vitest';
import {
  ADDRESS_MAX_DELAY_MS,
  PAIR_MAX_DELAY_MS,
  addressDelayMs,
  lockAfterFailure,
  pairDelayMs,
  refusedAttempt,
  windowExpired,
} from '../src/server/platform/auth/throttle.rules.js';

const policy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
const now = new Date('2026-12-07T02:00:00Z');

describe('sign-in throttling rules', () => {
  it('doubles the pair’s wait with each failure, up to its cap', () => {
    expect([0, 1, 2, 3, 4].map(pairDelayMs)).toEqual([0, 1000, 2000, 4000, 8000]);
    expect(pairDelayMs(30)).toBe(PAIR_MAX_DELAY_MS);
  });

  it('slows an address only past its limit, by steps, up to its cap', () => {
    expect(addressDelayMs(20, 20)).toBe(0);
    expect(addressDelayMs(21, 20)).toBe(250);
    expect(addressDelayMs(24, 20)).toBe(1000);
    expect(addressDelayMs(500, 20)).toBe(ADDRESS_MAX_DELAY_MS);
  });

  it('refuses a counted attempt past the limit or while locked, and locks at the limit', () => {
    const at = (failures: number, lockedUntil: string | null = null) => ({
      failures,
      windowStartedAt: now.toISOString(),
      lockedUntil,
    });
    expect(refusedAttempt(at(5), now, policy)).toBe(false);
    expect(refusedAttempt(at(6), now, policy)).toBe(true);
    expect(refusedAttempt(at(1, '2026-12-07T02:00:01Z'), now, policy)).toBe(true);
    expect(refusedAttempt(at(1, '2026-12-07T02:00:00Z'), now, policy)).toBe(false);
    expect(lockAfterFailure(4, now, policy)).toBeNull();
    expect(lockAfterFailure(5, now, policy)).toBe('2026-12-07T02:15:00.000Z');
    expect(windowExpired(at(3), new Date(now.getTime() + policy.windowMs), policy.windowMs)).toBe(false);
    expect(windowExpired(at(3), new Date(now.getTime() + policy.windowMs + 1), policy.windowMs)).toBe(true);
  });
});
