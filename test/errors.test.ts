import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t.close());

describe('error responses', () => {
  it('uses one shape with a stable code and a Chinese message', async () => {
    const res = await t.anonymous.get('/api/v1/nowhere');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'NOT_FOUND', message: '未找到请求的资源', details: { path: '/api/v1/nowhere' } },
    });
  });

  it('lists each bad field, in Chinese', async () => {
    const depts = (await admin.get('/api/v1/departments')).json<{ items: { id: string }[] }>();
    const res = await admin.post('/api/v1/users', {
      username: '1x',
      name: '',
      password: 'abc12345',
      departmentId: depts.items[0]?.id,
      roles: [],
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{
      error: { code: string; message: string; details: { fields: { path: string; message: string }[] } };
    }>();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toBe('请求参数无效');
    expect(body.error.details.fields.map((f) => f.path).sort()).toEqual([
      'body.name',
      'body.roles',
      'body.username',
    ]);
    expect(body.error.details.fields.find((f) => f.path === 'body.roles')?.message).toMatch(
      /[\u4e00-\u9fff]/,
    );
  });

  it('answers malformed JSON, a wrong content type and an oversized body with 4xx codes', async () => {
    const malformed = await admin.request('POST', '/api/v1/departments', '{"name": ', {
      'content-type': 'application/json',
    });
    expect(malformed.statusCode).toBe(400);
    expect(errorCode(malformed)).toBe('VALIDATION_FAILED');
    const xml = await admin.request('POST', '/api/v1/departments', '<name/>', {
      'content-type': 'application/xml',
    });
    expect(xml.statusCode).toBe(415);
    expect(errorCode(xml)).toBe('UNSUPPORTED_MEDIA_TYPE');
    const huge = await admin.request(
      'POST',
      '/api/v1/calendar/years',
      JSON.stringify({ year: 2030, days: [], pad: 'x'.repeat(1_100_000) }),
      {
        'content-type': 'application/json',
      },
    );
    expect(huge.statusCode).toBe(413);
    expect(errorCode(huge)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses NUL characters anywhere in the input', async () => {
    for (const res of [
      await t.anonymous.get('/api/v1/public/officers/%00'),
      await admin.get('/api/v1/users?q=a%00b'),
      await admin.post('/api/v1/calendar/years', {
        year: 2030,
        days: [{ name: 'x\u0000', date: '2030-01-01', isOffDay: true }],
      }),
    ]) {
      expect(res.statusCode).toBe(400);
      expect(errorCode(res)).toBe('VALIDATION_FAILED');
    }
  });

  it('serves the OpenAPI document with the contract endpoints and a browsable page', async () => {
    const doc = (await t.anonymous.get('/api/openapi.json')).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of [
      '/api/v1/health',
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/calendar/days/{date}',
      '/api/v1/calendar/add-working-days',
      '/api/v1/public/officers/{certificateNo}',
      '/api/v1/audit/verify',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    const page = await t.anonymous.get('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });
});
