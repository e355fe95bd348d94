import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';

/**
 * 执法人员 in public (issue 13): the list with its filters and pages, each officer's page, the QR
 * code that leads there. Expired and revoked certificates are listed and marked, never hidden; no
 * answer carries an account's id, username or anything else private. The clock stands at 2026-11-26.
 */
type Dept = { id: string; parentId: string | null; name: string };
type PublicOfficer = {
  certificateNo: string;
  name: string;
  unit: string;
  body: string;
  area: string | null;
  category: string;
  validFrom: string;
  validUntil: string;
  status: string;
};
type List = { items: PublicOfficer[]; total: number };

const PUBLIC_KEYS = [
  'area',
  'body',
  'category',
  'certificateNo',
  'name',
  'status',
  'unit',
  'validFrom',
  'validUntil',
];

let t: TestApp;
let admin: Client;
let depts: Dept[];
const byName = (name: string) => depts.find((d) => d.name === name)?.id ?? '';
/** What must never reach the portal: the officers' account ids, usernames, certificate row ids. */
const secrets: string[] = ['officer1', 'officer2', 'argon2', 'passwordHash', 'accountId', 'username'];

const OFFICERS = [
  // name, username, unit, number, area, issued, valid until, revoked
  ['赵一鸣', 'qc.zhao', '清城分局', '44180101', '清远市清城区', '2024-03-01', '2029-02-28', false],
  ['钱二妹', 'qc.qian', '清城分局', '44180102', '清远市清城区', '2020-07-01', '2025-06-30', false],
  ['孙三立', 'zf2.sun', '执法二科', '44180201', null, '2023-01-01', '2027-12-31', true],
] as const;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  depts = (await admin.get('/api/v1/departments')).json<{ items: Dept[] }>().items;
  for (const [name, username, unit, no, area, issuedOn, validUntil, revoked] of OFFICERS) {
    const user = await admin.post('/api/v1/users', {
      username,
      name,
      password: 'Start2026',
      departmentId: byName(unit),
      roles: ['officer'],
    });
    expect(user.statusCode, user.body).toBe(201);
    const accountId = user.json<{ id: string }>().id;
    const cert = await admin.post('/api/v1/officers', {
      accountId,
      certificateNo: no,
      category: '生态环境保护综合执法',
      issuer: '广东省人民政府',
      issuedOn,
      validUntil,
      ...(area ? { area } : {}),
    });
    expect(cert.statusCode, cert.body).toBe(201);
    const certId = cert.json<{ id: string }>().id;
    if (revoked)
      expect((await admin.patch(`/api/v1/officers/${certId}`, { revoked: true })).statusCode).toBe(200);
    secrets.push(username, accountId, certId);
  }
  for (const username of ['officer1', 'officer2']) {
    const found = (await admin.get(`/api/v1/users?q=${username}`)).json<{ items: { id: string }[] }>();
    secrets.push(...found.items.map((u) => u.id));
  }
});
afterAll(async () => t.close());

/** Every public answer of the tests below, scanned at the end for private data. */
const bodies: string[] = [];
const list = async (query = '') => {
  const res = await t.anonymous.get(`/api/v1/public/officers${query}`);
  expect(res.statusCode, res.body).toBe(200);
  bodies.push(res.body);
  return res.json<List>();
};
const scanned = async (url: string) => {
  const res = await t.anonymous.get(url);
  bodies.push(res.body);
  return res;
};

describe('GET /api/v1/public/officers', () => {
  it('lists every certificate — expired and revoked ones marked, not left out — by unit, with the body', async () => {
    const all = await list();
    expect(all.total).toBe(5);
    expect(all.items.map((o) => [o.certificateNo, o.name, o.unit, o.status])).toEqual([
      // the tree's order: 执法一科, 执法二科, then the branch bureaus
      ['44180001', '李明', '执法一科', 'valid'],
      ['44180002', '王芳', '执法一科', 'valid'],
      ['44180201', '孙三立', '执法二科', 'revoked'],
      ['44180101', '赵一鸣', '清城分局', 'valid'],
      ['44180102', '钱二妹', '清城分局', 'expired'],
    ]);
    for (const o of all.items) {
      expect(Object.keys(o).sort()).toEqual(PUBLIC_KEYS);
      expect(o.body).toBe('清远市生态环境局');
    }
    expect(all.items.find((o) => o.certificateNo === '44180102')).toEqual({
      certificateNo: '44180102',
      name: '钱二妹',
      unit: '清城分局',
      body: '清远市生态环境局',
      area: '清远市清城区',
      category: '生态环境保护综合执法',
      validFrom: '2020-07-01',
      validUntil: '2025-06-30',
      status: 'expired',
    });
    expect(all.items.find((o) => o.certificateNo === '44180201')?.area).toBeNull();
  });

  it('filters by unit and by a part of the name or of the certificate number, never by username', async () => {
    const branch = await list(`?unit=${byName('清城分局')}`);
    expect(branch.items.map((o) => [o.certificateNo, o.status])).toEqual([
      ['44180101', 'valid'],
      ['44180102', 'expired'],
    ]);
    expect(branch.total).toBe(2);
    expect((await list(`?q=${encodeURIComponent('三立')}`)).items.map((o) => o.status)).toEqual(['revoked']);
    expect((await list('?q=441801')).items.map((o) => o.certificateNo)).toEqual(['44180101', '44180102']);
    expect((await list(`?q=441801&unit=${byName('执法一科')}`)).total).toBe(0);
    expect((await list(`?q=${encodeURIComponent(' 李明 ')}`)).items.map((o) => o.certificateNo)).toEqual([
      '44180001',
    ]);
    // usernames are not public: no search may find an officer by one
    for (const username of ['qc.zhao', 'officer1']) expect((await list(`?q=${username}`)).total).toBe(0);
    // LIKE's wildcards are literal
    expect((await list('?q=%25')).total).toBe(0);
    expect((await list('?q=_')).total).toBe(0);
    // a unit without officers, or none at all, is an empty list
    expect(await list(`?unit=${byName('办公室')}`)).toEqual({ items: [], total: 0 });
    expect((await list('?unit=00000000-0000-4000-8000-000000000000')).total).toBe(0);
    expect((await list('?q=')).total).toBe(5);
  });

  it('pages through the list without gaps or repeats', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => list(`?pageSize=2&page=${page}`)));
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    const numbers = pages.flatMap((p) => p.items.map((o) => o.certificateNo));
    expect(numbers).toEqual((await list()).items.map((o) => o.certificateNo));
    expect(await list('?pageSize=2&page=4')).toEqual({ items: [], total: 5 });
  });

  it('refuses a bad query with 400 VALIDATION_FAILED naming the field', async () => {
    for (const [query, field] of [
      ['?unit=not-a-department', 'unit'],
      ['?page=0', 'page'],
      ['?page=abc', 'page'],
      ['?pageSize=201', 'pageSize'],
      ['?pageSize=-1', 'pageSize'],
      [`?q=${'字'.repeat(101)}`, 'q'],
    ] as const) {
      const res = await t.anonymous.get(`/api/v1/public/officers${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(errorCode(res)).toBe('VALIDATION_FAILED');
      const fields = res.json<{ error: { details: { fields: { path: string }[] } } }>().error.details.fields;
      expect(fields.map((f) => f.path)).toContain(`querystring.${field}`);
    }
    expect((await t.anonymous.get('/api/v1/public/officers?q=%00')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/public/officer-filters', () => {
  it('offers the units that have certified officers, in the tree’s order', async () => {
    const res = await scanned('/api/v1/public/officer-filters');
    expect(res.statusCode).toBe(200);
    expect(res.json<{ units: { id: string; name: string }[] }>().units).toEqual(
      ['执法一科', '执法二科', '清城分局'].map((name) => ({ id: byName(name), name })),
    );
  });
});

describe('GET /api/v1/public/officers/{certificateNo}', () => {
  it('gives the officer page what it shows: body, unit, area, category, validity and status', async () => {
    const expired = await scanned('/api/v1/public/officers/44180102');
    expect(expired.statusCode).toBe(200);
    expect(expired.json()).toMatchObject({ name: '钱二妹', body: '清远市生态环境局', status: 'expired' });
    const revoked = await scanned('/api/v1/public/officers/44180201');
    expect(revoked.json()).toMatchObject({ unit: '执法二科', area: null, status: 'revoked' });
    const valid = await scanned('/api/v1/public/officers/44180001');
    expect(Object.keys(valid.json<object>()).sort()).toEqual(PUBLIC_KEYS);
    const unknown = await t.anonymous.get('/api/v1/public/officers/99999999');
    expect(unknown.statusCode).toBe(404);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('shows the day after the last valid day as expired (China time)', async () => {
    t.clock.set('2029-02-28T15:59:59.000Z'); // 23:59:59 in China
    expect((await scanned('/api/v1/public/officers/44180101')).json()).toMatchObject({ status: 'valid' });
    t.clock.set('2029-02-28T16:00:00.000Z');
    expect((await scanned('/api/v1/public/officers/44180101')).json()).toMatchObject({ status: 'expired' });
    t.clock.set('2026-11-26T02:00:00.000Z');
  });
});

/** Draws the qrcode library's SVG (`M x y` moves, `m dx dy` steps, `h n` strokes one module high). */
function rasteriseSvg(svg: string, scale = 4): { data: Uint8ClampedArray; width: number; height: number } {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !path) throw new Error(`not a QR SVG: ${svg.slice(0, 200)}`);
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of path.matchAll(/([MmHh])(-?[\d.]+)(?:[ ,](-?[\d.]+))?/g)) {
    const n = Number(a);
    if (op === 'M') [x, y] = [n, Number(b)];
    else if (op === 'm') [x, y] = [x + n, y + Number(b)];
    else {
      const to = op === 'h' ? x + n : n;
      const row = Math.floor(y);
      for (let col = Math.min(x, to); col < Math.max(x, to); col++)
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++) {
            const at = ((row * scale + dy) * width + col * scale + dx) * 4;
            data[at] = data[at + 1] = data[at + 2] = 0;
          }
      x = to;
    }
  }
  return { data, width, height: width };
}

const decodeSvg = (svg: string) => {
  const { data, width, height } = rasteriseSvg(svg);
  return jsQR(data, width, height)?.data;
};
const decodePng = (bytes: Buffer) => {
  const png = PNG.sync.read(bytes);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
};

describe('the QR code of an officer’s page', () => {
  it('answers an SVG and a PNG that decode to the officer’s page on the address the request came to', async () => {
    const svg = await t.anonymous.get('/api/v1/public/officers/44180102/qr.svg', {
      host: 'zfgs.example.org',
    });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toMatch(/^<svg [^>]*width="\d+" height="\d+"/);
    expect(decodeSvg(svg.body)).toBe('http://zfgs.example.org/officers/44180102');

    const png = await t.anonymous.get('/api/v1/public/officers/44180001/qr.png', {
      host: 'zfgs.example.org:8080',
    });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(decodePng(png.rawPayload)).toBe('http://zfgs.example.org:8080/officers/44180001');

    // a revoked certificate keeps its code: the page it leads to says 已注销
    const revoked = await t.anonymous.get('/api/v1/public/officers/44180201/qr.svg');
    expect(decodeSvg(revoked.body)).toBe('http://localhost:80/officers/44180201');
    // forwarded headers count only behind a trusted proxy (TRUST_PROXY)
    const forwarded = await t.anonymous.get('/api/v1/public/officers/44180201/qr.svg', {
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'evil.example.com',
    });
    expect(decodeSvg(forwarded.body)).toBe('http://localhost:80/officers/44180201');
  });

  it('answers 404 for an unknown certificate and 400 for a host that is not one', async () => {
    for (const ext of ['svg', 'png']) {
      const res = await t.anonymous.get(`/api/v1/public/officers/99999999/qr.${ext}`);
      expect(res.statusCode).toBe(404);
      expect(errorCode(res)).toBe('NOT_FOUND');
    }
    const res = await t.anonymous.get('/api/v1/public/officers/44180001/qr.svg', { host: 'a b@evil' });
    expect(res.statusCode).toBe(400);
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
  });

  it('uses the forwarded protocol and host behind a trusted proxy, and PUBLIC_BASE_URL above all', async () => {
    const proxied = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    try {
      const res = await proxied.anonymous.get('/api/v1/public/officers/44180001/qr.svg', {
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'zfgs.qingyuan.example.gov.cn',
      });
      expect(decodeSvg(res.body)).toBe('https://zfgs.qingyuan.example.gov.cn/officers/44180001');
    } finally {
      await proxied.close();
    }
    const configured = await createTestApp({
      env: { TRUST_PROXY: 'true', PUBLIC_BASE_URL: 'https://www.example.gov.cn/zfgs/' },
    });
    try {
      const res = await configured.anonymous.get('/api/v1/public/officers/44180002/qr.png', {
        host: 'elsewhere.example.org',
        'x-forwarded-host': 'evil.example.com',
      });
      expect(decodePng(res.rawPayload)).toBe('https://www.example.gov.cn/zfgs/officers/44180002');
    } finally {
      await configured.close();
    }
  });
});

describe('private data', () => {
  it('is in no public answer about officers', async () => {
    bodies.push((await t.anonymous.get('/api/v1/public/officers?pageSize=200')).body);
    bodies.push((await t.anonymous.get('/api/v1/public/officers?q=4418')).body);
    expect(bodies.length).toBeGreaterThan(6);
    for (const body of bodies) for (const secret of secrets) expect(body).not.toContain(secret);
  });
});

describe('the demo content', () => {
  it('lists demo officers of several units with an expired and a revoked certificate', async () => {
    const demo = await createTestApp({ env: { DEMO_CONTENT: 'true' } });
    try {
      const all = (await demo.anonymous.get('/api/v1/public/officers?pageSize=200')).json<List>();
      expect(all.total).toBeGreaterThanOrEqual(8);
      expect(new Set(all.items.map((o) => o.unit)).size).toBeGreaterThanOrEqual(4);
      expect(all.items.filter((o) => o.status === 'expired')).toHaveLength(1);
      expect(all.items.filter((o) => o.status === 'revoked')).toHaveLength(1);
      expect(all.items.every((o) => o.area !== null && /^4418\d{4}$/.test(o.certificateNo))).toBe(true);
    } finally {
      await demo.close();
    }
  });
});
