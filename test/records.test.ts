import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyData } from '../src/server/platform/audit/row-seals.js';
import type { Principal } from '../src/server/platform/auth/auth.service.js';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';
import { buildCase, mp4Bytes, multipart, uploadMedia } from './support/factories.js';

let t: TestApp;
let officer1: Client;
let head: Client;
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  head = await t.login('head');
});
afterAll(async () => t.close());

const docxText = (bytes: Buffer) =>
  strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array()).replace(
    /<[^>]+>/g,
    '',
  );

describe('text records', () => {
  it('numbers records in the order made; concurrent writers all get 201 (they queue on the case)', async () => {
    const c = await buildCase(t, officer1);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        officer1.post(`/api/v1/cases/${c.id}/records`, {
          type: 'inquiry_record',
          title: `询问笔录${i}`,
          content: String(i),
        }),
      ),
    );
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const made = results.length;
    const rows = await t.services.database.db
      .selectFrom('caseRecord')
      .select('seq')
      .where('caseId', '=', c.id)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: made }, (_, i) => i + 1));
  });

  it('keeps every version; a change never overwrites', async () => {
    const c = await buildCase(t, officer1);
    const v1 = (
      await officer1.post(`/api/v1/cases/${c.id}/records`, {
        type: 'inquiry_record',
        title: '询问笔录',
        content: '第一稿',
      })
    ).json<{ id: string; version: number; missingFields: string[] }>();
    expect(v1.version).toBe(1);
    expect(v1.missingFields.length).toBeGreaterThan(0); // a draft may be incomplete; the case file says so
    const v2 = await officer1.post(`/api/v1/records/${v1.id}/versions`, {
      title: '询问笔录',
      content: '第二稿',
    });
    expect(v2.json()).toMatchObject({ version: 2, content: '第二稿' });
    const list = (await officer1.get(`/api/v1/cases/${c.id}/records`)).json<{
      items: { version: number; content: string; latest: boolean }[];
    }>();
    expect(list.items.map((r) => [r.version, r.content, r.latest])).toEqual([
      [1, '第一稿', false],
      [2, '第二稿', true],
    ]);
    const bad = await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'prior_notice',
      title: '告知书',
      content: 'x',
      fields: { penalties: [{ type: 'fine', amount: -5 }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad.json<{ error: { details: { fields: { path: string }[] } } }>().error.details.fields[0]?.path,
    ).toBe('fields.penalties.0.amount');
    expect(
      (
        await officer1.post(`/api/v1/cases/${c.id}/records`, {
          type: 'no_such_type',
          title: 'x',
          content: 'y',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('refuses a money penalty without its amount, 没收非法财物 as a fine (the review gate counts both as money)', async () => {
    const c = await buildCase(t, officer1);
    for (const type of ['fine', 'confiscate_property']) {
      const res = await officer1.post(`/api/v1/cases/${c.id}/records`, {
        type: 'prior_notice',
        title: '告知书',
        content: 'x',
        fields: { penalties: [{ type: 'warning' }, { type }] },
      });
      expect(res.statusCode, type).toBe(400);
      const { error } = res.json<{
        error: { code: string; details: { fields: { path: string; message: string }[] } };
      }>();
      expect(error.code, type).toBe('VALIDATION_FAILED');
      expect(error.details.fields.map((f) => f.path)).toEqual(['fields.penalties.1.amount']);
      expect(error.details.fields[0]?.message).toMatch(/须填写金额$/);
    }
    const withAmount = await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'prior_notice',
      title: '告知书',
      content: 'x',
      fields: { penalties: [{ type: 'confiscate_property', amount: 5000 }] },
    });
    expect(withAmount.statusCode).toBe(201);
  });

  it('generates a Word document in Chinese from the case data', async () => {
    const c = await buildCase(t, officer1);
    const r = (
      await officer1.post(`/api/v1/cases/${c.id}/records`, {
        type: 'prior_notice',
        title: '行政处罚事先告知书',
        content: '你单位超标排放废水。',
        fields: { penalties: [{ type: 'fine', amount: 300000 }], hearingRight: true },
      })
    ).json<{ id: string }>();
    const doc = await officer1.get(`/api/v1/records/${r.id}/document`);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
    const text = docxText(doc.rawPayload);
    expect(text).toContain('行政处罚事先（听证）告知书');
    expect(text).toContain(c.number);
    expect(text).toContain('清远市某某化工有限公司');
    expect(text).toContain('91441800123456788U');
    expect(text).toContain('300,000.00');
    expect(text).toContain('李明');
    expect(text).toContain('44180001');
  });

  it('prints who made the record by name (制作人), never the account id', async () => {
    const c = await buildCase(t, officer1);
    const r = (
      await officer1.post(`/api/v1/cases/${c.id}/records`, {
        type: 'inquiry_record',
        title: '调查询问笔录',
        content: '问：……',
      })
    ).json<{ id: string; createdBy: string }>();
    const text = docxText((await officer1.get(`/api/v1/records/${r.id}/document`)).rawPayload);
    const me = (await officer1.get('/api/v1/auth/me')).json<{ user: { id: string; name: string } }>().user;
    expect(r.createdBy).toBe(me.id);
    expect(text).toContain(`制作人：${me.name}`);
    expect(text).not.toContain(me.id);
  });
});

describe('audio and video', () => {
  it('flags a recording stored more than 24 hours after capture, to the minute', async () => {
    const c = await buildCase(t, officer1);
    // now: 2026-11-26T02:00Z
    const inTime = await uploadMedia(
      officer1,
      c.id,
      { activity: 'onsite_inspection', capturedAt: '2026-11-25T02:01:00Z' },
      mp4Bytes('a'),
    );
    expect(inTime.json()).toMatchObject({ late: false, storageDueAt: '2026-11-26T02:01:00.000Z' });
    const late = await uploadMedia(
      officer1,
      c.id,
      { activity: 'onsite_inspection', capturedAt: '2026-11-25T01:59:00Z' },
      mp4Bytes('b'),
    );
    expect(late.json()).toMatchObject({ late: true });
    const future = await uploadMedia(
      officer1,
      c.id,
      { activity: 'onsite_inspection', capturedAt: '2026-11-26T03:00:00Z' },
      mp4Bytes('c'),
    );
    expect(future.statusCode).toBe(400);
  });

  it('applies the provincial one-working-day rule when configured', async () => {
    const admin = await t.login('admin');
    await admin.request('PUT', '/api/v1/parameters/media.storageRule', { value: 'oneWorkingDay' });
    const c = await buildCase(t, officer1);
    // captured Wed 11-25 10:00 China: due at the end of Thu 11-26 (China) → not late now
    const r = await uploadMedia(
      officer1,
      c.id,
      { activity: 'investigation', capturedAt: '2026-11-24T02:00:00Z' },
      mp4Bytes('d'),
    );
    expect(r.json()).toMatchObject({ late: true, storageDueAt: '2026-11-25T15:59:59.999Z' });
    const ok = await uploadMedia(
      officer1,
      c.id,
      { activity: 'investigation', capturedAt: '2026-11-25T02:00:00Z' },
      mp4Bytes('e'),
    );
    expect(ok.json()).toMatchObject({ late: false, storageDueAt: '2026-11-26T15:59:59.999Z' });
    await admin.request('PUT', '/api/v1/parameters/media.storageRule', { value: 'hours24' });
  });

  it('refuses a renamed executable and a missing file, judging by content, not name', async () => {
    const c = await buildCase(t, officer1);
    const elf = multipart(
      { activity: 'onsite_inspection', capturedAt: '2026-11-26T01:00:00Z' },
      {
        name: 'video.mp4',
        bytes: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(600)]),
        type: 'video/mp4',
      },
    );
    const res = await officer1.request('POST', `/api/v1/cases/${c.id}/media`, elf.payload, {
      'content-type': elf.contentType,
    });
    expect(res.statusCode).toBe(415);
    expect(errorCode(res)).toBe('MEDIA_TYPE_NOT_ALLOWED');
    const none = multipart({ activity: 'onsite_inspection', capturedAt: '2026-11-26T01:00:00Z' });
    expect(
      (
        await officer1.request('POST', `/api/v1/cases/${c.id}/media`, none.payload, {
          'content-type': none.contentType,
        })
      ).statusCode,
    ).toBe(400);
    expect((await officer1.post(`/api/v1/cases/${c.id}/media`, { activity: 'x' })).statusCode).toBe(415);
  });

  it('plays back by role with byte ranges, and offers no way to edit or delete', async () => {
    const c = await buildCase(t, officer1);
    const bytes = mp4Bytes('0123456789'.repeat(10));
    const m = (
      await uploadMedia(
        officer1,
        c.id,
        { activity: 'onsite_inspection', capturedAt: '2026-11-26T01:00:00Z', insideHome: 'true' },
        bytes,
      )
    ).json<{ id: string; sha256: string; warnings: string[] }>();
    expect(m.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(m.warnings.join()).toContain('住宅');
    const full = await head.get(`/api/v1/media/${m.id}/content`);
    expect(full.statusCode).toBe(200);
    expect(full.rawPayload.equals(bytes)).toBe(true);
    const part = await head.get(`/api/v1/media/${m.id}/content`, { range: 'bytes=4-7' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 4-7/${bytes.length}`);
    expect(part.rawPayload.toString('latin1')).toBe('ftyp');
    expect((await head.get(`/api/v1/media/${m.id}/content`, { range: 'bytes=9999-' })).statusCode).toBe(416);
    expect((await (await t.login('checker')).get(`/api/v1/media/${m.id}/content`)).statusCode).toBe(403);
    expect((await officer1.patch(`/api/v1/media/${m.id}`, { activity: 'hearing' })).statusCode).toBe(404);
    expect((await officer1.delete(`/api/v1/media/${m.id}`)).statusCode).toBe(404);
  });
});

describe('the case file', () => {
  it('archives a terminated case, then accepts only supplementary records', async () => {
    const c = await buildCase(t, officer1);
    await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' });
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'onsite_inspection_record',
      title: '现场检查笔录',
      content: '检查',
    });
    const video = mp4Bytes('the whole inspection');
    await uploadMedia(
      officer1,
      c.id,
      { activity: 'onsite_inspection', capturedAt: '2026-11-26T01:00:00Z' },
      video,
    );
    // an upload that began before the case was archived: its case was checked before the bytes came
    const officer = (await officer1.get('/api/v1/auth/me')).json<{ user: Principal }>().user;
    const inFlight = await t.services.media.target(officer, c.id);
    const term = (
      await officer1.post(`/api/v1/cases/${c.id}/approvals`, { kind: 'termination', reason: '当事人死亡' })
    ).json<{ id: string }>();
    await head.post(`/api/v1/approvals/${term.id}/decide`, { grant: true, reason: '同意终止' });
    expect(errorCode(await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'archived' }))).toBe(
      'CLOSING_APPROVAL_REQUIRED',
    );
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'closing_approval',
      title: '结案审批表',
      content: '终止结案',
    });
    const archived = await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'archived' });
    // terminated, then archived: it stays 已终止
    expect(archived.json()).toMatchObject({ stage: 'archived', status: 'terminated' });
    // … and its registration, after the archiving, is refused: the stage is read again in the transaction
    const stored = await t.services.media.store(Readable.from([mp4Bytes('late upload')]));
    await expect(
      t.services.media.register(officer, inFlight, stored, {
        activity: 'onsite_inspection',
        capturedAt: '2026-11-26T01:00:00Z',
      }),
    ).rejects.toMatchObject({ code: 'CASE_ARCHIVED' });
    expect(
      (await officer1.get(`/api/v1/cases/${c.id}/media`)).json<{ items: unknown[] }>().items,
    ).toHaveLength(1);

    const refused = await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'inquiry_record',
      title: 'x',
      content: 'y',
    });
    expect(refused.statusCode).toBe(409);
    expect(errorCode(refused)).toBe('CASE_ARCHIVED');
    expect(
      errorCode(
        await uploadMedia(officer1, c.id, {
          activity: 'onsite_inspection',
          capturedAt: '2026-11-26T01:00:00Z',
        }),
      ),
    ).toBe('CASE_ARCHIVED');
    expect(
      errorCode(await officer1.post(`/api/v1/cases/${c.id}/approvals`, { kind: 'suspension', reason: 'x' })),
    ).toBe('CASE_ARCHIVED');
    expect(errorCode(await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'archived' }))).toBe(
      'CASE_ARCHIVED',
    );
    const supp = await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'litigation_outcome',
      title: '行政诉讼判决',
      content: '驳回诉讼请求',
      fields: {},
    });
    expect(supp.statusCode, supp.body).toBe(201);
    expect(supp.json()).toMatchObject({ supplementary: true });

    const contents = (await officer1.get(`/api/v1/cases/${c.id}/case-file`)).json<{
      contents: { file: string }[];
      completeness: { missingRecords: string[] };
    }>();
    expect(contents.completeness.missingRecords).toEqual([]);
    expect(contents.contents.map((e) => e.file.replace(/^\w+\/\d+-/, ''))).toEqual([
      expect.stringMatching(/^onsite_inspection_record-v1\.docx$/),
      expect.stringMatching(/^closing_approval-v1\.docx$/),
      expect.stringMatching(/^litigation_outcome-v1\.docx$/),
      expect.stringMatching(/^onsite_inspection-.*\.mp4$/),
    ]);

    const zip = await head.get(`/api/v1/cases/${c.id}/archive`);
    expect(zip.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(zip.rawPayload));
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as {
      files: { file: string; sha256: string; size: number }[];
    };
    expect(manifest.files.length).toBe(5); // 3 documents, 1 video, case.json
    for (const f of manifest.files) {
      const bytes = files[f.file];
      expect(bytes, f.file).toBeDefined();
      expect(
        createHash('sha256')
          .update(bytes ?? new Uint8Array())
          .digest('hex'),
      ).toBe(f.sha256);
      expect(bytes?.length).toBe(f.size);
    }
    const mediaEntry = manifest.files.find((f) => f.file.startsWith('media/'));
    expect(mediaEntry?.sha256).toBe(createHash('sha256').update(video).digest('hex'));
    expect(Object.keys(files).every((name) => /^[a-z0-9_./-]+$/i.test(name) && !name.includes('..'))).toBe(
      true,
    );
    // an outside tool verifies the export: sha256sum over the extracted files
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'case-file-'));
    for (const [name, bytes] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), bytes);
    }
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout.trim().split('\n')).toHaveLength(manifest.files.length);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('case-file contents', () => {
  it('names each record by its type, version and what its own title adds, never twice', async () => {
    const c = await buildCase(t, officer1);
    const add = async (type: string, title: string) =>
      (await officer1.post(`/api/v1/cases/${c.id}/records`, { type, title, content: 'x' })).json<{
        id: string;
      }>();
    const first = await add('onsite_inspection_record', '现场检查（勘察）笔录');
    await add('onsite_inspection_record', '现场检查（勘察）笔录（第二次检查）');
    await add('inquiry_record', '对张某的询问');
    await officer1.post(`/api/v1/records/${first.id}/versions`, {
      title: '现场检查（勘察）笔录',
      content: 'y',
    });

    const contents = (await officer1.get(`/api/v1/cases/${c.id}/case-file`)).json<{
      contents: { title: string }[];
    }>();
    expect(contents.contents.map((e) => e.title)).toEqual([
      '现场检查（勘察）笔录（第1版）',
      '现场检查（勘察）笔录（第1版）：第二次检查',
      '现场检查（勘察）笔录（第2版）',
      '调查询问笔录（第1版）：对张某的询问',
    ]);
    const timeline = (await officer1.get(`/api/v1/cases/${c.id}/timeline`)).json<{
      items: { summary: string }[];
    }>();
    expect(timeline.items.map((e) => e.summary).filter((s) => s.startsWith('制作'))).toEqual([
      '制作《现场检查（勘察）笔录》',
      '制作《现场检查（勘察）笔录》：第二次检查',
      '制作《调查询问笔录》：对张某的询问',
      '制作《现场检查（勘察）笔录》（第2版）',
    ]);
  });
});

describe('data seals', () => {
  it('leaves every row it wrote verifying against its audit seal', async () => {
    expect((await verifyData(t.services.database.db)).problems).toEqual([]);
  });
});
