import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caseDecided } from './support/cases.js';
import { browserHarness } from './support/harness.js';
import { screenshot } from './support/server.js';
import { confirmPopover, pick } from './support/ui.js';

const { session, visitor, shootOnFailure, pageErrors } = browserHarness('publicity');

const PARTY = {
  type: 'organization',
  name: '清远市恒达电镀有限公司',
  creditCode: '91441800123456788U',
  legalRepresentative: '张三',
};
const TITLE = `${PARTY.name}超标排放含铬废水案`;
/** The title as the portal shows it: the organisation's name hidden (GD-PUB Art. 14). */
const PUBLIC_TITLE = '某有限公司超标排放含铬废水案';
/** Not a known term of the case nor a pattern: the checker masks it by hand. */
const WORKSHOP = '二号电镀车间';
const FACTS = `经查，${PARTY.name}${WORKSHOP}将含铬废水经暗管排入厂区雨水排污口，法定代表人${PARTY.legalRepresentative}对此知情。`;
const WITHDRAWAL = '经行政复议，原行政处罚决定被撤销。';

const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Select `needle` in a text pane the way a mouse would, so the page picks it up as the text to mask. */
async function selectText(page: Page, pane: string, needle: string): Promise<void> {
  await page.evaluate(
    ([selector, text]) => {
      const root = document.querySelector(selector);
      if (!root) throw new Error(`no ${selector}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`"${text}" not in ${selector}`);
    },
    [pane, needle] as const,
  );
}

/** Search the portal's results with `q`; the number of decisions found. */
async function search(page: Page, q: string): Promise<number> {
  await page.getByLabel('关键词').fill(q);
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === q);
  const count = page.getByText(new RegExp(`^“${q}”共找到 \\d+ 条公示信息$`));
  await count.waitFor();
  return Number((await count.innerText()).match(/(\d+) 条/)?.[1]);
}

describe('行政执法公示', () => {
  it('fills, checks (with a manual mask), approves and withdraws a decision; the portal shows it redacted, then withdrawn', async () => {
    shootOnFailure();
    const officer = await session('officer1');
    const head = await session('head');
    const caseId = await caseDecided(officer.page, head.page, TITLE, 50_000, {
      party: PARTY,
      decision: {
        summary: '超标排放含铬废水',
        facts: FACTS,
        basis: '《中华人民共和国水污染防治法》第八十三条第（三）项',
      },
    });

    // ---- 填报人: the draft the decision made, submitted ----------------------------------------------
    const filler = await session('filler');
    const f = filler.page;
    await f.goto('/admin/disclosures');
    const row = f.locator('.ant-table-row', { hasText: TITLE });
    await row.getByText('填报中').waitFor();
    await row.getByText(/^清环罚〔\d{4}〕\d+号$/).waitFor();
    await screenshot(f, 'publicity-admin-list');
    await row.getByRole('link').click();
    await f.waitForURL(/\/admin\/disclosures\/[0-9a-f-]+$/);
    const itemPath = new URL(f.url()).pathname;
    const disclosureId = itemPath.split('/').pop() ?? '';
    await f.getByRole('heading', { level: 2, name: `公示事项：${TITLE}` }).waitFor();
    await f.getByRole('button', { name: '修改摘要' }).waitFor();
    await screenshot(f, 'publicity-filler-draft');
    await f.getByRole('button', { name: '提交审核' }).click();
    await confirmPopover(f);
    await f.getByText('已提交审核').first().waitFor();
    await f.locator('.ant-tag', { hasText: '待审核' }).first().waitFor();
    expect(await f.getByRole('button', { name: '提交审核' }).count()).toBe(0);

    // the deadline list links the disclosure's deadline to its page
    await f.goto('/admin/deadlines?within=all_open');
    await f.getByRole('link', { name: '公示执法决定' }).first().click();
    await f.waitForURL((url) => url.pathname === itemPath);

    // ---- 审核人: original beside redacted, one more span masked, passed ------------------------------
    const checker = await session('checker');
    const c = checker.page;
    await c.goto('/admin/disclosures?status=submitted');
    await c.locator('.ant-table-row', { hasText: TITLE }).getByRole('link').click();
    await c.waitForURL((url) => url.pathname === itemPath);
    const original = c.locator('[data-field="facts"][data-side="original"]');
    const redacted = c.locator('[data-field="facts"][data-side="redacted"]');
    await original.getByText(PARTY.name).first().waitFor();
    expect(await original.innerText()).toContain(WORKSHOP);
    const before = await redacted.innerText();
    expect(before).toContain('某有限公司');
    expect(before).toContain('张某');
    expect(before).not.toContain(PARTY.name);
    expect(before).not.toContain(PARTY.legalRepresentative);
    expect(before).toContain(WORKSHOP);

    await selectText(c, '[data-field="facts"][data-side="original"]', WORKSHOP);
    expect(await c.getByLabel('要遮蔽的文字').inputValue()).toBe(WORKSHOP);
    await c.getByRole('button', { name: /遮\s*蔽/ }).click();
    await c.getByText(`已遮蔽“${WORKSHOP}”`).first().waitFor();
    await redacted.getByText('■'.repeat(WORKSHOP.length)).waitFor();
    expect(await redacted.innerText()).not.toContain(WORKSHOP);
    expect(await c.locator('[data-field="fullText"][data-side="redacted"]').innerText()).not.toContain(
      WORKSHOP,
    );
    await c.getByText(`遮蔽：${WORKSHOP}`).waitFor();
    await screenshot(c, 'publicity-redaction-review');

    await c
      .getByRole('button', { name: /审\s*核/ })
      .first()
      .click();
    const check = c.getByRole('dialog');
    await check.getByText('审核通过', { exact: true }).waitFor();
    await check.getByRole('button', { name: /确\s*定/ }).click();
    await check.waitFor({ state: 'hidden' });
    await c.locator('.ant-tag', { hasText: '待审批' }).first().waitFor();

    // ---- 审批人: approved, published ------------------------------------------------------------------
    const approver = await session('approver');
    const a = approver.page;
    await a.goto(itemPath);
    await a.getByRole('button', { name: '审批公开' }).click();
    await confirmPopover(a);
    await a.locator('.ant-tag', { hasText: '已公示' }).first().waitFor();
    await a.getByText('第1版').first().waitFor();

    // ---- a visitor on a phone finds it by a two- and a three-character word ----------------------------
    const phone = (await visitor(true)).page;
    await phone.goto('/results');
    await phone.getByRole('heading', { level: 2, name: '执法结果公示' }).waitFor();
    expect(await search(phone, '废水')).toBeGreaterThanOrEqual(1);
    const entry = phone.getByRole('article', { name: PUBLIC_TITLE });
    await entry.waitFor();
    expect(await entry.innerText()).not.toContain(PARTY.name);
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'publicity-portal-list-phone');
    expect(await search(phone, '排污口')).toBeGreaterThanOrEqual(1);
    await entry.waitFor();
    expect(await search(phone, '铀矿石')).toBe(0);
    await phone.getByText('没有符合条件的公示信息').waitFor();
    expect(await search(phone, '排污口')).toBeGreaterThanOrEqual(1);

    await entry.getByRole('link', { name: PUBLIC_TITLE }).click();
    await phone.waitForURL(`**/results/${disclosureId}`);
    await phone.getByRole('heading', { level: 2, name: PUBLIC_TITLE }).waitFor();
    await phone.getByRole('heading', { name: '决定书全文' }).waitFor();
    const page = await phone.locator('main').innerText();
    for (const hidden of [PARTY.name, PARTY.legalRepresentative, PARTY.creditCode, WORKSHOP])
      expect(page).not.toContain(hidden);
    expect(page).toContain('张某');
    expect(page).toContain('■'.repeat(WORKSHOP.length));
    for (const label of [
      '决定书文号',
      '案件名称',
      '当事人类型',
      '违法事实',
      '法律依据',
      '执法决定',
      '执法主体',
      '决定日期',
    ])
      await phone.locator('dt', { hasText: label }).first().waitFor();
    // the full text keeps its lines
    expect(await phone.locator('.portal-fulltext').innerText()).toMatch(/行政处罚决定书\n/);
    await phone.getByRole('link', { name: '第1版' }).waitFor();
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'publicity-portal-decision-phone');

    // the permalink of the version, and a correction request about the item
    await phone.getByRole('link', { name: '第1版' }).click();
    await phone.waitForURL(`**/results/${disclosureId}/v/1`);
    await phone.getByRole('heading', { level: 2, name: PUBLIC_TITLE }).waitFor();
    await phone.getByRole('link', { name: '对本条公示信息申请纠错' }).click();
    await phone.waitForURL(`**/correction?item=${disclosureId}`);
    await phone.getByRole('group', { name: '申请纠错的公示信息' }).getByText(PUBLIC_TITLE).waitFor();
    await phone.getByLabel('纠错内容').fill('决定书中的罚款金额与缴款通知不一致，请核实。');
    await phone.getByLabel('联系方式').fill('13900001111');
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'publicity-portal-correction-form-phone');
    await phone.getByRole('button', { name: '提交申请' }).click();
    await phone.getByText('已收到您的纠错申请').waitFor();
    const code = (await phone.getByTestId('tracking-code').innerText()).trim();
    expect(code.length).toBeGreaterThanOrEqual(6);
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'publicity-portal-correction-phone');

    // the 填报人 answers it in the back office; the visitor reads the answer by the code
    await f.goto('/admin/corrections');
    const request = f.locator('.ant-table-row', { hasText: code });
    await request.getByText(PUBLIC_TITLE).waitFor();
    await request.getByRole('button', { name: /答\s*复/ }).click();
    const answer = f.getByRole('dialog');
    await answer.getByText('经核实无误，不予更正').click();
    await answer.getByLabel('答复内容').fill('经核实，罚款金额以决定书为准。');
    await answer.getByRole('button', { name: /答\s*复/ }).click();
    await answer.waitFor({ state: 'hidden' });
    await request.getByText('已答复').waitFor();
    await screenshot(f, 'publicity-admin-corrections');
    await phone.getByLabel('查询码').fill(code);
    await phone.getByRole('button', { name: '查询', exact: true }).click();
    await phone.getByText('经核实，罚款金额以决定书为准。').waitFor();

    // ---- 审批人: withdrawn with a reason ------------------------------------------------------------------
    await a.getByRole('button', { name: '撤回公示' }).click();
    const withdraw = a.getByRole('dialog');
    await withdraw.getByLabel('撤回原因（公开）').fill(WITHDRAWAL);
    await pick(a, withdraw.getByLabel('撤回情形'), '决定被撤销');
    await withdraw.getByRole('button', { name: '撤回公示' }).click();
    await withdraw.waitFor({ state: 'hidden' });
    await a.locator('.ant-tag', { hasText: '已撤回' }).first().waitFor();
    await a.getByText(`撤回原因：${WITHDRAWAL}`).waitFor();
    await screenshot(a, 'publicity-admin-withdrawn');

    // ---- the visitor (a later visit: the portal's answers are cached for a minute) sees it withdrawn ----
    const later = (await visitor(true)).page;
    await later.goto('/results');
    expect(await search(later, '废水')).toBeGreaterThanOrEqual(1);
    const gone = later.getByRole('article', { name: new RegExp(PUBLIC_TITLE) });
    await gone.getByText('已撤回').first().waitFor();
    await gone.getByText(WITHDRAWAL, { exact: false }).waitFor();
    expect(await overflow(later)).toBeLessThanOrEqual(0);
    await screenshot(later, 'publicity-portal-withdrawn-list-phone');
    await gone.getByRole('link', { name: PUBLIC_TITLE }).click();
    await later.waitForURL(`**/results/${disclosureId}`);
    await later
      .getByText(new RegExp(`已于 \\d{4}-\\d{2}-\\d{2} 撤回公示。撤回原因：${WITHDRAWAL}`))
      .waitFor();
    await screenshot(later, 'publicity-portal-withdrawn-phone');

    // the list on a desktop, filtered by kind
    const desk = (await visitor()).page;
    await desk.goto('/results?kind=penalty');
    await desk.getByRole('article', { name: new RegExp(PUBLIC_TITLE) }).waitFor();
    expect(await desk.getByLabel('决定类别').inputValue()).toBe('penalty');
    await screenshot(desk, 'publicity-portal-list-desktop');

    // ---- 填报人: a corrected re-publication starts again from 填报 (the portal keeps version 1) --------
    await f.goto(itemPath);
    await f.getByRole('button', { name: '更正后重新公示' }).click();
    const reopen = f.getByRole('dialog');
    await reopen.getByLabel('更正原因').fill('行政复议决定变更处罚内容，按新的决定重新公示。');
    await reopen.getByRole('button', { name: '更正后重新公示' }).click();
    await reopen.waitFor({ state: 'hidden' });
    await f.locator('.ant-tag', { hasText: '填报中' }).first().waitFor();
    await f.getByText('更正后重新填报').waitFor();
    await f.getByRole('button', { name: '申请不予公开' }).click();
    const hold = f.getByRole('dialog');
    await hold.getByLabel('理由说明').fill('相关案件正在查处。');
    await pick(f, hold.getByLabel('不予公开的情形'), '公开后可能影响相关案件查处');
    await screenshot(f, 'publicity-hold-dialog', false);
    await hold.getByRole('button', { name: /取\s*消/ }).click();
    await hold.waitFor({ state: 'hidden' });

    // ---- the dashboard counts ------------------------------------------------------------------------
    await f.goto('/admin');
    await f.getByText('待办公示').waitFor();
    await f.getByText('逾期未公示').waitFor();
    await screenshot(f, 'publicity-filler-dashboard');

    expect(caseId).toBeTruthy();
    expect(pageErrors()).toEqual([]);
  });

  it('lets the administrator create a data-feed token, shown once, and revoke it', async () => {
    shootOnFailure();
    const admin = await session('admin');
    const p = admin.page;
    await p.goto('/admin');
    await p.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '数据接口令牌' }).click();
    await p.waitForURL(/\/admin\/api-tokens$/);
    await p.getByText('暂无数据接口令牌').waitFor();
    await p.getByRole('button', { name: '创建令牌' }).click();
    const form = p.getByRole('dialog');
    await form.getByLabel('名称').fill('信用广东数据共享');
    await form.getByRole('button', { name: '创建令牌' }).click();
    const shown = p.getByRole('dialog', { name: '请复制并妥善保存令牌' });
    await shown.getByText('该令牌只显示这一次').waitFor();
    const token = (await shown.locator('code').innerText()).trim();
    expect(token.length).toBeGreaterThan(20);
    await screenshot(p, 'publicity-admin-token-created', false);
    // the token opens the credit feed (no session)
    const feed = await p.request.get('/api/v1/feeds/credit', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(feed.status()).toBe(200);
    await shown.getByRole('button', { name: '我已保存' }).click();
    await shown.waitFor({ state: 'hidden' });

    const row = p.locator('.ant-table-row', { hasText: '信用广东数据共享' });
    await row.getByText('有效').waitFor();
    expect(await row.innerText()).not.toContain(token);
    await row.getByRole('button', { name: /撤\s*销/ }).click();
    await confirmPopover(p);
    await row.getByText('已撤销').waitFor();
    await screenshot(p, 'publicity-admin-tokens');
    const refused = await p.request.get('/api/v1/feeds/credit', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status()).toBe(401);
    expect(pageErrors()).toEqual([]);
  });
});
