import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairDelayMs } from '../src/server/platform/auth/throttle.rules.js';
import { Client, createTestApp, errorCode, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('sign-in', () => {
  it('signs in with the right password and sets a hardened session cookie', async () => {
    const c = new Client(t.app);
    const res = await c.post('/api/v1/auth/login', { username: 'officer1', password: 'demo12345' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ user: { username: string; roles: string[] }; csrfToken: string }>();
    expect(body.user).toMatchObject({
      username: 'officer1',
      name: '李明',
      roles: ['officer'],
      departmentName: '执法一科',
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = res.cookies.find((x) => x.name === 'sanxiang_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const me = await c.get('/api/v1/auth/me');
    expect(me.json<{ user: { username: string } }>().user.username).toBe('officer1');
  });

  it('stores passwords as argon2id', async () => {
    const row = await t.services.database.db
      .selectFrom('account')
      .select('passwordHash')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await t.anonymous.post('/api/v1/auth/login', {
      username: 'officer2',
      password: 'nope12345',
    });
    expect(wrong.statusCode).toBe(401);
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(wrong.cookies).toHaveLength(0);
    const unknown = await t.anonymous.post('/api/v1/auth/login', {
      username: 'ghost',
      password: 'demo12345',
    });
    expect(unknown.statusCode).toBe(401);
    expect(errorCode(unknown)).toBe('INVALID_CREDENTIALS');
    // the address and account pair waits 1 s after a failure
    const soon = await t.anonymous.post('/api/v1/auth/login', {
      username: 'officer2',
      password: 'demo12345',
    });
    expect(soon.statusCode).toBe(429);
    t.clock.advance(pairDelayMs(1));
    expect(
      (await t.anonymous.post('/api/v1/auth/login', { username: 'officer2', password: 'demo12345' }))
        .statusCode,
    ).toBe(200);
  });

  it('locks an account after 5 failures, even for the right password, and says when to retry', async () => {
    const c = new Client(t.app);
    for (let i = 0; i < 5; i += 1) {
      const res = await c.post('/api/v1/auth/login', { username: 'filler', password: `wrong${i}abc` });
      expect(res.statusCode).toBe(401);
      // the pair's progressive wait: 1 s, 2 s, 4 s, 8 s
      t.clock.advance(pairDelayMs(i + 1));
    }
    const locked = await c.post('/api/v1/auth/login', { username: 'filler', password: 'demo12345' });
    expect(locked.statusCode).toBe(429);
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    // other accounts from the same address are not locked by these five
    expect(
      (await c.post('/api/v1/auth/login', { username: 'checker', password: 'demo12345' })).statusCode,
    ).toBe(200);
    // after the lock period the right password works again
    t.clock.advance(15 * 60_000 + 1000);
    expect(
      (await c.post('/api/v1/auth/login', { username: 'filler', password: 'demo12345' })).statusCode,
    ).toBe(200);
  });

  it('slows an address that tries many accounts, but never refuses good credentials from it', async () => {
    // 25 failures across different usernames from one address (its limit: 5 × 4)
    const from = (username: string, password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.9.9.9',
        payload: { username, password },
      });
    for (let i = 0; i < 25; i += 1) expect((await from(`nobody${i}`, 'x1234567')).statusCode).toBe(401);
    // behind a reverse proxy every user shares this address: the right password still gets in
    expect((await from('head', 'demo12345')).statusCode).toBe(200);
    t.clock.advance(16 * 60_000);
  });

  it('counts parallel guesses atomically: at most 5 passwords are checked, then the account is locked', async () => {
    const guess = (password: string, i: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: `10.8.${Math.floor(i / 200)}.${i % 200}`,
        payload: { username: 'approver', password },
      });
    const wrong = await Promise.all(Array.from({ length: 40 }, (_, i) => guess(`wrong${i}abc`, i)));
    const checked = wrong.filter((r) => r.statusCode === 401).length;
    expect(checked).toBe(5);
    expect(wrong.filter((r) => r.statusCode === 429)).toHaveLength(35);
    expect((await guess('demo12345', 99)).statusCode).toBe(429);
    t.clock.advance(16 * 60_000);
    // the right password among 30 wrong ones, all at once: still no more than 5 checks in all
    const mixed = await Promise.all(
      Array.from({ length: 31 }, (_, i) => guess(i === 15 ? 'demo12345' : `wrong${i}abc`, 100 + i)),
    );
    expect(mixed.filter((r) => r.statusCode === 401 || r.statusCode === 200).length).toBeLessThanOrEqual(5);
    t.clock.advance(16 * 60_000);
  });

  it('ends the session on logout', async () => {
    const c = await t.login('officer2');
    const cookie = c.cookie;
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(204);
    const replay = new Client(t.app);
    replay.cookie = cookie;
    expect((await replay.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('rotates the session at sign-in: the old cookie stops working', async () => {
    const c = await t.login('reviewer');
    const old = c.cookie;
    await c.post('/api/v1/auth/login', { username: 'reviewer', password: 'demo12345' });
    expect(c.cookie).not.toBe(old);
    const stale = new Client(t.app);
    stale.cookie = old;
    expect((await stale.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('expires idle sessions', async () => {
    const c = await t.login('approver');
    t.clock.advance(29 * 60_000);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200); // touched: idle clock restarts
    t.clock.advance(29 * 60_000);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const res = await c.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('expires sessions after the absolute lifetime even when active', async () => {
    const c = await t.login('checker');
    for (let i = 0; i < 25; i += 1) {
      t.clock.advance(29 * 60_000);
      const res = await c.get('/api/v1/auth/me');
      if (i < 24) expect(res.statusCode).toBe(200);
      else expect(res.statusCode).toBe(401); // 25 × 29 min > 12 h
    }
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the token, or with a wrong one', async () => {
    const c = await t.login('admin');
    const token = c.csrfToken;
    c.csrfToken = undefined;
    const missing = await c.post('/api/v1/auth/logout');
    expect(missing.statusCode).toBe(403);
    expect(errorCode(missing)).toBe('CSRF_TOKEN_INVALID');
    const wrong = await c.request('POST', '/api/v1/auth/logout', {}, { 'x-csrf-token': 'x'.repeat(43) });
    expect(wrong.statusCode).toBe(403);
    expect(errorCode(wrong)).toBe('CSRF_TOKEN_INVALID');
    // the session still works with the right token
    c.csrfToken = token;
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(204);
  });

  it("does not accept one session's token for another session", async () => {
    const a = await t.login('officer1');
    const b = await t.login('officer2');
    const res = await a.request('POST', '/api/v1/auth/logout', {}, { 'x-csrf-token': b.csrfToken ?? '' });
    expect(errorCode(res)).toBe('CSRF_TOKEN_INVALID');
  });
});

describe('passwords', () => {
  it('changing the password ends every other session and keeps the current one signed in', async () => {
    const desk = await t.login('head');
    const phone = await t.login('head');
    const res = await desk.post('/api/v1/auth/password', {
      currentPassword: 'demo12345',
      newPassword: 'newpass2026',
    });
    expect(res.statusCode).toBe(200);
    expect((await phone.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await desk.get('/api/v1/auth/me')).statusCode).toBe(200);
    await t.login('head', 'newpass2026');
    await expect(t.login('head', 'demo12345')).rejects.toThrow(/401/);
    // restore for other tests
    await desk.post('/api/v1/auth/password', { currentPassword: 'newpass2026', newPassword: 'demo12345' });
  });

  it('refuses a wrong current password and a weak new one', async () => {
    const c = await t.login('officer1');
    const wrong = await c.post('/api/v1/auth/password', {
      currentPassword: 'nope',
      newPassword: 'abcdefg12',
    });
    expect(errorCode(wrong)).toBe('WRONG_PASSWORD');
    const weak = await c.post('/api/v1/auth/password', {
      currentPassword: 'demo12345',
      newPassword: 'short1',
    });
    expect(weak.statusCode).toBe(400);
    expect(errorCode(weak)).toBe('WEAK_PASSWORD');
    const lettersOnly = await c.post('/api/v1/auth/password', {
      currentPassword: 'demo12345',
      newPassword: 'abcdefghij',
    });
    expect(errorCode(lettersOnly)).toBe('WEAK_PASSWORD');
  });

  it('throttles guessing the current password with a session like signing in, in parallel too', async () => {
    const c = await t.login('checker');
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        c.post('/api/v1/auth/password', { currentPassword: `guess${i}abc`, newPassword: 'abcdefg12' }),
      ),
    );
    expect(guesses.filter((r) => errorCode(r) === 'WRONG_PASSWORD')).toHaveLength(5);
    expect(guesses.filter((r) => r.statusCode === 429)).toHaveLength(7);
    const right = await c.post('/api/v1/auth/password', {
      currentPassword: 'demo12345',
      newPassword: 'demo12345',
    });
    expect(right.statusCode).toBe(429);
    t.clock.advance(16 * 60_000);
  });

  it('a disabled account cannot sign in and its sessions end', async () => {
    const admin = await t.login('admin');
    const victim = await t.login('officer2');
    const list = await admin.get('/api/v1/users?q=officer2');
    const id = list.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
    expect((await admin.patch(`/api/v1/users/${id}`, { active: false })).statusCode).toBe(200);
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(401);
    const res = await t.anonymous.post('/api/v1/auth/login', { username: 'officer2', password: 'demo12345' });
    expect(errorCode(res)).toBe('ACCOUNT_DISABLED');
    await admin.patch(`/api/v1/users/${id}`, { active: true });
  });
});

describe('secure headers', () => {
  it('sends CSP, frame and sniffing protections', async () => {
    const res = await t.anonymous.get('/api/v1/health');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });
});
