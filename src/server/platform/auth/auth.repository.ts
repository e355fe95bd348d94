import { sql, type Insertable } from 'kysely';
import type { Executor } from '../db/database.js';
import type { SessionTable } from '../db/schema.js';
import type { Role } from '../../../shared/roles.js';

export const authRepository = {
  findAccountByUsername(db: Executor, username: string) {
    return db.selectFrom('account').selectAll().where('username', '=', username).executeTakeFirst();
  },

  findAccountById(db: Executor, id: string) {
    return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async rolesOf(db: Executor, accountId: string): Promise<Role[]> {
    const rows = await db
      .selectFrom('accountRole')
      .select('role')
      .where('accountId', '=', accountId)
      .execute();
    return rows.map((r) => r.role).sort();
  },

  departmentName(db: Executor, id: string) {
    return db.selectFrom('department').select('name').where('id', '=', id).executeTakeFirst();
  },

  insertSession(db: Executor, row: Insertable<SessionTable>) {
    return db.insertInto('session').values(row).execute();
  },

  findSession(db: Executor, id: string) {
    return db.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst();
  },

  touchSession(db: Executor, id: string, at: string) {
    return db.updateTable('session').set({ lastSeenAt: at }).where('id', '=', id).execute();
  },

  deleteSession(db: Executor, id: string) {
    return db.deleteFrom('session').where('id', '=', id).execute();
  },

  deleteSessionsOf(db: Executor, accountId: string) {
    return db.deleteFrom('session').where('accountId', '=', accountId).execute();
  },

  deleteExpiredSessions(db: Executor, now: string, idleCutoff: string) {
    return db
      .deleteFrom('session')
      .where((eb) => eb.or([eb('expiresAt', '<=', now), eb('lastSeenAt', '<=', idleCutoff)]))
      .execute();
  },

  findThrottle(db: Executor, key: string) {
    return db.selectFrom('loginThrottle').selectAll().where('key', '=', key).executeTakeFirst();
  },

  async saveThrottle(
    db: Executor,
    row: { key: string; failures: number; windowStartedAt: string; lockedUntil: string | null },
  ) {
    await db
      .insertInto('loginThrottle')
      .values(row)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          failures: row.failures,
          windowStartedAt: row.windowStartedAt,
          lockedUntil: row.lockedUntil,
        }),
      )
      .execute();
  },

  /**
   * Counts an attempt in one statement that increments and returns (SQLite and PostgreSQL both run
   * an upsert with RETURNING atomically), so parallel attempts each see their own count. A window
   * older than `windowStartedBefore` starts again at 1 and drops an expired lock.
   */
  async claimAttempt(db: Executor, key: string, now: string, windowStartedBefore: string) {
    const row = await db
      .insertInto('loginThrottle')
      .values({ key, failures: 1, windowStartedAt: now, lockedUntil: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          failures: sql<number>`case when login_throttle.window_started_at < ${windowStartedBefore} and (login_throttle.locked_until is null or login_throttle.locked_until <= ${now}) then 1 else login_throttle.failures + 1 end`,
          windowStartedAt: sql<string>`case when login_throttle.window_started_at < ${windowStartedBefore} and (login_throttle.locked_until is null or login_throttle.locked_until <= ${now}) then ${now} else login_throttle.window_started_at end`,
          lockedUntil: sql<
            string | null
          >`case when login_throttle.locked_until <= ${now} then null else login_throttle.locked_until end`,
        }),
      )
      .returning(['failures', 'windowStartedAt', 'lockedUntil'])
      .executeTakeFirstOrThrow();
    return row;
  },

  /** Locks a key (kept when it is already locked longer). */
  lockThrottle(db: Executor, key: string, until: string) {
    return db
      .updateTable('loginThrottle')
      .set({ lockedUntil: until })
      .where('key', '=', key)
      .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', until)]))
      .execute();
  },

  clearThrottle(db: Executor, key: string) {
    return db.deleteFrom('loginThrottle').where('key', '=', key).execute();
  },

  setPassword(db: Executor, accountId: string, passwordHash: string, at: string) {
    return db
      .updateTable('account')
      .set({ passwordHash, passwordChangedAt: at, updatedAt: at })
      .where('id', '=', accountId)
      .execute();
  },

  setLastLogin(db: Executor, accountId: string, at: string) {
    return db.updateTable('account').set({ lastLoginAt: at }).where('id', '=', accountId).execute();
  },
};
