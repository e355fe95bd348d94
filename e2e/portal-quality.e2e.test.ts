import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { PORTAL_PAGES } from '../src/shared/portal-pages.js';
import { caseDecided } from './support/cases.js';
import {
  ROOT,
  launchBrowser,
  screenshot,
  settle,
  startServer,
  watchErrors,
  type RunningServer,
} from './support/server.js';
import { apiOf, openSession, type Session } from './support/ui.js';

/**
 * Portal quality (issue 13): every portal page on a desktop and on a 390 px phone passes axe-core
 * without a serious or critical violation, has its own title and no sideways scrolling; keyboard
 * users reach the content first; the 适老化 large-text switch works and is remembered; the footer
 * shows the 政府网站 fields set in the back office; the display screen turns by itself; the home
 * page's bytes (HTML + JS + CSS, gzip) stay under 250 KB without the back-office bundle.
 */

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SITE = '清远市生态环境局行政执法信息公示平台';
const BUDGET = 250 * 1024;

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Uncaught errors and console errors of every visitor page (asserted empty at the end). */
const watched: string[][] = [];
const decisionIds: string[] = [];

type Viewport = 'desktop' | 'phone';

/** A visitor's context; CSP is bypassed only so that axe can be injected as a script tag. */
async function visitor(
  viewport: Viewport,
  options: { reducedMotion?: 'reduce'; size?: { width: number; height: number } } = {},
): Promise<Page> {
  const phone = viewport === 'phone';
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: options.size ?? (phone ? { width: 390, height: 844 } : { width: 1366, height: 860 }),
    deviceScaleFactor: 1,
    isMobile: phone,
    hasTouch: phone,
    bypassCSP: true,
    ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
  });
  contexts.push(context);
  const page = await context.newPage();
  watched.push(watchErrors(page));
  return page;
}

const sessions: Session[] = [];
async function staff(username: string): Promise<Session> {
  const s = await openSession(browser, server.baseUrl, username);
  sessions.push(s);
  return s;
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** Runs axe-core in the page (injected with addScriptTag); every violation, with its nodes. */
async function axe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type AxeNode = { target: unknown[]; failureSummary?: string };
    type AxeResult = { id: string; impact: string | null; help: string; nodes: AxeNode[] };
    const run = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeResult[] }> };
      }
    ).axe.run;
    const result = await run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    }));
  });
}

const serious = (v: Violation) => v.impact === 'serious' || v.impact === 'critical';

function describeViolations(where: string, list: Violation[]): string[] {
  return list.map(
    (v) =>
      `${where}: [${v.impact}] ${v.id} — ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`)
        .join('\n')}`,
  );
}

const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Opens a portal page and waits until its heading and data are there. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('h1, h2').first().waitFor();
  await settle(page);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  for (const s of sessions) await s.context.close().catch(() => undefined);
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

function shootOnFailure(prefix: string): void {
  onTestFailed(async () => {
    const pages = [...contexts.flatMap((c) => c.pages()), ...sessions.map((s) => s.page)];
    await Promise.all(
      pages.map((p, i) =>
        p
          .screenshot({ path: join(ROOT, 'e2e', 'artifacts', `${prefix}-failure-${i + 1}.png`) })
          .catch(() => undefined),
      ),
    );
  });
}

describe('公示端质量', () => {
  it('content: two published decisions, and the footer fields set on the back office parameter page', async () => {
    shootOnFailure('portal-quality-setup');
    const officer = await staff('officer1');
    const head = await staff('head');
    const filler = await apiOf((await staff('filler')).page);
    const checker = await apiOf((await staff('checker')).page);
    const approver = await apiOf((await staff('approver')).page);
    for (const title of [
      '清远市某化工有限公司超标排放废气案',
      '清远市某化工有限公司未按规定贮存危险废物案',
    ]) {
      const caseId = await caseDecided(officer.page, head.page, title, 20_000);
      const draft = await filler.post('/api/v1/disclosures', { caseId });
      const id = String(draft['id']);
      await filler.post(`/api/v1/disclosures/${id}/submit`, {});
      await checker.post(`/api/v1/disclosures/${id}/check`, { ok: true });
      await approver.post(`/api/v1/disclosures/${id}/approve`, {});
      decisionIds.push(id);
    }
    // a 事前公开 item with every kind of content (fields, a table, a flow), for the item page's checks
    const me = (await filler.get('/api/v1/auth/me')) as { user: { departmentId: string } };
    const item = await filler.post('/api/v1/pre-disclosures', {
      section: 'permit_guides',
      title: '排污许可证核发办事指南',
      departmentId: me.user.departmentId,
      body: {
        intro: '依法实行排污许可管理的单位，应当申请取得排污许可证。',
        fields: [{ label: '法定办结时限', value: '20日' }],
        table: { columns: ['申请材料', '要求'], rows: [['排污许可证申请表', '原件']] },
        flow: [
          { title: '申请', detail: '网上提交材料' },
          { title: '决定', detail: '核发排污许可证', period: '20日内' },
        ],
      },
    });
    const itemId = String(item['id']);
    await filler.post(`/api/v1/pre-disclosures/${itemId}/submit`, {});
    await checker.post(`/api/v1/pre-disclosures/${itemId}/check`, { ok: true });
    await approver.post(`/api/v1/pre-disclosures/${itemId}/approve`, {});

    // 系统管理 → 参数设置 → 门户网站: the 网站标识码 and the ICP number through the page
    const admin = await staff('admin');
    const a = admin.page;
    await a.goto('/admin/parameters');
    await a.getByRole('heading', { level: 2, name: '参数设置' }).waitFor();
    await a.getByRole('tab', { name: '门户网站' }).waitFor();
    for (const [label, value] of [
      ['网站标识码', '4418000001'],
      ['ICP备案编号', '粤ICP备12345678号-1'],
    ] as const) {
      await a.getByRole('button', { name: new RegExp(`^修改：${label}`) }).click();
      const dialog = a.getByRole('dialog');
      await dialog.getByRole('textbox').fill(value);
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await a.locator('.ant-table-row', { hasText: label }).getByText(value).waitFor();
    }
    // a wrong 网站标识码 is refused next to the field, and nothing is lost
    await a.getByRole('button', { name: /^修改：网站标识码/ }).click();
    const dialog = a.getByRole('dialog');
    await dialog.getByRole('textbox').fill('12345');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('网站标识码为10位数字或字母').waitFor();
    await screenshot(a, 'portal-quality-admin-parameters', false);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const adminApi = await apiOf(a);
    await adminApi.put('/api/v1/parameters/portal.publicSecurityRecord', {
      value: '粤公网安备44180202000001号',
    });
    await adminApi.put('/api/v1/parameters/portal.address', { value: '广东省清远市清城区' });
    await adminApi.put('/api/v1/parameters/portal.phone', { value: '0763-3362000' });

    // the footer shows them
    const page = await visitor('desktop');
    await open(page, '/');
    const footer = page.locator('footer');
    await footer.getByText('主办单位：清远市生态环境局').waitFor();
    await footer.getByText('网站标识码：4418000001').waitFor();
    expect(await footer.getByRole('link', { name: '粤ICP备12345678号-1' }).getAttribute('href')).toBe(
      'https://beian.miit.gov.cn/',
    );
    expect(await footer.getByRole('link', { name: '政府网站找错' }).getAttribute('href')).toContain(
      'sitecode=4418000001',
    );
    await footer.getByText('地址：广东省清远市清城区').waitFor();
    await footer.getByRole('link', { name: '纠错申请' }).waitFor();
    expect(decisionIds).toHaveLength(2);
  });

  it('every portal page, on a desktop and on a phone: no serious axe violation, its own title, no sideways scroll', async () => {
    shootOnFailure('portal-quality-axe');
    const [decision] = decisionIds;
    expect(decision).toBeDefined();
    // a 事前公开 item's page (the content test published one)
    const prior = (await (await fetch(`${server.baseUrl}/api/v1/public/pre-disclosures`)).json()) as {
      sections?: { items: { id: string }[] }[];
    };
    const priorItem = prior.sections?.flatMap((s) => s.items)[0]?.id;
    const paths = [
      ...PORTAL_PAGES.map((p) => p.path),
      ...(priorItem ? [`/prior/items/${priorItem}`] : []),
      `/results/${decision}`,
      `/results/${decision}/v/1`,
      '/results?q=%E5%BA%9F%E6%B0%94',
      '/no-such-page',
      '/display?interval=600',
    ];
    // axe itself sees what it should: an image without a text and a button without a name
    const probe = await visitor('desktop');
    await probe.setContent(
      '<html lang="zh-CN"><body><main><img src="data:,"><button></button></main></body></html>',
    );
    expect((await axe(probe)).filter(serious).map((v) => v.id)).toEqual(
      expect.arrayContaining(['image-alt', 'button-name']),
    );

    const found: string[] = [];
    const minor: string[] = [];
    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await visitor(viewport);
      for (const path of paths) {
        await open(page, path);
        const violations = await axe(page);
        found.push(...describeViolations(`${viewport} ${path}`, violations.filter(serious)));
        minor.push(
          ...describeViolations(
            `${viewport} ${path}`,
            violations.filter((v) => !serious(v)),
          ),
        );
        const title = await page.title();
        expect(title, path).toMatch(new RegExp(`^\\S.* - ${SITE}$`));
        if (!path.startsWith('/display'))
          expect(await overflow(page), `${viewport} ${path}`).toBeLessThanOrEqual(0);
      }
      await open(page, '/');
      await screenshot(page, `portal-quality-home-${viewport}`);
      await open(page, `/results/${decision}`);
      await screenshot(page, `portal-quality-decision-${viewport}`);
    }
    if (minor.length > 0) console.log(`axe (moderate, minor):\n${minor.join('\n')}`);
    if (found.length > 0) console.log(`axe (serious, critical):\n${found.join('\n')}`);
    expect(found).toEqual([]);
  }, 300_000);

  it('keyboard: the skip link comes first and takes the focus to the content; titles follow the page', async () => {
    shootOnFailure('portal-quality-keyboard');
    const page = await visitor('desktop');
    await open(page, '/results');
    expect(await page.title()).toBe(`执法结果公示 - ${SITE}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳至主要内容' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.boundingBox()).not.toBeNull();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id ?? location.hash)).toMatch(/main/);
    // the next stops: the brand, the large-text switch, the sign-in link, then the main navigation
    await page.keyboard.press('Shift+Tab');
    await page.goto('/results');
    await page.locator('h2').first().waitFor();
    const order: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? ''),
      );
    }
    expect(order[0]).toBe('跳至主要内容');
    expect(order[2]).toContain('大字版');
    expect(order[3]).toBe('工作人员登录');
    expect(order[4]).toBe('首页');
    // an in-app navigation moves the focus to the content and sets the title
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '纠错申请' }).click();
    await page.waitForURL('**/correction');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    expect(await page.title()).toBe(`纠错申请 - ${SITE}`);
  });

  it('适老化: the large-text switch enlarges the text, is remembered after a reload and keeps the phone layout', async () => {
    shootOnFailure('portal-quality-large');
    const [decision] = decisionIds;
    const phone = await visitor('phone');
    await open(phone, '/');
    const toggle = phone.getByRole('button', { name: '大字版' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const size = () =>
      phone.evaluate(() => {
        const el = document.querySelector('.portal-hero__intro');
        if (!el) return 0;
        return el.getBoundingClientRect().height;
      });
    const before = await size();
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await size()).toBeGreaterThan(before * 1.15);
    await phone.reload();
    await phone.locator('h2').first().waitFor();
    expect(await phone.getByRole('button', { name: '大字版' }).getAttribute('aria-pressed')).toBe('true');
    const violations: string[] = [];
    for (const path of ['/', '/results', `/results/${decision}`, '/officers', '/correction', '/prior']) {
      await open(phone, path);
      expect(await overflow(phone), path).toBeLessThanOrEqual(0);
      violations.push(...describeViolations(`large ${path}`, (await axe(phone)).filter(serious)));
    }
    await open(phone, '/');
    await screenshot(phone, 'portal-quality-home-phone-large');
    await open(phone, `/results/${decision}`);
    await screenshot(phone, 'portal-quality-decision-phone-large');
    const desktop = await visitor('desktop');
    await open(desktop, '/');
    await desktop.getByRole('button', { name: '大字版' }).click();
    expect(await overflow(desktop)).toBeLessThanOrEqual(0);
    await screenshot(desktop, 'portal-quality-home-desktop-large');
    // off again, and remembered as off
    await desktop.getByRole('button', { name: '大字版' }).click();
    await desktop.reload();
    await desktop.locator('h2').first().waitFor();
    expect(await desktop.getByRole('button', { name: '大字版' }).getAttribute('aria-pressed')).toBe('false');
    if (violations.length > 0) console.log(violations.join('\n'));
    expect(violations).toEqual([]);
  });

  it('电子显示屏: /display turns to the next screen by itself, also with reduced motion, and can be paused', async () => {
    shootOnFailure('portal-quality-display');
    const screen = { width: 1920, height: 1080 };
    const page = await visitor('desktop', { size: screen });
    await page.goto('/display?interval=2&sections=results,prior');
    const slide = page.locator('[data-slide]');
    await slide.waitFor();
    await page.getByText('行政执法信息公示').first().waitFor();
    const first = await slide.locator('h2').innerText();
    expect(first.length).toBeGreaterThan(0);
    await screenshot(page, 'portal-quality-display', false);
    await page.waitForFunction(
      (was) => document.querySelector('[data-slide] h2')?.textContent !== was,
      first,
      { timeout: 6_000 },
    );
    const second = await slide.locator('h2').innerText();
    expect(second).not.toBe(first);
    await screenshot(page, 'portal-quality-display-2', false);
    // nothing scrolls off the screen
    expect(
      await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
    ).toBeLessThanOrEqual(0);
    // large type: body text of at least 36 px on a 1080p screen
    const px = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('.display') as Element).fontSize),
    );
    expect(px).toBeGreaterThanOrEqual(36);

    // paused, it stays
    await page.getByRole('button', { name: '暂停轮播' }).click();
    const held = await slide.locator('h2').innerText();
    await page.waitForTimeout(3_000);
    expect(await slide.locator('h2').innerText()).toBe(held);
    await page.getByRole('button', { name: '继续轮播' }).click();

    // reduced motion: no animation, still turning
    const calm = await visitor('desktop', { size: screen, reducedMotion: 'reduce' });
    await calm.goto('/display?interval=2');
    await calm.locator('[data-slide] h2').waitFor();
    expect(
      await calm.evaluate(
        () => getComputedStyle(document.querySelector('.display-slide') as Element).animationName,
      ),
    ).toBe('none');
    const calmFirst = await calm.locator('[data-slide] h2').innerText();
    await calm.waitForFunction(
      (was) => document.querySelector('[data-slide] h2')?.textContent !== was,
      calmFirst,
      { timeout: 6_000 },
    );
  });

  it("the home page's bytes (HTML + JS + CSS, gzip) stay under 250 KB, without the back-office bundle", async () => {
    const page = await visitor('desktop');
    const received: { url: string; type: string; raw: number; gzip: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (res) => {
      const type = (res.headers()['content-type'] ?? '').split(';')[0] ?? '';
      if (!/text\/html|javascript|text\/css/.test(type)) return;
      pending.push(
        res.body().then((body) => {
          received.push({
            url: new URL(res.url()).pathname,
            type,
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
          });
        }),
      );
    });
    await open(page, '/');
    await Promise.all(pending);
    const total = received.reduce((sum, r) => sum + r.gzip, 0);
    const lines = received.map(
      (r) => `  ${r.url.padEnd(44)} ${String(r.raw).padStart(9)} B  gzip ${String(r.gzip).padStart(8)} B`,
    );
    console.log(
      `Portal home, bytes sent (HTML + JS + CSS):\n${lines.join('\n')}\n  total gzip: ${total} B (${(total / 1024).toFixed(1)} KB of ${BUDGET / 1024} KB)`,
    );
    expect(received.some((r) => r.type === 'text/html')).toBe(true);
    expect(received.some((r) => r.type.includes('javascript'))).toBe(true);
    expect(received.some((r) => r.type === 'text/css')).toBe(true);
    expect(total).toBeLessThan(BUDGET);

    // the back office (antd and its pages) is never fetched by the portal
    const adminChunks = readdirSync(join(ROOT, 'dist', 'web', 'assets')).filter((f) =>
      /^(AdminApp|LoginPage)-/.test(f),
    );
    expect(adminChunks.length).toBeGreaterThan(0);
    for (const r of received)
      expect(
        adminChunks.some((c) => r.url.endsWith(c)),
        r.url,
      ).toBe(false);
    const loaded = received
      .filter((r) => r.type.includes('javascript'))
      .map((r) => r.url.split('/').pop() ?? '');
    for (const file of loaded) {
      const text = readFileSync(join(ROOT, 'dist', 'web', 'assets', file), 'utf8');
      expect(text, file).not.toMatch(/ant-design|antd\/|ant-btn/);
    }
  });

  it('left no uncaught page errors', () => {
    expect([...watched.flat(), ...sessions.flatMap((s) => s.errors)]).toEqual([]);
  });
});
