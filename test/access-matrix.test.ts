import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/shared/roles.js';
import { Client, createTestApp, errorCode, type TestApp } from './support/app.js';

/**
 * Every endpoint × every role. The expectations are written out here, independently of the
 * permission table in the code, so a change of who may do what shows up as a failing test.
 */
const USER_OF: Record<Role, string> = {
  admin: 'admin',
  officer: 'officer1',
  legal_reviewer: 'reviewer',
  filler: 'filler',
  checker: 'checker',
  approver: 'approver',
  head: 'head',
  supervisor: 'supervisor',
};

type Ctx = { deptId: string; userId: string; certId: string; rootId: string };
type Case = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  route: string;
  url: (c: Ctx) => string;
  body?: (c: Ctx) => unknown;
  allowed: readonly Role[] | 'public' | 'staff';
  ok: number;
};

const uniq = () => randomUUID().slice(0, 8);
const CASES: Case[] = [
  { method: 'GET', route: '/api/v1/health', url: () => '/api/v1/health', allowed: 'public', ok: 200 },
  {
    method: 'POST',
    route: '/api/v1/auth/login',
    url: () => '/api/v1/auth/login',
    body: () => ({ username: 'head', password: 'demo12345' }),
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/auth/logout',
    url: () => '/api/v1/auth/logout',
    allowed: 'staff',
    ok: 204,
  },
  { method: 'GET', route: '/api/v1/auth/me', url: () => '/api/v1/auth/me', allowed: 'staff', ok: 200 },
  {
    method: 'POST',
    route: '/api/v1/auth/password',
    url: () => '/api/v1/auth/password',
    body: () => ({ currentPassword: 'demo12345', newPassword: 'demo12345' }),
    allowed: 'staff',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/calendar/days/:date',
    url: () => '/api/v1/calendar/days/2026-10-01',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/calendar/add-working-days',
    url: () => '/api/v1/calendar/add-working-days?from=2026-09-30&days=3',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/calendar/years',
    url: () => '/api/v1/calendar/years',
    allowed: 'staff',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/calendar/years/:year',
    url: () => '/api/v1/calendar/years/2026',
    allowed: 'staff',
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/calendar/years',
    url: () => '/api/v1/calendar/years',
    body: () => ({ year: 2031, days: [{ name: '元旦', date: '2031-01-01', isOffDay: true }] }),
    allowed: ['admin'],
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/departments',
    url: () => '/api/v1/departments',
    allowed: 'staff',
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/departments',
    url: () => '/api/v1/departments',
    body: (c) => ({ name: `科室${uniq()}`, parentId: c.rootId, kind: 'department' }),
    allowed: ['admin'],
    ok: 201,
  },
  {
    method: 'PATCH',
    route: '/api/v1/departments/:id',
    url: (c) => `/api/v1/departments/${c.deptId}`,
    body: () => ({ sortOrder: 5 }),
    allowed: ['admin'],
    ok: 200,
  },
  {
    method: 'DELETE',
    route: '/api/v1/departments/:id',
    url: () => `/api/v1/departments/${randomUUID()}`,
    allowed: ['admin'],
    ok: 404,
  },
  {
    method: 'GET',
    route: '/api/v1/users',
    url: () => '/api/v1/users',
    allowed: ['admin', 'head', 'supervisor'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/users',
    url: () => '/api/v1/users',
    body: (c) => ({
      username: `u${uniq()}`,
      name: '测试',
      password: 'abc12345',
      departmentId: c.deptId,
      roles: ['officer'],
    }),
    allowed: ['admin'],
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/users/:id',
    url: (c) => `/api/v1/users/${c.userId}`,
    allowed: ['admin', 'head', 'supervisor'],
    ok: 200,
  },
  {
    method: 'PATCH',
    route: '/api/v1/users/:id',
    url: (c) => `/api/v1/users/${c.userId}`,
    body: () => ({ name: '测试改' }),
    allowed: ['admin'],
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/users/:id/password',
    url: (c) => `/api/v1/users/${c.userId}/password`,
    body: () => ({ newPassword: 'reset12345' }),
    allowed: ['admin'],
    ok: 204,
  },
  { method: 'GET', route: '/api/v1/officers', url: () => '/api/v1/officers', allowed: 'staff', ok: 200 },
  {
    method: 'POST',
    route: '/api/v1/officers',
    url: () => '/api/v1/officers',
    body: (c) => ({
      accountId: c.userId,
      certificateNo: `X${uniq()}`,
      category: '生态环境',
      issuer: '广东省人民政府',
      issuedOn: '2025-01-01',
      validUntil: '2028-12-31',
    }),
    allowed: ['admin'],
    ok: 201,
  },
  {
    method: 'PATCH',
    route: '/api/v1/officers/:id',
    url: (c) => `/api/v1/officers/${c.certId}`,
    body: () => ({ category: '生态环境保护' }),
    allowed: ['admin'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/public/officers/:certificateNo',
    url: () => '/api/v1/public/officers/44180001',
    allowed: 'public',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/audit/verify',
    url: () => '/api/v1/audit/verify',
    allowed: ['admin'],
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/audit/entries',
    url: () => '/api/v1/audit/entries',
    allowed: ['admin'],
    ok: 200,
  },
];

let t: TestApp;
let ctx: Ctx;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  const depts = admin.get('/api/v1/departments');
  const items = (await depts).json<{ items: { id: string; name: string; parentId: string | null }[] }>()
    .items;
  const rootId = items.find((d) => d.parentId === null)?.id ?? '';
  const deptId = items.find((d) => d.name === '执法二科')?.id ?? '';
  await admin.post('/api/v1/users', {
    username: 'supervisor',
    name: '监督员',
    password: 'demo12345',
    departmentId: deptId,
    roles: ['supervisor'],
  });
  const user = await admin.post('/api/v1/users', {
    username: 'target',
    name: '测试',
    password: 'abc12345',
    departmentId: deptId,
    roles: ['officer'],
  });
  const userId = user.json<{ id: string }>().id;
  const cert = await admin.post('/api/v1/officers', {
    accountId: userId,
    certificateNo: 'T0001',
    category: '生态环境',
    issuer: '广东省人民政府',
    issuedOn: '2025-01-01',
    validUntil: '2028-12-31',
  });
  ctx = { rootId, deptId, userId, certId: cert.json<{ id: string }>().id };
});
afterAll(async () => t.close());

describe('access matrix', () => {
  it('covers every API route', () => {
    const declared = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    const tested = CASES.map((c) => `${c.method} ${c.route}`).sort();
    expect(tested).toEqual(declared);
  });

  for (const c of CASES) {
    describe(`${c.method} ${c.route}`, () => {
      it(c.allowed === 'public' ? 'is open to anyone' : 'refuses anonymous callers with 401', async () => {
        const res = await new Client(t.app).request(
          c.method,
          c.url(ctx),
          c.body?.(ctx) as Record<string, unknown> | undefined,
        );
        if (c.allowed === 'public') expect(res.statusCode).toBe(c.ok);
        else {
          expect(res.statusCode).toBe(401);
          expect(errorCode(res)).toBe('UNAUTHENTICATED');
        }
      });

      if (c.allowed === 'public') return;
      for (const role of ROLES) {
        const allowed = c.allowed === 'staff' || c.allowed.includes(role);
        it(`${allowed ? 'allows' : 'refuses'} ${role}`, async () => {
          const client = await t.login(USER_OF[role]);
          const res = await client.request(
            c.method,
            c.url(ctx),
            c.body?.(ctx) as Record<string, unknown> | undefined,
          );
          if (allowed) expect(res.statusCode, res.body).toBe(c.ok);
          else {
            expect(res.statusCode, res.body).toBe(403);
            expect(errorCode(res)).toBe('FORBIDDEN');
          }
        });
      }
    });
  }
});
