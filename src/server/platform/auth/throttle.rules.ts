/**
 * Login throttling (security.md: rate limit and lockout). After `maxFailures` failed sign-ins
 * within the window the key is locked for `lockMs`; the window restarts when it has passed.
 */
export type ThrottleState = { failures: number; windowStartedAt: string; lockedUntil: string | null };
export type ThrottlePolicy = { maxFailures: number; windowMs: number; lockMs: number };

/** Milliseconds until the key unlocks, or 0 when it is not locked. */
export function lockRemainingMs(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, Date.parse(state.lockedUntil) - now.getTime());
}

export function afterFailure(
  state: ThrottleState | undefined,
  now: Date,
  policy: ThrottlePolicy,
): ThrottleState {
  const fresh = !state || now.getTime() - Date.parse(state.windowStartedAt) > policy.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStartedAt = fresh ? now.toISOString() : state.windowStartedAt;
  const lockedUntil =
    failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs).toISOString() : null;
  return { failures, windowStartedAt, lockedUntil };
}
