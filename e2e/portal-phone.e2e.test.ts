import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  newContext,
  screenshot,
  settle,
  startServer,
  watchErrors,
  type RunningServer,
} from './support/server.js';

/**
 * The portal on a 390 px phone (issue 14, "As its users see it"): the header leaves the screen to the
 * content (the menu folds into a drawer: the 菜单 button with aria-expanded, the focus kept inside,
 * Escape closes and returns the focus, a link navigates and closes); the certificate lookup comes
 * before the cards of the home page; the review catalog's table turns into cards; nothing scrolls
 * sideways. On a desktop the menu stays a bar.
 */

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[][] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

async function visitor(mobile: boolean): Promise<Page> {
  const context = await newContext(browser, server.baseUrl, mobile);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page));
  return page;
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('h2').first().waitFor();
  await settle(page);
}

const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const focusedText = (p: Page) =>
  p.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '');
const focusInDrawer = (p: Page) =>
  p.evaluate(() => document.getElementById('portal-nav')?.contains(document.activeElement) ?? false);

describe('公示端：手机', () => {
  it('the header is small, the menu is a drawer that opens, keeps the focus, navigates and closes', async () => {
    const page = await visitor(true);
    await open(page, '/');
    const height = await page.evaluate(() => window.innerHeight);
    const header = await page.locator('header.portal-header').boundingBox();
    expect(header).not.toBeNull();
    // before: header and menu took 28 % of the screen
    expect((header?.height ?? height) / height).toBeLessThan(0.16);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    const nav = page.getByRole('navigation', { name: '主导航' });
    const button = page.getByRole('button', { name: '菜单' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.getAttribute('aria-controls')).toBe('portal-nav');
    expect(await nav.isVisible()).toBe(false);
    await screenshot(page, 'portal-phone-home');

    // opened: the drawer takes the focus and keeps it (Tab and Shift+Tab go round)
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: '执法人员查询' }).waitFor();
    expect(await focusInDrawer(page)).toBe(true);
    expect(await focusedText(page)).toBe('关闭');
    for (let i = 0; i < 9; i += 1) {
      await page.keyboard.press('Tab');
      expect(await focusInDrawer(page), `Tab ${i + 1}`).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await focusInDrawer(page)).toBe(true);
    // the page behind is inert
    expect(await page.locator('main').getAttribute('inert')).not.toBeNull();
    await screenshot(page, 'portal-phone-menu-open', false);

    // Escape closes it and gives the focus back to the button
    await page.keyboard.press('Escape');
    await nav.waitFor({ state: 'hidden' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe(
      'portal-nav',
    );
    expect(await page.locator('main').getAttribute('inert')).toBeNull();

    // the close button too
    await button.click();
    await nav.getByRole('button', { name: '关闭' }).click();
    await nav.waitFor({ state: 'hidden' });
    expect(await focusedText(page)).toBe('菜单');

    // a link navigates and closes the drawer; the focus goes to the new page's content
    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: '执法人员查询' }).click();
    await page.waitForURL('**/officers');
    await nav.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.locator('h2').first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // 大字版: still one screen's header and a drawer that fits
    await page.getByRole('button', { name: '大字版' }).click();
    await open(page, '/');
    const large = await page.locator('header.portal-header').boundingBox();
    expect((large?.height ?? height) / height).toBeLessThan(0.2);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await button.click();
    await nav.getByRole('link', { name: '纠错申请' }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'portal-phone-menu-open-large', false);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '大字版' }).click();
  });

  it('the certificate lookup is near the top of the home page; the review catalog is cards', async () => {
    const page = await visitor(true);
    await open(page, '/');
    const lookup = await page.locator('#quick-officer-title').boundingBox();
    const systems = await page.locator('#systems-title').boundingBox();
    expect(lookup).not.toBeNull();
    expect(systems).not.toBeNull();
    expect(lookup?.y ?? 9999).toBeLessThan(systems?.y ?? 0);
    // on the first screen
    expect(lookup?.y ?? 9999).toBeLessThan(await page.evaluate(() => window.innerHeight));
    // its search box is on the first screen too
    const search = await page.getByRole('search').locator('input').boundingBox();
    expect((search?.y ?? 9999) + (search?.height ?? 0)).toBeLessThan(
      await page.evaluate(() => window.innerHeight),
    );

    await open(page, '/prior/legal-review-catalog');
    const row = page.locator('table.portal-table tbody tr').first();
    await row.waitFor();
    expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(
      await row
        .locator('td')
        .nth(1)
        .evaluate((el) => getComputedStyle(el, '::before').content),
    ).toBe('"情形"');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'portal-phone-review-catalog', false);
  });

  it('on a desktop the menu stays a bar and there is no 菜单 button', async () => {
    const page = await visitor(false);
    await open(page, '/');
    const nav = page.getByRole('navigation', { name: '主导航' });
    expect(await nav.getByRole('link', { name: '执法结果公示' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '菜单' }).isVisible()).toBe(false);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'portal-desktop-home');
    expect(errors.flat()).toEqual([]);
  });
});
