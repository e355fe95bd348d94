import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserHarness, saveDialog } from './support/harness.js';
import { screenshot } from './support/server.js';
import { apiOf } from './support/ui.js';

const { session, visitor, shootOnFailure, pageErrors } = browserHarness('officers');

const SITE = '清远市生态环境局行政执法信息公示平台';
/** Made by the administrator before the visitor comes: a certificate past its validity, one revoked. */
const EXPIRED = {
  name: '钱晓敏',
  username: 'qc.qian',
  unit: '清城分局',
  no: '44180102',
  area: '清远市清城区',
};
const REVOKED = { name: '孙立新', username: 'zf2.sun', unit: '执法二科', no: '44180201', area: '清远市' };

/** axe-core's source, evaluated in the page (a script tag would be refused by the portal's CSP). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page (WCAG 2.1 AA and best practice rules). */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
    const { axe } = window as unknown as {
      axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Result[] }> };
    };
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${location.pathname}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Decodes a PNG's QR code. */
function decodePng(bytes: Buffer): string | undefined {
  const png = PNG.sync.read(bytes);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** The QR image as the browser drew it, copied onto a white canvas and read back as a PNG. */
async function qrImagePng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('img.officer-qr__image');
    if (!img) throw new Error('no QR image');
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 400;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 400, 400);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, 400, 400);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
}

beforeAll(async () => {
  const admin = await session('admin');
  const api = await apiOf(admin.page);
  const { items } = (await api.get('/api/v1/departments')) as { items: { id: string; name: string }[] };
  for (const [o, dates] of [
    [EXPIRED, { issuedOn: '2020-07-01', validUntil: '2025-06-30' }],
    [REVOKED, { issuedOn: '2023-01-01', validUntil: '2028-12-31' }],
  ] as const) {
    const user = await api.post('/api/v1/users', {
      username: o.username,
      name: o.name,
      password: 'Start2026',
      departmentId: items.find((d) => d.name === o.unit)?.id,
      roles: ['officer'],
    });
    const cert = await api.post('/api/v1/officers', {
      accountId: user['id'],
      certificateNo: o.no,
      category: '生态环境保护综合执法',
      issuer: '广东省人民政府',
      area: o.area,
      ...dates,
    });
    if (o === REVOKED) {
      const res = await admin.page.request.patch(`/api/v1/officers/${String(cert['id'])}`, {
        data: { revoked: true },
        headers: { 'x-csrf-token': await csrfOf(admin.page) },
      });
      expect(res.status()).toBe(200);
    }
  }
});

async function csrfOf(page: Page): Promise<string> {
  const me = await page.request.get('/api/v1/auth/me');
  return ((await me.json()) as { csrfToken: string }).csrfToken;
}

describe('执法人员 in public, on a phone', () => {
  it('lists every officer with the certificate status, filters by unit and by name or number', async () => {
    shootOnFailure();
    const { page } = await visitor(true);
    await page.goto('/');
    // on a phone the main navigation sits in the drawer behind 菜单
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('link', { name: '执法人员查询', exact: true }).first().click();
    await page.waitForURL((url) => url.pathname === '/officers');
    await page.getByRole('heading', { level: 2, name: '执法人员' }).waitFor();
    await page.getByText('共 4 条执法证信息').waitFor();
    expect(await page.title()).toBe(`执法人员 - ${SITE}`);

    const list = page.getByRole('list', { name: '执法人员名录' });
    const item = (name: string) => list.getByRole('article', { name });
    // expired and revoked certificates are listed, with their status in words
    await item(EXPIRED.name).getByText('已过期', { exact: true }).waitFor();
    await item(REVOKED.name).getByText('已注销', { exact: true }).waitFor();
    await item('李明').getByText('有效', { exact: true }).waitFor();
    expect(await item(EXPIRED.name).innerText()).toContain('2020-07-01 至 2025-06-30');
    expect(await item(EXPIRED.name).innerText()).toContain('清远市生态环境局清城分局');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'officers-list-phone');
    expect(await seriousViolations(page)).toEqual([]);

    // headings in order: the site (h1), the page (h2), each officer (h3)
    const levels = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName[1])),
    );
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));

    // the unit filter (a labelled select)
    await page.getByLabel('执法单位').selectOption({ label: '清城分局' });
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.has('unit'));
    await page.getByText('共 1 条执法证信息').waitFor();
    expect(await list.getByRole('article').count()).toBe(1);
    await item(EXPIRED.name).getByText('已过期', { exact: true }).waitFor();
    await screenshot(page, 'officers-list-unit-filter');

    // a name, all units again: the new search replaces the old answer
    await page.getByLabel('执法单位').selectOption({ label: '全部单位' });
    const search = page.getByLabel('姓名或执法证号');
    await search.fill('王芳');
    await search.press('Enter');
    await page.getByText('“王芳”共找到 1 条执法证信息').waitFor();
    expect(await list.getByRole('article').count()).toBe(1);
    expect(await list.innerText()).not.toContain(EXPIRED.name);
    // focus is visible on the search box
    await search.focus();
    expect(await search.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

    // nothing found says so, and leaves no earlier result beside it
    await search.fill('00000000');
    await search.press('Enter');
    await page.getByText('未找到符合条件的执法人员').waitFor();
    expect(await page.getByRole('article').count()).toBe(0);
    await screenshot(page, 'officers-list-none');
    expect(pageErrors()).toEqual([]);
  });

  it('opens an officer’s page whose QR code leads back to it, and shows an expired certificate as such', async () => {
    shootOnFailure();
    const { page } = await visitor(true);
    await page.goto('/officers?q=44180002');
    await page.getByRole('link', { name: '王芳' }).click();
    await page.waitForURL((url) => url.pathname === '/officers/44180002');
    const card = page.getByRole('article', { name: '王芳' });
    await card.waitFor();
    expect(await page.title()).toBe(`王芳 - 执法人员 - ${SITE}`);
    const text = await card.innerText();
    for (const shown of [
      '清远市生态环境局',
      '执法一科',
      '44180002',
      '清远市',
      '生态环境保护综合执法',
      '有效',
    ])
      expect(text).toContain(shown);
    await page.getByText('扫码核验执法人员身份').waitFor();
    const qr = page.getByRole('img', { name: /王芳.*44180002.*二维码/ });
    await qr.waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'officer-page-phone');
    expect(await seriousViolations(page)).toEqual([]);

    // the QR image the page shows, and the PNG it offers for printing, both lead to this very page
    const pageUrl = page.url();
    expect(decodePng(await qrImagePng(page))).toBe(pageUrl);
    const pngHref = await page.getByRole('link', { name: '下载二维码图片（PNG）' }).getAttribute('href');
    const png = await page.request.get(pngHref ?? '');
    expect(png.headers()['content-type']).toBe('image/png');
    expect(decodePng(await png.body())).toBe(pageUrl);

    // a scanned code opens the page directly (no list before it); back goes to the list
    const scanned = (await visitor(true)).page;
    await scanned.goto(pageUrl);
    await scanned.getByRole('article', { name: '王芳' }).waitFor();
    await scanned.getByRole('link', { name: '返回执法人员名录' }).click();
    await scanned.waitForURL((url) => url.pathname === '/officers');

    // an expired certificate: the badge and a sentence say so
    await page.goto(`/officers/${EXPIRED.no}`);
    const expired = page.getByRole('article', { name: EXPIRED.name });
    await expired.waitFor();
    expect(await expired.getByText('已过期', { exact: true }).count()).toBeGreaterThanOrEqual(1);
    await expired.getByText('该执法证已超过有效期（2025-06-30 到期）', { exact: false }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'officer-page-expired');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`/officers/${REVOKED.no}`);
    await page
      .getByRole('article', { name: REVOKED.name })
      .getByText('该执法证已被注销', { exact: false })
      .waitFor();
    await screenshot(page, 'officer-page-revoked');

    // the lookup's old address opens the officer's page; an unknown number says so
    await page.goto('/officers?no=44180001');
    await page.waitForURL((url) => url.pathname === '/officers/44180001');
    await page.getByRole('article', { name: '李明' }).waitFor();
    await page.goto('/officers/99999999');
    await page.getByText('未查询到执法证号为“99999999”的执法证').waitFor();
    expect(await page.title()).toBe(`未找到执法证 - ${SITE}`);
    await screenshot(page, 'officer-page-not-found');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
  });

  it('takes the area from the back office form to the portal', async () => {
    shootOnFailure();
    const admin = (await session('admin')).page;
    await admin.goto('/admin/officers');
    const row = admin.locator('.ant-table-row', { hasText: REVOKED.no });
    await row.getByRole('button', { name: /编\s*辑/ }).click();
    await saveDialog(admin, async (dialog) => {
      const area = dialog.getByLabel('执法区域');
      expect(await area.inputValue()).toBe(REVOKED.area);
      await area.fill('清远市清新区');
    });
    await row.getByRole('cell', { name: '清远市清新区', exact: true }).waitFor();
    await screenshot(admin, 'officers-admin-area');
    const { page } = await visitor(true);
    await page.goto(`/officers/${REVOKED.no}`);
    await page
      .getByRole('article', { name: REVOKED.name })
      .getByText('清远市清新区', { exact: true })
      .waitFor();
    expect(pageErrors()).toEqual([]);
  });

  it('is usable on a wide screen too', async () => {
    shootOnFailure();
    const { page } = await visitor(false);
    await page.goto('/officers');
    await page.getByText('共 4 条执法证信息').waitFor();
    await screenshot(page, 'officers-list-desktop');
    await page.goto(`/officers/${EXPIRED.no}`);
    await page.getByRole('img', { name: /二维码/ }).waitFor();
    await screenshot(page, 'officer-page-desktop');
    expect(pageErrors()).toEqual([]);
  });
});
