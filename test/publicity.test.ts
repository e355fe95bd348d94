import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, TestClock, type Client, type TestApp } from './support/app.js';
import {
  CREDIT_CODE,
  PERSON_ID,
  caseInDecision,
  decidedCase,
  decisionDraft,
  disclosureAt,
  disclosureOf,
  userId,
} from './support/factories.js';

/**
 * 行政执法公示 (事后公开) through the API, with a clock across the 2026 National Day (10-01..10-07
 * off, 10-10 a make-up working Saturday): drafts made with each published decision and their due dates
 * (7 working days for penalties, 20 for coercion; GD-PUB Art. 21), 填报 → 审核 → 审批 by three people,
 * what is redacted, held back, withdrawn and published again, correction requests and the credit feed.
 */
let t: TestApp;
let officer1: Client;
let head: Client;
let filler: Client;
let checker: Client;
let approver: Client;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp({ clock: new TestClock('2026-09-28T02:00:00.000Z') });
  await signIn();
});
afterAll(async () => t.close());

async function signIn() {
  [officer1, head, filler, checker, approver, admin] = await Promise.all([
    t.login('officer1'),
    t.login('head'),
    t.login('filler'),
    t.login('checker'),
    t.login('approver'),
    t.login('admin'),
  ]);
}

/** Sets the clock to 10:00 China time of `day` and signs in again. */
async function on(day: string) {
  t.clock.set(`${day}T02:00:00.000Z`);
  await signIn();
}

type Item = {
  id: string;
  status: string;
  kind: string;
  due: string;
  dueState: string;
  withdrawalDueState?: string | null;
  version: number;
  withdrawalDue: string | null;
  texts: { field: string; original: string; redacted: string }[];
  steps: { step: string; actorName: string | null; comment: string | null }[];
};

const draftOn = (decidedOn: string, fine = 1000) => ({ ...decisionDraft(fine), decidedOn });

async function publish(id: string) {
  for (const [client, action, body] of [
    [filler, 'submit', undefined],
    [checker, 'check', { ok: true }],
    [approver, 'approve', undefined],
  ] as const) {
    const res = await client.post(`/api/v1/disclosures/${id}/${action}`, body);
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  }
}

describe('drafts and due dates', () => {
  it('drafts every published decision when it is made, due 7 working days (penalty) or 20 (coercion) later', async () => {
    await on('2026-09-28');
    // 普通程序: decided Monday 09-28 → 09-29, 09-30, 10-08, 10-09, 10-10 (make-up), 10-12, 10-13
    const general = await decidedCase(t, officer1, head, 1000, draftOn('2026-09-28'));
    const created = await filler.post('/api/v1/disclosures', { caseId: general.id });
    expect(created.statusCode, created.body).toBe(200);
    const item = created.json<Item>();
    expect(item).toMatchObject({ status: 'draft', kind: 'penalty', due: '2026-10-13', version: 0 });
    expect(item.steps.map((s) => s.step)).toEqual(['created']);
    // asking again gives the same draft
    expect((await filler.post('/api/v1/disclosures', { caseId: general.id })).json<Item>().id).toBe(item.id);

    // 简易程序 on the same day: a penalty decision too
    const summary = await officer1.post('/api/v1/summary-decisions', {
      party: { type: 'person', name: '李四', idNumber: PERSON_ID, phone: '13912345678' },
      officerIds: [await userId(t, 'officer1'), await userId(t, 'officer2')],
      formNumber: 'PUB-0001',
      decidedAt: '2026-09-28T10:00:00+08:00',
      location: '清城区',
      facts: '露天焚烧垃圾。',
      basis: '《中华人民共和国大气污染防治法》第一百一十九条',
      penalties: [{ type: 'fine', amount: 50 }],
    });
    expect(summary.statusCode, summary.body).toBe(201);
    const onSpot = await filler.post('/api/v1/disclosures', {
      caseId: summary.json<{ caseId: string }>().caseId,
    });
    expect(onSpot.json<Item>()).toMatchObject({ kind: 'penalty', due: '2026-10-13' });

    // 查封 (行政强制): 20 working days → 10-30
    const c = await caseInDecision(t, officer1, head);
    const seized = await officer1.post(`/api/v1/cases/${c.id}/seizures`, {
      measure: 'seal',
      items: ['污水处理设施'],
      decisionNumber: '清环封〔2026〕1号',
      seizedOn: '2026-09-28',
    });
    expect(seized.statusCode, seized.body).toBe(201);
    const list = (await filler.get('/api/v1/disclosures?pageSize=50')).json<{ items: Item[] }>();
    const coercion = list.items.find((i) => i.kind === 'coercion');
    expect(coercion).toMatchObject({ status: 'draft', due: '2026-10-30', dueState: 'open' });

    // the due date is a case deadline; overdue the working day after it
    const view = (await officer1.get(`/api/v1/cases/${general.id}`)).json<{
      deadlines: { kind: string; due: string; status: string }[];
    }>();
    expect(view.deadlines).toContainEqual(
      expect.objectContaining({ kind: `disclosure:${item.id}`, due: '2026-10-13', status: 'open' }),
    );
    await on('2026-10-13');
    expect((await filler.get(`/api/v1/disclosures/${item.id}`)).json<Item>().dueState).toBe('due_soon');
    expect(
      (await filler.get('/api/v1/disclosures?due=due_soon&pageSize=50'))
        .json<{ items: Item[] }>()
        .items.map((i) => i.id),
    ).toContain(item.id);
    await on('2026-10-14');
    const overdue = (await filler.get('/api/v1/disclosures?due=overdue&pageSize=50')).json<{
      items: Item[];
    }>();
    expect(overdue.items.map((i) => i.id)).toContain(item.id);
    expect(overdue.items.map((i) => i.id)).not.toContain(coercion?.id);
    // due soon is not overdue: the list and its total hold only what is still in time
    const soon = (await filler.get('/api/v1/disclosures?due=due_soon&pageSize=50')).json<{
      items: Item[];
      total: number;
    }>();
    expect(soon.items.map((i) => i.id)).not.toContain(item.id);
    expect(soon.total).toBe(soon.items.length);
    expect(soon.items.every((i) => i.dueState === 'due_soon' || i.withdrawalDueState === 'due_soon')).toBe(
      true,
    );
    // published late: shown as late, no longer overdue
    await publish(item.id);
    expect((await filler.get(`/api/v1/disclosures/${item.id}`)).json<Item>().dueState).toBe('late');
    expect(
      (await filler.get('/api/v1/disclosures?due=overdue&pageSize=50'))
        .json<{ items: Item[] }>()
        .items.map((i) => i.id),
    ).not.toContain(item.id);
  });

  it('makes no draft for a case found not established, and says why when asked for one', async () => {
    await on('2026-11-26');
    const c = await caseInDecision(t, officer1, head);
    const decided = await head.post(`/api/v1/cases/${c.id}/decision`, {
      ...decisionDraft(0),
      outcome: 'not_established',
      penalties: [],
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const res = await filler.post('/api/v1/disclosures', { caseId: c.id });
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('NOT_PUBLISHED_OUTCOME');
    const undecided = await caseInDecision(t, officer1, head);
    expect(errorCode(await filler.post('/api/v1/disclosures', { caseId: undecided.id }))).toBe(
      'NOT_PUBLISHED_OUTCOME',
    );
  });
});

describe('填报 → 审核 → 审批', () => {
  it('needs three different people, keeps every step with its comment, and returns with a comment only', async () => {
    await on('2026-11-26');
    const deptId = (
      await t.services.database.db
        .selectFrom('department')
        .select('id')
        .where('name', '=', '执法一科')
        .executeTakeFirstOrThrow()
    ).id;
    const made = await admin.post('/api/v1/users', {
      username: 'allthree',
      name: '全能',
      password: 'demo12345',
      departmentId: deptId,
      roles: ['filler', 'checker', 'approver'],
    });
    expect(made.statusCode, made.body).toBe(201);
    const allThree = await t.login('allthree');
    const c = await decidedCase(t, officer1, head);
    const id = await disclosureOf(filler, c.id);
    expect((await allThree.post(`/api/v1/disclosures/${id}/submit`)).statusCode).toBe(200);
    const own = await allThree.post(`/api/v1/disclosures/${id}/check`, { ok: true });
    expect(own.statusCode).toBe(409);
    expect(errorCode(own)).toBe('SEPARATION_OF_DUTIES');
    expect(own.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe('filler');
    // returning needs the reason
    expect(errorCode(await checker.post(`/api/v1/disclosures/${id}/check`, { ok: false }))).toBe(
      'VALIDATION_FAILED',
    );
    const back = await checker.post(`/api/v1/disclosures/${id}/check`, {
      ok: false,
      comment: '违法事实表述不全',
    });
    expect(back.json<Item>().status).toBe('draft');
    // filled again by filler, checked by allthree, who then may not approve
    expect((await filler.post(`/api/v1/disclosures/${id}/submit`)).statusCode).toBe(200);
    expect((await allThree.post(`/api/v1/disclosures/${id}/check`, { ok: true })).statusCode).toBe(200);
    const approving = await allThree.post(`/api/v1/disclosures/${id}/approve`);
    expect(errorCode(approving)).toBe('SEPARATION_OF_DUTIES');
    expect(approving.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe('checker');
    // steps out of order are refused with the state
    expect(errorCode(await filler.post(`/api/v1/disclosures/${id}/submit`))).toBe('DISCLOSURE_STATE');
    const done = await approver.post(`/api/v1/disclosures/${id}/approve`);
    expect(done.json<Item>().status).toBe('published');
    const steps = done.json<Item>().steps;
    expect(steps.map((s) => s.step)).toEqual([
      'created',
      'submitted',
      'returned',
      'submitted',
      'checked',
      'approved',
    ]);
    expect(steps[2]).toMatchObject({ actorName: '黄磊', comment: '违法事实表述不全' });
    // every step is on the audit log
    const audited = await t.services.database.db
      .selectFrom('auditEntry')
      .select('action')
      .where('objectId', '=', id)
      .orderBy('seq')
      .execute();
    expect(audited.map((a) => a.action)).toEqual(steps.map((s) => `disclosure.${s.step}`));
  });
});

describe('redaction and what the portal shows', () => {
  it('publishes the redacted snapshot with the checker’s marks, never the party’s data, and keeps it when the case changes', async () => {
    await on('2026-11-26');
    const facts =
      '经查，清远市某某化工有限公司（法定代表人张三，联系电话13812345678）于2026年11月20日通过二号车间雨水排放口排放生产废水，化学需氧量超标2.3倍。';
    const c = await decidedCase(t, officer1, head, 1000, { ...decisionDraft(1000), facts });
    const id = await disclosureOf(filler, c.id);
    const item = (await filler.get(`/api/v1/disclosures/${id}`)).json<Item>();
    const factsText = item.texts.find((x) => x.field === 'facts');
    expect(factsText?.original).toBe(facts);
    expect(factsText?.redacted).toBe(
      '经查，某有限公司（法定代表人张某，联系电话***********）于2026年11月20日通过二号车间雨水排放口排放生产废水，化学需氧量超标2.3倍。',
    );
    await filler.post(`/api/v1/disclosures/${id}/submit`);
    // the checker masks the workshop and shows a false hit again (none here: unmask a text that is not hidden)
    const marked = await checker.put(`/api/v1/disclosures/${id}/marks`, {
      marks: [{ text: '二号车间', action: 'mask' }],
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json<Item>().texts.find((x) => x.field === 'facts')?.redacted).toContain('■■■■雨水排放口');
    expect(marked.json<Item>().steps.at(-1)).toMatchObject({
      step: 'edited',
      comment: '遮蔽 1 处：“二号车间”',
    });
    await checker.post(`/api/v1/disclosures/${id}/check`, { ok: true });
    await approver.post(`/api/v1/disclosures/${id}/approve`);

    const page = await t.anonymous.get(`/api/v1/public/decisions/${id}`);
    expect(page.statusCode).toBe(200);
    const shown = page.json<{
      summary: { documentNumber: string; facts: string; decision: string; partyType: string; body: string };
      fullText: string;
    }>();
    expect(shown.summary.documentNumber).toMatch(/^清环罚〔2026〕\d+号$/);
    expect(shown.summary).toMatchObject({ partyType: 'legal_person', decision: '罚款 1,000.00 元' });
    expect(shown.fullText).toContain(shown.summary.documentNumber);
    expect(shown.fullText).toContain('《中华人民共和国水污染防治法》第八十三条');
    for (const secret of [
      '清远市某某化工有限公司',
      '张三',
      '13812345678',
      '二号车间',
      CREDIT_CODE,
      '清远市清城区某路1号',
      '0763-1234567',
    ])
      expect(page.body).not.toContain(secret);

    // a later change of the case's party does not change what was published
    await t.services.database.db
      .updateTable('enforcementCase')
      .set({ partyName: '另一家公司' })
      .where('id', '=', c.id)
      .execute();
    expect((await t.anonymous.get(`/api/v1/public/decisions/${id}`)).body).toBe(page.body);
  });

  it('finds decisions by 2- and 3-character words and filters, and never lists held-back items', async () => {
    await on('2026-11-26');
    const held = await decidedCase(t, officer1, head, 1000, {
      ...decisionDraft(1000),
      facts: '未成年人经营的作坊排放废水扰民。',
    });
    const heldId = await disclosureOf(filler, held.id);
    const hold = await filler.post(`/api/v1/disclosures/${heldId}/hold`, {
      reason: 'minor',
      note: '当事人未满十八周岁',
    });
    expect(hold.json<Item>().status).toBe('submitted');
    await checker.post(`/api/v1/disclosures/${heldId}/check`, { ok: true });
    const approved = await approver.post(`/api/v1/disclosures/${heldId}/approve`);
    expect(approved.json<Item & { hold: { reason: string } }>()).toMatchObject({
      status: 'held',
      hold: { reason: 'minor' },
    });
    expect((await t.anonymous.get(`/api/v1/public/decisions/${heldId}`)).statusCode).toBe(404);

    // the approver may refuse a hold request: back to 填报, to be published
    const refused = await decidedCase(t, officer1, head);
    const refusedId = await disclosureOf(filler, refused.id);
    await filler.post(`/api/v1/disclosures/${refusedId}/hold`, { reason: 'privacy', note: '涉及个人隐私' });
    await checker.post(`/api/v1/disclosures/${refusedId}/check`, { ok: true });
    const back = await approver.post(`/api/v1/disclosures/${refusedId}/return`, {
      comment: '违法事实不以个人隐私为主要内容，应当公开',
    });
    expect(back.json<Item & { hold: unknown }>()).toMatchObject({ status: 'draft', hold: null });
    expect(back.json<Item>().steps.at(-1)).toMatchObject({
      step: 'hold_rejected',
      comment: '违法事实不以个人隐私为主要内容，应当公开',
    });
    await publish(refusedId);
    expect((await t.anonymous.get(`/api/v1/public/decisions/${refusedId}`)).statusCode).toBe(200);

    const shownCase = await decidedCase(t, officer1, head, 1000, {
      ...decisionDraft(1000),
      facts: '擅自闲置废气治理设施，颗粒物浓度超标。',
    });
    const shownId = await disclosureAt(t, shownCase.id, 'published');
    const search = async (q: string, extra = '') =>
      (await t.anonymous.get(`/api/v1/public/decisions?q=${encodeURIComponent(q)}${extra}`)).json<{
        items: { id: string }[];
        total: number;
      }>();
    expect((await search('废气')).items.map((i) => i.id)).toContain(shownId);
    expect((await search('颗粒物')).items.map((i) => i.id)).toContain(shownId);
    expect((await search('颗粒 浓度')).items.map((i) => i.id)).toContain(shownId);
    expect((await search('物颗粒')).items.map((i) => i.id)).not.toContain(shownId);
    expect((await search('废水')).items.map((i) => i.id)).not.toContain(heldId);
    expect((await search('作坊')).total).toBe(0);
    expect((await search('废气', '&kind=coercion')).items.map((i) => i.id)).not.toContain(shownId);
    expect(
      (await search('废气', '&kind=penalty&year=2026&partyType=legal_person')).items.map((i) => i.id),
    ).toContain(shownId);
    expect((await search('废气', '&year=2025')).total).toBe(0);
    const all = (await t.anonymous.get('/api/v1/public/decisions?pageSize=50')).json<{
      items: { id: string }[];
    }>();
    expect(all.items.map((i) => i.id)).not.toContain(heldId);
    // bad filters are a 400, not a 500
    expect((await t.anonymous.get('/api/v1/public/decisions?year=abc')).statusCode).toBe(400);
    expect((await t.anonymous.get('/api/v1/public/decisions?kind=secret')).statusCode).toBe(400);
  });
});

describe('withdrawal and versions', () => {
  it('withdraws after a remedy revokes the decision (due 3 working days later), re-publishes a corrected version with its history', async () => {
    await on('2026-09-28');
    const c = await decidedCase(t, officer1, head, 1000, draftOn('2026-09-28'));
    const id = await disclosureAt(t, c.id, 'published');
    // a corrected version: back to 填报, a new text, published again as version 2
    const reopened = await filler.post(`/api/v1/disclosures/${id}/reopen`, { reason: '更正违法事实的表述' });
    expect(reopened.json<Item>().status).toBe('draft');
    // the portal keeps version 1 meanwhile
    expect(
      (await t.anonymous.get(`/api/v1/public/decisions/${id}`)).json<{ version: number }>().version,
    ).toBe(1);
    await filler.put(`/api/v1/disclosures/${id}/summary`, {
      summary: { facts: '超标排放水污染物（已更正）。' },
    });
    await publish(id);
    const page = (await t.anonymous.get(`/api/v1/public/decisions/${id}`)).json<{
      version: number;
      summary: { facts: string };
      versions: { version: number; supersededAt: string | null }[];
    }>();
    expect(page.version).toBe(2);
    expect(page.summary.facts).toBe('超标排放水污染物（已更正）。');
    expect(page.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(page.versions[1]?.supersededAt).not.toBeNull();
    const first = (await t.anonymous.get(`/api/v1/public/decisions/${id}/versions/1`)).json<{
      summary: { facts: string };
    }>();
    expect(first.summary.facts).toBe('超标排放水污染物。');
    expect((await t.anonymous.get(`/api/v1/public/decisions/${id}/versions/3`)).statusCode).toBe(404);

    // the decision goes to execution; 行政复议 revokes it on 09-30 → withdrawal due 10-10: 10-08, 10-09 and
    // the make-up Saturday 10-10 are the 3 working days after the National Day
    await on('2026-09-30');
    expect((await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'execution' })).statusCode).toBe(200);
    const outcome = await officer1.post(`/api/v1/cases/${c.id}/outcomes`, {
      kind: 'reconsideration',
      result: 'revoked',
      decidedOn: '2026-09-30',
      body: '清远市人民政府',
    });
    expect(outcome.statusCode, outcome.body).toBe(201);
    const due = (await filler.get(`/api/v1/disclosures/${id}`)).json<Item & { withdrawalDueState: string }>();
    expect(due).toMatchObject({ withdrawalDue: '2026-10-10', withdrawalDueState: 'open' });
    expect(due.steps.at(-1)?.step).toBe('withdrawal_due');
    await on('2026-10-12');
    const overdue = (await approver.get('/api/v1/disclosures?due=overdue&pageSize=50')).json<{
      items: Item[];
    }>();
    expect(overdue.items.map((i) => i.id)).toContain(id);
    const withdrawn = await approver.post(`/api/v1/disclosures/${id}/withdraw`, {
      reason: '该决定已被清远市人民政府行政复议决定撤销',
      ground: 'revoked',
    });
    expect(withdrawn.json<Item & { withdrawalDueState: string }>()).toMatchObject({
      status: 'withdrawn',
      withdrawalDueState: 'late',
    });
    const after = (await t.anonymous.get(`/api/v1/public/decisions/${id}`)).json<{
      status: string;
      withdrawal: { reason: string } | null;
      versions: { version: number; withdrawnAt: string | null }[];
    }>();
    expect(after.status).toBe('withdrawn');
    expect(after.withdrawal?.reason).toBe('该决定已被清远市人民政府行政复议决定撤销');
    expect(after.versions[0]?.withdrawnAt).not.toBeNull();
    // withdrawing twice is a state conflict
    expect(errorCode(await approver.post(`/api/v1/disclosures/${id}/withdraw`, { reason: 'x' }))).toBe(
      'DISCLOSURE_STATE',
    );
  });
});

describe('correction requests', () => {
  it('gives a tracking code, answers through the back office, echoes nothing of the request, limits each source', async () => {
    await on('2026-11-26');
    const c = await decidedCase(t, officer1, head);
    const id = await disclosureAt(t, c.id, 'published');
    const sent = await t.anonymous.post('/api/v1/public/corrections', {
      publicId: id,
      content: '决定书文号有误，请核对。',
      contact: '王五 13700000000',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const { trackingCode } = sent.json<{ trackingCode: string }>();
    expect(trackingCode).toMatch(/^JC[2-9A-Z]{12}$/);
    const received = await t.anonymous.get(`/api/v1/public/corrections/${trackingCode}`);
    expect(received.json()).toEqual({ status: 'received' });
    expect(received.body).not.toContain('13700000000');
    const inbox = (await filler.get('/api/v1/corrections?status=received')).json<{
      items: { id: string; trackingCode: string; contact: string }[];
    }>();
    const mine = inbox.items.find((i) => i.trackingCode === trackingCode);
    expect(mine?.contact).toBe('王五 13700000000');
    const answered = await filler.post(`/api/v1/corrections/${mine?.id ?? ''}/answer`, {
      result: 'not_corrected',
      answer: '经核实，文号与决定书原件一致，不予更正。',
    });
    expect(answered.json()).toMatchObject({ status: 'answered', answeredBy: '刘洋' });
    expect(
      errorCode(
        await filler.post(`/api/v1/corrections/${mine?.id ?? ''}/answer`, {
          result: 'corrected',
          answer: '再答',
        }),
      ),
    ).toBe('CONFLICT');
    const seen = (await t.anonymous.get(`/api/v1/public/corrections/${trackingCode.toLowerCase()}`)).json<
      Record<string, unknown>
    >();
    expect(seen).toMatchObject({
      status: 'answered',
      result: 'not_corrected',
      answer: '经核实，文号与决定书原件一致，不予更正。',
    });
    expect((await t.anonymous.get('/api/v1/public/corrections/JCNOTACODE23')).statusCode).toBe(404);
    expect(
      (await t.anonymous.post('/api/v1/public/corrections', { publicId: c.id, content: 'x', contact: 'y' }))
        .statusCode,
    ).toBe(400);
    // 5 an hour from one address (the default): the first one counted, then four more, then 429
    for (let i = 0; i < 4; i++)
      expect(
        (await t.anonymous.post('/api/v1/public/corrections', { content: `第${i}次`, contact: '匿名' }))
          .statusCode,
      ).toBe(201);
    const limited = await t.anonymous.post('/api/v1/public/corrections', {
      content: '再来',
      contact: '匿名',
    });
    expect(limited.statusCode).toBe(429);
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    t.clock.advance(3_600_000);
    expect(
      (await t.anonymous.post('/api/v1/public/corrections', { content: '一小时后', contact: '匿名' }))
        .statusCode,
    ).toBe(201);
  });
});

describe('the credit feed (双公示)', () => {
  it('answers a credit token with the field list, withdrawals included, as JSON and CSV; refuses other tokens', async () => {
    await on('2026-12-01');
    const c = await decidedCase(t, officer1, head, 1500, draftOn('2026-12-01', 1500));
    const id = await disclosureAt(t, c.id, 'published');
    const token = (await admin.post('/api/v1/api-tokens', { name: '市信用平台', scope: 'credit' })).json<{
      id: string;
      token: string;
      prefix: string;
    }>();
    expect(token.token.startsWith(token.prefix)).toBe(true);
    const other = (await admin.post('/api/v1/api-tokens', { name: '开放数据', scope: 'open_data' })).json<{
      token: string;
    }>();
    const feed = (q: string, bearer?: string) =>
      t.anonymous.request(
        'GET',
        `/api/v1/feeds/credit${q}`,
        undefined,
        bearer ? { authorization: `Bearer ${bearer}` } : {},
      );

    expect(errorCode(await feed('?since=2026-12-01'))).toBe('TOKEN_INVALID');
    expect((await feed('?since=2026-12-01', 'sxk_wrong')).statusCode).toBe(401);
    const scoped = await feed('?since=2026-12-01', other.token);
    expect(scoped.statusCode).toBe(403);
    expect(errorCode(scoped)).toBe('TOKEN_SCOPE');

    const json = await feed('?since=2026-12-01', token.token);
    expect(json.statusCode, json.body).toBe(200);
    const items = json.json<{ items: Record<string, unknown>[] }>().items;
    const rec = items.find((i) => i.recordId === id);
    expect(rec).toMatchObject({
      status: 'published',
      partyName: '清远市某某化工有限公司',
      partyCategory: '法人及非法人组织',
      creditCode: CREDIT_CODE,
      legalRepresentative: '张三',
      penaltyCategories: '罚款',
      penaltyContent: '罚款 1,500.00 元',
      fineWan: 0.15,
      confiscationWan: null,
      decidedOn: '2026-12-01',
      publicUntil: '2027-03-01',
      authority: t.services.config.bodyName,
    });
    expect(String(rec?.documentNumber)).toMatch(/^清环罚〔2026〕\d+号$/);
    // the date filter: nothing changed after today
    expect((await feed('?since=2026-12-02', token.token)).json<{ items: unknown[] }>().items).toEqual([]);
    // withdrawn: the record comes again with its reason
    await on('2026-12-03');
    await approver.post(`/api/v1/disclosures/${id}/withdraw`, { reason: '决定已被撤销' });
    const later = (await feed('?since=2026-12-03', token.token)).json<{ items: Record<string, unknown>[] }>()
      .items;
    expect(later.find((i) => i.recordId === id)).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: '决定已被撤销',
    });

    // CSV: UTF-8 with a BOM, Chinese headers and values intact, CRLF lines
    const csv = await feed('?since=2026-12-01&format=csv', token.token);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = csv.rawPayload.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, row] = text.slice(1).split('\r\n');
    expect(header?.split(',').slice(0, 3)).toEqual(['行政相对人名称', '行政相对人类别', '统一社会信用代码']);
    expect(row?.startsWith(`清远市某某化工有限公司,法人及非法人组织,${CREDIT_CODE}`)).toBe(true);

    // each use is audited; a revoked token is refused
    const uses = await t.services.database.db
      .selectFrom('auditEntry')
      .select('action')
      .where('objectId', '=', token.id)
      .where('action', '=', 'api_token.use')
      .execute();
    expect(uses.length).toBeGreaterThanOrEqual(4);
    const revoked = (await admin.post(`/api/v1/api-tokens/${token.id}/revoke`)).json<{
      revokedAt: string | null;
    }>();
    expect(revoked.revokedAt).not.toBeNull();
    expect((await feed('', token.token)).statusCode).toBe(401);
    // the token itself is never stored or listed
    const listed = await admin.get('/api/v1/api-tokens');
    expect(listed.body).not.toContain(token.token);
    const stored = await t.services.database.db.selectFrom('apiToken').select('tokenHash').execute();
    expect(stored.map((s) => s.tokenHash)).not.toContain(token.token);
  });
});

describe('public responses', () => {
  it('never carry the party’s name, representative, address, ID or phone numbers', async () => {
    await on('2026-11-27');
    // a natural person: name, ID number, address, mobile in the case and in the decision's text
    const person = {
      type: 'person',
      name: '欧阳明辉',
      idNumber: PERSON_ID,
      address: '清远市清新区太和镇某村12号',
      phone: '13623456789',
    };
    const c = await caseInDecision(t, officer1, head);
    await t.services.database.db
      .updateTable('enforcementCase')
      .set({
        partyType: 'person',
        partyName: person.name,
        partyIdNumber: person.idNumber,
        partyAddress: person.address,
        partyPhone: person.phone,
        partyCreditCode: null,
        partyLegalRepresentative: null,
      })
      .where('id', '=', c.id)
      .execute();
    const decided = await head.post(`/api/v1/cases/${c.id}/decision`, {
      ...draftOn('2026-11-27'),
      facts: `欧阳明辉（身份证号码${PERSON_ID}，住清远市清新区太和镇某村12号，电话13623456789）在其养殖场内排放废水。`,
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const id = await disclosureAt(t, c.id, 'published');
    const track = (
      await t.anonymous.post('/api/v1/public/corrections', {
        publicId: id,
        content: '核对',
        contact: person.phone,
      })
    ).json<{ trackingCode: string }>().trackingCode;
    const bodies = await Promise.all(
      [
        '/api/v1/public/decisions',
        `/api/v1/public/decisions?q=${encodeURIComponent('养殖场')}`,
        '/api/v1/public/decision-filters',
        `/api/v1/public/decisions/${id}`,
        `/api/v1/public/decisions/${id}/versions/1`,
        `/api/v1/public/corrections/${track}`,
      ].map(async (url) => {
        const res = await t.anonymous.get(url);
        expect(res.statusCode, url).toBe(200);
        return res.body;
      }),
    );
    expect(bodies[3]).toContain('欧阳某某');
    for (const body of bodies)
      for (const secret of [person.name, PERSON_ID, person.address, person.phone, '太和镇某村'])
        expect(body).not.toContain(secret);
  });
});
