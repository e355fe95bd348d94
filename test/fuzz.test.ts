import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from './support/app.js';

/**
 * Property: no input makes the API answer 5xx. Inputs mix random JSON with the API's own
 * field names and plausible values, so that requests get past the first validation layer.
 */
const FIELD_NAMES = [
  'username',
  'password',
  'name',
  'parentId',
  'kind',
  'sortOrder',
  'active',
  'departmentId',
  'roles',
  'newPassword',
  'currentPassword',
  'accountId',
  'certificateNo',
  'category',
  'issuer',
  'issuedOn',
  'validUntil',
  'revoked',
  'year',
  'papers',
  'days',
  'date',
  'isOffDay',
  'from',
  'q',
  'page',
  'pageSize',
  'role',
  'status',
];

let t: TestApp;
let admin: Client;
let ids: string[];

const plausible = () =>
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(...ids),
    fc.uuid(),
    fc.constantFrom(
      '2026-10-01',
      '2026-02-30',
      '9999-12-20',
      '0001-01-01',
      '2027-01-01',
      'demo12345',
      'admin',
      'body',
      'branch',
      'department',
      'officer',
      'admin',
      '44180001',
      '',
      ' ',
      '\u0000',
      '%',
      '../..',
      '国庆节',
    ),
    fc.integer({ min: -10, max: 3000 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );
const value = () =>
  fc.letrec((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      plausible(),
      fc.array(tie('v'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom(...FIELD_NAMES), tie('v'), { maxKeys: 4 }),
    ),
  })).v;
const body = () =>
  fc.oneof(
    fc.dictionary(fc.constantFrom(...FIELD_NAMES), value(), { maxKeys: 7 }),
    fc.jsonValue(),
    fc.string({ maxLength: 30 }).map((s) => ({ raw: s })),
  );
const segment = () =>
  fc.oneof(
    fc.constantFrom(...ids, '2026-10-01', '2026', '44180001', '..', '%00', 'a%2Fb'),
    fc.string({ maxLength: 20 }).map(encodeURIComponent),
  );
const query = () =>
  fc.dictionary(
    fc.constantFrom(...FIELD_NAMES),
    fc.oneof(plausible().map(String), fc.string({ maxLength: 10 })),
    { maxKeys: 4 },
  );

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  const depts = (await admin.get('/api/v1/departments')).json<{ items: { id: string }[] }>();
  const users = (await admin.get('/api/v1/users')).json<{ items: { id: string }[] }>();
  const certs = (await admin.get('/api/v1/officers')).json<{ items: { id: string }[] }>();
  ids = [...depts.items, ...users.items, ...certs.items].map((x) => x.id);
});
afterAll(async () => t.close());

describe('fuzzing every endpoint', () => {
  // in four parts, so that each stays well inside the test timeout as routes are added
  const PARTS = 4;
  for (let part = 0; part < PARTS; part += 1)
    it(`never answers 5xx (routes, part ${part + 1} of ${PARTS})`, async () => {
      const routes = t.app.apiRoutes;
      expect(routes.length).toBeGreaterThan(20);
      for (const route of routes.filter((_, i) => i % PARTS === part)) {
        await fc.assert(
          fc.asyncProperty(
            fc.array(segment(), { minLength: 2, maxLength: 2 }),
            query(),
            body(),
            fc.boolean(),
            async (segs, q, b, raw) => {
              let i = 0;
              const path = route.url.replace(/:[A-Za-z][A-Za-z0-9]*/g, () => segs[i++] ?? 'x');
              const qs = new URLSearchParams(q).toString();
              const url = qs ? `${path}?${qs}` : path;
              const rawText =
                b !== null && typeof b === 'object' && 'raw' in b && typeof b.raw === 'string'
                  ? b.raw
                  : undefined;
              const payload = raw && rawText !== undefined ? rawText : JSON.stringify(b);
              const res = await admin.request(
                route.method as 'GET',
                url,
                route.method === 'GET' || route.method === 'DELETE' ? undefined : payload,
                {
                  'content-type': 'application/json',
                },
              );
              if (res.statusCode === 401) admin = await t.login('admin'); // the fuzzer signed itself out
              expect(res.statusCode, `${route.method} ${url} ${payload} → ${res.body}`).toBeLessThan(500);
            },
          ),
          { numRuns: 60 },
        );
      }
      expect((await t.services.audit.verify()).ok).toBe(true);
    }, 120_000);

  it('answers 4xx to JSON nested thousands of levels deep on every route, and to dates out of range', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 4000; i += 1) deep = i % 2 ? { fields: deep } : [deep];
    let deepArray = '1';
    for (let i = 0; i < 4000; i += 1) deepArray = `[${deepArray}]`;
    for (const route of t.app.apiRoutes) {
      if (route.method === 'GET' || route.method === 'DELETE') continue;
      const url = route.url.replace(/:[A-Za-z][A-Za-z0-9]*/g, () => ids[0] ?? 'x');
      for (const payload of [
        JSON.stringify({ type: 'inquiry_record', fields: deep }),
        `{"content":${deepArray}}`,
      ]) {
        const res = await admin.request(route.method as 'POST', url, payload, {
          'content-type': 'application/json',
        });
        if (res.statusCode === 401) admin = await t.login('admin');
        expect(res.statusCode, `${route.method} ${url}`).toBeLessThan(500);
      }
    }
    for (const url of [
      '/api/v1/calendar/add-working-days?from=9999-12-20&days=30',
      '/api/v1/calendar/days/9999-12-31',
    ]) {
      const res = await t.anonymous.get(url);
      expect(res.statusCode, url).toBe(400);
    }
  });
});
