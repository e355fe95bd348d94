import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyData } from '../src/server/platform/audit/row-seals.js';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';
import {
  CREDIT_CODE,
  PERSON_ID,
  approvedReview,
  buildCase,
  caseInDecision,
  collectiveDiscussion,
  decisionDraft,
  uploadMedia,
  userId,
} from './support/factories.js';

let t: TestApp;
let officer1: Client;
let head: Client;
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  head = await t.login('head');
});
afterAll(async () => t.close());

/** Moves the clock (China date = the UTC date at 02:00Z) and signs in again (sessions time out). */
async function at(date: string) {
  t.clock.set(`${date}T02:00:00Z`);
  officer1 = await t.login('officer1');
  head = await t.login('head');
}

type Execution = {
  decision: { source: string; documentNumber: string; decidedOn: string } | null;
  service: { id: string; method: string | null; servedOn: string; documentKind: string; source: string }[];
  decisionServedOn: string | null;
  serviceDue: string | null;
  payment: {
    amount: number;
    paid: number;
    unpaid: number;
    overdue: number;
    dueOn: string | null;
    lateFee: number;
    lateFeeDays: number;
    plan: string | null;
    instalments: { dueOn: string; amount: number; paid: number; overdue: boolean }[];
    payments: { id: string; method: string | null; handInDue: string | null; assumedFull: boolean }[];
  } | null;
  seizures: { id: string; endsOn: string; extensionDays: number; status: string }[];
  correctionOrders: {
    id: string;
    status: string;
    recheckDue: string;
    dailyPenalties: { days: number; total: number }[];
  }[];
  demand: { waitEndsOn: string } | null;
  courtApplication: { appliedOn: string } | null;
  outcomes: { kind: string; result: string; supplementary: boolean; recordId: string }[];
  summaryDecision: { formNumber: string; filedOn: string | null } | null;
  complete: boolean;
  missing: string[];
};
type Deadline = { kind: string; due: string; status: string; overdue: boolean; unit: string };

const execution = async (caseId: string) =>
  (await officer1.get(`/api/v1/cases/${caseId}/execution`)).json<Execution>();
const deadlines = async (caseId: string) =>
  (await officer1.get(`/api/v1/cases/${caseId}`)).json<{ deadlines: Deadline[] }>().deadlines;
const missingOf = (res: { json: <T>() => T }) =>
  res.json<{ error: { details: { missing: string[] } } }>().error.details.missing;

/** A penalty case decided on 2026-11-26 with a fine of `fine` yuan, in 送达执行. */
async function decidedCase(fine = 10_000) {
  const c = await caseInDecision(t, officer1, head, fine);
  const d = await head.post(`/api/v1/cases/${c.id}/decision`, decisionDraft(fine));
  if (d.statusCode !== 201) throw new Error(`decision failed: ${d.body}`);
  const moved = await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'execution' });
  if (moved.statusCode !== 200) throw new Error(`advance failed: ${moved.body}`);
  return c.id;
}

const serve = (caseId: string, body: Record<string, unknown>) =>
  officer1.post(`/api/v1/cases/${caseId}/services`, {
    document: { kind: 'decision' },
    recipient: '清远市某某化工有限公司',
    ...body,
  });

const decisionNumber = async (caseId: string) =>
  (await officer1.get(`/api/v1/cases/${caseId}/decision`)).json<{ documentNumber: string }>().documentNumber;

const serviceVideo = (caseId: string) =>
  uploadMedia(officer1, caseId, { activity: 'service', capturedAt: '2026-11-26T09:00:00+08:00' });

const approve = async (caseId: string, kind: string, payload: Record<string, unknown>) => {
  const req = await officer1.post(`/api/v1/cases/${caseId}/approvals`, { kind, reason: '经济困难', payload });
  if (req.statusCode !== 201) return req;
  return head.post(`/api/v1/approvals/${req.json<{ id: string }>().id}/decide`, {
    grant: true,
    reason: '同意',
  });
};

describe('service of the decision (送达)', () => {
  it('tracks the 7-working-day service deadline and meets it when the decision is left at the premises on video', async () => {
    const id = await decidedCase();
    const before = await execution(id);
    expect(before).toMatchObject({ decisionServedOn: null, serviceDue: '2026-12-07', complete: false });
    expect(before.missing).toEqual(['service:decision', 'payment']);
    expect((await deadlines(id)).find((d) => d.kind === 'decision_service')).toMatchObject({
      due: '2026-12-07',
      status: 'open',
      unit: 'working_days',
    });

    // 留置 and 公告 need the A/V record of the service (GD-REC Art. 14)
    const noVideo = await serve(id, { method: 'left_at_premises', receivedOn: '2026-11-26' });
    expect(noVideo.statusCode).toBe(409);
    expect(errorCode(noVideo)).toBe('AV_RECORD_REQUIRED');
    expect(missingOf(noVideo)).toEqual(['media:service']);
    expect(errorCode(await serve(id, { method: 'announcement', announcedOn: '2026-11-26' }))).toBe(
      'AV_RECORD_REQUIRED',
    );

    // bad dates are 400s
    expect((await serve(id, { method: 'direct' })).statusCode).toBe(400);
    expect((await serve(id, { method: 'direct', receivedOn: '2026-11-27' })).statusCode).toBe(400);
    expect((await serve(id, { method: 'direct', receivedOn: '2026-11-25' })).statusCode).toBe(400);

    const video = (await serviceVideo(id)).json<{ id: string }>();
    const served = await serve(id, {
      method: 'left_at_premises',
      receivedOn: '2026-11-26',
      refusalNote: '拒收',
    });
    expect(served.statusCode, served.body).toBe(201);
    expect(served.json()).toMatchObject({
      method: 'left_at_premises',
      servedOn: '2026-11-26',
      mediaId: video.id,
      documentKind: 'decision',
    });
    expect(served.json<{ documentNumber: string }>().documentNumber).toMatch(/^清环罚〔2026〕[1-9]\d*号$/);
    const receiptId = served.json<{ receiptRecordId: string }>().receiptRecordId;
    const receipt = (await officer1.get(`/api/v1/records/${receiptId}`)).json<{
      type: string;
      fields: Record<string, unknown>;
    }>();
    expect(receipt).toMatchObject({
      type: 'service_receipt',
      fields: { method: 'lodged', receivedOn: '2026-11-26' },
    });

    const after = await execution(id);
    expect(after.decisionServedOn).toBe('2026-11-26');
    expect(after.service).toHaveLength(1); // the receipt record is the entry's, not a second service
    expect(after.payment).toMatchObject({ amount: 10_000, unpaid: 10_000, dueOn: '2026-12-11' });
    expect((await deadlines(id)).find((d) => d.kind === 'decision_service')).toMatchObject({ status: 'met' });
    expect((await deadlines(id)).find((d) => d.kind === 'payment')).toMatchObject({
      due: '2026-12-11',
      status: 'open',
    });
    const timeline = (await officer1.get(`/api/v1/cases/${id}/timeline`)).json<{
      items: { type: string }[];
    }>();
    expect(timeline.items.map((e) => e.type)).toContain('document_served');
  });

  it('serves by mail and directly on the receipt date, and any document of the case', async () => {
    const id = await decidedCase();
    const mailed = await serve(id, { method: 'mail', receivedOn: '2026-11-26', trackingNumber: 'EMS1' });
    expect(mailed.json()).toMatchObject({ method: 'mail', servedOn: '2026-11-26' });
    const record = (
      await officer1.post(`/api/v1/cases/${id}/records`, {
        type: 'inquiry_record',
        title: '笔录',
        content: 'x',
      })
    ).json<{ id: string }>();
    const other = await serve(id, {
      document: { kind: 'record', recordId: record.id },
      method: 'direct',
      receivedOn: '2026-11-26',
    });
    expect(other.json()).toMatchObject({ documentKind: 'record', documentName: '调查询问笔录' });
    const foreign = await buildCase(t, officer1);
    const foreignRecord = (
      await officer1.post(`/api/v1/cases/${foreign.id}/records`, {
        type: 'inquiry_record',
        title: '笔录',
        content: 'x',
      })
    ).json<{ id: string }>();
    expect(
      (
        await serve(id, {
          document: { kind: 'record', recordId: foreignRecord.id },
          method: 'direct',
          receivedOn: '2026-11-26',
        })
      ).statusCode,
    ).toBe(400);
    // a document served before the decision exists: the decision itself cannot be
    expect(errorCode(await serve(foreign.id, { method: 'direct', receivedOn: '2026-11-26' }))).toBe(
      'EXECUTION_NOT_APPLICABLE',
    );
  });

  it('refuses electronic service without the party’s signed consent, then serves electronically', async () => {
    const id = await decidedCase();
    const refused = await serve(id, { method: 'electronic', receivedOn: '2026-11-26' });
    expect(refused.statusCode).toBe(409);
    expect(errorCode(refused)).toBe('SERVICE_CONSENT_REQUIRED');
    // the same rule holds for a 送达回证 made through the records API
    const record = await officer1.post(`/api/v1/cases/${id}/records`, {
      type: 'service_receipt',
      title: '送达回证',
      content: '电子送达',
      fields: { method: 'electronic', receivedOn: '2026-11-26' },
    });
    expect(errorCode(record)).toBe('SERVICE_CONSENT_REQUIRED');
    const consent = await officer1.post(`/api/v1/cases/${id}/service-consents`, {
      address: 'party@example.com',
      signedOn: '2026-11-26',
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const served = await serve(id, { method: 'electronic', receivedOn: '2026-11-26' });
    expect(served.statusCode, served.body).toBe(201);
    expect(served.json()).toMatchObject({ method: 'electronic', servedOn: '2026-11-26' });
  });

  it('deems an announcement served 30 days later; payment falls due 15 days after that', async () => {
    const id = await decidedCase();
    await serviceVideo(id);
    const announced = await serve(id, {
      method: 'announcement',
      announcedOn: '2026-11-26',
      announcementMedium: '本局网站',
    });
    expect(announced.json()).toMatchObject({ servedOn: '2026-12-26' });
    const x = await execution(id);
    expect(x.decisionServedOn).toBe('2026-12-26');
    // the decision is not served yet today
    expect(x.missing).toContain('service:decision');
    // 2027-01-10 is a Sunday: the last day moves to Monday
    expect(x.payment?.dueOn).toBe('2027-01-11');
  });
});

describe('payments, instalments and deferral', () => {
  it('records payments, refuses overpayment and on-the-spot collection in the general procedure', async () => {
    const id = await decidedCase();
    await serve(id, { method: 'direct', receivedOn: '2026-11-26' });
    const paid = await officer1.post(`/api/v1/cases/${id}/payments`, {
      amount: 4000,
      paidOn: '2026-11-26',
      receiptNumber: 'NO.001',
      method: 'bank',
    });
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json()).toMatchObject({ principal: 4000, source: 'entry' });
    expect((await execution(id)).payment).toMatchObject({ paid: 4000, unpaid: 6000, dueOn: '2026-12-11' });
    // the timeline prints money as everywhere: 1,234.56 元 (separators, two decimals, no ¥)
    const summaries = (await officer1.get(`/api/v1/cases/${id}/timeline`))
      .json<{ items: { summary: string }[] }>()
      .items.map((e) => e.summary);
    expect(summaries).toContain('缴纳罚没款 4,000.00 元（指定银行缴纳，票据号 NO.001），尚欠 6,000.00 元');
    const over = await officer1.post(`/api/v1/cases/${id}/payments`, {
      amount: 6000.01,
      paidOn: '2026-11-26',
      receiptNumber: 'NO.002',
      method: 'bank',
    });
    // one code, a sentence for the situation
    expect(over.json()).toMatchObject({
      error: {
        code: 'EXECUTION_NOT_APPLICABLE',
        message: '缴纳金额超过未缴金额',
        details: { reason: 'exceeds_unpaid' },
      },
    });
    const onsite = await officer1.post(`/api/v1/cases/${id}/payments`, {
      amount: 50,
      paidOn: '2026-11-26',
      receiptNumber: 'NO.003',
      method: 'onsite',
    });
    expect(errorCode(onsite)).toBe('ONSITE_COLLECTION_NOT_ALLOWED');
    expect(
      (
        await officer1.post(`/api/v1/cases/${id}/payments`, {
          amount: 10,
          paidOn: '2026-11-27',
          receiptNumber: 'NO.004',
          method: 'bank',
        })
      ).statusCode,
    ).toBe(400);
    // head approves, does not write
    expect(
      (
        await head.post(`/api/v1/cases/${id}/payments`, {
          amount: 10,
          paidOn: '2026-11-26',
          receiptNumber: 'NO.005',
          method: 'bank',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('grants instalments that sum to the unpaid amount, through the approval inbox', async () => {
    const id = await decidedCase();
    await serve(id, { method: 'direct', receivedOn: '2026-11-26' });
    await officer1.post(`/api/v1/cases/${id}/payments`, {
      amount: 2000,
      paidOn: '2026-11-26',
      receiptNumber: 'NO.010',
      method: 'electronic',
    });
    const wrong = await officer1.post(`/api/v1/cases/${id}/approvals`, {
      kind: 'payment_instalments',
      reason: '经济困难',
      payload: {
        instalments: [
          { dueOn: '2026-12-31', amount: 4000 },
          { dueOn: '2027-01-31', amount: 3999.99 },
        ],
      },
    });
    expect(wrong.statusCode).toBe(400);
    const granted = await approve(id, 'payment_instalments', {
      instalments: [
        { dueOn: '2026-12-31', amount: 4000 },
        { dueOn: '2027-01-31', amount: 4000 },
      ],
    });
    expect(granted.statusCode, granted.body).toBe(200);
    const x = await execution(id);
    expect(x.payment).toMatchObject({ plan: 'instalments', unpaid: 8000, dueOn: '2026-12-31' });
    expect(x.payment?.instalments).toEqual([
      { dueOn: '2026-12-31', amount: 4000, paid: 0, overdue: false },
      { dueOn: '2027-01-31', amount: 4000, paid: 0, overdue: false },
    ]);
    expect((await deadlines(id)).find((d) => d.kind === 'payment')).toMatchObject({ due: '2026-12-31' });
  });

  it('defers payment with approval, never without a served decision', async () => {
    const unserved = await decidedCase();
    const early = await officer1.post(`/api/v1/cases/${unserved}/approvals`, {
      kind: 'payment_deferral',
      reason: '经济困难',
      payload: { dueOn: '2027-03-01' },
    });
    expect(early.statusCode).toBe(400);
    const id = await decidedCase();
    await serve(id, { method: 'direct', receivedOn: '2026-11-26' });
    expect((await approve(id, 'payment_deferral', { dueOn: '2027-03-01' })).statusCode).toBe(200);
    expect((await execution(id)).payment).toMatchObject({ plan: 'deferral', dueOn: '2027-03-01' });
  });
});

describe('seizures (ACL Art. 25)', () => {
  it('runs 30 days, extends once with approval, never twice, and is lifted', async () => {
    const c = await buildCase(t, officer1);
    await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' });
    const body = {
      measure: 'seal',
      items: [{ name: '污水处理设备', quantity: 1, unit: '套' }],
      decisionNumber: '清环封〔2026〕1号',
      seizedOn: '2026-11-26',
    };
    expect(
      (await officer1.post(`/api/v1/cases/${c.id}/seizures`, { ...body, periodDays: 31 })).statusCode,
    ).toBe(400);
    const s = await officer1.post(`/api/v1/cases/${c.id}/seizures`, body);
    expect(s.statusCode, s.body).toBe(201);
    const seizure = s.json<{ id: string; endsOn: string; status: string }>();
    expect(seizure).toMatchObject({ endsOn: '2026-12-26', status: 'in_force' });
    expect((await deadlines(c.id)).find((d) => d.kind === `seizure:${seizure.id}`)).toMatchObject({
      due: '2026-12-26',
      status: 'open',
    });
    expect((await approve(c.id, 'seizure_extension', { seizureId: seizure.id, days: 31 })).statusCode).toBe(
      400,
    );
    expect((await approve(c.id, 'seizure_extension', { seizureId: seizure.id, days: 30 })).statusCode).toBe(
      200,
    );
    expect((await execution(c.id)).seizures[0]).toMatchObject({ endsOn: '2027-01-25', extensionDays: 30 });
    const again = await officer1.post(`/api/v1/cases/${c.id}/approvals`, {
      kind: 'seizure_extension',
      reason: '仍需检测',
      payload: { seizureId: seizure.id, days: 10 },
    });
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('EXTENSION_LIMIT');
    const lifted = await officer1.post(`/api/v1/cases/${c.id}/seizures/${seizure.id}/lift`, {
      liftedOn: '2026-11-26',
      reason: 'decided',
    });
    expect(lifted.json()).toMatchObject({ status: 'lifted', liftedOn: '2026-11-26' });
    expect(
      errorCode(
        await officer1.post(`/api/v1/cases/${c.id}/seizures/${seizure.id}/lift`, {
          liftedOn: '2026-11-26',
          reason: 'decided',
        }),
      ),
    ).toBe('EXECUTION_NOT_APPLICABLE');
    expect((await deadlines(c.id)).find((d) => d.kind === `seizure:${seizure.id}`)).toMatchObject({
      status: 'met',
    });
  });
});

describe('orders to correct and 按日连续处罚', () => {
  it('tracks the recheck and fines each day of refusal from the day after service', async () => {
    const c = await buildCase(t, officer1);
    await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' });
    const order = await officer1.post(`/api/v1/cases/${c.id}/correction-orders`, {
      documentNumber: '清环责改〔2026〕1号',
      requirements: '立即停止超标排放',
      orderedOn: '2026-11-01',
      dueOn: '2026-11-10',
    });
    expect(order.statusCode, order.body).toBe(201);
    const o = order.json<{ id: string; recheckDue: string; status: string }>();
    expect(o).toMatchObject({ recheckDue: '2026-12-01', status: 'awaiting_recheck' });
    const early = await head.post(`/api/v1/cases/${c.id}/correction-orders/${o.id}/daily-penalties`, {
      decisionNumber: '清环按日罚〔2026〕1号',
      decidedOn: '2026-11-26',
      dailyAmount: 10_000,
    });
    expect(early.json()).toMatchObject({
      error: { code: 'EXECUTION_NOT_APPLICABLE', message: '尚未复查，不能作出按日连续处罚' },
    });
    expect(
      (
        await officer1.post(`/api/v1/cases/${c.id}/correction-orders/${o.id}/rechecks`, {
          recheckedOn: '2026-11-20',
          result: 'not_corrected',
          note: '暗查发现仍超标排放',
        })
      ).statusCode,
    ).toBe(201);
    // 按日连续处罚 is a penalty decision (环境保护法 Art. 59): the head decides it, after the procedure
    const body = {
      decisionNumber: '清环按日罚〔2026〕1号',
      decidedOn: '2026-11-26',
      dailyAmount: 10_000,
      facts: '当事人拒不改正超标排放行为，经11月20日复查仍在继续。',
      basis: '《中华人民共和国环境保护法》第五十九条',
    };
    const dailyPost = (who: Client) =>
      who.post(`/api/v1/cases/${c.id}/correction-orders/${o.id}/daily-penalties`, body);
    expect((await dailyPost(officer1)).statusCode).toBe(403);
    const unnotified = await dailyPost(head);
    expect(unnotified.statusCode).toBe(409);
    expect(unnotified.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toContain(
      'record:prior_notice',
    );
    // the notice proposes the 190,000 元 and tells the hearing right (organisation, ≥ 100,000)
    const noticed = await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'prior_notice',
      title: '按日连续处罚事先（听证）告知书',
      content: '',
      fields: { penalties: [{ type: 'daily_fine', amount: 190_000 }], hearingRight: true },
    });
    expect(noticed.statusCode, noticed.body).toBe(201);
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'statement_waiver',
      title: '声明',
      content: '',
    });
    // major by its amount: the legal review of the same substance, then the 集体讨论
    const gated = await dailyPost(head);
    expect(errorCode(gated)).toBe('LEGAL_REVIEW_REQUIRED');
    expect(gated.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual([
      'legal_review',
      'record:collective_discussion',
    ]);
    for (const type of ['onsite_inspection_record', 'investigation_report'])
      await officer1.post(`/api/v1/cases/${c.id}/records`, { type, title: type, content: '复查' });
    await approvedReview(officer1, await t.login('reviewer'), c.id, {
      outcome: 'penalty',
      summary: '按日连续处罚',
      facts: body.facts,
      basis: body.basis,
      decidedOn: '2026-11-26',
      penalties: [{ type: 'daily_fine', amount: 190_000 }],
    });
    expect(errorCode(await dailyPost(head))).toBe('COLLECTIVE_DISCUSSION_REQUIRED');
    await officer1.post(`/api/v1/cases/${c.id}/records`, collectiveDiscussion('同意按日连续处罚。'));
    const daily = await dailyPost(head);
    expect(daily.statusCode, daily.body).toBe(201);
    expect(daily.json()).toMatchObject({
      firstDay: '2026-11-02',
      lastDay: '2026-11-20',
      days: 19,
      total: 190_000,
    });
    const x = await execution(c.id);
    expect(x.correctionOrders[0]).toMatchObject({ status: 'not_corrected' });
    // owed only once the 按日连续处罚 decision is served: then due 15 days after service
    expect(x.payment).toBeNull();
    const served = await officer1.post(`/api/v1/cases/${c.id}/services`, {
      document: { kind: 'daily_penalty', dailyPenaltyId: daily.json<{ id: string }>().id },
      method: 'direct',
      recipient: '清远市某某化工有限公司',
      receivedOn: '2026-11-26',
    });
    expect(served.statusCode, served.body).toBe(201);
    expect((await execution(c.id)).payment).toMatchObject({
      amount: 190_000,
      unpaid: 190_000,
      dueOn: '2026-12-11',
    });
    expect((await deadlines(c.id)).find((d) => d.kind === `correction_recheck:${o.id}`)).toMatchObject({
      due: '2026-12-01',
      status: 'met',
    });
  });
});

describe('the summary procedure (APL Art. 51-52)', () => {
  const summary = async (party: Record<string, unknown>, penalties: unknown[], formNumber: string) =>
    officer1.post('/api/v1/summary-decisions', {
      party,
      officerIds: [await userId(t, 'officer1'), await userId(t, 'officer2')],
      formNumber,
      decidedAt: '2026-11-26T10:00:00+08:00',
      location: '清城区某路口',
      facts: '露天焚烧废弃物。',
      basis: '《中华人民共和国大气污染防治法》第一百一十九条',
      penalties,
    });
  const person = { type: 'person', name: '李四', idNumber: PERSON_ID };
  const organisation = { type: 'organization', name: '清远市某某化工有限公司', creditCode: CREDIT_CODE };

  it('allows 200 元 for a person and 3,000 元 for an organisation, not a cent more; a warning always', async () => {
    const over = await summary(person, [{ type: 'fine', amount: 200.01 }], 'QY-0001');
    expect(over.statusCode).toBe(409);
    expect(errorCode(over)).toBe('SUMMARY_LIMIT_EXCEEDED');
    expect(missingOf(over)).toEqual(['fine_over:200']);
    expect((await summary(person, [{ type: 'fine', amount: 200 }], 'QY-0002')).statusCode).toBe(201);
    expect(errorCode(await summary(organisation, [{ type: 'fine', amount: 3000.01 }], 'QY-0003'))).toBe(
      'SUMMARY_LIMIT_EXCEEDED',
    );
    const ok = await summary(organisation, [{ type: 'fine', amount: 3000 }], 'QY-0004');
    expect(ok.statusCode, ok.body).toBe(201);
    const timeline = (await officer1.get(`/api/v1/cases/${ok.json<{ caseId: string }>().caseId}/timeline`))
      .json<{ items: { summary: string }[] }>()
      .items.map((e) => e.summary);
    expect(timeline).toContain('当场作出行政处罚决定（QY-0004）：罚款 3,000.00 元，已当场交付当事人');
    expect(ok.json()).toMatchObject({ stage: 'execution', formNumber: 'QY-0004', filedOn: null });
    expect((await summary(person, [{ type: 'warning' }], 'QY-0005')).statusCode).toBe(201);
    expect(errorCode(await summary(person, [{ type: 'confiscate_gains', amount: 50 }], 'QY-0006'))).toBe(
      'SUMMARY_LIMIT_EXCEEDED',
    );
    expect(errorCode(await summary(person, [{ type: 'warning' }], 'QY-0002'))).toBe('FORM_NUMBER_TAKEN');
  });

  it('is served on the spot, collected on the spot up to 100 元, handed in, filed, then closed', async () => {
    const made = await summary(person, [{ type: 'fine', amount: 50 }], 'QY-0100');
    const id = made.json<{ caseId: string }>().caseId;
    const x = await execution(id);
    expect(x).toMatchObject({
      decision: { source: 'summary', documentNumber: 'QY-0100', decidedOn: '2026-11-26' },
      decisionServedOn: '2026-11-26',
      summaryDecision: { formNumber: 'QY-0100', filedOn: null },
    });
    expect(x.payment).toMatchObject({ amount: 50, dueOn: '2026-12-11' });
    // the case says which procedure it follows (no 立案 for a summary decision)
    expect((await officer1.get(`/api/v1/cases/${id}`)).json()).toMatchObject({
      procedure: 'summary',
      stage: 'execution',
      filedOn: null,
    });
    const paid = await officer1.post(`/api/v1/cases/${id}/payments`, {
      amount: 50,
      paidOn: '2026-11-26',
      receiptNumber: 'GD-0001',
      method: 'onsite',
    });
    expect(paid.statusCode, paid.body).toBe(201);
    const payment = paid.json<{ id: string; handInDue: string }>();
    expect(payment.handInDue).toBe('2026-11-30'); // 2 working days: Fri 11-27, Mon 11-30
    await officer1.post(`/api/v1/cases/${id}/records`, {
      type: 'closing_approval',
      title: '结案审批表',
      content: '执行完毕',
    });
    const blocked = await head.post(`/api/v1/cases/${id}/advance`, { to: 'archived' });
    expect(errorCode(blocked)).toBe('EXECUTION_OPEN');
    expect(missingOf(blocked)).toEqual(['summary_filing', `hand_in:${payment.id}`]);
    expect(
      (
        await officer1.post(`/api/v1/cases/${id}/payments/${payment.id}/hand-in`, {
          handedInOn: '2026-11-26',
        })
      ).json(),
    ).toMatchObject({ handedInOn: '2026-11-26' });
    expect(
      (await officer1.post(`/api/v1/cases/${id}/summary-decision/filing`, { filedOn: '2026-11-26' })).json(),
    ).toMatchObject({ filedOn: '2026-11-26' });
    const closed = await head.post(`/api/v1/cases/${id}/advance`, { to: 'archived' });
    expect(closed.statusCode, closed.body).toBe(200);
  });
});

describe('closing (结案) and what follows it', () => {
  it('refuses to close while the decision is unserved or money unpaid, then closes and appends outcomes', async () => {
    const id = await decidedCase(1000);
    await officer1.post(`/api/v1/cases/${id}/records`, {
      type: 'closing_approval',
      title: '结案审批表',
      content: '—',
    });
    const first = await head.post(`/api/v1/cases/${id}/advance`, { to: 'archived' });
    expect(first.statusCode).toBe(409);
    expect(errorCode(first)).toBe('EXECUTION_OPEN');
    expect(missingOf(first)).toEqual(['service:decision', 'payment']);
    // a 送达回证 record made through the records API serves the decision on its signing date
    await officer1.post(`/api/v1/cases/${id}/records`, {
      type: 'service_receipt',
      title: '送达回证',
      content: '直接送达',
      fields: {
        documents: [{ name: '行政处罚决定书', number: await decisionNumber(id) }],
        method: 'direct',
        receivedOn: '2026-11-26',
      },
    });
    // a 罚没款缴纳凭证 with an amount counts that amount
    await officer1.post(`/api/v1/cases/${id}/records`, {
      type: 'payment_receipt',
      title: '缴款凭证',
      content: '—',
      fields: { amount: 400, paidOn: '2026-11-26', receiptNumber: 'R-1' },
    });
    const second = await head.post(`/api/v1/cases/${id}/advance`, { to: 'archived' });
    expect(missingOf(second)).toEqual(['payment']);
    expect((await execution(id)).payment).toMatchObject({ paid: 400, unpaid: 600 });
    await officer1.post(`/api/v1/cases/${id}/payments`, {
      amount: 600,
      paidOn: '2026-11-26',
      receiptNumber: 'R-2',
      method: 'bank',
    });
    const view = (await officer1.get(`/api/v1/cases/${id}`)).json<{ blockers: unknown[] }>();
    expect(view.blockers).toEqual([]);
    expect((await execution(id)).complete).toBe(true);
    expect((await head.post(`/api/v1/cases/${id}/advance`, { to: 'archived' })).statusCode).toBe(200);

    // after archiving: outcomes are appended as supplementary records, execution itself is closed
    expect(
      errorCode(
        await officer1.post(`/api/v1/cases/${id}/payments`, {
          amount: 1,
          paidOn: '2026-11-26',
          receiptNumber: 'R-3',
          method: 'bank',
        }),
      ),
    ).toBe('CASE_ARCHIVED');
    const rec = await officer1.post(`/api/v1/cases/${id}/outcomes`, {
      kind: 'reconsideration',
      result: 'maintained',
      decidedOn: '2026-11-26',
      body: '清远市人民政府',
      appliedOn: '2026-11-26',
      documentNumber: '清府复〔2026〕1号',
    });
    expect(rec.statusCode, rec.body).toBe(201);
    expect(rec.json()).toMatchObject({ kind: 'reconsideration', result: 'maintained', supplementary: true });
    const lit = await officer1.post(`/api/v1/cases/${id}/outcomes`, {
      kind: 'litigation',
      result: 'withdrawn',
      decidedOn: '2026-11-26',
      body: '清远市清城区人民法院',
    });
    expect(lit.statusCode, lit.body).toBe(201);
    expect(
      errorCode(
        await officer1.post(`/api/v1/cases/${id}/outcomes`, {
          kind: 'court_enforcement',
          result: 'permitted',
          decidedOn: '2026-11-26',
          body: '清远市清城区人民法院',
        }),
      ),
    ).toBe('EXECUTION_NOT_APPLICABLE');
    const x = await execution(id);
    expect(x.outcomes.map((o) => [o.kind, o.result, o.supplementary])).toEqual([
      ['reconsideration', 'maintained', true],
      ['litigation', 'withdrawn', true],
    ]);
    const records = (await officer1.get(`/api/v1/cases/${id}/records`)).json<{
      items: { id: string; type: string; supplementary: boolean; fields: Record<string, unknown> }[];
    }>();
    const supp = records.items.find((r) => r.id === x.outcomes[0]?.recordId);
    expect(supp).toMatchObject({
      type: 'reconsideration_outcome',
      supplementary: true,
      fields: { result: 'upheld' },
    });
    // everyone who reads the case reads its execution
    const reviewer = await t.login('reviewer');
    expect((await reviewer.get(`/api/v1/cases/${id}/execution`)).statusCode).toBe(200);
    expect((await t.services.audit.verify()).ok).toBe(true);
  });

  it('takes a bare 罚没款缴纳凭证 as full payment (the contract walk’s records)', async () => {
    const id = await decidedCase(1000);
    for (const type of ['service_receipt', 'payment_receipt', 'closing_approval'])
      await officer1.post(`/api/v1/cases/${id}/records`, { type, title: type, content: '—' });
    const x = await execution(id);
    expect(x.payment).toMatchObject({ paid: 1000, unpaid: 0 });
    expect(x.payment?.payments[0]).toMatchObject({ assumedFull: true });
    expect((await head.post(`/api/v1/cases/${id}/advance`, { to: 'archived' })).statusCode).toBe(200);
  });
});

describe('over time: late fees, 催告, the court and overdue deadlines', () => {
  it('accrues late fees after the due date, waits 10 working days after the 催告, then lets the court be applied to', async () => {
    const id = await decidedCase(10_000);
    const unserved = await decidedCase(10_000);
    await serve(id, { method: 'direct', receivedOn: '2026-11-26' });
    await officer1.post(`/api/v1/cases/${id}/payments`, {
      amount: 4000,
      paidOn: '2026-11-26',
      receiptNumber: 'T-1',
      method: 'bank',
    });
    // a 催告 before the money is overdue is refused
    expect(errorCode(await officer1.post(`/api/v1/cases/${id}/demands`, { servedOn: '2026-11-26' }))).toBe(
      'EXECUTION_NOT_APPLICABLE',
    );
    try {
      await at('2026-12-21');
      const x = await execution(id);
      // 12-12 .. 12-21: 10 days × 3 % × 6,000 unpaid
      expect(x.payment).toMatchObject({ unpaid: 6000, overdue: 6000, lateFee: 1800, lateFeeDays: 10 });
      // the unserved decision's 7 working days ran out on 12-07
      expect((await deadlines(unserved)).find((d) => d.kind === 'decision_service')).toMatchObject({
        due: '2026-12-07',
        status: 'open',
        overdue: true,
      });
      const overdue = (await head.get('/api/v1/deadlines?within=overdue')).json<{
        items: { kind: string; caseId: string }[];
      }>();
      expect(overdue.items.some((i) => i.caseId === id && i.kind === 'payment')).toBe(true);

      const demand = await officer1.post(`/api/v1/cases/${id}/demands`, {
        servedOn: '2026-12-14',
        documentNumber: '清环催〔2026〕1号',
      });
      expect(demand.statusCode, demand.body).toBe(201);
      expect(demand.json()).toMatchObject({ waitEndsOn: '2026-12-28' });
      const tooEarly = await officer1.post(`/api/v1/cases/${id}/court-applications`, {
        appliedOn: '2026-12-21',
        court: '清远市清城区人民法院',
      });
      expect(tooEarly.statusCode).toBe(409);
      expect(errorCode(tooEarly)).toBe('COURT_APPLICATION_TOO_EARLY');
      expect(missingOf(tooEarly)).toEqual(['demand_wait_until:2026-12-28', 'remedy_period_until:2027-05-26']);
      expect((await deadlines(id)).find((d) => d.kind === 'court_application')).toMatchObject({
        due: '2027-08-26',
        status: 'open',
      });

      await at('2027-09-01');
      const late = await officer1.post(`/api/v1/cases/${id}/court-applications`, {
        appliedOn: '2027-08-27',
        court: '清远市清城区人民法院',
      });
      expect(errorCode(late)).toBe('COURT_APPLICATION_TOO_LATE');
      const applied = await officer1.post(`/api/v1/cases/${id}/court-applications`, {
        appliedOn: '2027-06-01',
        court: '清远市清城区人民法院',
      });
      expect(applied.statusCode, applied.body).toBe(201);
      const after = await execution(id);
      // 180 元 a day from 12-12, capped at the fine (APL Art. 72)
      expect(after.payment).toMatchObject({ lateFee: 10_000 });
      expect(after.courtApplication).toMatchObject({ appliedOn: '2027-06-01' });
      expect(after.missing).toEqual([]);
      expect((await deadlines(id)).find((d) => d.kind === 'court_application')).toMatchObject({
        status: 'met',
      });
      expect((await deadlines(id)).find((d) => d.kind === 'payment')).toMatchObject({ status: 'cancelled' });
      await officer1.post(`/api/v1/cases/${id}/records`, {
        type: 'closing_approval',
        title: '结案审批表',
        content: '已申请强制执行',
      });
      expect((await head.post(`/api/v1/cases/${id}/advance`, { to: 'archived' })).statusCode).toBe(200);
      const result = await officer1.post(`/api/v1/cases/${id}/outcomes`, {
        kind: 'court_enforcement',
        result: 'completed',
        decidedOn: '2027-09-01',
        body: '清远市清城区人民法院',
        amount: 6000,
      });
      expect(result.statusCode, result.body).toBe(201);
      expect(result.json()).toMatchObject({ amount: 6000, supplementary: true });
    } finally {
      await at('2026-11-26');
    }
  });
});

describe('bodies that are not valid', () => {
  it('answers 400 or 404, never 500', async () => {
    const id = await decidedCase(1000);
    const bad = [
      officer1.post(`/api/v1/cases/${id}/services`, {
        document: { kind: 'nope' },
        method: 'direct',
        recipient: 'x',
      }),
      officer1.post(`/api/v1/cases/${id}/payments`, {
        amount: 0.001,
        paidOn: '2026-11-26',
        receiptNumber: 'x',
        method: 'bank',
      }),
      officer1.post(`/api/v1/cases/${id}/payments`, {
        amount: -1,
        paidOn: '2026-11-26',
        receiptNumber: 'x',
        method: 'bank',
      }),
      officer1.post(`/api/v1/cases/${id}/seizures`, {
        measure: 'seal',
        items: [],
        decisionNumber: 'x',
        seizedOn: '2026-02-30',
      }),
      officer1.post(`/api/v1/cases/${id}/outcomes`, {
        kind: 'litigation',
        result: 'permitted',
        decidedOn: '2026-11-26',
        body: 'x',
      }),
      officer1.post('/api/v1/summary-decisions', {
        party: { type: 'person', name: 'x' },
        officerIds: [],
        formNumber: '',
      }),
    ];
    for (const res of await Promise.all(bad)) expect(res.statusCode, res.body).toBe(400);
    const missing = await officer1.post(`/api/v1/cases/${id}/payments/${crypto.randomUUID()}/hand-in`, {
      handedInOn: '2026-11-26',
    });
    expect(missing.statusCode).toBe(404);
    expect((await officer1.get(`/api/v1/cases/${crypto.randomUUID()}/execution`)).statusCode).toBe(404);
  });
});

describe('data seals', () => {
  it('leaves every row it wrote verifying against its audit seal', async () => {
    expect((await verifyData(t.services.database.db)).problems).toEqual([]);
  });
});
