import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  watchErrors,
  type RunningServer,
} from './support/server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/admin\/?$/);
  await page.getByRole('navigation', { name: '主菜单' }).waitFor();
}

describe('public portal', () => {
  it('shows the home page with the bureau and platform names', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toContain('清远市生态环境局');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('行政执法信息公示平台');
    for (const label of ['首页', '事前公开', '执法结果公示', '年度统计', '执法人员查询', '纠错申请']) {
      await page
        .getByRole('navigation', { name: '主导航' })
        .getByRole('link', { name: label, exact: true })
        .waitFor();
    }
    await screenshot(page, 'portal-home');

    // The portal must not download the back-office bundle.
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((n) => n.endsWith('.js')),
    );
    expect(scripts.some((s) => /AdminApp|LoginPage/.test(s))).toBe(false);

    await page.getByRole('link', { name: '事前公开', exact: true }).click();
    // 事前公开: the eleven sections, each saying when it has nothing published yet
    await page.getByRole('heading', { name: '权责清单', exact: true }).waitFor();
    await page.getByText('本栏目暂无公开事项。').first().waitFor();
    await screenshot(page, 'portal-prior');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds officer1 by certificate number 44180001 and says when a number is unknown', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await page.getByRole('link', { name: '执法人员查询', exact: true }).click();
    await page.getByLabel('姓名或执法证号').fill('44180001');
    await page.getByRole('button', { name: '查询' }).click();
    const result = page.getByRole('article', { name: '李明' });
    await result.waitFor();
    expect(await result.innerText()).toContain('44180001');
    expect(await result.innerText()).toMatch(/有效|已过期|已注销/);
    await screenshot(page, 'portal-officer-found');

    await page.getByLabel('姓名或执法证号').fill('00000000');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('未找到符合条件的执法人员').waitFor();
    // the new answer replaces the old one: no earlier result stays beside the message
    expect(await page.getByRole('article').count()).toBe(0);
    await screenshot(page, 'portal-officer-not-found');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is readable on a phone', async () => {
    const context = await newContext(browser, server.baseUrl, true);
    const page = await context.newPage();
    await page.goto('/officers?no=44180001');
    await page.getByRole('article').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'portal-mobile-officer');
    await context.close();
  });
});

describe('back office', () => {
  it('signs in as admin, lists users and opens every system page', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto('/login');
    await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
    await screenshot(page, 'login');

    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('wrong-password1');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('用户名或密码错误').waitFor();
    await screenshot(page, 'login-error');

    await signIn(page, 'admin', 'demo12345');
    await page.getByText('工作台').first().waitFor();
    await screenshot(page, 'admin-dashboard');

    const menu = page.getByRole('navigation', { name: '主菜单' });
    await menu.getByRole('link', { name: '用户管理' }).click();
    await page.waitForURL(/\/admin\/users$/);
    const table = page.locator('.ant-table');
    await table.getByRole('cell', { name: 'officer1', exact: true }).waitFor();
    await screenshot(page, 'admin-users');

    await page.getByRole('button', { name: /新增用户/ }).click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, 'admin-users-create', false);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取\s*消/ })
      .click();

    for (const [label, path, name] of [
      ['部门管理', 'departments', 'admin-departments'],
      ['执法人员', 'officers', 'admin-officers'],
      ['工作日历', 'calendar', 'admin-calendar'],
      ['审计日志', 'audit', 'admin-audit'],
    ] as const) {
      await menu.getByRole('link', { name: label, exact: true }).click();
      await page.waitForURL(new RegExp(`/admin/${path}$`));
      await page.getByRole('heading', { level: 2, name: label }).waitFor();
      await screenshot(page, name);
    }

    // Department tree: select the root and see its form.
    await menu.getByRole('link', { name: '部门管理', exact: true }).click();
    await page.locator('.ant-tree-node-content-wrapper').first().click();
    await page.getByRole('button', { name: /新增下级/ }).waitFor();
    await screenshot(page, 'admin-departments-selected');

    // A department with people in it cannot be deleted: the reason is shown.
    await page.locator('.ant-tree-node-content-wrapper', { hasText: '执法一科' }).click();
    await page.getByRole('button', { name: /删\s*除/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await page.getByText('该部门下仍有下级部门或人员，不能删除').waitFor();
    await screenshot(page, 'admin-departments-not-empty');

    // Officers table lists officer1's certificate.
    await menu.getByRole('link', { name: '执法人员', exact: true }).click();
    await page.locator('.ant-table').getByRole('cell', { name: '44180001', exact: true }).waitFor();

    // Calendar: the working-day calculator answers.
    await menu.getByRole('link', { name: '工作日历', exact: true }).click();
    await page.getByRole('button', { name: '2026', exact: true }).click();
    await page.locator('.calendar-cell-tag', { hasText: '元旦' }).first().waitFor();
    await page.getByRole('button', { name: /计\s*算/ }).click();
    await page.getByText(/个工作日内，截至 \d{4}-\d{2}-\d{2}/).waitFor();
    await screenshot(page, 'admin-calendar-calculated');

    // Audit: verify the chain.
    await menu.getByRole('link', { name: '审计日志', exact: true }).click();
    await page.getByRole('button', { name: /校验审计链/ }).click();
    await page.getByText('审计链校验通过').waitFor();
    await screenshot(page, 'admin-audit-verified');

    // Change password dialog opens from the top bar.
    await page.getByRole('button', { name: /修改密码/ }).click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, 'admin-change-password', false);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取\s*消/ })
      .click();

    expect(errors).toEqual([]);

    // After signing out, the back office sends you to the sign-in page (the 401 of /auth/me is expected).
    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.waitForURL(/\/login$/);
    await page.goto('/admin/users');
    await page.waitForURL(/\/login\?next=/);
    await context.close();
  });

  it('renders text typed into a form literally (no script injection)', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'admin', 'demo12345');
    await page.goto('/admin/users');
    await page.getByRole('button', { name: /新增用户/ }).click();
    const dialog = page.getByRole('dialog');
    const payload = '<img src=x onerror="window.__xss=1">';
    await dialog.getByLabel('用户名').fill('9-not-valid');
    await dialog.getByLabel('姓名').fill(payload);
    await dialog.getByLabel('初始密码').fill('Passw0rdXss');
    await dialog.getByLabel('部门').click();
    await page.locator('.ant-select-tree-node-content-wrapper').first().click();
    await dialog.getByLabel('角色').click();
    await page.locator('.ant-select-item-option', { hasText: '执法人员' }).click();
    await dialog.getByText('新增用户', { exact: true }).click();
    // The server rejects the user name: its message appears under the field and nothing typed is lost.
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.locator('.ant-form-item-explain-error', { hasText: '以字母开头' }).waitFor();
    expect(await dialog.getByLabel('姓名').inputValue()).toBe(payload);
    await screenshot(page, 'admin-users-validation', false);
    await dialog.getByLabel('用户名').fill('xsscheck1');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByLabel('关键字').fill('xsscheck1');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.locator('.ant-table').getByRole('cell', { name: payload, exact: true }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await screenshot(page, 'admin-users-xss');
    await context.close();
  });
});

describe('back office as a department head', () => {
  it('shows the user list read-only and no administration pages', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'head', 'demo12345');
    await screenshot(page, 'head-dashboard');
    const menu = page.getByRole('navigation', { name: '主菜单' });
    await menu.getByRole('link', { name: '用户管理' }).click();
    await page.getByText('您可以查看本部门的用户').waitFor();
    expect(await menu.getByRole('link', { name: '部门管理' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /新增用户/ }).count()).toBe(0);
    await screenshot(page, 'head-users');
    await page.goto('/admin/audit');
    await page.getByText('无权访问').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
