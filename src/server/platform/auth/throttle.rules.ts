/**
 * Sign-in throttling (security.md: rate limit and lockout), in three keys:
 * - the account: every attempt is counted before the password is checked, in one statement that
 *   increments and returns (`claimAttempt`), so parallel guesses cannot all be checked; after
 *   `maxFailures` within the window the account is locked for `lockMs`, the right password included;
 * - the address and account pair: each failure doubles the wait before that pair's next attempt
 *   (progressive delay, `pairDelayMs`);
 * - the address alone: past its limit it is slowed down (`addressDelayMs`), never refused — behind a
 *   reverse proxy every user shares one address, and good credentials must still get in.
 */
export type ThrottleState = { failures: number; windowStartedAt: string; lockedUntil: string | null };
export type ThrottlePolicy = { maxFailures: number; windowMs: number; lockMs: number };

/** The pair's first wait after a failure, doubled with each further one, at most `PAIR_MAX_DELAY_MS`. */
export const PAIR_BASE_DELAY_MS = 1_000;
export const PAIR_MAX_DELAY_MS = 5 * 60_000;
/** Past its limit, each further failure from an address adds this to its answers, at most `ADDRESS_MAX_DELAY_MS`. */
export const ADDRESS_DELAY_STEP_MS = 250;
export const ADDRESS_MAX_DELAY_MS = 3_000;

/** Milliseconds until the key unlocks, or 0 when it is not locked. */
export function lockRemainingMs(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, Date.parse(state.lockedUntil) - now.getTime());
}

/** Whether a counted attempt starts a new window (the last one began longer ago than the window). */
export function windowExpired(state: ThrottleState | undefined, now: Date, windowMs: number): boolean {
  return !state || now.getTime() - Date.parse(state.windowStartedAt) > windowMs;
}

/** The counted attempt is refused (locked, or beyond the limit) — without checking the password. */
export function refusedAttempt(state: ThrottleState, now: Date, policy: ThrottlePolicy): boolean {
  return lockRemainingMs(state, now) > 0 || state.failures > policy.maxFailures;
}

/** When the key locks after a failed attempt, or null while under the limit. */
export function lockAfterFailure(failures: number, now: Date, policy: ThrottlePolicy): string | null {
  return failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs).toISOString() : null;
}

/** The wait before the pair's next attempt after `failures` failures (1 s, 2 s, 4 s …). */
export function pairDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(PAIR_MAX_DELAY_MS, PAIR_BASE_DELAY_MS * 2 ** Math.min(failures - 1, 20));
}

/** How long an address's answer is held back after `failures` failures against its `limit`. */
export function addressDelayMs(failures: number, limit: number): number {
  if (failures <= limit) return 0;
  return Math.min(ADDRESS_MAX_DELAY_MS, (failures - limit) * ADDRESS_DELAY_STEP_MS);
}

/** The state after a failure (the pair and the address count failures after the check). */
export function afterFailure(
  state: ThrottleState | undefined,
  now: Date,
  policy: ThrottlePolicy,
): ThrottleState {
  const fresh = windowExpired(state, now, policy.windowMs);
  const failures = fresh || !state ? 1 : state.failures + 1;
  const windowStartedAt = fresh || !state ? now.toISOString() : state.windowStartedAt;
  const lockedUntil =
    failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs).toISOString() : null;
  return { failures, windowStartedAt, lockedUntil };
}
