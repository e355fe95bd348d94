import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserHarness } from './support/harness.js';
import { screenshot, settle } from './support/server.js';
import { caseInDecisionStage, chinaToday, mp4, PARTY } from './support/cases.js';
import { apiOf, confirmPopover } from './support/ui.js';

/**
 * Issue 14, "As its users see it", in the back office: a refused upload says why; a decision that
 * differs from the approved draft says in what; the review rounds' deadlines are told apart; the
 * head's 审批待办 and dashboard hold the cases waiting for 立案; a confirmation comes only after the
 * form is valid.
 */

const { session, shootOnFailure, pageErrors } = browserHarness('user-view');

async function openCase(page: Page, caseId: string, tab?: string): Promise<void> {
  await page.goto(`/admin/cases/${caseId}${tab ? `?tab=${tab}` : ''}`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await settle(page);
}

describe('办案端：用户看到的', () => {
  it('a refused upload names the reason; the capture time cannot be picked in the future', async () => {
    shootOnFailure();
    const officer = await session('officer1');
    const head = await session('head');
    const caseId = await caseInDecisionStage(officer.page, head.page, '清远市某电镀厂超标排放废水案');

    // the picker offers no later day than today (the form refuses a later time too)
    const o = officer.page;
    await openCase(o, caseId, 'media');
    await o.getByLabel('采集时间').click();
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
    const cell = o.locator(`.ant-picker-dropdown td[title="${tomorrow}"]`);
    if ((await cell.count()) > 0) expect(await cell.first().getAttribute('class')).toContain('disabled');
    await o.keyboard.press('Escape');

    // a computer whose clock runs three hours ahead: the page offers "now", the server refuses it
    await o.clock.setFixedTime(new Date(Date.now() + 3 * 3600_000));
    await openCase(o, caseId, 'media');
    await o.locator('input[type=file]').setInputFiles({
      name: 'bodycam-ahead.mp4',
      mimeType: 'video/mp4',
      buffer: mp4('clock ahead '),
    });
    const row = o.locator('.upload-item', { hasText: 'bodycam-ahead.mp4' });
    await row.getByText('上传失败：采集时间不能晚于当前时间').waitFor();
    expect(await row.textContent()).not.toContain('请求参数无效');
    // the same through the resumable upload (tus, from 8 MiB): refused before any byte is sent
    await o.locator('input[type=file]').setInputFiles({
      name: 'bodycam-ahead-long.mp4',
      mimeType: 'video/mp4',
      buffer: Buffer.concat([mp4('clock ahead '), Buffer.alloc(9 * 1024 * 1024, 0x5a)]),
    });
    const long = o.locator('.upload-item', { hasText: 'bodycam-ahead-long.mp4' });
    await long.getByText('上传失败：采集时间不能晚于当前时间').waitFor();
    await screenshot(o, 'user-view-upload-refused');
    expect(pageErrors()).toEqual([]);
  });

  it('a decision that differs from the approved draft says in what; the review rounds’ deadlines are told apart; a confirmation waits for a valid form', async () => {
    shootOnFailure();
    const admin = await session('admin');
    const officer = await session('officer1');
    const head = await session('head');
    const reviewer = await session('reviewer');
    const a = await apiOf(admin.page);
    const o = await apiOf(officer.page);
    const r = await apiOf(reviewer.page);
    const users = (await a.get('/api/v1/users?q=reviewer&page=1&pageSize=20')) as {
      items: { id: string; username: string }[];
    };
    const reviewerId = users.items.find((u) => u.username === 'reviewer')?.id;
    await a.put(`/api/v1/users/${reviewerId}/legal-qualification`, {
      kind: 'certificate',
      certificateNo: 'A20184418001234',
    });

    const caseId = await caseInDecisionStage(
      officer.page,
      head.page,
      '清远市某化工有限公司偷排废水案',
      PARTY,
    );
    await o.post(`/api/v1/cases/${caseId}/records`, {
      type: 'prior_notice',
      title: '行政处罚事先告知书',
      content: '拟罚款。',
      fields: { penalties: [{ type: 'fine', amount: 300000 }], hearingRight: true, issuedOn: chinaToday() },
    });
    await o.post(`/api/v1/cases/${caseId}/records`, {
      type: 'statement_waiver',
      title: '放弃陈述申辩声明',
      content: '放弃陈述、申辩和听证。',
    });
    const draft = {
      outcome: 'penalty',
      summary: '通过暗管偷排水污染物',
      facts: '经查，当事人通过暗管排放含重金属废水。',
      basis: '《中华人民共和国水污染防治法》第八十三条第（三）项',
      decidedOn: chinaToday(),
      penalties: [{ type: 'fine', amount: 300000 }],
      discretion: { standard: '水类第5项', reason: '偷排，情节严重。' },
    };
    const checklist = Object.fromEntries(
      ['subject', 'jurisdiction', 'procedure', 'facts', 'evidence', 'law', 'discretion'].map((k) => [
        k,
        true,
      ]),
    );
    const round1 = await o.post(`/api/v1/cases/${caseId}/legal-reviews`, { draft });
    await r.post(`/api/v1/legal-reviews/${String(round1['id'])}/opinion`, {
      outcome: 'returned',
      checklist,
      opinion: '请补充证据后重新送审。',
    });
    const round2 = await o.post(`/api/v1/cases/${caseId}/legal-reviews`, { draft });
    await r.post(`/api/v1/legal-reviews/${String(round2['id'])}/opinion`, {
      outcome: 'approved',
      checklist,
      opinion: '同意。',
    });
    await o.post(`/api/v1/cases/${caseId}/records`, {
      type: 'collective_discussion',
      title: '案件集体讨论笔录',
      content: '集体讨论。',
      fields: {
        heldAt: `${chinaToday()}T10:00:00+08:00`,
        location: '局三楼会议室',
        chair: '陈局长',
        attendees: ['陈局长', '王副局长'],
        recorder: '王芳',
        opinions: [
          { speaker: '陈局长', opinion: '同意' },
          { speaker: '王副局长', opinion: '同意' },
        ],
        conclusion: '同意罚款30万元。',
      },
    });

    // the deadlines: one line per round, each named by its round
    const h = head.page;
    await openCase(h, caseId);
    const deadlines = h.locator('.case-deadline');
    await deadlines.filter({ hasText: '法制审核（第1轮）' }).waitFor();
    await deadlines.filter({ hasText: '法制审核（第2轮）' }).waitFor();
    await screenshot(h, 'user-view-deadlines');

    // the head lowers the fine in the form: refused, saying from which round and in what it differs
    await openCase(h, caseId, 'decision');
    const amount = h.getByLabel('金额（元）').first();
    await amount.fill('250000');
    await h.getByRole('button', { name: /作出决定/ }).click();
    await confirmPopover(h);
    await h.getByText('拟作出的决定与法制审核通过的送审稿不一致', { exact: false }).first().waitFor();
    await h.getByText('与第2轮法制审核通过的送审稿在罚没金额上不一致', { exact: false }).waitFor();
    await screenshot(h, 'user-view-decision-differs');

    // a blank required field: no confirmation, the message next to the field
    await h.getByLabel('违法事实', { exact: true }).fill('');
    await h.getByRole('button', { name: /作出决定/ }).click();
    await h.getByText('请填写违法事实').waitFor();
    await h.waitForTimeout(500);
    expect(await h.locator('.ant-popconfirm:visible').count()).toBe(0);
    await screenshot(h, 'user-view-validate-first', false);
    expect(pageErrors()).toEqual([]);
  });

  it('the head’s 审批待办 and dashboard hold a case waiting for 立案, approved from the inbox', async () => {
    shootOnFailure();
    const officer = await session('officer1');
    const head = await session('head');
    const o = await apiOf(officer.page);
    const officers = (await o.get('/api/v1/officers?page=1&pageSize=50')) as {
      items: { accountId: string; username: string }[];
    };
    const ids = officers.items
      .filter((x) => ['officer1', 'officer2'].includes(x.username))
      .map((x) => x.accountId);
    const title = '清远市某陶瓷厂未批先建案';
    const created = await o.post('/api/v1/cases', { kind: 'penalty', title, party: PARTY, officerIds: ids });

    const h = head.page;
    await h.goto('/admin');
    const card = h.locator('.ant-card', { hasText: '待审批' }).first();
    await card.getByText('立案审批').first().waitFor();
    await card.getByText(String(created['number']), { exact: false }).waitFor();
    await screenshot(h, 'user-view-head-dashboard');

    await h.goto('/admin/approvals');
    const filings = h.locator('.ant-card', { hasText: '待批准立案' });
    const row = filings.locator('.ant-table-row', { hasText: title });
    await row.getByText('可以批准').waitFor();
    await screenshot(h, 'user-view-head-inbox');
    await row.getByRole('button', { name: '批准立案' }).click();
    await confirmPopover(h);
    await h.getByText(`已批准立案：${String(created['number'])}`).waitFor();
    await row.waitFor({ state: 'detached' });
    expect(pageErrors()).toEqual([]);
  });
});
