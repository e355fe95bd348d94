import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from './support/app.js';
import { buildCase, mp4Bytes } from './support/factories.js';

let t: TestApp;
let officer1: Client;
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
});
afterAll(async () => t.close());

const b64 = (s: string) => Buffer.from(s).toString('base64');
const metadata = (m: Record<string, string>) =>
  Object.entries(m)
    .map(([k, v]) => `${k} ${b64(v)}`)
    .join(',');
const TUS = { 'tus-resumable': '1.0.0' };

describe('resumable uploads (tus)', () => {
  it('resumes an interrupted upload and ends with the right hash, registered as case media', async () => {
    const c = await buildCase(t, officer1);
    const bytes = Buffer.concat([mp4Bytes(), Buffer.alloc(300_000, 7), Buffer.from('tail')]);
    const created = await officer1.request('POST', '/api/v1/uploads', undefined, {
      ...TUS,
      'upload-length': String(bytes.length),
      'upload-metadata': metadata({
        caseId: c.id,
        activity: 'onsite_inspection',
        capturedAt: '2026-11-26T09:00:00+08:00',
        accountId: 'forged',
      }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const location = String(created.headers.location);
    expect(location).toMatch(/^\/api\/v1\/uploads\/[a-f0-9]{32}$/);

    const half = 100_000;
    const first = await officer1.request('PATCH', location, bytes.subarray(0, half), {
      ...TUS,
      'upload-offset': '0',
      'content-type': 'application/offset+octet-stream',
    });
    expect(first.statusCode).toBe(204);
    // the connection dropped here; the client asks where to resume
    const head = await officer1.request('HEAD', location, undefined, TUS);
    expect(head.headers['upload-offset']).toBe(String(half));

    const other = await t.login('officer2');
    const stolen = await other.request('PATCH', location, bytes.subarray(half), {
      ...TUS,
      'upload-offset': String(half),
      'content-type': 'application/offset+octet-stream',
    });
    expect(stolen.statusCode).toBe(403);

    const rest = await officer1.request('PATCH', location, bytes.subarray(half), {
      ...TUS,
      'upload-offset': String(half),
      'content-type': 'application/offset+octet-stream',
    });
    expect(rest.statusCode, rest.body).toBe(200);
    const media = rest.json<{ id: string; sha256: string; size: number; late: boolean; caseId: string }>();
    expect(media).toMatchObject({
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      late: false,
      caseId: c.id,
    });
    const list = (await officer1.get(`/api/v1/cases/${c.id}/media`)).json<{
      items: { id: string; uploadedBy: string }[];
    }>();
    expect(list.items.map((m) => m.id)).toEqual([media.id]);
    // the staging copy is gone
    expect(fs.readdirSync(`${t.config.dataDir}/uploads`).filter((f) => !f.startsWith('.'))).toEqual([]);
  });

  it('refuses bad metadata, a case the caller is not assigned to, and missing CSRF', async () => {
    const c = await buildCase(t, officer1);
    const bad = await officer1.request('POST', '/api/v1/uploads', undefined, {
      ...TUS,
      'upload-length': '10',
      'upload-metadata': metadata({ caseId: c.id, activity: 'dancing', capturedAt: 'yesterday' }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { code: string } }>().error.code).toBe('VALIDATION_FAILED');
    // a capture time in the future: refused when the upload is created, saying why
    const ahead = new Date(t.clock.now().getTime() + 3 * 3_600_000).toISOString();
    const future = await officer1.request('POST', '/api/v1/uploads', undefined, {
      ...TUS,
      'upload-length': '10',
      'upload-metadata': metadata({ caseId: c.id, activity: 'onsite_inspection', capturedAt: ahead }),
    });
    expect(future.statusCode).toBe(400);
    expect(future.json<{ error: { code: string; details: unknown } }>().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'capturedAt', message: '采集时间不能晚于当前时间' }] },
    });
    const stranger = await t.login('reviewer');
    const denied = await stranger.request('POST', '/api/v1/uploads', undefined, {
      ...TUS,
      'upload-length': '10',
      'upload-metadata': metadata({
        caseId: c.id,
        activity: 'onsite_inspection',
        capturedAt: '2026-11-26T09:00:00+08:00',
      }),
    });
    expect(denied.statusCode).toBe(403);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: { ...TUS, cookie: officer1.cookie ?? '', 'upload-length': '10' },
    });
    expect(noCsrf.statusCode).toBe(403);
  });
});
