import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/server/platform/auth/auth.service.js';
import { createTestApp, dialectUnderTest, errorCode, type Client, type TestApp } from './support/app.js';
import { caseInDecision, decisionDraft } from './support/factories.js';

/**
 * The decision gate reads the case inside the transaction that writes the decision (issue 9,
 * acceptance 3): a change that lands after the request's first checks but before its transaction
 * reads makes the gate fail, and nothing of the decision is written.
 *
 * With the gate read before the transaction (as it was), both tests fail: the seam below runs
 * after that read, and on PostgreSQL the decision neither waits for the case's row lock nor sees
 * the change, so it is made (201) against a notice that no longer stands.
 */
let t: TestApp;
let officer1: Client;
let head: Client;
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  head = await t.login('head');
});
afterAll(async () => t.close());
afterEach(() => {
  t.services.cases.writes.beforeTransaction = async () => {};
});

/** The bureau lowers the proposed fine: a new prior notice, which the decision may not exceed. */
const lighterNotice = (caseId: string, fine: number) =>
  officer1.post(`/api/v1/cases/${caseId}/records`, {
    type: 'prior_notice',
    title: '告知书（变更）',
    content: '拟罚款（变更）',
    fields: { penalties: [{ type: 'fine', amount: fine }] },
  });

/** The party asks for a hearing: the hearing notice. */
const hearingNotice = (caseId: string) =>
  officer1.post(`/api/v1/cases/${caseId}/records`, {
    type: 'hearing_notice',
    title: '听证通知书',
    content: '',
    fields: {
      hearingLocation: '本局三楼听证室',
      host: '陈静',
      publicHearing: true,
      issuedOn: '2026-11-26',
      hearingAt: '2026-12-10T09:30:00+08:00',
    },
  });

/** Nothing of a decision: none to read, no `decided` event, the case still in 审核决定 with its clock open. */
async function expectUndecided(caseId: string) {
  expect((await officer1.get(`/api/v1/cases/${caseId}/decision`)).statusCode).toBe(404);
  const timeline = (await officer1.get(`/api/v1/cases/${caseId}/timeline`)).json<{
    items: { type: string }[];
  }>();
  expect(timeline.items.map((e) => e.type)).not.toContain('decided');
  const view = (await officer1.get(`/api/v1/cases/${caseId}`)).json<{
    stage: string;
    deadlines: { kind: string; status: string }[];
  }>();
  expect(view.stage).toBe('decision');
  expect(view.deadlines.find((d) => d.kind === 'decision')?.status).toBe('open');
  const rows = await t.services.database.db
    .selectFrom('caseDecision')
    .select('id')
    .where('caseId', '=', caseId)
    .execute();
  expect(rows).toEqual([]);
}

describe('a change that lands between the decision request’s checks and its transaction', () => {
  it('a lighter new notice: the decision at the old amount is refused (NOTICE_EXCEEDED)', async () => {
    const c = await caseInDecision(t, officer1, head, 1000);
    let landed = false;
    t.services.cases.writes.beforeTransaction = async (caseId) => {
      if (caseId !== c.id || landed) return;
      landed = true;
      expect((await lighterNotice(c.id, 800)).statusCode).toBe(201);
    };
    const res = await head.post(`/api/v1/cases/${c.id}/decision`, decisionDraft(1000));
    expect(landed).toBe(true);
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('NOTICE_EXCEEDED');
    expect(res.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual([
      'amount:fine',
      // the new notice is not answered by the waiver of the old one: it waits for its own receipt
      'service:prior_notice',
    ]);
    await expectUndecided(c.id);
    // against the notice that stands, once the party has answered it, the decision is made
    const waiver = await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'statement_waiver',
      title: '声明',
      content: '放弃',
    });
    expect(waiver.statusCode).toBe(201);
    const decided = await head.post(`/api/v1/cases/${c.id}/decision`, decisionDraft(800));
    expect(decided.statusCode).toBe(201);
  });

  it('a hearing request: the decision is refused until the hearing is held (HEARING_PENDING)', async () => {
    const c = await caseInDecision(t, officer1, head, 1000);
    let landed = false;
    t.services.cases.writes.beforeTransaction = async (caseId) => {
      if (caseId !== c.id || landed) return;
      landed = true;
      expect((await hearingNotice(c.id)).statusCode).toBe(201);
    };
    const res = await head.post(`/api/v1/cases/${c.id}/decision`, decisionDraft(1000));
    expect(landed).toBe(true);
    expect(errorCode(res)).toBe('HEARING_PENDING');
    await expectUndecided(c.id);
  });

  it('without a change, the same request is decided (the seam itself refuses nothing)', async () => {
    const c = await caseInDecision(t, officer1, head, 1000);
    let passed = false;
    t.services.cases.writes.beforeTransaction = async (caseId) => {
      if (caseId === c.id) passed = true;
    };
    const res = await head.post(`/api/v1/cases/${c.id}/decision`, decisionDraft(1000));
    expect(passed).toBe(true);
    expect(res.statusCode).toBe(201);
  });
});

describe.runIf(dialectUnderTest === 'postgres')(
  'on PostgreSQL, with transactions ordered by the case row lock',
  () => {
    it('a decision waiting for the case is refused once a lighter notice was committed meanwhile', async () => {
      const c = await caseInDecision(t, officer1, head, 1000);
      const { db } = t.services.database;
      let decision: Promise<Awaited<ReturnType<Client['post']>>> | undefined;
      let blocked = false;
      // another writer of the case holds it; the decision request starts and must wait for it
      await db.transaction().execute(async (tx) => {
        await sql`select id from enforcement_case where id = ${c.id} for no key update`.execute(tx);
        const holder = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(tx)).rows[0]?.pid;
        let settled = false;
        decision = head.post(`/api/v1/cases/${c.id}/decision`, decisionDraft(1000));
        void decision.finally(() => {
          settled = true;
        });
        for (let i = 0; i < 200 && !settled && !blocked; i += 1) {
          const waiting = await sql<{ n: number }>`
          select count(*)::int as n from pg_stat_activity where ${holder} = any(pg_blocking_pids(pid))`.execute(
            db,
          );
          blocked = (waiting.rows[0]?.n ?? 0) > 0;
          if (!blocked) await new Promise((r) => setTimeout(r, 25));
        }
        // while it waits, the writer holding the case makes a lighter notice and commits
        if (blocked) {
          const officer = (await officer1.get('/api/v1/auth/me')).json<{ user: Principal }>().user;
          const held = await tx
            .selectFrom('enforcementCase')
            .selectAll()
            .where('id', '=', c.id)
            .executeTakeFirstOrThrow();
          await t.services.records.generate(tx, officer, held, {
            type: 'prior_notice',
            title: '告知书（变更）',
            content: '拟罚款（变更）',
            fields: { penalties: [{ type: 'fine', amount: 800 }] },
          });
        }
      });
      expect(
        blocked,
        'the decision did not wait for the case: its gate was read before its transaction',
      ).toBe(true);
      const res = await decision;
      expect(res && errorCode(res)).toBe('NOTICE_EXCEEDED');
      await expectUndecided(c.id);
    });
  },
);
