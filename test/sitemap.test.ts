import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sitemap, type SitemapSource } from '../src/server/modules/site/sitemap.service.js';
import { absoluteUrl, robotsTxt, SITEMAP_NS, xmlEscape } from '../src/server/modules/site/sitemap.rules.js';
import { PORTAL_PAGES } from '../src/shared/portal-pages.js';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';
import { decidedCase, decisionDraft, disclosureAt, disclosureOf } from './support/factories.js';

/**
 * The sitemap for search engines (issue 13): the portal's fixed pages and every decision on the
 * portal, never a draft or an item held back; well-formed XML in the sitemaps namespace; the
 * portal's address from PUBLIC_BASE_URL or the request. Also the footer's site information.
 */

type Parsed = { root: string; ns: string | undefined; locs: string[]; lastmods: string[] };

/** Parses with a strict, namespace-aware XML parser: any well-formedness error throws. */
function parseSitemap(xml: string): Parsed {
  const parser = new SaxesParser({ xmlns: true });
  const out: Parsed = { root: '', ns: undefined, locs: [], lastmods: [] };
  let text = '';
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    if (!out.root) {
      out.root = tag.local;
      out.ns = tag.uri;
    }
    text = '';
  });
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'loc') out.locs.push(text);
    if (tag.local === 'lastmod') out.lastmods.push(text);
  });
  parser.write(xml).close();
  return out;
}

let t: TestApp;
let published: string;
let withdrawn: string;
let draft: string;
let held: string;

async function heldItem(filler: Client, caseId: string): Promise<string> {
  const id = await disclosureOf(filler, caseId);
  await filler.post(`/api/v1/disclosures/${id}/hold`, { reason: 'minor', note: '当事人未满十八周岁' });
  await (await t.login('checker')).post(`/api/v1/disclosures/${id}/check`, { ok: true });
  const approved = await (await t.login('approver')).post(`/api/v1/disclosures/${id}/approve`);
  expect(approved.json<{ status: string }>().status).toBe('held');
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  const officer = await t.login('officer1');
  const head = await t.login('head');
  const filler = await t.login('filler');
  published = await disclosureAt(t, (await decidedCase(t, officer, head)).id, 'published');
  withdrawn = await disclosureAt(t, (await decidedCase(t, officer, head)).id, 'withdrawn');
  draft = await disclosureOf(filler, (await decidedCase(t, officer, head)).id);
  held = await heldItem(filler, (await decidedCase(t, officer, head, 1000, decisionDraft(1000))).id);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('GET /sitemap.xml', () => {
  it('lists the fixed pages and the decisions on the portal, never a draft or a held-back item', async () => {
    const res = await t.anonymous.get('/sitemap.xml', { host: 'zfgs.example.gov.cn' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml; charset=utf-8/);
    const doc = parseSitemap(res.body);
    expect(doc.root).toBe('urlset');
    expect(doc.ns).toBe(SITEMAP_NS);
    const base = 'http://zfgs.example.gov.cn';
    for (const p of PORTAL_PAGES) expect(doc.locs).toContain(`${base}${p.path}`);
    expect(doc.locs).toContain(`${base}/results/${published}`);
    // a withdrawn decision stays on the portal, marked, with its reason
    expect(doc.locs).toContain(`${base}/results/${withdrawn}`);
    expect(res.body).not.toContain(draft);
    expect(res.body).not.toContain(held);
    expect(doc.locs.every((l) => l.startsWith(`${base}/`))).toBe(true);
    expect(new Set(doc.locs).size).toBe(doc.locs.length);
    expect(doc.lastmods.length).toBeGreaterThanOrEqual(2);
    for (const m of doc.lastmods) expect(Number.isNaN(Date.parse(m))).toBe(false);
    // the back office and the display screen are not for search engines
    expect(doc.locs.some((l) => /\/(admin|login|display)/.test(l))).toBe(false);
  });

  it('serves each source as a part, and 404 for a part that does not exist', async () => {
    const part = await t.anonymous.get('/sitemaps/decisions-1.xml');
    expect(part.statusCode).toBe(200);
    expect(parseSitemap(part.body).locs.map((l) => l.split('/').pop())).toEqual(
      expect.arrayContaining([published, withdrawn]),
    );
    for (const bad of [
      'decisions-2.xml',
      'nothing-1.xml',
      'decisions-0.xml',
      'decisions.xml',
      'x'.repeat(41),
    ]) {
      const res = await t.anonymous.get(`/sitemaps/${bad}`);
      expect(res.statusCode, bad).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, bad).toBeLessThan(500);
    }
  });

  it('answers 400, not 500, for a Host header that is not a host name', async () => {
    const res = await t.anonymous.get('/sitemap.xml', { host: 'evil"><x>' });
    expect(res.statusCode).toBe(400);
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
  });
});

describe('GET /robots.txt', () => {
  it('points to the sitemap and keeps crawlers out of the back office and the API', async () => {
    const res = await t.anonymous.get('/robots.txt', { host: 'zfgs.example.gov.cn:8443' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('Sitemap: http://zfgs.example.gov.cn:8443/sitemap.xml');
    for (const path of ['/admin', '/login', '/api/', '/display'])
      expect(res.body).toContain(`Disallow: ${path}`);
  });
});

describe('PUBLIC_BASE_URL', () => {
  it('is the address of every link, whatever host the request names', async () => {
    const other = await createTestApp({ env: { PUBLIC_BASE_URL: 'https://zfgs.example.gov.cn/' } });
    try {
      const res = await other.anonymous.get('/sitemap.xml', { host: 'internal:3000' });
      const doc = parseSitemap(res.body);
      expect(doc.locs).toContain('https://zfgs.example.gov.cn/');
      expect(doc.locs).toContain('https://zfgs.example.gov.cn/results');
      expect(doc.locs.every((l) => l.startsWith('https://zfgs.example.gov.cn/'))).toBe(true);
      const robots = await other.anonymous.get('/robots.txt', { host: 'internal:3000' });
      expect(robots.body).toContain('Sitemap: https://zfgs.example.gov.cn/sitemap.xml');
    } finally {
      await other.close();
    }
  });
});

describe('Sitemap (a large one)', () => {
  const source = (name: string, n: number): SitemapSource => ({
    name,
    count: async () => n,
    list: async (offset, limit) =>
      Array.from({ length: Math.max(0, Math.min(limit, n - offset)) }, (_, i) => ({
        path: `/${name}/${offset + i + 1}`,
      })),
  });

  it('becomes an index of per-source parts beyond the limit of one file', async () => {
    const map = new Sitemap(3);
    map.addSource(source('pages', 2));
    map.addSource(source('items', 5));
    const index = parseSitemap(await map.document('https://a.gov.cn'));
    expect(index.root).toBe('sitemapindex');
    expect(index.locs).toEqual([
      'https://a.gov.cn/sitemaps/pages-1.xml',
      'https://a.gov.cn/sitemaps/items-1.xml',
      'https://a.gov.cn/sitemaps/items-2.xml',
    ]);
    expect(parseSitemap((await map.part('items-2', 'https://a.gov.cn')) ?? '').locs).toEqual([
      'https://a.gov.cn/items/4',
      'https://a.gov.cn/items/5',
    ]);
    expect(await map.part('items-3', 'https://a.gov.cn')).toBeNull();
    expect(() => map.addSource(source('items', 1))).toThrow(/twice/);
  });

  it('escapes and encodes what goes into an address', () => {
    expect(xmlEscape(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
    expect(absoluteUrl('https://a.gov.cn', '/results/清环 1')).toBe(
      'https://a.gov.cn/results/%E6%B8%85%E7%8E%AF%201',
    );
    expect(robotsTxt('https://a.gov.cn')).toContain('Sitemap: https://a.gov.cn/sitemap.xml');
  });
});

describe('GET /api/v1/public/site', () => {
  it('answers the footer: the body as sponsor by default, the settings once an administrator sets them', async () => {
    const fresh = await t.anonymous.get('/api/v1/public/site');
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toEqual({
      bodyName: '清远市生态环境局',
      sponsor: '清远市生态环境局',
      siteCode: '',
      icp: '',
      publicSecurityRecord: '',
      address: '',
      phone: '',
    });
    const admin = await t.login('admin');
    const settings = {
      'portal.sponsor': '清远市生态环境局办公室',
      'portal.siteCode': '4418000001',
      'portal.icp': '粤ICP备12345678号-1',
      'portal.publicSecurityRecord': '粤公网安备44180202000001号',
      'portal.address': '清远市清城区',
      'portal.phone': '0763-1234567',
    };
    for (const [key, value] of Object.entries(settings)) {
      expect((await admin.put(`/api/v1/parameters/${key}`, { value })).statusCode, key).toBe(200);
    }
    expect((await t.anonymous.get('/api/v1/public/site')).json()).toEqual({
      bodyName: '清远市生态环境局',
      sponsor: '清远市生态环境局办公室',
      siteCode: '4418000001',
      icp: '粤ICP备12345678号-1',
      publicSecurityRecord: '粤公网安备44180202000001号',
      address: '清远市清城区',
      phone: '0763-1234567',
    });
    // a site code is ten digits or letters; a blank sponsor is the body again
    const bad = await admin.put('/api/v1/parameters/portal.siteCode', { value: '12345' });
    expect(bad.statusCode).toBe(400);
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    expect((await admin.put('/api/v1/parameters/portal.sponsor', { value: ' ' })).statusCode).toBe(200);
    expect((await t.anonymous.get('/api/v1/public/site')).json()).toMatchObject({
      sponsor: '清远市生态环境局',
    });
  });
});
