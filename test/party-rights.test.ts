import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, TestClock, type Client, type TestApp } from './support/app.js';
import { approvedReview, caseReadyForDecision } from './support/factories.js';

/**
 * The party's right to be heard, through the API across the 2026 National Day (10-01..10-07 off,
 * 10-10 a make-up working Saturday; 09-25..09-27 Mid-Autumn): the statement and hearing request
 * windows run from the party's receipt of the prior notice (APL Art. 44-45, 62, 64, 85), a waiver
 * answers the notice it follows, a hearing request is recorded and blocks the decision until the
 * hearing is held or the request withdrawn, and the decision's date is checked.
 */
let t: TestApp;
let officer1: Client;
let head: Client;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp({ clock: new TestClock('2026-09-24T02:00:00.000Z') });
  officer1 = await t.login('officer1');
  head = await t.login('head');
  admin = await t.login('admin');
});
afterAll(async () => t.close());

/** Sets the clock to 10:00 China time of `day`, and signs in again (sessions expire as days pass). */
async function on(day: string) {
  t.clock.set(`${day}T02:00:00.000Z`);
  [officer1, head, admin] = await Promise.all([t.login('officer1'), t.login('head'), t.login('admin')]);
}

const PARTY = '清远市某某化工有限公司';

async function notice(caseId: string, fine: number, fields: Record<string, unknown> = {}) {
  const res = await officer1.post(`/api/v1/cases/${caseId}/records`, {
    type: 'prior_notice',
    title: '行政处罚事先（听证）告知书',
    content: '拟处罚款。',
    fields: { penalties: [{ type: 'fine', amount: fine }], issuedOn: '2026-09-24', ...fields },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function serveByMail(caseId: string, recordId: string, receivedOn: string) {
  const res = await officer1.post(`/api/v1/cases/${caseId}/services`, {
    document: { kind: 'record', recordId },
    method: 'mail',
    recipient: PARTY,
    receivedOn,
    trackingNumber: 'EMS9876543210',
  });
  expect(res.statusCode, res.body).toBe(201);
}

const record = (caseId: string, type: string, fields: Record<string, unknown> = {}) =>
  officer1.post(`/api/v1/cases/${caseId}/records`, { type, title: type, content: '', fields });

const draft = (fine: number, decidedOn: string) => ({
  summary: '超标排放',
  facts: '超标排放大气污染物。',
  basis: '《中华人民共和国大气污染防治法》第九十九条',
  decidedOn,
  penalties: [{ type: 'fine', amount: fine }],
});

type Blocker = { code: string; missing: string[] };
async function blockers(caseId: string, fine: number, decidedOn: string): Promise<Blocker[]> {
  const res = await officer1.post(`/api/v1/cases/${caseId}/decision/check`, draft(fine, decidedOn));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ blockers: Blocker[] }>().blockers;
}

describe('the windows run from the receipt of the notice', () => {
  it('waits for the service, then 3 working days from the receipt date across the National Day', async () => {
    await on('2026-09-24');
    const c = await caseReadyForDecision(t, officer1, head);
    const id = await notice(c.id, 1000, { hearingRight: false });
    expect(await blockers(c.id, 1000, '2026-09-24')).toEqual([
      { code: 'PRIOR_NOTICE_NOT_SERVED', missing: ['service:prior_notice'] },
    ]);
    // the return receipt of the registered letter is signed on 09-29
    await on('2026-09-29');
    await serveByMail(c.id, id, '2026-09-29');
    // counted from the issue date (09-24) the window would have run out on 09-30
    await on('2026-10-08');
    const refused = await head.post(`/api/v1/cases/${c.id}/decision`, draft(1000, '2026-10-08'));
    expect(errorCode(refused)).toBe('STATEMENT_WINDOW_OPEN');
    expect(refused.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual([
      'window_until:2026-10-09',
    ]);
    // the make-up Saturday: the window has run — but a decision dated inside it is still refused
    await on('2026-10-10');
    expect((await blockers(c.id, 1000, '2026-10-09')).map((b) => b.code)).toEqual(['STATEMENT_WINDOW_OPEN']);
    const decided = await head.post(`/api/v1/cases/${c.id}/decision`, draft(1000, '2026-10-10'));
    expect(decided.statusCode, decided.body).toBe(201);
  });

  it('takes the statement window from the parameter procedure.statementDays', async () => {
    await on('2026-09-24');
    const c = await caseReadyForDecision(t, officer1, head);
    const id = await notice(c.id, 1000, { hearingRight: false });
    await serveByMail(c.id, id, '2026-09-24');
    const set = await admin.put('/api/v1/parameters/procedure.statementDays', { value: 4 });
    expect(set.statusCode, set.body).toBe(200);
    try {
      await on('2026-10-08');
      // 4 working days from 09-24: 09-28, 09-29, 09-30, 10-08
      expect(await blockers(c.id, 1000, '2026-10-08')).toEqual([
        { code: 'STATEMENT_WINDOW_OPEN', missing: ['window_until:2026-10-08'] },
      ]);
    } finally {
      await admin.put('/api/v1/parameters/procedure.statementDays', { value: 3 });
    }
    // with the default 3 the window ended on 09-30
    expect(await blockers(c.id, 1000, '2026-10-08')).toEqual([]);
  });

  it('counts a waiver for the notice it answers, and its receipt date as the receipt', async () => {
    await on('2026-09-24');
    const c = await caseReadyForDecision(t, officer1, head);
    await notice(c.id, 1000, { hearingRight: false });
    // the waiver cannot say the notice was received before it was issued
    expect(errorCode(await record(c.id, 'statement_waiver', { noticeReceivedOn: '2026-09-23' }))).toBe(
      'VALIDATION_FAILED',
    );
    await on('2026-09-29');
    expect((await record(c.id, 'statement_waiver', { noticeReceivedOn: '2026-09-28' })).statusCode).toBe(201);
    expect(await blockers(c.id, 1000, '2026-09-29')).toEqual([]);
    // a heavier new notice opens a new window: the old waiver does not answer it
    const heavier = await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'prior_notice',
      title: '行政处罚事先（听证）告知书',
      content: '拟处罚款（变更）。',
      fields: { penalties: [{ type: 'fine', amount: 2000 }], hearingRight: false, heavierReason: '新证据' },
    });
    expect(heavier.statusCode, heavier.body).toBe(201);
    expect(await blockers(c.id, 2000, '2026-09-29')).toEqual([
      { code: 'PRIOR_NOTICE_NOT_SERVED', missing: ['service:prior_notice'] },
    ]);
    // its own waiver, partial: the party keeps the statement right, so its window runs from 09-29
    expect(
      (await record(c.id, 'statement_waiver', { waiveStatement: false, waiveHearing: true })).statusCode,
    ).toBe(201);
    expect(await blockers(c.id, 2000, '2026-09-29')).toEqual([
      { code: 'STATEMENT_WINDOW_OPEN', missing: ['window_until:2026-10-09'] },
    ]);
  });
});

describe('the hearing right and the hearing request', () => {
  it('refuses a notice that omits the hearing right where the law gives it', async () => {
    await on('2026-09-24');
    const c = await caseReadyForDecision(t, officer1, head);
    const omitted = await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'prior_notice',
      title: '告知书',
      content: '',
      fields: { penalties: [{ type: 'fine', amount: 100000 }] },
    });
    expect(omitted.statusCode).toBe(409);
    expect(errorCode(omitted)).toBe('HEARING_RIGHT_REQUIRED');
  });

  it('records a request within 5 working days of the receipt; it blocks until withdrawn', async () => {
    await on('2026-09-24');
    const c = await caseReadyForDecision(t, officer1, head);
    const id = await notice(c.id, 300000, { hearingRight: true });
    await on('2026-09-29');
    await serveByMail(c.id, id, '2026-09-29');
    // 5 working days from 09-29: 09-30, 10-08, 10-09, 10-10 (make-up), 10-12
    await on('2026-10-13');
    const late = await record(c.id, 'hearing_request', {
      receivedOn: '2026-10-13',
      requestedBy: '张伟',
      receivedBy: '李明',
    });
    expect(errorCode(late)).toBe('HEARING_REQUEST_LATE');
    expect(late.json<{ error: { details: { windowEnds: string } } }>().error.details.windowEnds).toBe(
      '2026-10-12',
    );
    expect(
      (
        await record(c.id, 'hearing_request', {
          receivedOn: '2026-10-12',
          requestedBy: '张伟',
          receivedBy: '李明',
        })
      ).statusCode,
    ).toBe(201);
    const timeline = (await officer1.get(`/api/v1/cases/${c.id}/timeline`)).json<{
      items: { type: string; summary: string }[];
    }>();
    expect(timeline.items.some((e) => e.summary.includes('听证申请书'))).toBe(true);
    expect(await blockers(c.id, 300000, '2026-10-13')).toContainEqual({
      code: 'HEARING_PENDING',
      missing: ['hearing_request:2026-10-12'],
    });
    expect(
      (await record(c.id, 'hearing_withdrawal', { withdrawnOn: '2026-10-13', withdrawnBy: '张伟' }))
        .statusCode,
    ).toBe(201);
    expect((await blockers(c.id, 300000, '2026-10-13')).map((b) => b.code)).not.toContain('HEARING_PENDING');
    // nothing left to withdraw
    const again = await record(c.id, 'hearing_withdrawal', {
      withdrawnOn: '2026-10-13',
      withdrawnBy: '张伟',
    });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe(
      'no_pending_hearing_request',
    );
  });

  it('keeps a request pending until the hearing is held', async () => {
    await on('2026-09-24');
    const c = await caseReadyForDecision(t, officer1, head);
    const id = await notice(c.id, 300000, { hearingRight: true });
    await on('2026-09-29');
    await serveByMail(c.id, id, '2026-09-29');
    await on('2026-09-30');
    await record(c.id, 'hearing_request', {
      receivedOn: '2026-09-30',
      requestedBy: '张伟',
      receivedBy: '李明',
    });
    expect((await blockers(c.id, 300000, '2026-09-30')).map((b) => b.code)).toContain('HEARING_PENDING');
    expect((await record(c.id, 'hearing_record', { host: '陈静' })).statusCode).toBe(201);
    expect((await blockers(c.id, 300000, '2026-09-30')).map((b) => b.code)).not.toContain('HEARING_PENDING');
  });

  it('refuses a request when the notice did not give the hearing right', async () => {
    await on('2026-09-24');
    const c = await caseReadyForDecision(t, officer1, head);
    await notice(c.id, 1000, { hearingRight: false });
    expect(errorCode(await record(c.id, 'hearing_request', { receivedOn: '2026-09-24' }))).toBe(
      'NO_HEARING_RIGHT',
    );
  });
});

describe('the decision date', () => {
  it('is neither in the future nor before 立案', async () => {
    await on('2026-09-24');
    const c = await caseReadyForDecision(t, officer1, head);
    await notice(c.id, 1000, { hearingRight: false });
    await record(c.id, 'statement_waiver');
    const future = await head.post(`/api/v1/cases/${c.id}/decision`, draft(1000, '2026-09-25'));
    expect(errorCode(future)).toBe('DECISION_DATE_INVALID');
    expect(future.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual([
      'decided_on_after_today:2026-09-24',
    ]);
    const early = await head.post(`/api/v1/cases/${c.id}/decision`, draft(1000, '2026-09-23'));
    expect(errorCode(early)).toBe('DECISION_DATE_INVALID');
    expect(early.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual([
      'decided_on_before_filing:2026-09-24',
    ]);
    expect((await head.post(`/api/v1/cases/${c.id}/decision`, draft(1000, '2026-09-24'))).statusCode).toBe(
      201,
    );
  });
});

const docxText = (bytes: Buffer) =>
  strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array()).replace(
    /<[^>]+>/g,
    '',
  );

type RecordItem = {
  id: string;
  type: string;
  version: number;
  documentNumber: string | null;
  fields: Record<string, unknown>;
};
const recordsOf = async (caseId: string, type: string) =>
  (await officer1.get(`/api/v1/cases/${caseId}/records`))
    .json<{ items: RecordItem[] }>()
    .items.filter((r) => r.type === type);

/** A case decided on the make-up Saturday after the National Day, with a fine of `fine` and one piece of evidence. */
async function decidedCase(fine: number) {
  await on('2026-09-24');
  const c = await caseReadyForDecision(t, officer1, head);
  const evidence = await officer1.post(`/api/v1/cases/${c.id}/evidence`, {
    evidenceType: 'documentary',
    title: '监测报告（清环监字〔2026〕88号）',
    description: '颗粒物浓度超标2.1倍',
    source: '清远市生态环境监测站',
    collectedOn: '2026-09-24',
  });
  expect(evidence.statusCode, evidence.body).toBe(201);
  const id = await notice(c.id, fine, {
    hearingRight: fine >= 100000,
    violatedProvisions: '《中华人民共和国大气污染防治法》第十八条',
  });
  await on('2026-09-29');
  await serveByMail(c.id, id, '2026-09-29');
  await on('2026-10-13');
  return c;
}

describe('文号 issued by the system', () => {
  it('numbers the prior notice and the decision each by its own pattern and year', async () => {
    const c = await decidedCase(1000);
    const [n] = await recordsOf(c.id, 'prior_notice');
    expect(n?.documentNumber).toMatch(/^清环罚告〔2026〕[1-9]\d*号$/);
    const decided = await head.post(`/api/v1/cases/${c.id}/decision`, draft(1000, '2026-10-13'));
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json<{ documentNumber: string }>().documentNumber).toMatch(/^清环罚〔2026〕[1-9]\d*号$/);
    // a notice whose number is given by hand must follow its pattern
    const bad = await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'prior_notice',
      title: '告知书',
      content: '',
      documentNumber: '清环罚〔2026〕1号',
      fields: { penalties: [{ type: 'fine', amount: 1000 }], hearingRight: false },
    });
    expect(errorCode(bad)).toBe('DOCUMENT_NUMBER_INVALID');
  });
});

describe('the decision document (行政处罚决定书)', () => {
  it('is generated with the decision, from the decision as recorded, naming the 复议机关 and the account', async () => {
    const c = await decidedCase(300000);
    // the notice proposed 300,000; the decision, lighter, is not major (the contract walk covers review)
    const waived = await record(c.id, 'statement_waiver', { noticeReceivedOn: '2026-09-29' });
    expect(waived.statusCode).toBe(201);
    const decided = await head.post(`/api/v1/cases/${c.id}/decision`, draft(1000, '2026-10-13'));
    expect(decided.statusCode, decided.body).toBe(201);
    const number = decided.json<{ documentNumber: string }>().documentNumber;
    const [doc] = await recordsOf(c.id, 'penalty_decision');
    expect(doc).toMatchObject({ version: 1, documentNumber: number });
    expect(doc?.fields).toMatchObject({
      facts: '超标排放大气污染物。',
      basis: '《中华人民共和国大气污染防治法》第九十九条',
      penalties: [{ type: 'fine', amount: 1000 }],
      evidence: ['书证：监测报告（清环监字〔2026〕88号）'],
      violatedProvisions: '《中华人民共和国大气污染防治法》第十八条',
      decidedOn: '2026-10-13',
    });
    const text = docxText((await officer1.get(`/api/v1/records/${doc?.id}/document`)).rawPayload);
    for (const expected of [
      '行政处罚决定书',
      number,
      PARTY,
      '清远市清城区某路1号',
      '超标排放大气污染物。',
      '监测报告',
      '清远市人民政府',
      '清远市清城区人民法院',
      '中国工商银行清远分行',
      '2018 0000 0000 0000 888',
      '2026-09-29',
    ])
      expect(text, expected).toContain(expected);
    expect(text).not.toContain('有管辖权的行政复议机关');
  });

  it('is never typed separately; regenerated as a new version with its reason', async () => {
    const c = await decidedCase(1000);
    await record(c.id, 'statement_waiver');
    expect((await head.post(`/api/v1/cases/${c.id}/decision`, draft(1000, '2026-10-13'))).statusCode).toBe(
      201,
    );
    const typed = await record(c.id, 'penalty_decision', { facts: '另写的事实' });
    expect(typed.statusCode).toBe(409);
    expect(errorCode(typed)).toBe('RECORD_TYPE_NOT_ALLOWED');
    expect(typed.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe(
      'generated_only',
    );
    const again = await officer1.post(`/api/v1/cases/${c.id}/decision/document`, { reason: '收款账号变更' });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ type: 'penalty_decision', version: 2 });
    const versions = await recordsOf(c.id, 'penalty_decision');
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]?.fields).toMatchObject({
      regeneratedReason: '收款账号变更',
      penalties: [{ type: 'fine', amount: 1000 }],
    });
    const timeline = (await officer1.get(`/api/v1/cases/${c.id}/timeline`)).json<{
      items: { type: string }[];
    }>();
    expect(timeline.items.map((e) => e.type)).toContain('decision_document_regenerated');
  });

  it('is not made while the 复议机关 is unset: the decision is refused', async () => {
    const c = await decidedCase(1000);
    await record(c.id, 'statement_waiver');
    expect(
      (await admin.put('/api/v1/parameters/document.reconsiderationBody', { value: '' })).statusCode,
    ).toBe(200);
    try {
      const refused = await head.post(`/api/v1/cases/${c.id}/decision`, draft(1000, '2026-10-13'));
      expect(refused.statusCode).toBe(409);
      expect(errorCode(refused)).toBe('DOCUMENT_SETTINGS_MISSING');
      expect(refused.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual([
        'document.reconsiderationBody',
      ]);
      expect((await officer1.get(`/api/v1/cases/${c.id}/decision`)).statusCode).toBe(404);
    } finally {
      await admin.put('/api/v1/parameters/document.reconsiderationBody', { value: '清远市人民政府' });
    }
  });

  it('must exist before the decision is served or the case closed', async () => {
    const c = await decidedCase(1000);
    await record(c.id, 'statement_waiver');
    expect((await head.post(`/api/v1/cases/${c.id}/decision`, draft(1000, '2026-10-13'))).statusCode).toBe(
      201,
    );
    // a decision recorded before documents were generated: its case has none
    await t.services.database.db
      .deleteFrom('caseRecord')
      .where('caseId', '=', c.id)
      .where('type', '=', 'penalty_decision')
      .execute();
    expect((await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'execution' })).statusCode).toBe(200);
    const serve = () =>
      officer1.post(`/api/v1/cases/${c.id}/services`, {
        document: { kind: 'decision' },
        method: 'direct',
        recipient: PARTY,
        receivedOn: '2026-10-13',
      });
    const refused = await serve();
    expect(refused.statusCode).toBe(409);
    expect(errorCode(refused)).toBe('DECISION_DOCUMENT_REQUIRED');
    const closing = await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'archived' });
    expect(closing.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toContain(
      'record:penalty_decision',
    );
    expect(
      (await officer1.post(`/api/v1/cases/${c.id}/decision/document`, { reason: '补充生成' })).json(),
    ).toMatchObject({
      version: 1,
    });
    expect((await serve()).statusCode).toBe(201);
  });
});

describe('extensions of the 90-day decision period (APL Art. 60; MEE-30 Art. 57 [S])', () => {
  it('are requested and granted only while it runs, the collective one only after the head’s', async () => {
    // filed on 07-08: 90 days end on 10-06, inside the National Day holiday → 10-08
    await on('2026-07-08');
    const c = await caseReadyForDecision(t, officer1, head);
    const view = (await officer1.get(`/api/v1/cases/${c.id}`)).json<{
      deadlines: { kind: string; due: string }[];
    }>();
    expect(view.deadlines.find((d) => d.kind === 'decision')?.due).toBe('2026-10-08');
    const request = (days: number, basis: string) =>
      officer1.post(`/api/v1/cases/${c.id}/approvals`, {
        kind: 'decision_extension',
        reason: '案情复杂',
        payload: { days, basis },
      });
    await on('2026-10-08');
    const collective = await request(30, 'collective_discussion');
    expect(errorCode(collective)).toBe('APPROVAL_NOT_APPLICABLE');
    expect(collective.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe(
      'head_extension_first',
    );
    // requested on the last day; the head decides the day after: too late
    const asked = await request(30, 'head');
    expect(asked.statusCode, asked.body).toBe(201);
    await on('2026-10-09');
    const granted = await head.post(`/api/v1/approvals/${asked.json<{ id: string }>().id}/decide`, {
      grant: true,
      reason: '同意',
    });
    expect(errorCode(granted)).toBe('APPROVAL_NOT_APPLICABLE');
    expect(granted.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe(
      'period_expired',
    );
    // the request can only be rejected now; a new one is refused outright
    const rejected = await head.post(`/api/v1/approvals/${asked.json<{ id: string }>().id}/decide`, {
      grant: false,
      reason: '办案期限已届满',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const again = await request(30, 'head');
    expect(again.json<{ error: { details: { reason: string; due: string } } }>().error.details).toMatchObject(
      {
        reason: 'period_expired',
        due: '2026-10-08',
      },
    );
  });
});

describe('periods that stop the decision clock (MEE-30 Art. 57 [S]: 听证、公告、监测、鉴定、送达)', () => {
  it('excludes the time a document is being served', async () => {
    await on('2026-07-08');
    const c = await caseReadyForDecision(t, officer1, head);
    const due = async () =>
      (await officer1.get(`/api/v1/cases/${c.id}`))
        .json<{ deadlines: { kind: string; days: number; due: string }[] }>()
        .deadlines.find((d) => d.kind === 'decision');
    expect(await due()).toMatchObject({ days: 90, due: '2026-10-08' });
    await on('2026-09-01');
    const p = await officer1.post(`/api/v1/cases/${c.id}/periods`, {
      kind: 'service',
      startedOn: '2026-09-01',
      note: '邮寄送达事先告知书',
    });
    expect(p.statusCode, p.body).toBe(201);
    await on('2026-09-05');
    const ended = await officer1.post(`/api/v1/cases/${c.id}/periods/${p.json<{ id: string }>().id}/end`, {
      endedOn: '2026-09-05',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    // five days (09-01..09-05) do not count: 95 days from 07-08 end on 10-11, a Sunday → 10-12
    expect(await due()).toMatchObject({ days: 95, due: '2026-10-12' });
  });
});

describe('a notice of 按日连续处罚', () => {
  it('announces a decision of its own: no reason for going heavier than the case’s first notice', async () => {
    await on('2026-09-24');
    const c = await caseReadyForDecision(t, officer1, head);
    await notice(c.id, 1000, { hearingRight: false });
    const daily = await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'prior_notice',
      title: '按日连续处罚事先告知书',
      content: '',
      fields: { penalties: [{ type: 'daily_fine', amount: 50000 }], hearingRight: false },
    });
    expect(daily.statusCode, daily.body).toBe(201);
    // a heavier fine is still a heavier notice of the same decision
    const heavier = await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'prior_notice',
      title: '告知书',
      content: '',
      fields: { penalties: [{ type: 'fine', amount: 2000 }], hearingRight: false },
    });
    expect(errorCode(heavier)).toBe('NOTICE_REASON_REQUIRED');
  });
});

describe('查封扣押: testing periods outside the term (ACL Art. 25(3)), the disposal within it (ACL Art. 27)', () => {
  it('moves the term by a stated testing period told in writing, and marks a late lifting', async () => {
    await on('2026-09-20');
    const c = await caseReadyForDecision(t, officer1, head);
    const seized = await officer1.post(`/api/v1/cases/${c.id}/seizures`, {
      measure: 'detain',
      items: ['含重金属废液 20 桶'],
      decisionNumber: '清环扣〔2026〕3号',
      seizedOn: '2026-09-20',
    });
    expect(seized.statusCode, seized.body).toBe(201);
    const s = seized.json<{ id: string; endsOn: string }>();
    expect(s.endsOn).toBe('2026-10-20');
    await on('2026-09-28');
    const testing = (body: Record<string, unknown>) =>
      officer1.post(`/api/v1/cases/${c.id}/seizures/${s.id}/testing-periods`, body);
    // told in writing after today: refused
    expect(
      errorCode(
        await testing({
          kind: 'testing',
          startedOn: '2026-09-28',
          endsOn: '2026-10-02',
          toldOn: '2026-09-29',
        }),
      ),
    ).toBe('VALIDATION_FAILED');
    const added = await testing({
      kind: 'testing',
      startedOn: '2026-09-28',
      endsOn: '2026-10-02',
      toldOn: '2026-09-28',
    });
    expect(added.statusCode, added.body).toBe(201);
    // five days out of the term: 10-20 → 10-25
    expect(added.json()).toMatchObject({ testingDays: 5, endsOn: '2026-10-25', status: 'in_force' });
    const deadline = (await officer1.get(`/api/v1/cases/${c.id}`))
      .json<{ deadlines: { kind: string; due: string }[] }>()
      .deadlines.find((d) => d.kind === `seizure:${s.id}`);
    expect(deadline?.due).toBe('2026-10-25');
    // lifted after the term: recorded, and shown as late
    await on('2026-10-26');
    const lifted = await officer1.post(`/api/v1/cases/${c.id}/seizures/${s.id}/lift`, {
      liftedOn: '2026-10-26',
      reason: 'no_violation',
    });
    expect(lifted.json()).toMatchObject({ status: 'lifted', disposedLate: true });
  });
});

describe('按日连续处罚 across the National Day: the head decides it after notice, review and 集体讨论', () => {
  it('waits for the notice’s window from its receipt, then the review and a complete discussion after it', async () => {
    await on('2026-09-21');
    const c = await caseReadyForDecision(t, officer1, head);
    const order = await officer1.post(`/api/v1/cases/${c.id}/correction-orders`, {
      documentNumber: '清环责改〔2026〕7号',
      requirements: '立即停止超标排放',
      orderedOn: '2026-09-21',
      dueOn: '2026-09-24',
    });
    expect(order.statusCode, order.body).toBe(201);
    const o = order.json<{ id: string }>();
    await on('2026-09-29');
    await officer1.post(`/api/v1/cases/${c.id}/correction-orders/${o.id}/rechecks`, {
      recheckedOn: '2026-09-29',
      result: 'not_corrected',
      note: '暗查发现仍在超标排放',
    });
    // 09-22 .. 09-29: 8 days × 20,000 = 160,000 元, major for an organisation (≥ 100,000)
    const id = await notice(c.id, 0, {
      penalties: [{ type: 'daily_fine', amount: 160_000 }],
      hearingRight: true,
      issuedOn: '2026-09-29',
    });
    await serveByMail(c.id, id, '2026-09-29');
    const body = {
      decisionNumber: '清环按日罚〔2026〕2号',
      decidedOn: '2026-10-12',
      dailyAmount: 20_000,
      facts: '当事人拒不改正，经09月29日复查仍在超标排放。',
      basis: '《中华人民共和国环境保护法》第五十九条',
    };
    const daily = () => head.post(`/api/v1/cases/${c.id}/correction-orders/${o.id}/daily-penalties`, body);
    // the hearing request window (5 working days from 09-29) runs to 10-12, the make-up Saturday counted
    await on('2026-10-12');
    const open = await daily();
    expect(open.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual(
      expect.arrayContaining(['legal_review', 'record:collective_discussion', 'window_until:2026-10-12']),
    );
    await on('2026-10-13');
    body.decidedOn = '2026-10-13';
    for (const type of ['inquiry_record', 'investigation_report'])
      await officer1.post(`/api/v1/cases/${c.id}/records`, { type, title: type, content: '复查' });
    // the 集体讨论 held before the review does not count
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'collective_discussion',
      title: '集体讨论',
      content: '',
      fields: {
        attendees: ['陈局长', '王副局长'],
        opinions: ['陈局长：同意', '王副局长：同意'],
        conclusion: '同意按日连续处罚。',
      },
    });
    await approvedReview(officer1, await t.login('reviewer'), c.id, {
      outcome: 'penalty',
      summary: '按日连续处罚',
      facts: body.facts,
      basis: body.basis,
      decidedOn: '2026-10-13',
      penalties: [{ type: 'daily_fine', amount: 160_000 }],
    });
    const early = await daily();
    expect(errorCode(early)).toBe('COLLECTIVE_DISCUSSION_REQUIRED');
    expect(early.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual([
      'collective_discussion_before_review',
    ]);
    // one after it, but without the opinions: still missing
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'collective_discussion',
      title: '集体讨论',
      content: '',
      fields: { attendees: ['陈局长'], conclusion: '同意。' },
    });
    expect(errorCode(await daily())).toBe('COLLECTIVE_DISCUSSION_REQUIRED');
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'collective_discussion',
      title: '集体讨论',
      content: '',
      fields: { attendees: ['陈局长', '王副局长'], opinions: ['陈局长：同意'], conclusion: '同意。' },
    });
    const made = await daily();
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      firstDay: '2026-09-22',
      lastDay: '2026-09-29',
      days: 8,
      total: 160_000,
    });
  });
});
