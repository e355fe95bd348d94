import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../../shared/roles.js';
import type { Config } from '../../config.js';
import type { Actor, AuditLog } from '../audit/audit-log.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { authRepository as repo } from './auth.repository.js';
import { dummyPasswordHash, hashPassword, isAcceptablePassword, verifyPassword } from './password.js';
import {
  addressDelayMs,
  afterFailure,
  lockAfterFailure,
  lockRemainingMs,
  pairDelayMs,
  refusedAttempt,
  windowExpired,
  type ThrottlePolicy,
} from './throttle.rules.js';

export type Principal = {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  departmentId: string;
  departmentName: string;
};

export type AuthContext = { principal: Principal; sessionId: string; csrfToken: string };
export type ClientMeta = { ip: string; userAgent: string };
export type IssuedSession = { token: string; csrfToken: string; principal: Principal };

/** Failures from one address before it is locked, as a multiple of the per-account limit. */
const IP_FAILURE_MULTIPLIER = 4;
/** Sessions are touched at most this often, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 60_000;

const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

export const actorOf = (p: Principal): Actor => ({ id: p.id, name: p.username, displayName: p.name });

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class AuthService {
  private readonly accountPolicy: ThrottlePolicy;
  private readonly ipPolicy: ThrottlePolicy;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly config: Pick<Config, 'session' | 'login'>,
    private readonly clock: Clock,
  ) {
    const lockMs = config.login.lockMinutes * 60_000;
    this.accountPolicy = { maxFailures: config.login.maxFailures, windowMs: lockMs, lockMs };
    this.ipPolicy = {
      maxFailures: config.login.maxFailures * IP_FAILURE_MULTIPLIER,
      windowMs: lockMs,
      lockMs,
    };
  }

  private rateLimited(waitMs: number): AppError {
    return new AppError('RATE_LIMITED', { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) });
  }

  /**
   * Counts an attempt on `key` before a password is checked (atomically: parallel attempts each get
   * their own count) and refuses it when the key is locked or past its limit.
   */
  private async claim(key: string, now: Date): Promise<{ failures: number }> {
    const state = await repo.claimAttempt(
      this.db,
      key,
      now.toISOString(),
      new Date(now.getTime() - this.accountPolicy.windowMs).toISOString(),
    );
    if (refusedAttempt(state, now, this.accountPolicy)) {
      const until = state.lockedUntil ?? new Date(now.getTime() + this.accountPolicy.lockMs).toISOString();
      if (!state.lockedUntil) await repo.lockThrottle(this.db, key, until);
      throw this.rateLimited(Date.parse(until) - now.getTime());
    }
    return state;
  }

  async login(username: string, password: string, meta: ClientMeta): Promise<IssuedSession> {
    const now = this.clock();
    const name = username.toLowerCase();
    const accountKey = `account:${name}`;
    const pairKey = `pair:${meta.ip}|${name}`;
    const ipKey = `ip:${meta.ip}`;
    const [pairThrottle, ipThrottle] = await Promise.all([
      repo.findThrottle(this.db, pairKey),
      repo.findThrottle(this.db, ipKey),
    ]);
    // the address and account pair: a progressive wait after each failure
    const pairWait = lockRemainingMs(pairThrottle, now);
    if (pairWait > 0) throw this.rateLimited(pairWait);
    // the address alone: slowed down past its limit, never refused
    const ipFailures = windowExpired(ipThrottle, now, this.ipPolicy.windowMs)
      ? 0
      : (ipThrottle?.failures ?? 0);
    const slow = addressDelayMs(ipFailures, this.ipPolicy.maxFailures);
    if (slow > 0) await new Promise((resolve) => setTimeout(resolve, slow));
    // the account: counted before the check, locked after too many
    const claimed = await this.claim(accountKey, now);

    const account = await repo.findAccountByUsername(this.db, username);
    const ok = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!account || !ok) {
      await this.db.transaction().execute(async (tx) => {
        const lockUntil = lockAfterFailure(claimed.failures, now, this.accountPolicy);
        if (lockUntil) await repo.lockThrottle(tx, accountKey, lockUntil);
        const pairFailures =
          (windowExpired(pairThrottle, now, this.accountPolicy.windowMs)
            ? 0
            : (pairThrottle?.failures ?? 0)) + 1;
        await repo.saveThrottle(tx, {
          key: pairKey,
          failures: pairFailures,
          windowStartedAt: now.toISOString(),
          lockedUntil: new Date(now.getTime() + pairDelayMs(pairFailures)).toISOString(),
        });
        await repo.saveThrottle(tx, {
          key: ipKey,
          ...afterFailure(ipThrottle, now, this.ipPolicy),
          lockedUntil: null,
        });
        if (account) {
          await this.audit.append(
            tx,
            { id: null, name: meta.ip },
            {
              action: lockUntil ? 'auth.locked' : 'auth.login_failed',
              objectType: 'account',
              objectId: account.id,
              detail: { ip: meta.ip, failures: claimed.failures },
            },
          );
        }
      });
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (account.active !== 1) throw new AppError('ACCOUNT_DISABLED');

    const principal = await this.principalOf(account.id);
    return this.db.transaction().execute(async (tx) => {
      await repo.clearThrottle(tx, accountKey);
      await repo.clearThrottle(tx, pairKey);
      await repo.setLastLogin(tx, account.id, now.toISOString());
      const issued = await this.issueSession(tx, principal, meta);
      await this.audit.append(tx, actorOf(principal), {
        action: 'auth.login',
        objectType: 'account',
        objectId: account.id,
        detail: { ip: meta.ip },
      });
      return issued;
    });
  }

  /** The session behind a cookie token, or null when absent, expired or idle too long. */
  async authenticate(token: string): Promise<AuthContext | null> {
    const id = sessionIdOf(token);
    const session = await repo.findSession(this.db, id);
    if (!session) return null;
    const now = this.clock();
    const idleMs = this.config.session.idleMinutes * 60_000;
    if (
      Date.parse(session.expiresAt) <= now.getTime() ||
      now.getTime() - Date.parse(session.lastSeenAt) >= idleMs
    ) {
      await repo.deleteSession(this.db, id);
      return null;
    }
    const account = await repo.findAccountById(this.db, session.accountId);
    if (!account || account.active !== 1) return null;
    if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_INTERVAL_MS) {
      await repo.touchSession(this.db, id, now.toISOString());
    }
    return { principal: await this.principalOf(account.id), sessionId: id, csrfToken: session.csrfToken };
  }

  async logout(ctx: AuthContext): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await repo.deleteSession(tx, ctx.sessionId);
      await this.audit.append(tx, actorOf(ctx.principal), {
        action: 'auth.logout',
        objectType: 'account',
        objectId: ctx.principal.id,
      });
    });
  }

  /** Ends one session without an audit entry (superseded by a new sign-in, which is audited). */
  async endSession(sessionId: string): Promise<void> {
    await repo.deleteSession(this.db, sessionId);
  }

  /** Changes the signed-in user's password; every session of the account ends and a new one starts. */
  async changePassword(
    ctx: AuthContext,
    current: string,
    next: string,
    meta: ClientMeta,
  ): Promise<IssuedSession> {
    // guessing the current password with a session is throttled like signing in
    const key = `password:${ctx.principal.id}`;
    const now = this.clock();
    const claimed = await this.claim(key, now);
    const account = await repo.findAccountById(this.db, ctx.principal.id);
    if (!account || !(await verifyPassword(account.passwordHash, current))) {
      const lockUntil = lockAfterFailure(claimed.failures, now, this.accountPolicy);
      if (lockUntil) await repo.lockThrottle(this.db, key, lockUntil);
      throw new AppError('WRONG_PASSWORD');
    }
    await repo.clearThrottle(this.db, key);
    if (!isAcceptablePassword(next)) throw new AppError('WEAK_PASSWORD');
    const passwordHash = await hashPassword(next);
    return this.db.transaction().execute(async (tx) => {
      await repo.setPassword(tx, account.id, passwordHash, this.clock().toISOString());
      await repo.deleteSessionsOf(tx, account.id);
      const issued = await this.issueSession(tx, ctx.principal, meta);
      await this.audit.append(tx, actorOf(ctx.principal), {
        action: 'auth.password_change',
        objectType: 'account',
        objectId: account.id,
      });
      return issued;
    });
  }

  async principalOf(accountId: string): Promise<Principal> {
    const account = await repo.findAccountById(this.db, accountId);
    if (!account) throw new AppError('UNAUTHENTICATED');
    const [roles, department] = await Promise.all([
      repo.rolesOf(this.db, accountId),
      repo.departmentName(this.db, account.departmentId),
    ]);
    return {
      id: account.id,
      username: account.username,
      name: account.name,
      roles,
      departmentId: account.departmentId,
      departmentName: department?.name ?? '',
    };
  }

  private async issueSession(
    tx: Parameters<typeof repo.insertSession>[0],
    principal: Principal,
    meta: ClientMeta,
  ) {
    const now = this.clock();
    const token = newToken();
    const csrfToken = newToken();
    await repo.insertSession(tx, {
      id: sessionIdOf(token),
      accountId: principal.id,
      csrfToken,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.config.session.absoluteHours * 3_600_000).toISOString(),
      ip: meta.ip,
      userAgent: meta.userAgent.slice(0, 400),
    });
    return { token, csrfToken, principal };
  }

  /** Removes expired and idle sessions (a sweep; idempotent). */
  async purgeSessions(): Promise<void> {
    const now = this.clock();
    const idleCutoff = new Date(now.getTime() - this.config.session.idleMinutes * 60_000).toISOString();
    await repo.deleteExpiredSessions(this.db, now.toISOString(), idleCutoff);
  }
}
