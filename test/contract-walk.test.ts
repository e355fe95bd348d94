import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyData } from '../src/server/platform/audit/row-seals.js';
import { createTestApp, errorCode, TestClock, type Client, type TestApp } from './support/app.js';
import { buildCase, caseInDecision, caseReadyForDecision, uploadMedia } from './support/factories.js';
import { collectiveDiscussion } from './support/factories.js';

let t: TestApp;
let officer1: Client;
let head: Client;
let reviewer: Client;
/** The walk's case (its decision's 文号 is reused in a later test). */
let walkedCaseId = '';
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  head = await t.login('head');
  reviewer = await t.login('reviewer');
});
afterAll(async () => t.close());

const decisionBody = (fine: number) => ({
  summary: '超标排放水污染物',
  facts: '经查，当事人于2026年11月20日通过雨水排放口排放生产废水，化学需氧量超标2.3倍。',
  basis: '《中华人民共和国水污染防治法》第八十三条第（二）项',
  decidedOn: '2026-11-26',
  penalties: [{ type: 'fine', amount: fine }],
});

describe('the contract walk, steps 1–11', () => {
  it('runs from 立案 through the legal-review gate to 结案归档', async () => {
    // 1–2
    const c = await buildCase(t, officer1);
    walkedCaseId = c.id;
    expect((await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' })).statusCode).toBe(200);
    // 3
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'onsite_inspection_record',
      title: '现场检查笔录',
      content: '现场检查。',
    });
    await uploadMedia(officer1, c.id, {
      activity: 'onsite_inspection',
      capturedAt: '2026-11-26T09:00:00+08:00',
    });
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'investigation_report',
      title: '案件调查报告',
      content: '调查终结。',
    });
    // 4
    expect((await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'decision' })).statusCode).toBe(200);
    // 5
    expect(
      (
        await officer1.post(`/api/v1/cases/${c.id}/records`, {
          type: 'prior_notice',
          title: '行政处罚事先（听证）告知书',
          content: '拟处罚款。',
          fields: { penalties: [{ type: 'fine', amount: 300000 }], hearingRight: true },
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await officer1.post(`/api/v1/cases/${c.id}/records`, {
          type: 'statement_waiver',
          title: '放弃陈述申辩、听证的声明',
          content: '当事人放弃。',
        })
      ).statusCode,
    ).toBe(201);
    // 6
    const gated = await head.post(`/api/v1/cases/${c.id}/decision`, decisionBody(300000));
    expect(gated.statusCode).toBe(409);
    expect(errorCode(gated)).toBe('LEGAL_REVIEW_REQUIRED');
    expect(gated.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual([
      'legal_review',
      'record:collective_discussion',
    ]);
    // 7
    const submitted = await officer1.post(`/api/v1/cases/${c.id}/legal-reviews`, {
      draft: decisionBody(300000),
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const review = submitted.json<{ id: string; due: string; matchedRules: { id: string }[] }>();
    expect(review.due).toBe('2026-12-03'); // Thu 11-26 + 5 working days
    expect(review.matchedRules.map((r) => r.id)).toEqual(['large_amount']);
    // 8
    const checklist = Object.fromEntries(
      ['subject', 'jurisdiction', 'procedure', 'facts', 'evidence', 'law', 'discretion'].map((k) => [
        k,
        { ok: true },
      ]),
    );
    const opinion = await reviewer.post(`/api/v1/legal-reviews/${review.id}/opinion`, {
      outcome: 'approved',
      checklist,
      opinion: '同意。',
    });
    expect(opinion.json()).toMatchObject({ status: 'approved' });
    await officer1.post(`/api/v1/cases/${c.id}/records`, collectiveDiscussion());
    expect(errorCode(await head.post(`/api/v1/cases/${c.id}/decision`, decisionBody(250000)))).toBe(
      'LEGAL_REVIEW_REQUIRED',
    );
    const decided = await head.post(`/api/v1/cases/${c.id}/decision`, decisionBody(300000));
    expect(decided.statusCode, decided.body).toBe(201);
    // 9
    expect((await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'execution' })).statusCode).toBe(200);
    for (const type of ['service_receipt', 'payment_receipt', 'closing_approval']) {
      expect(
        (await officer1.post(`/api/v1/cases/${c.id}/records`, { type, title: type, content: '—' }))
          .statusCode,
      ).toBe(201);
    }
    expect((await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'archived' })).statusCode).toBe(200);
    // an archived case reads 已结案 (closed), never 办理中: in the case and in the list
    expect((await officer1.get(`/api/v1/cases/${c.id}`)).json()).toMatchObject({
      stage: 'archived',
      status: 'closed',
    });
    const listed = (await officer1.get(`/api/v1/cases?q=${encodeURIComponent(c.number)}`)).json<{
      items: { id: string; status: string }[];
    }>();
    expect(listed.items.find((i) => i.id === c.id)?.status).toBe('closed');
    expect(
      errorCode(
        await officer1.post(`/api/v1/cases/${c.id}/records`, {
          type: 'inquiry_record',
          title: 'x',
          content: 'y',
        }),
      ),
    ).toBe('CASE_ARCHIVED');
    const zip = unzipSync(new Uint8Array((await officer1.get(`/api/v1/cases/${c.id}/archive`)).rawPayload));
    const manifest = JSON.parse(strFromU8(zip['manifest.json'] ?? new Uint8Array())) as {
      files: { file: string; sha256: string }[];
    };
    for (const f of manifest.files)
      expect(
        createHash('sha256')
          .update(zip[f.file] ?? new Uint8Array())
          .digest('hex'),
      ).toBe(f.sha256);

    // 10: 填报 → 审核 → 审批, then anyone finds it by a 3-character phrase of its facts
    const filler = await t.login('filler');
    const checker = await t.login('checker');
    const approver = await t.login('approver');
    const created = await filler.post('/api/v1/disclosures', { caseId: c.id });
    // the decision made the draft already: 200 with it
    expect(created.statusCode, created.body).toBe(200);
    const item = created.json<{ id: string; status: string; due: string }>();
    expect(item.status).toBe('draft');
    // decided 2026-11-26 (Thursday): 7 working days → 2026-12-07
    expect(item.due).toBe('2026-12-07');
    expect((await filler.post(`/api/v1/disclosures/${item.id}/submit`)).statusCode).toBe(200);
    expect(
      (await checker.post(`/api/v1/disclosures/${item.id}/check`, { ok: true, comment: '' })).statusCode,
    ).toBe(200);
    const approved = await approver.post(`/api/v1/disclosures/${item.id}/approve`);
    expect(approved.json(), approved.body).toMatchObject({ status: 'published' });
    const found = await t.anonymous.get(`/api/v1/public/decisions?q=${encodeURIComponent('雨水排')}`);
    expect(found.statusCode).toBe(200);
    const list = found.json<{ items: { id: string; status: string }[]; total: number }>();
    expect(list.items.map((i) => i.id)).toContain(item.id);
    const page = await t.anonymous.get(`/api/v1/public/decisions/${item.id}`);
    expect(page.statusCode).toBe(200);
    for (const body of [found.body, page.body]) {
      for (const secret of [
        '清远市某某化工有限公司',
        '张三',
        '清远市清城区某路1号',
        '0763-1234567',
        '91441800123456788U',
      ])
        expect(body).not.toContain(secret);
    }
    // 11: withdrawn with a reason, still listed
    const withdrawn = await approver.post(`/api/v1/disclosures/${item.id}/withdraw`, {
      reason: '该决定已被行政复议机关撤销',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const after = (await t.anonymous.get(`/api/v1/public/decisions?q=${encodeURIComponent('雨水排')}`)).json<{
      items: { id: string; status: string; reason?: string }[];
    }>();
    expect(after.items.find((i) => i.id === item.id)).toMatchObject({
      status: 'withdrawn',
      reason: '该决定已被行政复议机关撤销',
    });
  });
});

describe('the decision gate', () => {
  it('asks only for what the catalog and the procedure require', async () => {
    const c = await caseReadyForDecision(t, officer1, head);
    // below the organisation threshold (100,000): not major, but the notice and its window apply
    expect(errorCode(await head.post(`/api/v1/cases/${c.id}/decision`, decisionBody(99999.99)))).toBe(
      'PRIOR_NOTICE_REQUIRED',
    );
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'prior_notice',
      title: '告知书',
      content: '拟罚款',
      fields: { penalties: [{ type: 'fine', amount: 50000 }] },
    });
    // the windows run from the party's receipt of the notice: not yet served, nothing runs
    expect(errorCode(await head.post(`/api/v1/cases/${c.id}/decision`, decisionBody(50000)))).toBe(
      'PRIOR_NOTICE_NOT_SERVED',
    );
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'statement_waiver',
      title: '声明',
      content: '放弃',
    });
    const heavier = await head.post(`/api/v1/cases/${c.id}/decision`, decisionBody(60000));
    expect(errorCode(heavier)).toBe('NOTICE_EXCEEDED');
    expect(heavier.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual([
      'amount:fine',
    ]);
    expect((await officer1.post(`/api/v1/cases/${c.id}/decision`, decisionBody(50000))).statusCode).toBe(403);
    expect((await head.post(`/api/v1/cases/${c.id}/decision`, decisionBody(50000))).statusCode).toBe(201);
    expect(errorCode(await head.post(`/api/v1/cases/${c.id}/decision`, decisionBody(50000)))).toBe(
      'CONFLICT',
    );
  });

  it('refuses a reviewer who handles the case, and extends a review once', async () => {
    const c = await buildCase(t, officer1);
    await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' });
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'onsite_inspection_record',
      title: '笔录',
      content: '检查',
    });
    await uploadMedia(officer1, c.id, {
      activity: 'onsite_inspection',
      capturedAt: '2026-11-26T09:00:00+08:00',
    });
    expect(
      errorCode(await officer1.post(`/api/v1/cases/${c.id}/legal-reviews`, { draft: decisionBody(300000) })),
    ).toBe('INVALID_TRANSITION');
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'investigation_report',
      title: '报告',
      content: '终结',
    });
    await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'decision' });
    const r = (
      await officer1.post(`/api/v1/cases/${c.id}/legal-reviews`, { draft: decisionBody(300000) })
    ).json<{ id: string; due: string }>();
    expect(
      errorCode(await officer1.post(`/api/v1/cases/${c.id}/legal-reviews`, { draft: decisionBody(300000) })),
    ).toBe('CONFLICT');
    const ext = await head.post(`/api/v1/legal-reviews/${r.id}/extension`, { reason: '案情复杂' });
    expect(ext.json()).toEqual({ due: '2026-12-08' }); // 12-03 + 3 working days
    expect(errorCode(await head.post(`/api/v1/legal-reviews/${r.id}/extension`, { reason: '再次' }))).toBe(
      'EXTENSION_LIMIT',
    );
    // an assigned officer who also holds the reviewer role may not review the case
    const admin = await t.login('admin');
    const officer2Id =
      (await admin.get('/api/v1/users?q=officer2')).json<{ items: { id: string }[] }>().items[0]?.id ?? '';
    await admin.patch(`/api/v1/users/${officer2Id}`, { roles: ['officer', 'legal_reviewer'] });
    const conflicted = await t.login('officer2');
    const checklist = Object.fromEntries(
      ['subject', 'jurisdiction', 'procedure', 'facts', 'evidence', 'law', 'discretion'].map((k) => [
        k,
        true,
      ]),
    );
    expect(
      errorCode(
        await conflicted.post(`/api/v1/legal-reviews/${r.id}/opinion`, {
          outcome: 'approved',
          checklist,
          opinion: '同意',
        }),
      ),
    ).toBe('REVIEWER_CONFLICT');
    const returned = await reviewer.post(`/api/v1/legal-reviews/${r.id}/opinion`, {
      outcome: 'returned',
      checklist: { ...checklist, evidence: { ok: false, note: '证据链不完整' } },
      opinion: '补充监测报告',
    });
    expect(returned.json()).toMatchObject({ status: 'returned' });
    const round2 = await officer1.post(`/api/v1/cases/${c.id}/legal-reviews`, {
      draft: decisionBody(300000),
    });
    expect(round2.json()).toMatchObject({ round: 2, status: 'pending' });
    await admin.patch(`/api/v1/users/${officer2Id}`, { roles: ['officer'] });
  });

  it('accepts an approved substance under another document number, and reviews due across the National Day', async () => {
    const c = await caseInDecision(t, officer1, head, 300000);
    await officer1.post(`/api/v1/cases/${c.id}/records`, collectiveDiscussion());
    const r = (
      await officer1.post(`/api/v1/cases/${c.id}/legal-reviews`, { draft: decisionBody(300000) })
    ).json<{ id: string }>();
    const checklist = Object.fromEntries(
      ['subject', 'jurisdiction', 'procedure', 'facts', 'evidence', 'law', 'discretion'].map((k) => [
        k,
        true,
      ]),
    );
    await reviewer.post(`/api/v1/legal-reviews/${r.id}/opinion`, {
      outcome: 'approved',
      checklist,
      opinion: '同意',
    });
    // the 集体讨论 counts only after the legal review it discusses, and only with attendees, opinions
    // and a conclusion (APL Art. 57)
    const early = await head.post(`/api/v1/cases/${c.id}/decision`, decisionBody(300000));
    expect(errorCode(early)).toBe('COLLECTIVE_DISCUSSION_REQUIRED');
    expect(early.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual([
      'collective_discussion_before_review',
    ]);
    const { fields, ...bare } = collectiveDiscussion();
    await officer1.post(`/api/v1/cases/${c.id}/records`, { ...bare, fields: { chair: fields.chair } });
    const blank = await head.post(`/api/v1/cases/${c.id}/decision`, decisionBody(300000));
    expect(blank.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual([
      'collective_discussion_before_review',
    ]);
    await officer1.post(`/api/v1/cases/${c.id}/records`, collectiveDiscussion());
    const numbered = (documentNumber: string) => ({
      ...decisionBody(300000),
      documentNumber,
      summary: '另拟摘要',
    });
    // a number given by hand follows the pattern of penalty decisions and the decision's year …
    for (const [number, reason] of [
      ['清环罚字〔2026〕第99号', 'pattern'],
      ['清环立〔2026〕99号', 'pattern'],
      ['清环罚〔2026〕099号', 'pattern'],
      ['清环罚〔2025〕99号', 'year'],
    ] as const) {
      const refused = await head.post(`/api/v1/cases/${c.id}/decision`, numbered(number));
      expect(refused.statusCode, number).toBe(400);
      expect(errorCode(refused)).toBe('DOCUMENT_NUMBER_INVALID');
      expect(refused.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe(reason);
    }
    // … and is not used yet: the walk's decision took one already
    const walked = (await head.get(`/api/v1/cases/${walkedCaseId}/decision`)).json<{
      documentNumber: string;
    }>();
    expect(walked.documentNumber).toMatch(/^清环罚〔2026〕[1-9]\d*号$/);
    const taken = await head.post(`/api/v1/cases/${c.id}/decision`, numbered(walked.documentNumber));
    expect(taken.statusCode).toBe(409);
    expect(errorCode(taken)).toBe('DOCUMENT_NUMBER_TAKEN');
    const made = await head.post(`/api/v1/cases/${c.id}/decision`, numbered('清环罚〔2026〕99号'));
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ documentNumber: '清环罚〔2026〕99号' });
  });

  it('lists a pending review as a case deadline, overdue once its 5 working days pass', async () => {
    const c = await caseInDecision(t, officer1, head, 300000);
    const r = (
      await officer1.post(`/api/v1/cases/${c.id}/legal-reviews`, { draft: decisionBody(300000) })
    ).json<{ id: string }>();
    type View = { deadlines: { kind: string; due: string; status: string; overdue: boolean }[] };
    const review = (v: View) => v.deadlines.find((d) => d.kind === `legal_review:${r.id}`);
    expect(review((await officer1.get(`/api/v1/cases/${c.id}`)).json<View>())).toMatchObject({
      due: '2026-12-03',
      status: 'open',
      overdue: false,
    });
    t.clock.set('2026-12-04T02:00:00Z');
    const h = await t.login('head');
    const overdue = (await h.get('/api/v1/deadlines?within=overdue')).json<{ items: { kind: string }[] }>();
    expect(overdue.items.map((i) => i.kind)).toContain(`legal_review:${r.id}`);
    const rv = await t.login('reviewer');
    const checklist = Object.fromEntries(
      ['subject', 'jurisdiction', 'procedure', 'facts', 'evidence', 'law', 'discretion'].map((k) => [
        k,
        true,
      ]),
    );
    await rv.post(`/api/v1/legal-reviews/${r.id}/opinion`, {
      outcome: 'approved',
      checklist,
      opinion: '同意',
    });
    const o = await t.login('officer1');
    expect(review((await o.get(`/api/v1/cases/${c.id}`)).json<View>())).toMatchObject({
      status: 'met',
      overdue: false,
    });
    t.clock.set('2026-11-26T02:00:00Z');
    officer1 = await t.login('officer1');
    head = await t.login('head');
    reviewer = await t.login('reviewer');
  });

  it('does not decide while a requested hearing is pending', async () => {
    const c = await caseInDecision(t, officer1, head, 1000);
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'hearing_notice',
      title: '听证通知书',
      content: '定于12月10日举行听证',
    });
    expect(errorCode(await head.post(`/api/v1/cases/${c.id}/decision`, decisionBody(1000)))).toBe(
      'HEARING_PENDING',
    );
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'hearing_record',
      title: '听证笔录',
      content: '听证已举行',
    });
    // held: no longer pending — and a decision after a hearing is major by the catalog (after_hearing)
    const after = await head.post(`/api/v1/cases/${c.id}/decision`, decisionBody(1000));
    expect(errorCode(after)).toBe('LEGAL_REVIEW_REQUIRED');
    const codes = after
      .json<{ error: { details: { blockers: { code: string }[] } } }>()
      .error.details.blockers.map((b) => b.code);
    expect(codes).not.toContain('HEARING_PENDING');
  });

  it('shows the reviewer staffing indicator per unit', async () => {
    const s = (await head.get('/api/v1/review/staffing')).json<{
      units: {
        unitName: string;
        officers: number;
        reviewers: number;
        required: number;
        sufficient: boolean;
      }[];
    }>();
    expect(s.units.find((u) => u.unitName === '清远市生态环境局')).toMatchObject({
      officers: 2,
      reviewers: 1,
      required: 1,
      sufficient: true,
    });
    expect(s.units.find((u) => u.unitName === '清城分局')).toMatchObject({
      officers: 0,
      reviewers: 0,
      required: 1,
      sufficient: false,
    });
  });

  it('publishes the catalog with its sources on the portal', async () => {
    const cat = (await t.anonymous.get('/api/v1/public/legal-review-catalog')).json<{
      rules: { id: string; source: string }[];
    }>();
    expect(cat.rules.map((r) => r.id)).toContain('large_amount');
    expect(cat.rules.every((r) => r.source.length > 0)).toBe(true);
  });
});

describe('review deadlines around the National Day holiday', () => {
  it('counts 5 working days from receipt across 10-01..10-07 and the make-up Saturday', async () => {
    const clock = new TestClock('2026-09-28T02:00:00Z');
    const t2 = await createTestApp({ clock });
    try {
      const o = await t2.login('officer1');
      const h = await t2.login('head');
      const c = await caseInDecision(t2, o, h, 300000);
      const r = await o.post(`/api/v1/cases/${c.id}/legal-reviews`, { draft: decisionBody(300000) });
      // 09-29, 09-30, 10-08, 10-09, 10-10 (Saturday, a make-up working day)
      expect(r.json()).toMatchObject({ receivedOn: '2026-09-28', due: '2026-10-10' });
      const ext = await h.post(`/api/v1/legal-reviews/${r.json<{ id: string }>().id}/extension`, {
        reason: '复杂',
      });
      expect(ext.json()).toEqual({ due: '2026-10-14' }); // 10-12, 10-13, 10-14
    } finally {
      await t2.close();
    }
  });
});

describe('data seals', () => {
  it('leaves every row it wrote verifying against its audit seal', async () => {
    expect((await verifyData(t.services.database.db)).problems).toEqual([]);
  });
});
