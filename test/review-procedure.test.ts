import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyData } from '../src/server/platform/audit/row-seals.js';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';
import {
  buildCase,
  caseInDecision,
  caseReadyForDecision,
  decisionDraft,
  PERSON_ID,
  userId,
} from './support/factories.js';
import { collectiveDiscussion } from './support/factories.js';

/**
 * The procedure around the legal review and the decision: reviewers' qualification and declared
 * conflicts, disputes and the head's coordination, the opinion document, hearing rights and periods,
 * a heavier new notice (docs/domain-rules.md §3, §4, §4b).
 */
let t: TestApp;
let officer1: Client;
let head: Client;
let reviewer: Client;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  head = await t.login('head');
  reviewer = await t.login('reviewer');
  admin = await t.login('admin');
});
afterAll(async () => t.close());

const checklist = Object.fromEntries(
  ['subject', 'jurisdiction', 'procedure', 'facts', 'evidence', 'law', 'discretion'].map((k) => [k, true]),
);
const opinion = (client: Client, id: string, outcome: 'approved' | 'returned', text = '同意') =>
  client.post(`/api/v1/legal-reviews/${id}/opinion`, { outcome, checklist, opinion: text });

async function submitted(fine = 300000) {
  const c = await caseInDecision(t, officer1, head, fine);
  const r = (
    await officer1.post(`/api/v1/cases/${c.id}/legal-reviews`, { draft: decisionDraft(fine) })
  ).json<{
    id: string;
  }>();
  return { caseId: c.id, reviewId: r.id };
}

async function newReviewer(username: string) {
  const depts = (await admin.get('/api/v1/departments')).json<{ items: { id: string; name: string }[] }>();
  const legal = depts.items.find((d) => d.name === '法规科');
  const res = await admin.post('/api/v1/users', {
    username,
    name: `审核员${username}`,
    password: 'demo12345',
    departmentId: legal?.id,
    roles: ['legal_reviewer'],
  });
  expect(res.statusCode).toBe(201);
  return { id: res.json<{ id: string }>().id, client: await t.login(username) };
}

describe('reviewer qualification (APL Art. 58)', () => {
  it('refuses an opinion from a reviewer without the 法律职业资格 until it is recorded', async () => {
    const { reviewId } = await submitted();
    const fresh = await newReviewer('reviewer_q1');
    const refused = await opinion(fresh.client, reviewId, 'approved');
    expect(refused.statusCode).toBe(409);
    expect(errorCode(refused)).toBe('REVIEWER_NOT_QUALIFIED');

    const list = (await head.get('/api/v1/review/reviewers')).json<{
      items: { id: string; qualified: boolean }[];
    }>();
    expect(list.items.find((i) => i.id === fresh.id)?.qualified).toBe(false);
    expect(list.items.find((i) => i.id !== fresh.id)?.qualified).toBe(true); // the demo reviewer

    const noNumber = await admin.put(`/api/v1/users/${fresh.id}/legal-qualification`, {
      kind: 'certificate',
    });
    expect(errorCode(noNumber)).toBe('VALIDATION_FAILED');
    const set = await admin.put(`/api/v1/users/${fresh.id}/legal-qualification`, {
      kind: 'certificate',
      certificateNo: 'A20204401000123',
    });
    expect(set.json()).toEqual({
      accountId: fresh.id,
      kind: 'certificate',
      certificateNo: 'A20204401000123',
    });
    expect((await opinion(fresh.client, reviewId, 'approved')).statusCode).toBe(200);
  });

  it('accepts a reviewer who reviewed before the rule, and clears a qualification with `none`', async () => {
    const { reviewId } = await submitted();
    const fresh = await newReviewer('reviewer_q2');
    await admin.put(`/api/v1/users/${fresh.id}/legal-qualification`, { kind: 'pre_existing' });
    await admin.put(`/api/v1/users/${fresh.id}/legal-qualification`, { kind: 'none' });
    expect(errorCode(await opinion(fresh.client, reviewId, 'approved'))).toBe('REVIEWER_NOT_QUALIFIED');
    await admin.put(`/api/v1/users/${fresh.id}/legal-qualification`, { kind: 'pre_existing' });
    expect((await opinion(fresh.client, reviewId, 'approved')).statusCode).toBe(200);
    const missing = await admin.put(
      '/api/v1/users/00000000-0000-0000-0000-000000000000/legal-qualification',
      {
        kind: 'pre_existing',
      },
    );
    expect(missing.statusCode).toBe(404);
  });
});

describe('declared conflicts (GD-REV Art. 21)', () => {
  it('a reviewer who declares a conflict may not give the opinion; another reviewer may', async () => {
    const { reviewId } = await submitted();
    const declared = await reviewer.post(`/api/v1/legal-reviews/${reviewId}/conflict`, {
      reason: '本人配偶在当事人单位任职',
    });
    expect(declared.statusCode).toBe(201);
    expect(declared.json<{ conflicts: { reason: string }[] }>().conflicts).toEqual([
      expect.objectContaining({ reason: '本人配偶在当事人单位任职' }),
    ]);
    const again = await reviewer.post(`/api/v1/legal-reviews/${reviewId}/conflict`, { reason: '重复' });
    expect(errorCode(again)).toBe('CONFLICT');
    const refused = await opinion(reviewer, reviewId, 'approved');
    expect(errorCode(refused)).toBe('REVIEWER_CONFLICT');
    expect(refused.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe(
      'declared_conflict',
    );
    const other = await newReviewer('reviewer_c1');
    await admin.put(`/api/v1/users/${other.id}/legal-qualification`, { kind: 'pre_existing' });
    expect((await opinion(other.client, reviewId, 'approved')).statusCode).toBe(200);
  });
});

describe('the opinion document (法制审核意见书)', () => {
  it('is kept as a record of the case and downloads as Word with the seven points', async () => {
    const { caseId, reviewId } = await submitted();
    expect((await officer1.get(`/api/v1/legal-reviews/${reviewId}/opinion.docx`)).statusCode).toBe(404);
    await reviewer.post(`/api/v1/legal-reviews/${reviewId}/opinion`, {
      outcome: 'returned',
      checklist: { ...checklist, discretion: { ok: false, note: '裁量理由未说明' } },
      opinion: '罚款数额的裁量理由未说明，请补充后重新送审。',
    });
    const doc = await officer1.get(`/api/v1/legal-reviews/${reviewId}/opinion.docx`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
    const xml = strFromU8(unzipSync(doc.rawPayload)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('法制审核意见书');
    expect(xml).toContain('存在问题：裁量理由未说明');
    expect(xml).toContain('罚款数额的裁量理由未说明');
    const records = (await officer1.get(`/api/v1/cases/${caseId}/records`)).json<{
      items: { type: string; createdBy: string }[];
    }>();
    const kept = records.items.filter((r) => r.type === 'legal_review_opinion');
    expect(kept).toHaveLength(1);
    expect(kept[0]?.createdBy).toBe(await userId(t, 'reviewer'));
    const review = (await officer1.get(`/api/v1/legal-reviews/${reviewId}`)).json<{
      opinionRecordId: string;
    }>();
    expect(review.opinionRecordId).toEqual(expect.any(String));
  });
});

describe('what each caller may do on a round (abilities, decided by the server)', () => {
  it('follows the round: opinion and conflict for the reviewer, extension and coordination for the head, dispute for the officer', async () => {
    const { reviewId } = await submitted();
    const abilities = async (client: Client) =>
      (await client.get(`/api/v1/legal-reviews/${reviewId}`)).json<{ abilities: Record<string, boolean> }>()
        .abilities;
    const none = { opinion: false, declareConflict: false, extend: false, dispute: false, coordinate: false };
    expect(await abilities(reviewer)).toEqual({ ...none, opinion: true, declareConflict: true });
    expect(await abilities(head)).toEqual({ ...none, extend: true });
    expect(await abilities(officer1)).toEqual(none);

    expect((await opinion(reviewer, reviewId, 'returned', '罚款数额偏重')).statusCode).toBe(200);
    expect(await abilities(reviewer)).toEqual(none);
    expect(await abilities(officer1)).toEqual({ ...none, dispute: true });
    expect(await abilities(head)).toEqual(none);

    const disputed = await officer1.post(`/api/v1/legal-reviews/${reviewId}/dispute`, {
      position: '情节严重',
    });
    expect(disputed.json<{ abilities: Record<string, boolean> }>().abilities).toEqual(none);
    expect(await abilities(head)).toEqual({ ...none, coordinate: true });
  });
});

describe('disputes and the head’s coordination (GD-REV Art. 20)', () => {
  it('adopting the unit’s position lets the disputed draft pass the gate; both positions stay on record', async () => {
    const { caseId, reviewId } = await submitted();
    // a pending review cannot be disputed
    expect(
      errorCode(await officer1.post(`/api/v1/legal-reviews/${reviewId}/dispute`, { position: '不同意' })),
    ).toBe('CONFLICT');
    await opinion(reviewer, reviewId, 'returned', '罚款过重，建议按裁量基准下调');
    const disputed = await officer1.post(`/api/v1/legal-reviews/${reviewId}/dispute`, {
      position: '违法情节严重，按裁量基准上限处罚适当',
    });
    expect(disputed.statusCode).toBe(201);
    expect(disputed.json()).toMatchObject({
      status: 'returned',
      passed: false,
      dispute: { position: '违法情节严重，按裁量基准上限处罚适当', decision: null },
    });
    expect(
      errorCode(await officer1.post(`/api/v1/legal-reviews/${reviewId}/dispute`, { position: '再提' })),
    ).toBe('CONFLICT');
    // no resubmission while the head has not decided
    expect(
      errorCode(
        await officer1.post(`/api/v1/cases/${caseId}/legal-reviews`, { draft: decisionDraft(300000) }),
      ),
    ).toBe('DISPUTE_OPEN');
    // the head's queue shows the dispute
    const queue = (await head.get('/api/v1/legal-reviews')).json<{ items: { id: string }[] }>();
    expect(queue.items.map((i) => i.id)).toContain(reviewId);
    // only the head coordinates
    expect(
      (
        await officer1.post(`/api/v1/legal-reviews/${reviewId}/coordination`, {
          decision: 'adopt_unit_position',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const decided = await head.post(`/api/v1/legal-reviews/${reviewId}/coordination`, {
      decision: 'adopt_unit_position',
      reason: '经协调，采纳承办机构意见',
    });
    expect(decided.json()).toMatchObject({
      passed: true,
      opinion: '罚款过重，建议按裁量基准下调',
      dispute: { decision: 'adopt_unit_position', reason: '经协调，采纳承办机构意见' },
    });
    expect(
      errorCode(
        await head.post(`/api/v1/legal-reviews/${reviewId}/coordination`, {
          decision: 'uphold_opinion',
          reason: '改变主意',
        }),
      ),
    ).toBe('CONFLICT');
    await officer1.post(`/api/v1/cases/${caseId}/records`, collectiveDiscussion());
    expect((await head.post(`/api/v1/cases/${caseId}/decision`, decisionDraft(300000))).statusCode).toBe(201);
    const timeline = (await officer1.get(`/api/v1/cases/${caseId}/timeline`)).json<{
      items: { type: string }[];
    }>();
    const types = timeline.items.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['legal_review_disputed', 'legal_review_coordinated']));
  });

  it('upholding the opinion keeps the gate closed and reopens resubmission', async () => {
    const { caseId, reviewId } = await submitted();
    await opinion(reviewer, reviewId, 'returned', '证据不足');
    await officer1.post(`/api/v1/legal-reviews/${reviewId}/dispute`, { position: '证据充分' });
    await head.post(`/api/v1/legal-reviews/${reviewId}/coordination`, {
      decision: 'uphold_opinion',
      reason: '维持审核意见，补充证据',
    });
    await officer1.post(`/api/v1/cases/${caseId}/records`, collectiveDiscussion());
    expect(errorCode(await head.post(`/api/v1/cases/${caseId}/decision`, decisionDraft(300000)))).toBe(
      'LEGAL_REVIEW_REQUIRED',
    );
    const round2 = await officer1.post(`/api/v1/cases/${caseId}/legal-reviews`, {
      draft: decisionDraft(300000),
    });
    expect(round2.json()).toMatchObject({ round: 2, status: 'pending', passed: false });
    // a superseded round can no longer be disputed
    await opinion(reviewer, round2.json<{ id: string }>().id, 'returned', '仍需补充');
    expect(
      errorCode(await officer1.post(`/api/v1/legal-reviews/${reviewId}/dispute`, { position: '旧轮' })),
    ).toBe('CONFLICT');
  });
});

describe('a decision that differs from the approved draft', () => {
  it('is refused naming the approved round and the parts it differs in; the check says the same', async () => {
    const { caseId, reviewId } = await submitted();
    expect((await opinion(reviewer, reviewId, 'approved')).statusCode).toBe(200);
    await officer1.post(`/api/v1/cases/${caseId}/records`, collectiveDiscussion());
    const changed = { ...decisionDraft(250000), facts: '超标排放水污染物，且拒不改正。' };
    const res = await head.post(`/api/v1/cases/${caseId}/decision`, changed);
    expect(res.statusCode).toBe(409);
    const error = res.json<{
      error: { code: string; message: string; details: Record<string, unknown> };
    }>().error;
    expect(error.code).toBe('LEGAL_REVIEW_REQUIRED');
    expect(error.message).toContain('与法制审核通过的送审稿不一致');
    expect(error.details).toMatchObject({
      reason: 'differs_from_approved',
      approvedReviewId: reviewId,
      approvedRound: 1,
      differences: ['amounts', 'facts'],
      missing: ['differs_from_approved:1:amounts,facts'],
    });
    // another outcome and basis
    const other = await head.post(`/api/v1/cases/${caseId}/decision`, {
      ...decisionDraft(300000),
      penalties: [{ type: 'fine', amount: 300000 }, { type: 'warning' }],
      basis: '《中华人民共和国水污染防治法》第八十五条',
    });
    expect(other.json<{ error: { details: { differences: string[] } } }>().error.details.differences).toEqual(
      ['penalty_types', 'basis'],
    );
    const check = await officer1.post(`/api/v1/cases/${caseId}/decision/check`, changed);
    expect(check.json<{ blockers: { code: string; missing: string[] }[] }>().blockers[0]).toEqual({
      code: 'LEGAL_REVIEW_REQUIRED',
      missing: ['differs_from_approved:1:amounts,facts'],
    });
    // the approved content passes
    expect((await head.post(`/api/v1/cases/${caseId}/decision`, decisionDraft(300000))).statusCode).toBe(201);
  });
});

describe('the deadlines of review rounds', () => {
  it('name their round, on the case page and in the deadline list', async () => {
    const { caseId, reviewId } = await submitted();
    await opinion(reviewer, reviewId, 'returned', '证据不足');
    const round2 = await officer1.post(`/api/v1/cases/${caseId}/legal-reviews`, {
      draft: decisionDraft(300000),
    });
    expect(round2.statusCode).toBe(201);
    const view = (await officer1.get(`/api/v1/cases/${caseId}`)).json<{
      deadlines: { kind: string; label: string; status: string; startsOn: string; due: string }[];
    }>();
    const reviews = view.deadlines.filter((d) => d.kind.startsWith('legal_review:'));
    expect(reviews.map((d) => [d.label, d.status]).sort()).toEqual([
      ['法制审核（第1轮）', 'met'],
      ['法制审核（第2轮）', 'open'],
    ]);
    expect(view.deadlines.find((d) => d.kind === 'decision')?.label).toBe('作出处罚决定');
    const list = (await head.get('/api/v1/deadlines?within=all_open')).json<{
      items: { caseId: string; kind: string; label: string }[];
    }>();
    expect(list.items.filter((d) => d.caseId === caseId && d.kind.startsWith('legal_review:'))).toEqual([
      expect.objectContaining({ label: '法制审核（第2轮）' }),
    ]);
  });
});

describe('the draft check', () => {
  it('names the matched catalog rules, the blockers, the hearing right and a missing discretion reason', async () => {
    const c = await caseReadyForDecision(t, officer1, head);
    const res = await officer1.post(`/api/v1/cases/${c.id}/decision/check`, decisionDraft(300000));
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      major: boolean;
      matchedRules: { id: string }[];
      blockers: { code: string }[];
      hearingRight: boolean;
      warnings: string[];
    }>();
    expect(body.major).toBe(true);
    expect(body.matchedRules.map((r) => r.id)).toEqual(['large_amount']);
    expect(body.blockers.map((b) => b.code)).toEqual([
      'LEGAL_REVIEW_REQUIRED',
      'COLLECTIVE_DISCUSSION_REQUIRED',
      'PRIOR_NOTICE_REQUIRED',
    ]);
    expect(body.hearingRight).toBe(true);
    expect(body.warnings).toEqual(['discretion_missing']);
    const small = (
      await officer1.post(`/api/v1/cases/${c.id}/decision/check`, {
        ...decisionDraft(1000),
        discretion: { standard: '广东省生态环境行政处罚自由裁量权基准 第3档', reason: '首次违法，及时改正' },
        circumstances: [{ code: 'complex', reason: '涉及多个法律关系' }],
      })
    ).json<{ major: boolean; matchedRules: { id: string }[]; hearingRight: boolean; warnings: string[] }>();
    expect(small).toMatchObject({ major: true, hearingRight: false, warnings: [] });
    expect(small.matchedRules.map((r) => r.id)).toEqual(['complex']);
  });
});

describe('prior notice and hearing (APL Art. 44-45, 63-65)', () => {
  const notice = (caseId: string, fields: Record<string, unknown>) =>
    officer1.post(`/api/v1/cases/${caseId}/records`, {
      type: 'prior_notice',
      title: '行政处罚事先（听证）告知书',
      content: '拟处罚',
      fields,
    });

  it('requires the hearing right in the notice from the organisation threshold (100,000: equal counts)', async () => {
    const c = await caseReadyForDecision(t, officer1, head);
    const below = await notice(c.id, {
      penalties: [{ type: 'fine', amount: 99999.99 }],
      hearingRight: false,
    });
    expect(below.statusCode).toBe(201);
    const equal = await notice(c.id, {
      penalties: [{ type: 'fine', amount: 100000 }],
      hearingRight: false,
      heavierReason: '补充认定违法所得',
    });
    expect(errorCode(equal)).toBe('HEARING_RIGHT_REQUIRED');
    const revoke = await notice(c.id, { penalties: [{ type: 'revoke_license' }], hearingRight: false });
    expect(errorCode(revoke)).toBe('HEARING_RIGHT_REQUIRED');
  });

  it('requires the hearing right for a person from 5,000 元', async () => {
    const c = await buildCase(t, officer1, {
      party: { type: 'person', name: '张三', idNumber: PERSON_ID, phone: '13800138000' },
    });
    await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' });
    expect(
      (await notice(c.id, { penalties: [{ type: 'fine', amount: 4999.99 }], hearingRight: false }))
        .statusCode,
    ).toBe(201);
    expect(
      errorCode(
        await notice(c.id, {
          penalties: [{ type: 'fine', amount: 5000 }],
          hearingRight: false,
          heavierReason: '加重',
        }),
      ),
    ).toBe('HEARING_RIGHT_REQUIRED');
  });

  it('a heavier new notice needs its reason; the decision may then follow it', async () => {
    const c = await caseReadyForDecision(t, officer1, head);
    await notice(c.id, { penalties: [{ type: 'fine', amount: 50000 }], hearingRight: false });
    const heavier = { penalties: [{ type: 'fine', amount: 80000 }], hearingRight: false };
    const refused = await notice(c.id, heavier);
    expect(errorCode(refused)).toBe('NOTICE_REASON_REQUIRED');
    expect(refused.json<{ error: { details: { exceeds: string[] } } }>().error.details.exceeds).toEqual([
      'amount:fine',
    ]);
    const lighter = await notice(c.id, { penalties: [{ type: 'fine', amount: 30000 }], hearingRight: false });
    expect(lighter.statusCode).toBe(201);
    // heavier than the latest (30,000) needs the reason even though the first proposed 50,000
    expect(errorCode(await notice(c.id, { ...heavier, penalties: [{ type: 'fine', amount: 40000 }] }))).toBe(
      'NOTICE_REASON_REQUIRED',
    );
    const renewed = await notice(c.id, { ...heavier, heavierReason: '复核发现违法排放持续时间更长' });
    expect(renewed.statusCode).toBe(201);
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'statement_waiver',
      title: '声明',
      content: '',
    });
    const check = (await officer1.post(`/api/v1/cases/${c.id}/decision/check`, decisionDraft(80000))).json<{
      blockers: { code: string }[];
    }>();
    expect(check.blockers).toEqual([]);
    // a new version of a notice that goes heavier is a new notice too
    const latest = (await officer1.get(`/api/v1/cases/${c.id}/records`)).json<{
      items: { id: string; type: string }[];
    }>();
    const last = latest.items.filter((r) => r.type === 'prior_notice').at(-1);
    const version = await officer1.post(`/api/v1/records/${last?.id}/versions`, {
      title: '告知书',
      content: '更正',
      fields: { penalties: [{ type: 'fine', amount: 90000 }], hearingRight: false },
    });
    expect(errorCode(version)).toBe('NOTICE_REASON_REQUIRED');
  });

  /** The notice served by mail: the return receipt signed on `receivedOn`. */
  const serveByMail = async (caseId: string, noticeId: string, receivedOn: string) => {
    const served = await officer1.post(`/api/v1/cases/${caseId}/services`, {
      document: { kind: 'record', recordId: noticeId },
      method: 'mail',
      recipient: '清远市某某化工有限公司',
      receivedOn,
      trackingNumber: 'EMS1234567890',
    });
    expect(served.statusCode, served.body).toBe(201);
  };
  const windowOf = async (caseId: string, fine: number) =>
    (await officer1.post(`/api/v1/cases/${caseId}/decision/check`, decisionDraft(fine)))
      .json<{ blockers: { code: string; missing: string[] }[] }>()
      .blockers.filter((b) => b.code === 'STATEMENT_WINDOW_OPEN' || b.code === 'PRIOR_NOTICE_NOT_SERVED');

  it('waits 5 working days after the party received a notice with hearing rights, 3 without', async () => {
    const withRight = await caseReadyForDecision(t, officer1, head);
    const a = await notice(withRight.id, {
      penalties: [{ type: 'fine', amount: 300000 }],
      hearingRight: true,
      issuedOn: '2026-11-20',
    });
    // issued, not yet received: nothing runs, the decision waits for the service
    expect(await windowOf(withRight.id, 300000)).toEqual([
      { code: 'PRIOR_NOTICE_NOT_SERVED', missing: ['service:prior_notice'] },
    ]);
    await serveByMail(withRight.id, a.json<{ id: string }>().id, '2026-11-24');
    expect(await windowOf(withRight.id, 300000)).toEqual([
      { code: 'STATEMENT_WINDOW_OPEN', missing: ['window_until:2026-12-01'] },
    ]);
    const without = await caseReadyForDecision(t, officer1, head);
    const b = await notice(without.id, {
      penalties: [{ type: 'fine', amount: 1000 }],
      hearingRight: false,
      issuedOn: '2026-11-20',
    });
    await serveByMail(without.id, b.json<{ id: string }>().id, '2026-11-24');
    // from the receipt (11-24): 11-25, 11-26, 11-27 — from the issue date it would have ended on 11-25
    expect(await windowOf(without.id, 1000)).toEqual([
      { code: 'STATEMENT_WINDOW_OPEN', missing: ['window_until:2026-11-27'] },
    ]);
  });

  const hearingNotice = (caseId: string, fields: Record<string, unknown>) =>
    officer1.post(`/api/v1/cases/${caseId}/records`, {
      type: 'hearing_notice',
      title: '听证通知书',
      content: '',
      fields: {
        hearingLocation: '本局三楼听证室',
        host: '陈静',
        publicHearing: true,
        ...fields,
      },
    });

  it('takes a hearing request within 5 working days of the notice, across the National Day', async () => {
    const c = await caseReadyForDecision(t, officer1, head);
    // issued Tue 09-29: 09-30, 10-08, 10-09, 10-10 (make-up Saturday), 10-12
    await notice(c.id, {
      penalties: [{ type: 'fine', amount: 300000 }],
      hearingRight: true,
      issuedOn: '2026-09-29',
    });
    const late = await hearingNotice(c.id, {
      requestedOn: '2026-10-13',
      issuedOn: '2026-10-13',
      hearingAt: '2026-10-30T09:30:00+08:00',
    });
    expect(errorCode(late)).toBe('HEARING_REQUEST_LATE');
    expect(late.json<{ error: { details: { windowEnds: string } } }>().error.details.windowEnds).toBe(
      '2026-10-12',
    );
    // notice issued 10-12: 7 working days → the hearing on 10-21 at the earliest
    const tooSoon = await hearingNotice(c.id, {
      requestedOn: '2026-10-12',
      issuedOn: '2026-10-12',
      hearingAt: '2026-10-20T09:30:00+08:00',
    });
    expect(errorCode(tooSoon)).toBe('HEARING_NOTICE_TOO_SHORT');
    expect(tooSoon.json<{ error: { details: { earliest: string } } }>().error.details.earliest).toBe(
      '2026-10-21',
    );
    const ok = await hearingNotice(c.id, {
      requestedOn: '2026-10-12',
      issuedOn: '2026-10-12',
      hearingAt: '2026-10-21T09:30:00+08:00',
    });
    expect(ok.statusCode).toBe(201);
    // the decision waits for the hearing
    await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'statement_waiver',
      title: '声明',
      content: '',
    });
    const check = (await officer1.post(`/api/v1/cases/${c.id}/decision/check`, decisionDraft(300000))).json<{
      blockers: { code: string }[];
    }>();
    expect(check.blockers.map((b) => b.code)).toContain('HEARING_PENDING');
  });

  it('refuses an investigator of the case as the hearing host, in the notice and in the record', async () => {
    const c = await caseReadyForDecision(t, officer1, head);
    const host = await hearingNotice(c.id, {
      host: '李 明',
      issuedOn: '2026-11-26',
      hearingAt: '2026-12-10T09:30:00+08:00',
    });
    expect(errorCode(host)).toBe('HEARING_HOST_CONFLICT');
    const record = await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'hearing_record',
      title: '听证笔录',
      content: '',
      fields: { host: '赵强', investigators: ['赵强', '李明'] },
    });
    expect(errorCode(record)).toBe('HEARING_HOST_CONFLICT');
    const fine = await officer1.post(`/api/v1/cases/${c.id}/records`, {
      type: 'hearing_record',
      title: '听证笔录',
      content: '',
      fields: { host: '陈静', investigators: ['李明', '王芳'] },
    });
    expect(fine.statusCode).toBe(201);
    // a decision after a hearing is major by the catalog (after_hearing), even for a small fine
    const check = (await officer1.post(`/api/v1/cases/${c.id}/decision/check`, decisionDraft(1000))).json<{
      matchedRules: { id: string }[];
    }>();
    expect(check.matchedRules.map((r) => r.id)).toEqual(['after_hearing']);
  });
});

describe('discretion (裁量基准 and reason)', () => {
  it('is written into the decision: as given, else from the approved draft', async () => {
    const discretion = { standard: '水污染物超标排放裁量基准 第四档', reason: '超标倍数2.3倍，未及时改正' };
    const c = await caseInDecision(t, officer1, head, 300000);
    const r = (
      await officer1.post(`/api/v1/cases/${c.id}/legal-reviews`, {
        draft: { ...decisionDraft(300000), discretion },
      })
    ).json<{ id: string }>();
    await opinion(reviewer, r.id, 'approved');
    await officer1.post(`/api/v1/cases/${c.id}/records`, collectiveDiscussion());
    // the discretion is not part of the substance: the contract's body without it passes the gate
    const decided = await head.post(`/api/v1/cases/${c.id}/decision`, decisionDraft(300000));
    expect(decided.statusCode).toBe(201);
    expect(decided.json()).toMatchObject({ discretion, legalReviewId: r.id, major: true });
    expect((await officer1.get(`/api/v1/cases/${c.id}/decision`)).json()).toMatchObject({ discretion });
    // the decision deadline is met with the decision; the review's deadline is labelled and met
    type View = { deadlines: { kind: string; label: string; source: string; status: string }[] };
    const view = (await officer1.get(`/api/v1/cases/${c.id}`)).json<View>();
    expect(view.deadlines.find((d) => d.kind === 'decision')?.status).toBe('met');
    const reviewDeadline = view.deadlines.find((d) => d.kind === `legal_review:${r.id}`);
    expect(reviewDeadline).toMatchObject({ label: '法制审核（第1轮）', status: 'met' });
    expect(reviewDeadline?.source).toContain('法制审核办法');

    const minor = await caseInDecision(t, officer1, head, 1000);
    const plain = await head.post(`/api/v1/cases/${minor.id}/decision`, decisionDraft(1000));
    expect(plain.json()).toMatchObject({ discretion: null, major: false });
  });
});

describe('data seals', () => {
  it('leaves every row it wrote verifying against its audit seal', async () => {
    expect((await verifyData(t.services.database.db)).problems).toEqual([]);
  });
});
