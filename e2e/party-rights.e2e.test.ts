import { describe, expect, it } from 'vitest';
import { browserHarness, saveDialog } from './support/harness.js';
import { screenshot } from './support/server.js';
import { caseInDecisionStage, chinaToday } from './support/cases.js';
import { apiOf, pick } from './support/ui.js';

const TITLE = '清远市某化工有限公司未按规定贮存危险废物案';

const { session, shootOnFailure } = browserHarness('rights');

/** `days` calendar days before `date` (YYYY-MM-DD). */
function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

describe('the party’s right to be heard', () => {
  it('serves the prior notice by mail and counts the window from the receipt date', async () => {
    shootOnFailure();
    const officer = await session('officer1');
    const head = await session('head');
    const caseId = await caseInDecisionStage(officer.page, head.page, TITLE);
    const o = officer.page;
    const api = await apiOf(o);
    const today = chinaToday();
    // the notice was issued a week ago (the review test covers the notice form)
    const issuedOn = daysBefore(today, 7);
    await api.post(`/api/v1/cases/${caseId}/records`, {
      type: 'prior_notice',
      title: '行政处罚事先告知书',
      content: '拟罚款。',
      fields: { penalties: [{ type: 'fine', amount: 2000 }], hearingRight: false, issuedOn },
    });

    await o.goto(`/admin/cases/${caseId}?tab=decision`);
    const steps = o.locator('.procedure-steps');
    await steps.getByText(/^告知书尚未送达/).waitFor();
    await steps.getByText(/^清环罚告〔\d{4}〕\d+号$/).waitFor();
    await screenshot(o, 'rights-notice-unserved');

    // ---- 送达告知书: by registered mail, the return receipt signed today -----------------------------
    await steps.getByRole('button', { name: '送达告知书' }).click();
    await saveDialog(o, async (dialog) => {
      await dialog
        .getByText(/清环罚告〔\d{4}〕\d+号/)
        .first()
        .waitFor();
      await dialog.getByText('邮寄送达', { exact: true }).click();
      expect(await dialog.getByLabel('签收日期').inputValue()).toBe(today);
      await dialog.getByLabel('邮件单号').fill('EMS1188776655');
      await screenshot(o, 'rights-notice-service', false);
    });

    // the window runs from the receipt (today), not from the issue a week ago
    const procedure = (await api.get(`/api/v1/cases/${caseId}/decision/procedure`)) as {
      notice: { receivedOn: string; windowEnds: string };
      statementDays: number;
    };
    expect(procedure.notice.receivedOn).toBe(today);
    expect(procedure.notice.windowEnds > today).toBe(true);
    await steps
      .getByText(`当事人 ${today} 收到告知书；陈述申辩、申请听证期限至 ${procedure.notice.windowEnds}`)
      .waitFor();
    await steps.getByRole('button', { name: '陈述申辩笔录' }).waitFor();
    await screenshot(o, 'rights-window-running');

    // ---- the head's check: the window is still open ---------------------------------------------
    const h = head.page;
    await h.goto(`/admin/cases/${caseId}?tab=decision`);
    await pick(h, h.getByLabel('处罚种类 1'), '罚款');
    await h.getByLabel('金额（元） 1').fill('2000');
    await h.getByLabel('案由', { exact: true }).fill('未按规定贮存危险废物');
    await h.getByLabel('违法事实', { exact: true }).fill('经查，当事人将危险废物露天堆放。');
    await h
      .getByLabel('法律依据', { exact: true })
      .fill('《中华人民共和国固体废物污染环境防治法》第一百一十二条');
    await h.getByLabel('裁量基准', { exact: true }).fill('固废类第2项');
    await h.getByLabel('裁量理由', { exact: true }).fill('首次违法，及时改正。');
    await h.getByRole('button', { name: /检\s*查/ }).click();
    await h.getByText(`陈述申辩、申请听证期限届满（${procedure.notice.windowEnds}）`).waitFor();
    await screenshot(h, 'rights-window-check');
  });
});
