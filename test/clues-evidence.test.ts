import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyData } from '../src/server/platform/audit/row-seals.js';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';
import { buildCase, caseBody } from './support/factories.js';

let t: TestApp;
let officer1: Client;
let head: Client;
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  head = await t.login('head');
});
afterAll(async () => t.close());

type Clue = {
  id: string;
  status: string;
  checkDue: string;
  checkDays: number;
  overdue: boolean;
  caseId: string | null;
};

describe('clues (案源)', () => {
  it('carries a 15-day check period that rolls off the National Day holiday, +15 once with approval', async () => {
    const clue = (
      await officer1.post('/api/v1/clues', {
        source: 'complaint',
        title: '群众投诉某厂夜间排放异味',
        description: '12345热线转办',
        discoveredOn: '2026-09-16',
      })
    ).json<Clue>();
    // 09-16 + 15 = 10-01 (National Day) → 10-08
    expect(clue).toMatchObject({ status: 'open', checkDays: 15, checkDue: '2026-10-08', overdue: true });
    expect(
      (await officer1.post(`/api/v1/clues/${clue.id}/extend`, { reason: '需现场核查' })).statusCode,
    ).toBe(403);
    // the check period ran out on 10-08: it can no longer be extended (today is 11-26)
    const late = await head.post(`/api/v1/clues/${clue.id}/extend`, { reason: '需现场核查' });
    expect(errorCode(late)).toBe('APPROVAL_NOT_APPLICABLE');
    expect(late.json<{ error: { details: { reason: string; due: string } } }>().error.details).toMatchObject({
      reason: 'period_expired',
      due: '2026-10-08',
    });
    // one still running (11-20 + 15 = 12-05, a Saturday → 12-07) is extended once: 11-20 + 30 = 12-20 → 12-21
    const running = (
      await officer1.post('/api/v1/clues', {
        source: 'complaint',
        title: '群众投诉某厂夜间排放废水',
        description: '12345热线转办',
        discoveredOn: '2026-11-20',
      })
    ).json<Clue>();
    expect(running).toMatchObject({ checkDue: '2026-12-07', overdue: false });
    const extended = (
      await head.post(`/api/v1/clues/${running.id}/extend`, { reason: '需现场核查' })
    ).json<Clue>();
    expect(extended).toMatchObject({ checkDays: 30, checkDue: '2026-12-21' });
    expect(errorCode(await head.post(`/api/v1/clues/${running.id}/extend`, { reason: '再次' }))).toBe(
      'EXTENSION_LIMIT',
    );
  });

  it("ends in 立案 (a case with the clue's discovery date), 不予立案 or 移送, once", async () => {
    const a = (
      await officer1.post('/api/v1/clues', {
        source: 'inspection',
        title: '检查发现',
        description: '废水',
        discoveredOn: '2026-11-20',
      })
    ).json<Clue>();
    const body = await caseBody(t);
    const filed = await officer1.post(`/api/v1/clues/${a.id}/file`, {
      kind: body.kind,
      title: body.title,
      party: body.party,
      officerIds: body.officerIds,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const { clue, case: created } = filed.json<{ clue: Clue; case: { id: string } }>();
    expect(clue).toMatchObject({ status: 'filed', caseId: created.id });
    expect((await officer1.get(`/api/v1/cases/${created.id}`)).json()).toMatchObject({
      discoveredOn: '2026-11-20',
    });
    expect(errorCode(await head.post(`/api/v1/clues/${a.id}/reject`, { reason: 'x' }))).toBe('CLUE_RESOLVED');

    const b = (
      await officer1.post('/api/v1/clues', {
        source: 'monitoring',
        title: '在线监测超标',
        description: 'COD',
        discoveredOn: '2026-11-25',
      })
    ).json<Clue>();
    expect(
      (
        await head.post(`/api/v1/clues/${b.id}/reject`, { reason: '经核查系设备故障，不存在违法行为' })
      ).json(),
    ).toMatchObject({ status: 'not_filed' });
    const c = (
      await officer1.post('/api/v1/clues', {
        source: 'transfer',
        title: '涉嫌犯罪',
        description: '倾倒危废',
        discoveredOn: '2026-11-25',
      })
    ).json<Clue>();
    expect(
      (
        await head.post(`/api/v1/clues/${c.id}/transfer`, {
          to: '清远市公安局',
          receipt: '移送回执 2026-118',
        })
      ).json(),
    ).toMatchObject({ status: 'transferred' });
    const listed = (await officer1.get('/api/v1/clues?status=open')).json<{ items: Clue[] }>();
    expect(listed.items.every((i) => i.status === 'open')).toBe(true);
    expect((await (await t.login('checker')).get(`/api/v1/clues/${b.id}`)).statusCode).toBe(403);
  });
});

describe('evidence register and 先行登记保存', () => {
  it('registers the eight kinds and decides on preserved evidence within 7 working days', async () => {
    const c = await buildCase(t, officer1);
    const e = (
      await officer1.post(`/api/v1/cases/${c.id}/evidence`, {
        evidenceType: 'physical',
        title: '排污管道',
        description: '暗管一段',
        source: '现场提取',
        collectedOn: '2026-11-26',
      })
    ).json<{ id: string }>();
    expect(
      (
        await officer1.post(`/api/v1/cases/${c.id}/evidence`, {
          evidenceType: 'rumour',
          title: 'x',
          description: '',
          source: 'y',
          collectedOn: '2026-11-26',
        })
      ).statusCode,
    ).toBe(400);
    const req = await officer1.post(`/api/v1/cases/${c.id}/approvals`, {
      kind: 'evidence_preservation',
      reason: '证据可能灭失',
      payload: { evidenceId: e.id },
    });
    expect(req.statusCode, req.body).toBe(201);
    expect(
      errorCode(
        await officer1.post(`/api/v1/evidence/${e.id}/preservation-decision`, {
          outcome: 'seize',
          decidedOn: '2026-11-26',
        }),
      ),
    ).toBe('CONFLICT');
    await head.post(`/api/v1/approvals/${req.json<{ id: string }>().id}/decide`, {
      grant: true,
      reason: '同意',
    });
    const view = (await officer1.get(`/api/v1/cases/${c.id}`)).json<{
      deadlines: { kind: string; due: string; unit: string; status: string }[];
    }>();
    // Thu 11-26 + 7 working days: 27, 30, 12-01, 02, 03, 04, 07
    expect(view.deadlines.find((d) => d.kind.startsWith('evidence_preservation'))).toMatchObject({
      due: '2026-12-07',
      unit: 'working_days',
      status: 'open',
    });
    const decided = await officer1.post(`/api/v1/evidence/${e.id}/preservation-decision`, {
      outcome: 'seize',
      decidedOn: '2026-11-26',
    });
    expect(decided.json()).toMatchObject({ preservationStatus: 'decided', preservationOutcome: 'seize' });
    const after = (await officer1.get(`/api/v1/cases/${c.id}`)).json<{
      deadlines: { kind: string; status: string }[];
    }>();
    expect(after.deadlines.find((d) => d.kind.startsWith('evidence_preservation'))?.status).toBe('met');
  });
});

describe('data seals', () => {
  it('leaves every row it wrote verifying against its audit seal', async () => {
    expect((await verifyData(t.services.database.db)).problems).toEqual([]);
  });
});
