import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyData } from '../src/server/platform/audit/row-seals.js';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';
import { PERSON_ID, buildCase, caseBody, uploadMedia, userId } from './support/factories.js';

let t: TestApp;
let officer1: Client;
let officer2: Client;
let head: Client;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  officer2 = await t.login('officer2');
  head = await t.login('head');
  admin = await t.login('admin');
});
afterAll(async () => t.close());

type CaseView = {
  stage: string;
  status: string;
  blockers: { code: string; missing: string[] }[];
  deadlines: {
    kind: string;
    due: string;
    days: number;
    status: string;
    provisional: boolean;
    overdue: boolean;
    dueSoon: boolean;
  }[];
  officers: { accountId: string; removedAt: string | null; certificateStatus: string }[];
};
const view = async (id: string) => (await officer1.get(`/api/v1/cases/${id}`)).json<CaseView>();

describe('opening a case', () => {
  it('numbers cases per kind and year, atomically under concurrency', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, async () => officer1.post('/api/v1/cases', await caseBody(t))),
    );
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const numbers = results.map((r) => r.json<{ number: string }>().number);
    expect(new Set(numbers).size).toBe(8);
    const inspection = await buildCase(t, officer1, { kind: 'inspection' });
    expect(inspection.number).toBe('清环查〔2026〕1号');
  });

  it('follows a changed number pattern', async () => {
    expect(
      (
        await admin.request('PUT', '/api/v1/parameters/case.numberPattern.coercion', {
          value: '清环强字〔{year}〕第{n}号',
        })
      ).statusCode,
    ).toBe(200);
    expect((await buildCase(t, officer1, { kind: 'coercion' })).number).toBe('清环强字〔2026〕第1号');
    expect(
      (
        await admin.request('PUT', '/api/v1/parameters/case.numberPattern.coercion', {
          value: 'no placeholder',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('refuses fewer than two certified officers, an expired certificate and a non-officer', async () => {
    const one = await officer1.post(
      '/api/v1/cases',
      await caseBody(t, { officerIds: [await userId(t, 'officer1')] }),
    );
    expect(one.statusCode).toBe(409);
    expect(errorCode(one)).toBe('TWO_OFFICERS_REQUIRED');
    const withHead = await officer1.post(
      '/api/v1/cases',
      await caseBody(t, { officerIds: [await userId(t, 'officer1'), await userId(t, 'head')] }),
    );
    expect(errorCode(withHead)).toBe('TWO_OFFICERS_REQUIRED');
    expect(
      withHead.json<{ error: { details: { invalid: { reason: string }[] } } }>().error.details.invalid[0]
        ?.reason,
    ).toBe('not_an_officer');
    // officer2's certificate expired yesterday
    await sql`update officer_certificate set valid_until = '2026-11-25' where certificate_no = '44180002'`.execute(
      t.services.database.db,
    );
    const expired = await officer1.post('/api/v1/cases', await caseBody(t));
    expect(errorCode(expired)).toBe('TWO_OFFICERS_REQUIRED');
    expect(
      expired.json<{ error: { details: { invalid: { reason: string }[] } } }>().error.details.invalid[0]
        ?.reason,
    ).toBe('certificate_expired');
    // valid through today (China date) is still valid
    await sql`update officer_certificate set valid_until = '2026-11-26' where certificate_no = '44180002'`.execute(
      t.services.database.db,
    );
    expect((await officer1.post('/api/v1/cases', await caseBody(t))).statusCode).toBe(201);
    await sql`update officer_certificate set valid_until = '2029-12-31' where certificate_no = '44180002'`.execute(
      t.services.database.db,
    );
    // a permit case needs one officer
    expect(
      (
        await officer1.post(
          '/api/v1/cases',
          await caseBody(t, { kind: 'permit', officerIds: [await userId(t, 'officer1')] }),
        )
      ).statusCode,
    ).toBe(201);
  });

  it('validates the party identity and the limitation period', async () => {
    const badCode = await officer1.post(
      '/api/v1/cases',
      await caseBody(t, {
        party: { type: 'organization', name: '某公司', creditCode: '91441800123456788A' },
      }),
    );
    expect(badCode.statusCode).toBe(400);
    expect(
      badCode.json<{ error: { details: { fields: { path: string }[] } } }>().error.details.fields,
    ).toEqual([
      {
        path: 'body.party.creditCode',
        message: '统一社会信用代码校验码（第 18 位）不符，请核对是否有输错的字符',
      },
    ]);
    // a letter GB 32100 does not use is named as such, not as a wrong length or a check failure
    const letter = await officer1.post(
      '/api/v1/cases',
      await caseBody(t, {
        party: { type: 'organization', name: '某公司', creditCode: '91441800I23456788u' },
      }),
    );
    expect(letter.statusCode).toBe(400);
    const { error } = letter.json<{
      error: { code: string; details: { fields: { path: string; message: string }[] } };
    }>();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.fields).toEqual([
      {
        path: 'body.party.creditCode',
        message: '统一社会信用代码不能含有“I”：只能由数字 0-9 和大写英文字母组成，且不使用 I、O、Z、S、V',
      },
    ]);
    const person = await officer1.post(
      '/api/v1/cases',
      await caseBody(t, { party: { type: 'person', name: '李四', idNumber: PERSON_ID.toLowerCase() } }),
    );
    expect(person.statusCode).toBe(201);
    const expired = await officer1.post(
      '/api/v1/cases',
      await caseBody(t, { violationEndedOn: '2024-11-25' }),
    );
    expect(expired.statusCode).toBe(409);
    expect(errorCode(expired)).toBe('LIMITATION_EXPIRED');
    expect(
      (await officer1.post('/api/v1/cases', await caseBody(t, { violationEndedOn: '2024-11-26' })))
        .statusCode,
    ).toBe(201);
    expect(
      (
        await officer1.post(
          '/api/v1/cases',
          await caseBody(t, { violationEndedOn: '2024-11-25', graveHarm: true }),
        )
      ).statusCode,
    ).toBe(201);
    expect(
      (await officer1.post('/api/v1/cases', await caseBody(t, { violationEndedOn: '2026-11-27' })))
        .statusCode,
    ).toBe(400);
  });

  it('is refused to staff who are not officers', async () => {
    expect((await head.post('/api/v1/cases', await caseBody(t))).statusCode).toBe(403);
  });
});

describe('what the caller may do on a case (abilities, decided by the server)', () => {
  it('lets assigned officers write and a head in scope approve; a reviewer reads only', async () => {
    const c = await buildCase(t, officer1);
    const abilities = async (client: Client) =>
      (await client.get(`/api/v1/cases/${c.id}`)).json<{ abilities: { write: boolean; approve: boolean } }>()
        .abilities;
    expect(await abilities(officer1)).toEqual({ write: true, approve: false });
    expect(await abilities(head)).toEqual({ write: false, approve: true });
    expect(await abilities(await t.login('reviewer'))).toEqual({ write: false, approve: false });
    // the same answer comes with a stage move
    const moved = await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' });
    expect(moved.json<{ abilities: unknown }>().abilities).toEqual({ write: false, approve: true });
  });
});

describe('stage transitions', () => {
  it('allows only the next stage, in order, and only to a head', async () => {
    const c = await buildCase(t, officer1);
    for (const to of ['decision', 'execution', 'archived', 'initiated']) {
      const res = await head.post(`/api/v1/cases/${c.id}/advance`, { to });
      expect(res.statusCode, to).toBe(409);
      expect(errorCode(res)).toBe('INVALID_TRANSITION');
    }
    expect((await officer1.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' })).statusCode).toBe(
      403,
    );
    expect((await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'bogus' })).statusCode).toBe(400);
    expect((await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' })).statusCode).toBe(200);
    expect(errorCode(await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' }))).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('names every missing item when several rules block 调查取证 → 审核决定', async () => {
    const c = await buildCase(t, officer1);
    await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' });
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'inquiry_record',
      title: '询问笔录',
      content: '问答',
    });
    const res = await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'decision' });
    expect(errorCode(res)).toBe('AV_RECORD_REQUIRED');
    expect(res.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual([
      'media:investigation',
      'record:investigation_report',
    ]);
    await uploadMedia(officer1, c.id, { activity: 'investigation', capturedAt: '2026-11-26T09:00:00+08:00' });
    const next = await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'decision' });
    expect(errorCode(next)).toBe('RECORD_REQUIRED');
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'investigation_report',
      title: '调查报告',
      content: '终结',
    });
    expect((await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'decision' })).statusCode).toBe(200);
    const blocked = await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'execution' });
    expect(errorCode(blocked)).toBe('DECISION_REQUIRED');
  });

  it('requires a written explanation of an interrupted seizure recording', async () => {
    const c = await buildCase(t, officer1, { kind: 'coercion' });
    await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' });
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'seizure_decision',
      title: '查封决定书',
      content: '查封',
    });
    const up = await uploadMedia(officer1, c.id, {
      activity: 'seizure',
      capturedAt: '2026-11-26T09:00:00+08:00',
      continuous: 'false',
    });
    expect(up.json<{ warnings: string[] }>().warnings.join()).toContain('中断');
    expect((await view(c.id)).blockers.map((b) => b.code)).toEqual(['RECORDING_INTERRUPTION_UNEXPLAINED']);
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'recording_interruption_note',
      title: '中断说明',
      content: '电池耗尽，更换后继续记录',
    });
    expect((await view(c.id)).blockers).toEqual([]);
  });
});

describe('approvals, recusal and the two-officer rule', () => {
  it('lists a case waiting for 立案 among the head’s approvals, with its blockers, until the head approves', async () => {
    const c = await buildCase(t, officer1);
    type Filing = { caseId: string; caseNumber: string; requestedBy: string; blockers: { code: string }[] };
    const filings = async () =>
      (await head.get('/api/v1/approvals/filings')).json<{ items: Filing[] }>().items;
    const pending = (await filings()).find((f) => f.caseId === c.id);
    expect(pending).toMatchObject({
      caseNumber: c.number,
      requestedBy: await userId(t, 'officer1'),
      blockers: [],
    });
    // officers do not approve 立案
    expect((await officer1.get('/api/v1/approvals/filings')).statusCode).toBe(403);
    expect((await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' })).statusCode).toBe(200);
    expect((await filings()).map((f) => f.caseId)).not.toContain(c.id);
  });

  it('a granted recusal removes the officer and blocks until another is assigned', async () => {
    const c = await buildCase(t, officer1);
    const officer2Id = await userId(t, 'officer2');
    const req = await officer1.post(`/api/v1/cases/${c.id}/approvals`, {
      kind: 'recusal',
      reason: '当事人申请：与执法人员有亲属关系',
      payload: { officerId: officer2Id, applicant: 'party' },
    });
    expect(req.statusCode).toBe(201);
    expect((await view(c.id)).blockers.map((b) => b.code)).toContain('RECUSAL_PENDING');
    const inbox = (await head.get('/api/v1/approvals')).json<{ items: { id: string }[] }>();
    expect(inbox.items.map((i) => i.id)).toContain(req.json<{ id: string }>().id);
    const granted = await head.post(`/api/v1/approvals/${req.json<{ id: string }>().id}/decide`, {
      grant: true,
      reason: '理由成立',
    });
    expect(granted.json()).toMatchObject({ status: 'granted' });
    const v = await view(c.id);
    expect(v.officers.find((o) => o.accountId === officer2Id)?.removedAt).not.toBeNull();
    expect(v.blockers.map((b) => b.code)).toEqual(['TWO_OFFICERS_REQUIRED']);
    expect(errorCode(await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' }))).toBe(
      'TWO_OFFICERS_REQUIRED',
    );
    // the removed officer can no longer write to the case
    expect(
      (
        await officer2.post(`/api/v1/cases/${c.id}/records`, {
          type: 'inquiry_record',
          title: 'x',
          content: 'y',
        })
      ).statusCode,
    ).toBe(403);
    await admin.post('/api/v1/users', {
      username: 'officer3',
      name: '赵强',
      password: 'Start2026',
      departmentId: ((await view(c.id)) as unknown as { departmentId: string }).departmentId,
      roles: ['officer'],
    });
    const o3 = await userId(t, 'officer3');
    await admin.post('/api/v1/officers', {
      accountId: o3,
      certificateNo: '44180003',
      category: '生态环境',
      issuer: '广东省人民政府',
      issuedOn: '2025-01-01',
      validUntil: '2030-12-31',
    });
    expect((await head.post(`/api/v1/cases/${c.id}/officers`, { accountId: o3 })).statusCode).toBe(200);
    expect((await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' })).statusCode).toBe(200);
  });

  it('a rejected request changes nothing; a decided request cannot be decided again; no self-approval', async () => {
    const c = await buildCase(t, officer1);
    const req = (
      await officer1.post(`/api/v1/cases/${c.id}/approvals`, { kind: 'suspension', reason: '等待' })
    ).json<{ id: string }>();
    const rejected = await head.post(`/api/v1/approvals/${req.id}/decide`, {
      grant: false,
      reason: '无需中止',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionReason: '无需中止' });
    expect((await view(c.id)).status).toBe('open');
    expect(
      errorCode(await head.post(`/api/v1/approvals/${req.id}/decide`, { grant: true, reason: '改变主意' })),
    ).toBe('APPROVAL_NOT_PENDING');
    expect(
      errorCode(
        await officer1.post(`/api/v1/cases/${c.id}/approvals`, { kind: 'resumption', reason: '恢复' }),
      ),
    ).toBe('APPROVAL_NOT_APPLICABLE');
  });
});

describe('the 90-day decision clock', () => {
  it('runs from 立案 in calendar days and rolls off the National Day holiday', async () => {
    t.clock.set('2026-07-03T02:00:00Z');
    const o = await t.login('officer1');
    const h = await t.login('head');
    const c = await buildCase(t, o);
    await h.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' });
    const d = (await o.get(`/api/v1/cases/${c.id}`)).json<CaseView>().deadlines;
    // 2026-07-03 + 90 days = 2026-10-01, a holiday through 10-07 → 10-08
    expect(d).toEqual([
      expect.objectContaining({
        kind: 'decision',
        days: 90,
        due: '2026-10-08',
        status: 'open',
        provisional: false,
      }),
    ]);

    // a testing period of 10 days (inclusive) and an approved 30-day extension move it
    t.clock.set('2026-07-10T02:00:00Z');
    const o2 = await t.login('officer1');
    const h2 = await t.login('head');
    const p = (
      await o2.post(`/api/v1/cases/${c.id}/periods`, {
        kind: 'testing',
        startedOn: '2026-07-06',
        note: '委托检测',
      })
    ).json<{ id: string }>();
    expect((await o2.get(`/api/v1/cases/${c.id}`)).json<CaseView>().deadlines[0]).toMatchObject({
      status: 'paused',
    });
    await o2
      .post(`/api/v1/cases/${c.id}/periods/${p.id}/end`, { endedOn: '2026-07-15' })
      .catch(() => undefined);
    t.clock.set('2026-07-16T02:00:00Z');
    const o3 = await t.login('officer1');
    const h3 = await t.login('head');
    expect(
      (await o3.post(`/api/v1/cases/${c.id}/periods/${p.id}/end`, { endedOn: '2026-07-15' })).statusCode,
    ).toBe(200);
    expect((await o3.get(`/api/v1/cases/${c.id}`)).json<CaseView>().deadlines[0]).toMatchObject({
      days: 100,
      due: '2026-10-12',
      status: 'open',
    });
    const ext = (
      await o3.post(`/api/v1/cases/${c.id}/approvals`, {
        kind: 'decision_extension',
        reason: '案情复杂',
        payload: { days: 30, basis: 'head' },
      })
    ).json<{ id: string }>();
    await h3.post(`/api/v1/approvals/${ext.id}/decide`, { grant: true, reason: '同意延长' });
    expect((await o3.get(`/api/v1/cases/${c.id}`)).json<CaseView>().deadlines[0]).toMatchObject({
      days: 130,
      due: '2026-11-10',
    });
    expect(
      errorCode(
        await o3.post(`/api/v1/cases/${c.id}/approvals`, {
          kind: 'decision_extension',
          reason: '再延',
          payload: { days: 1, basis: 'head' },
        }),
      ),
    ).toBe('EXTENSION_LIMIT');
    expect(h2).toBeDefined();
  });

  it('stops while suspended and lists overdue and due-soon deadlines', async () => {
    t.clock.set('2026-08-01T02:00:00Z');
    const o = await t.login('officer1');
    const h = await t.login('head');
    const c = await buildCase(t, o);
    await h.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' });
    const s = (
      await o.post(`/api/v1/cases/${c.id}/approvals`, { kind: 'suspension', reason: '当事人下落不明' })
    ).json<{ id: string }>();
    await h.post(`/api/v1/approvals/${s.id}/decide`, { grant: true, reason: '同意中止' });
    expect((await o.get(`/api/v1/cases/${c.id}`)).json<CaseView>()).toMatchObject({
      status: 'suspended',
      blockers: expect.arrayContaining([expect.objectContaining({ code: 'CASE_SUSPENDED' })]) as unknown,
    });
    t.clock.set('2026-08-10T02:00:00Z');
    const o2 = await t.login('officer1');
    const h2 = await t.login('head');
    const r = (
      await o2.post(`/api/v1/cases/${c.id}/approvals`, { kind: 'resumption', reason: '已找到当事人' })
    ).json<{ id: string }>();
    await h2.post(`/api/v1/approvals/${r.id}/decide`, { grant: true, reason: '恢复' });
    // suspended 08-01..08-10 = 10 days: 90 + 10 from 08-01 = 11-09 (Monday)
    expect((await o2.get(`/api/v1/cases/${c.id}`)).json<CaseView>().deadlines[0]).toMatchObject({
      days: 100,
      due: '2026-11-09',
      status: 'open',
    });

    t.clock.set('2026-11-06T02:00:00Z'); // Friday: due 11-09 is within 2 working days
    const o3 = await t.login('officer1');
    const soon = (await o3.get('/api/v1/deadlines?within=due_soon')).json<{
      items: { caseId: string; dueSoon: boolean }[];
    }>();
    expect(soon.items.find((i) => i.caseId === c.id)).toMatchObject({ dueSoon: true });
    t.clock.set('2026-11-10T02:00:00Z');
    const o4 = await t.login('officer1');
    const overdue = (await o4.get('/api/v1/deadlines?within=overdue')).json<{
      items: { caseId: string; overdue: boolean }[];
    }>();
    expect(overdue.items.find((i) => i.caseId === c.id)).toMatchObject({ overdue: true });
    const other = await t.login('checker'); // 法规科: not in scope
    expect(
      (await other.get('/api/v1/deadlines?within=overdue'))
        .json<{ items: { caseId: string }[] }>()
        .items.map((i) => i.caseId),
    ).not.toContain(c.id);
    t.clock.set('2026-11-26T02:00:00Z');
  });
});

describe('data seals', () => {
  it('leaves every row it wrote verifying against its audit seal', async () => {
    expect((await verifyData(t.services.database.db)).problems).toEqual([]);
  });
});
