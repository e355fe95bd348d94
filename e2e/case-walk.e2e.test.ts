import { createHash } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import {
  launchBrowser,
  newContext,
  screenshot,
  settle,
  startServer,
  watchErrors,
  type RunningServer,
} from './support/server.js';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pages: Page[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('demo12345');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/admin\/?$/);
  await page.getByRole('navigation', { name: '主菜单' }).waitFor();
}

async function session(username: string): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(browser, server.baseUrl);
  contexts.push(context);
  const page = await context.newPage();
  pages.push(page);
  const errors = watchErrors(page);
  // No script may ever open a dialog (the XSS check below relies on it).
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await signIn(page, username);
  return { page, errors };
}

/** Pick an option of an antd Select by its visible text (typing to filter first), and check it took. */
async function choose(page: Page, label: string, option: string, search?: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  const item = page.locator('.ant-form-item', { has: input });
  for (let attempt = 1; ; attempt += 1) {
    await input.click();
    if (search) await input.fill(search);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
      .first()
      .click();
    try {
      await expect.poll(() => item.innerText(), { timeout: 3000 }).toContain(option);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** The five-stage bar's current step. */
async function currentStep(page: Page): Promise<string> {
  const text = await page.locator('.ant-steps-item-active .ant-steps-item-title').textContent();
  return (text ?? '').replace('（当前阶段）', '').trim();
}

async function confirmPopover(page: Page): Promise<void> {
  await page
    .locator('.ant-popconfirm:visible')
    .getByRole('button', { name: /确\s*定/ })
    .click();
}

/** Fill the 新建案件 form for an organisation with officers 李明 and 王芳. */
async function fillCaseForm(page: Page, title: string, creditCode: string): Promise<void> {
  await page.getByLabel('案件名称').fill(title);
  await page.getByText('法人或者其他组织', { exact: true }).click();
  await page.getByLabel('单位名称').fill('清远市某化工有限公司');
  await page.getByLabel('统一社会信用代码').fill(creditCode);
  await page.getByLabel('法定代表人').fill('张伟');
  const officers = page.locator('.ant-form-item', { has: page.getByLabel('执法人员', { exact: true }) });
  for (const name of ['李明', '王芳']) {
    if ((await officers.locator('.ant-select-selection-item', { hasText: name }).count()) === 0) {
      await choose(page, '执法人员', name, name);
    }
  }
  await page.keyboard.press('Escape');
  await officers.locator('.ant-select-selection-item', { hasText: '王芳' }).waitFor();
  await officers.locator('.ant-select-selection-item', { hasText: '李明' }).waitFor();
}

// A small MP4-typed file: an `ftyp isom` box followed by some payload.
const MP4 = Buffer.concat([
  Buffer.from('000000186674797069736f6d0000020069736f6d6d703431', 'hex'),
  Buffer.from('sanxiang e2e onsite inspection recording '.repeat(200)),
]);
const MP4_SHA256 = createHash('sha256').update(MP4).digest('hex');
// 9 MiB: above the size from which the page uploads resumably (tus, 8 MiB chunks).
const BIG_MP4 = Buffer.concat([MP4, Buffer.alloc(9 * 1024 * 1024, 0x5a)]);
const BIG_MP4_SHA256 = createHash('sha256').update(BIG_MP4).digest('hex');
// A real 4×4 PNG (so the page can show it).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGPg9uqGIwbiOABkQw4BHFmXxAAAAABJRU5ErkJggg==',
  'base64',
);

/** `YYYY-MM-DD HH:mm` in China time, as typed into a date-time picker. */
function chinaTime(date: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return `${p['year']}-${p['month']}-${p['day']} ${p['hour']}:${p['minute']}`;
}

/** On failure, keep what every open page showed (e2e/artifacts/failure-<n>.png). */
function shootOnFailure(): void {
  onTestFailed(async () => {
    await Promise.all(
      pages.map((p, i) =>
        p.screenshot({ path: `e2e/artifacts/failure-${i + 1}.png`, fullPage: true }).catch(() => undefined),
      ),
    );
  });
}

describe('a penalty case from 立案 to 审核决定', () => {
  it('is created by an officer, filed by the head, documented, recorded and moved to 审核决定', async () => {
    shootOnFailure();
    // ---- officer1 opens the case ---------------------------------------------------------------
    const { page: officer, errors: officerErrors } = await session('officer1');
    const menu = officer.getByRole('navigation', { name: '主菜单' });
    for (const label of ['案件列表', '新建案件', '期限提醒']) {
      await menu.getByRole('link', { name: label, exact: true }).waitFor();
    }
    expect(await menu.getByRole('link', { name: '审批待办' }).count()).toBe(0);
    await officer.getByText('我的案件').waitFor();
    await screenshot(officer, 'case-officer-dashboard');

    await menu.getByRole('link', { name: '新建案件', exact: true }).click();
    await officer.waitForURL(/\/admin\/cases\/new$/);
    await officer.getByRole('heading', { level: 2, name: '新建案件' }).waitFor();
    await screenshot(officer, 'case-create-empty');

    // A credit code with a wrong check character: the server's message appears beside the field.
    const title = '清远市某化工有限公司超标排放水污染物案';
    await fillCaseForm(officer, title, '91441800123456789A');
    await officer.getByRole('button', { name: /提交立案申请/ }).click();
    await officer
      .locator('.ant-form-item-explain-error', { hasText: '统一社会信用代码校验码（第 18 位）不符' })
      .waitFor();
    expect(await officer.getByLabel('案件名称').inputValue()).toBe(title);
    await screenshot(officer, 'case-create-validation');

    await officer.getByLabel('统一社会信用代码').fill('91441800123456788U');
    await officer.getByRole('button', { name: /提交立案申请/ }).click();
    await officer.waitForURL(/\/admin\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = new URL(officer.url()).pathname;
    await officer.getByRole('heading', { level: 2, name: title }).waitFor();
    await officer.getByText('清环立〔').first().waitFor();
    expect(await currentStep(officer)).toBe('立案');
    await officer.getByText('已满足进入调查取证阶段的条件').waitFor();
    // Only the head moves the case on.
    expect(await officer.getByRole('button', { name: /批准立案/ }).count()).toBe(0);
    await screenshot(officer, 'case-created');

    // ---- the head approves 立案 ----------------------------------------------------------------
    const { page: head, errors: headErrors } = await session('head');
    const headMenu = head.getByRole('navigation', { name: '主菜单' });
    await headMenu.getByRole('link', { name: '审批待办', exact: true }).waitFor();
    expect(await headMenu.getByRole('link', { name: '新建案件' }).count()).toBe(0);
    await head.getByText('待审批事项', { exact: true }).waitFor();
    await screenshot(head, 'case-head-dashboard');

    await headMenu.getByRole('link', { name: '案件列表', exact: true }).click();
    await head.waitForURL(/\/admin\/cases$/);
    await head.locator('.ant-table').getByText(title).waitFor();
    await screenshot(head, 'case-list');
    await head.locator('.ant-table-row', { hasText: title }).click();
    await head.waitForURL(new RegExp(`${caseUrl}$`));
    await head.getByRole('button', { name: /批准立案，进入调查取证/ }).click();
    await confirmPopover(head);
    await head.getByText('案件已进入调查取证阶段').waitFor();
    await expect.poll(() => currentStep(head)).toBe('调查取证');
    // The decision period now runs: 90 calendar days from today.
    await head.getByText(/90日（自然日），截至 \d{4}-\d{2}-\d{2}/).waitFor();
    await head.getByText('进入审核决定阶段还需：行政处罚案件调查报告').waitFor();
    await screenshot(head, 'case-filed');

    // ---- officer1 writes the 现场检查（勘察）笔录 and the 调查报告 --------------------------------
    await officer.reload();
    await expect.poll(() => currentStep(officer)).toBe('调查取证');
    await officer.getByRole('button', { name: /制作文书/ }).click();
    const dialog = officer.getByRole('dialog');
    await choose(officer, '文书类型', '现场检查（勘察）笔录', '现场检查');
    await dialog.getByText('本文书记录的执法活动须有音像记录：现场执法（检查）').waitFor();
    await dialog.getByLabel('检查地点').fill('清远市清城区某工业园 3 号厂房');
    await dialog.getByLabel('被检查单位现场负责人').fill('张伟');
    await dialog.getByLabel('检查（勘察）情况').fill('废水总排口正在排放，现场采样送检。');
    await dialog.getByLabel('记录人').fill('王芳');
    await dialog
      .locator('.ant-form-item', { hasText: '执法人员出示执法证件' })
      .getByText('是', { exact: true })
      .click();
    await dialog.locator('.ant-modal-body').evaluate((el) => el.scrollTo(0, 0));
    await screenshot(officer, 'case-record-form', false);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await officer.locator('.ant-table-row', { hasText: '现场检查（勘察）笔录' }).waitFor();

    await officer.getByRole('button', { name: /制作文书/ }).click();
    await choose(officer, '文书类型', '行政处罚案件调查报告', '调查报告');
    await dialog.getByLabel('调查经过').fill('2026 年现场检查发现超标排放，调取在线监测数据。');
    await dialog.getByLabel('违法事实').fill('化学需氧量超标排放。');
    await choose(officer, '处理意见', '给予行政处罚');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await officer.locator('.ant-table-row', { hasText: '行政处罚案件调查报告' }).waitFor();

    // The record needs an on-site recording: the blocker names it in Chinese.
    await officer.getByText('进入审核决定阶段还需：现场执法（检查）音像记录').waitFor();
    await screenshot(officer, 'case-av-blocker');

    // A change is a new version (the first is kept); the party's signature is registered.
    const inspection = officer.locator('.ant-table-row', { hasText: '现场检查（勘察）笔录' });
    await inspection.getByRole('button', { name: /修\s*改/ }).click();
    await dialog.getByText('修改文书（保存为第2版）').waitFor();
    expect(await dialog.getByLabel('检查地点').inputValue()).toBe('清远市清城区某工业园 3 号厂房');
    await dialog.getByLabel('现场负责人职务').fill('厂长');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await inspection.getByText('第2版').waitFor();
    await inspection.getByRole('button', { name: /登记签字/ }).click();
    await confirmPopover(officer);
    await inspection.getByText('已签字').waitFor();
    await inspection.getByRole('button', { name: /展开行|Expand row/ }).click();
    await officer.getByText('历史版本').waitFor();
    const docx = await inspection.getByRole('link', { name: /下载 Word/ }).getAttribute('href');
    expect(docx).toMatch(/\/api\/v1\/records\/[0-9a-f-]{36}\/document$/);
    const word = await officer.request.get(docx ?? '');
    expect(word.status()).toBe(200);
    expect(word.headers()['content-type']).toContain('wordprocessingml');
    await screenshot(officer, 'case-records-versions');

    // ---- officer1 uploads the recording ---------------------------------------------------------
    await officer.getByRole('tab', { name: '音像证据' }).click();
    await officer.getByText('规范用语').waitFor();
    const activity = officer.locator('.ant-form-item', {
      has: officer.getByLabel('执法活动', { exact: true }),
    });
    await activity.getByText('现场执法（检查）').waitFor();
    // Filming in a home without consent: the warning appears (and goes when switched back).
    await officer.getByRole('switch', { name: '在住宅、宾馆房间等私人场所内' }).click();
    await officer.getByText('未经当事人同意，不得在其住宅').waitFor();
    await screenshot(officer, 'case-media-home-warning');
    await officer.getByRole('switch', { name: '在住宅、宾馆房间等私人场所内' }).click();
    await officer.getByText('未经当事人同意，不得在其住宅').waitFor({ state: 'hidden' });
    await officer.getByLabel('采集设备').fill('执法记录仪 ZF-001');

    await officer.locator('input[type=file]').setInputFiles({
      name: 'onsite-inspection.mp4',
      mimeType: 'video/mp4',
      buffer: MP4,
    });
    const upload = officer.locator('.upload-item', { hasText: 'onsite-inspection.mp4' });
    await upload.getByText('上传完成').waitFor();
    await upload.getByText(MP4_SHA256).waitFor();
    await upload.locator('.ant-progress').waitFor();
    // The list plays it in the page from /api/v1/media/{id}/content.
    const player = officer.locator('.media-card video, .media-player--fallback').first();
    await player.waitFor();
    await screenshot(officer, 'case-media-uploaded');

    await officer.getByText('已满足进入审核决定阶段的条件').waitFor();
    expect(await officer.getByText('现场执法（检查）音像记录').count()).toBe(0);

    // A photo captured two days ago is stored late: marked 迟延, shown in the page.
    const captured = officer.getByLabel('采集时间');
    await captured.click();
    await captured.fill(chinaTime(new Date(Date.now() - 48 * 3_600_000)));
    await captured.press('Tab');
    await officer
      .locator('input[type=file]')
      .setInputFiles({ name: 'site-photo.png', mimeType: 'image/png', buffer: PNG });
    const photo = officer.locator('.upload-item', { hasText: 'site-photo.png' });
    await photo.getByText('上传完成').waitFor();
    await photo.getByText('迟延').waitFor();
    await officer.locator('.media-card img').first().waitFor();
    await screenshot(officer, 'case-media-late');

    // A larger recording goes through the resumable (tus) upload, in chunks, and gets the same hash.
    await captured.click();
    await captured.fill(chinaTime(new Date(Date.now() - 3_600_000)));
    await captured.press('Tab');
    await officer
      .locator('input[type=file]')
      .setInputFiles({ name: 'bodycam-long.mp4', mimeType: 'video/mp4', buffer: BIG_MP4 });
    const big = officer.locator('.upload-item', { hasText: 'bodycam-long.mp4' });
    await big.getByText('上传完成').waitFor({ timeout: 60_000 });
    await big.getByText(BIG_MP4_SHA256).waitFor();
    await screenshot(officer, 'case-media-resumable');

    // ---- the head moves the case to 审核决定 -----------------------------------------------------
    await head.reload();
    const advance = head.getByRole('button', { name: /进入下一阶段：审核决定/ });
    await expect.poll(() => advance.isEnabled()).toBe(true);
    await advance.click();
    await confirmPopover(head);
    await head.getByText('案件已进入审核决定阶段').waitFor();
    await expect.poll(() => currentStep(head)).toBe('审核决定');
    await screenshot(head, 'case-decision');

    // ---- a request for more time, granted by the head -------------------------------------------
    await officer.reload();
    await officer.getByRole('tab', { name: '期间与审批' }).click();
    await officer.getByRole('button', { name: /提出申请/ }).click();
    const requestDialog = officer.getByRole('dialog');
    await requestDialog.getByLabel('申请理由').fill('需补充委托检测，案情复杂，申请延长办案期限。');
    await screenshot(officer, 'case-approval-request', false);
    await requestDialog.getByRole('button', { name: /保\s*存/ }).click();
    await requestDialog.waitFor({ state: 'hidden' });
    await officer.locator('.ant-table-row', { hasText: '延长办案期限' }).getByText('待审批').waitFor();

    await headMenu.getByRole('link', { name: '工作台', exact: true }).click();
    await head.locator('.dashboard-row', { hasText: '延长办案期限' }).waitFor();
    await screenshot(head, 'case-head-dashboard-pending');
    await headMenu.getByRole('link', { name: '审批待办', exact: true }).click();
    await head.waitForURL(/\/admin\/approvals$/);
    const row = head.locator('.ant-table-row', { hasText: '延长办案期限' });
    await row.getByText('李明').waitFor();
    await row.getByText('延长 30 日（负责人批准）').waitFor();
    await screenshot(head, 'case-approvals-inbox');
    await row.getByRole('button', { name: /^批\s*准$/ }).click();
    const decide = head.getByRole('dialog');
    await decide.getByLabel('审批意见').fill('同意延长 30 日。');
    await decide.getByRole('button', { name: /^批\s*准$/ }).click();
    await decide.waitFor({ state: 'hidden' });
    await head.getByText('暂无待审批事项').waitFor();

    await officer.reload();
    await officer.getByText(/120日（自然日），截至 \d{4}-\d{2}-\d{2}/).waitFor();
    await officer.locator('.ant-table-row', { hasText: '延长办案期限' }).getByText('已批准').waitFor();
    await screenshot(officer, 'case-periods-approvals');

    // ---- timeline, case file, deadlines -----------------------------------------------------------
    await officer.getByRole('tab', { name: '时间线' }).click();
    await officer.getByText('批准立案，进入调查取证阶段').waitFor();
    await officer.getByText('上传音像记录（现场执法（检查））', { exact: true }).first().waitFor();
    expect(await officer.getByText('上传音像记录（现场执法（检查））', { exact: true }).count()).toBe(2);
    await officer.getByText('上传音像记录（现场执法（检查）），超过存储时限').waitFor();
    await screenshot(officer, 'case-timeline');

    await officer.getByRole('tab', { name: '案卷' }).click();
    await officer.getByText('案卷材料尚不完整').waitFor();
    await officer
      .getByText(/音像记录：现场执法（检查），采集于/)
      .first()
      .waitFor();
    const zip = officer.getByRole('link', { name: /导出案卷/ });
    expect(await zip.getAttribute('href')).toMatch(/\/api\/v1\/cases\/[0-9a-f-]{36}\/archive$/);
    await screenshot(officer, 'case-file');

    await officer.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '期限提醒' }).click();
    await officer.locator('.ant-segmented-item', { hasText: '全部未届满' }).click();
    await officer.locator('.ant-table-row', { hasText: title }).waitFor();
    await screenshot(officer, 'case-deadlines');

    await officer.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '工作台' }).click();
    await officer.locator('.dashboard-row', { hasText: title }).first().waitFor();
    await screenshot(officer, 'case-officer-dashboard-data');

    // A narrower window (a laptop with the menu open): nothing runs off the right edge.
    await officer.setViewportSize({ width: 1024, height: 768 });
    await officer.goto(`${caseUrl}?tab=media`);
    await officer.getByText('规范用语').waitFor();
    const overflow = await officer.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(officer, 'case-media-1024');

    expect(officerErrors).toEqual([]);
    expect(headErrors).toEqual([]);
  });

  it('shows a case title with markup as text', async () => {
    shootOnFailure();
    const { page, errors } = await session('officer2');
    await page.goto('/admin/cases/new');
    const payload = '<img src=x onerror=alert(1)>';
    await fillCaseForm(page, payload, '91441800123456788U');

    // A violation that ended long ago: refused as time-barred, with the last day of the period.
    const ended = page.getByLabel('违法行为终了日期');
    await ended.click();
    await ended.fill('2015-01-01');
    await ended.press('Tab');
    await page.getByRole('button', { name: /提交立案申请/ }).click();
    await page.getByRole('alert').filter({ hasText: '违法行为已超过追责时效' }).waitFor();
    await page.getByText('追责时效已于 2017-01-01 届满').waitFor();
    await screenshot(page, 'case-create-limitation');

    // Ended on the day it was discovered: within the period.
    const discovered = await page.getByLabel('发现日期').inputValue();
    await ended.click();
    await ended.fill(discovered);
    await ended.press('Tab');
    await page.getByRole('button', { name: /提交立案申请/ }).click();
    await page.waitForURL(/\/admin\/cases\/[0-9a-f-]{36}$/);
    const heading = page.getByRole('heading', { level: 2 }).filter({ hasText: 'onerror' });
    expect(await heading.innerText()).toBe(payload);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await screenshot(page, 'case-xss');

    await page.goto('/admin/cases');
    await page.locator('.ant-table').getByText(payload, { exact: true }).waitFor();
    await settle(page);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
