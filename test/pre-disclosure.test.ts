import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRE_DISCLOSURE_PERIOD } from '../src/server/modules/publicity/pre-disclosure.rules.js';
import { createTestApp, errorCode, TestClock, type Client, type TestApp } from './support/app.js';
import { departmentOf, multipart, pdfBytes, preDisclosureAt } from './support/factories.js';

/**
 * 事前公开 (issue 13): the contract's public routes, the back office's 填报 → 审核 → 审批 by three
 * people, versions kept as history, the 权责清单 import (all rows or none), the 20-working-day due
 * date, generated sections that turn into pending updates — and nothing unpublished on a public route.
 */
let t: TestApp;
let filler: Client;
let checker: Client;
let approver: Client;
const clock = new TestClock('2026-09-30T02:00:00.000Z'); // 10:00 in China, the day before the National Day

beforeAll(async () => {
  t = await createTestApp({ clock });
  filler = await t.login('filler');
  checker = await t.login('checker');
  approver = await t.login('approver');
});
afterAll(async () => t.close());

type Item = {
  id: string;
  status: string;
  due: string;
  dueState: string;
  publishedVersion: number | null;
  body: {
    intro: string;
    table: { columns: string[]; rows: string[][] } | null;
    attachments: { sha256: string }[];
  };
  steps: { step: string; actorName: string | null; comment: string | null }[];
};
type PublicItem = {
  version: number;
  current: boolean;
  body: { intro: string };
  versions: { version: number }[];
};
type Sections = { sections: { code: string; items: { id: string; version: number }[] }[] };

const publicIds = async () =>
  (await t.anonymous.get('/api/v1/public/pre-disclosures'))
    .json<Sections>()
    .sections.flatMap((s) => s.items.map((i) => i.id));

describe('the due date', () => {
  it('is 20 working days after the content was made, across the National Day and its make-up Saturday', async () => {
    expect(PRE_DISCLOSURE_PERIOD).toEqual({ days: 20, unit: 'working_days' });
    const id = await preDisclosureAt(t, 'draft', {
      section: 'permit_guides',
      title: '排污许可证核发办事指南',
    });
    const item = (await filler.get(`/api/v1/pre-disclosures/${id}`)).json<Item>();
    // 09-30 not counted; 10-01..10-07 off; 10-10 (Saturday) worked: the 20th working day is 11-03 (11-02 if the start day counted)
    expect(item.due).toBe('2026-11-03');
    expect(item.dueState).toBe('open');
    clock.set('2026-11-03T10:00:00.000Z'); // 18:00 in China on the due day
    filler = await t.login('filler');
    expect((await filler.get(`/api/v1/pre-disclosures/${id}`)).json<Item>().dueState).toBe('due_soon');
    clock.set('2026-11-04T01:00:00.000Z');
    filler = await t.login('filler');
    checker = await t.login('checker');
    approver = await t.login('approver');
    expect((await filler.get(`/api/v1/pre-disclosures/${id}`)).json<Item>().dueState).toBe('overdue');
    const overdue = (await filler.get('/api/v1/pre-disclosures?due=overdue')).json<{
      items: { id: string }[];
    }>();
    expect(overdue.items.map((i) => i.id)).toContain(id);
    // published late: the item says so
    for (const [client, action, body] of [
      [filler, 'submit', undefined],
      [checker, 'check', { ok: true }],
      [approver, 'approve', undefined],
    ] as const)
      expect((await client.post(`/api/v1/pre-disclosures/${id}/${action}`, body)).statusCode).toBe(200);
    expect((await filler.get(`/api/v1/pre-disclosures/${id}`)).json<Item>().dueState).toBe('late');
  });
});

describe('the workflow', () => {
  it('needs three different people and a comment to return', async () => {
    const admin = await t.login('admin');
    const made = await admin.post('/api/v1/users', {
      username: 'threeroles',
      name: '三岗合一',
      password: 'demo12345',
      departmentId: await departmentOf(t, 'filler'),
      roles: ['filler', 'checker', 'approver'],
    });
    expect(made.statusCode, made.body).toBe(201);
    const all = await t.login('threeroles');
    const created = await all.post('/api/v1/pre-disclosures', {
      section: 'remedies',
      title: '行政复议与行政诉讼渠道',
      departmentId: await departmentOf(t, 'filler'),
    });
    const id = created.json<{ id: string }>().id;
    expect((await all.post(`/api/v1/pre-disclosures/${id}/submit`)).statusCode).toBe(200);
    const own = await all.post(`/api/v1/pre-disclosures/${id}/check`, { ok: true });
    expect(own.statusCode).toBe(409);
    expect(errorCode(own)).toBe('SEPARATION_OF_DUTIES');
    expect(errorCode(await checker.post(`/api/v1/pre-disclosures/${id}/check`, { ok: false }))).toBe(
      'VALIDATION_FAILED',
    );
    expect((await checker.post(`/api/v1/pre-disclosures/${id}/check`, { ok: true })).statusCode).toBe(200);
    const checkerApproves = await (async () => {
      const both = await admin.post('/api/v1/users', {
        username: 'checkapprove',
        name: '审核审批',
        password: 'demo12345',
        departmentId: await departmentOf(t, 'filler'),
        roles: ['checker', 'approver'],
      });
      expect(both.statusCode).toBe(201);
      return t.login('checkapprove');
    })();
    // the filler may not approve what they filled, whoever checked it
    expect(errorCode(await all.post(`/api/v1/pre-disclosures/${id}/approve`))).toBe('SEPARATION_OF_DUTIES');
    expect((await checkerApproves.post(`/api/v1/pre-disclosures/${id}/approve`)).statusCode).toBe(200);
    const item = (await all.get(`/api/v1/pre-disclosures/${id}`)).json<Item>();
    expect(item.steps.map((s) => s.step)).toEqual(['created', 'submitted', 'checked', 'approved']);
    // a step from the wrong status
    const again = await all.post(`/api/v1/pre-disclosures/${id}/submit`);
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('DISCLOSURE_STATE');
  });

  it('keeps every published version: a change stays off the portal until approved, then becomes version 2', async () => {
    const id = await preDisclosureAt(t, 'published', { title: '投诉举报渠道' });
    const v1 = (await t.anonymous.get(`/api/v1/public/pre-disclosures/${id}`)).json<PublicItem>();
    expect(v1).toMatchObject({ version: 1, current: true });
    const edited = await filler.put(`/api/v1/pre-disclosures/${id}`, {
      body: { intro: '新的投诉电话：12369' },
    });
    expect(edited.json<Item>()).toMatchObject({ status: 'draft', publishedVersion: 1 });
    // the portal still shows version 1
    const during = (await t.anonymous.get(`/api/v1/public/pre-disclosures/${id}`)).json<PublicItem>();
    expect(during.version).toBe(1);
    expect(during.body.intro).not.toContain('12369');
    for (const [client, action, body] of [
      [filler, 'submit', undefined],
      [checker, 'check', { ok: true }],
      [approver, 'approve', undefined],
    ] as const)
      expect((await client.post(`/api/v1/pre-disclosures/${id}/${action}`, body)).statusCode).toBe(200);
    const v2 = (await t.anonymous.get(`/api/v1/public/pre-disclosures/${id}`)).json<PublicItem>();
    expect(v2).toMatchObject({ version: 2, current: true, body: { intro: '新的投诉电话：12369' } });
    expect(v2.versions.map((v) => v.version)).toEqual([2, 1]);
    const old = (await t.anonymous.get(`/api/v1/public/pre-disclosures/${id}/versions/1`)).json<PublicItem>();
    expect(old).toMatchObject({ version: 1, current: false });
    expect(old.body.intro).not.toContain('12369');
    expect((await t.anonymous.get(`/api/v1/public/pre-disclosures/${id}/versions/3`)).statusCode).toBe(404);
  });
});

describe('public routes', () => {
  it('never show a draft, a submitted or checked item, a withdrawn one, or an unpublished attachment', async () => {
    const draft = await preDisclosureAt(t, 'draft', { title: '草稿事项' });
    const submitted = await preDisclosureAt(t, 'submitted', { title: '待审核事项' });
    const checked = await preDisclosureAt(t, 'checked', { title: '待审批事项' });
    const withdrawn = await preDisclosureAt(t, 'published', { title: '将撤回事项' });
    expect(
      (await approver.post(`/api/v1/pre-disclosures/${withdrawn}/withdraw`, { reason: '渠道调整' }))
        .statusCode,
    ).toBe(200);
    const published = await preDisclosureAt(t, 'published', { title: '已公开事项' });
    const upload = multipart({}, { name: '../../复议申请书.pdf', bytes: pdfBytes('attachment') });
    const attached = await filler.request(
      'POST',
      `/api/v1/pre-disclosures/${published}/attachments`,
      upload.payload,
      {
        'content-type': upload.contentType,
      },
    );
    expect(attached.statusCode, attached.body).toBe(200);
    const sha = attached.json<Item>().body.attachments[0]?.sha256 ?? '';
    // the attachment is in a draft change: not public yet
    expect(
      (await t.anonymous.get(`/api/v1/public/pre-disclosures/${published}/attachments/${sha}`)).statusCode,
    ).toBe(404);

    const ids = await publicIds();
    expect(ids).toContain(published);
    const sitemap = (await t.anonymous.get('/sitemap.xml')).body;
    expect(sitemap).toContain(`/prior/items/${published}`);
    for (const hidden of [draft, submitted, checked, withdrawn]) expect(sitemap).not.toContain(hidden);
    for (const hidden of [draft, submitted, checked, withdrawn]) {
      expect(ids).not.toContain(hidden);
      expect((await t.anonymous.get(`/api/v1/public/pre-disclosures/${hidden}`)).statusCode).toBe(404);
      expect((await t.anonymous.get(`/api/v1/public/pre-disclosures/${hidden}/versions/1`)).statusCode).toBe(
        404,
      );
    }
    for (const [client, action, body] of [
      [filler, 'submit', undefined],
      [checker, 'check', { ok: true }],
      [approver, 'approve', undefined],
    ] as const)
      await client.post(`/api/v1/pre-disclosures/${published}/${action}`, body);
    const file = await t.anonymous.get(`/api/v1/public/pre-disclosures/${published}/attachments/${sha}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(String(file.headers['content-disposition'])).toContain(encodeURIComponent('复议申请书.pdf'));
    expect(file.rawPayload.equals(pdfBytes('attachment'))).toBe(true);
  });

  it('refuses files that are not PDF, Word or images, and bad input with 4xx', async () => {
    const id = await preDisclosureAt(t, 'draft');
    const text = multipart({}, { name: 'a.pdf', bytes: Buffer.from('\uFEFF这不是PDF文件', 'utf16le') });
    const refused = await filler.request('POST', `/api/v1/pre-disclosures/${id}/attachments`, text.payload, {
      'content-type': text.contentType,
    });
    expect(refused.statusCode).toBe(415);
    expect(refused.json<{ error: { message: string } }>().error.message).toContain('PDF');
    expect(
      (await filler.post('/api/v1/pre-disclosures', { section: 'nothing', title: 'x', departmentId: id }))
        .statusCode,
    ).toBe(400);
    const generated = await filler.post('/api/v1/pre-disclosures', {
      section: 'officers',
      title: '执法人员',
      departmentId: await departmentOf(t, 'filler'),
    });
    expect(generated.statusCode).toBe(400);
    expect((await t.anonymous.get('/api/v1/public/pre-disclosures/not-an-id')).statusCode).toBe(400);
  });
});

async function workbook(rows: (string | undefined)[][]): Promise<ReturnType<typeof multipart>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('权责清单');
  for (const r of rows) sheet.addRow(r);
  return multipart({}, { name: '权责清单.xlsx', bytes: Buffer.from(await book.xlsx.writeBuffer()) });
}
const HEADER = ['事项名称', '类别', '依据', '实施主体', '责任事项', '追责情形'];
const row = (name: string, category = '行政处罚', basis = '《中华人民共和国大气污染防治法》第九十九条') => [
  name,
  category,
  basis,
  '清远市生态环境局',
  '立案、调查、审查、决定、送达、执行',
  '不履行或不正确履行职责的，依法追究责任',
];

describe('the 权责清单 import', () => {
  it('lists every bad row with its number and reason and imports nothing; a good sheet replaces the table', async () => {
    const id = await preDisclosureAt(t, 'draft', { section: 'powers', title: '权责清单' });
    const bad = await workbook([
      HEADER,
      row('对超标排放大气污染物的处罚'),
      row('对未批先建的处罚', '行政处罚', ''),
      [],
      row('对拒绝检查的处罚', '行政打击'),
    ]);
    const refused = await filler.request('POST', `/api/v1/pre-disclosures/${id}/powers-import`, bad.payload, {
      'content-type': bad.contentType,
    });
    expect(refused.statusCode).toBe(400);
    const fields = refused.json<{ error: { details: { fields: { path: string; message: string }[] } } }>()
      .error.details.fields;
    expect(fields.map((f) => f.path)).toEqual(['row.3.依据', 'row.5.类别']);
    expect(fields[0]?.message).toContain('第3行');
    expect((await filler.get(`/api/v1/pre-disclosures/${id}`)).json<Item>().body.table).toBeNull();

    const header = await workbook([['名称', '类别'], row('x')]);
    const wrongHeader = await filler.request(
      'POST',
      `/api/v1/pre-disclosures/${id}/powers-import`,
      header.payload,
      {
        'content-type': header.contentType,
      },
    );
    expect(wrongHeader.statusCode).toBe(400);
    const junk = multipart({}, { name: 'a.xlsx', bytes: Buffer.from('PK\u0003\u0004 not a workbook') });
    expect(
      (
        await filler.request('POST', `/api/v1/pre-disclosures/${id}/powers-import`, junk.payload, {
          'content-type': junk.contentType,
        })
      ).statusCode,
    ).toBe(400);

    const good = await workbook([
      HEADER,
      row('对超标排放大气污染物的处罚'),
      row('对拒绝现场检查的处罚', '行政处罚'),
      row('查封、扣押', '行政强制'),
    ]);
    const imported = await filler.request(
      'POST',
      `/api/v1/pre-disclosures/${id}/powers-import`,
      good.payload,
      {
        'content-type': good.contentType,
      },
    );
    expect(imported.statusCode, imported.body).toBe(200);
    const table = imported.json<Item>().body.table;
    expect(table?.columns).toEqual(HEADER);
    expect(table?.rows.map((r) => r[0])).toEqual([
      '对超标排放大气污染物的处罚',
      '对拒绝现场检查的处罚',
      '查封、扣押',
    ]);
    expect(imported.json<Item>().steps.at(-1)).toMatchObject({ step: 'imported', comment: '导入 3 项' });
  });

  it('offers a template that imports as it is', async () => {
    const template = await filler.get('/api/v1/pre-disclosure-templates/powers.xlsx');
    expect(template.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]?.getRow(1).values).toEqual([undefined, ...HEADER]);
    const id = await preDisclosureAt(t, 'draft', { section: 'powers', title: '权责清单（模板）' });
    const upload = multipart({}, { name: 't.xlsx', bytes: template.rawPayload });
    const res = await filler.request('POST', `/api/v1/pre-disclosures/${id}/powers-import`, upload.payload, {
      'content-type': upload.contentType,
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('generated sections', () => {
  it('are made from the system’s data; a registry change is a pending update while the portal keeps its version', async () => {
    const list = (await filler.get('/api/v1/pre-disclosures?section=officers')).json<{
      items: { id: string; generated: boolean }[];
    }>();
    expect(list.items).toHaveLength(1);
    const id = list.items[0]?.id ?? '';
    const item = (await filler.get(`/api/v1/pre-disclosures/${id}`)).json<Item>();
    expect(item.body.table?.columns).toContain('执法证号');
    expect(item.body.table?.rows.map((r) => r[2])).toContain('44180001');
    for (const [client, action, body] of [
      [filler, 'submit', undefined],
      [checker, 'check', { ok: true }],
      [approver, 'approve', undefined],
    ] as const)
      expect((await client.post(`/api/v1/pre-disclosures/${id}/${action}`, body)).statusCode).toBe(200);
    // the registry changes: a certificate is revoked
    const admin = await t.login('admin');
    const cert = (await admin.get('/api/v1/officers?q=44180001')).json<{ items: { id: string }[] }>()
      .items[0];
    expect((await admin.patch(`/api/v1/officers/${cert?.id ?? ''}`, { revoked: true })).statusCode).toBe(200);
    const pending = (await filler.get('/api/v1/pre-disclosures?section=officers')).json<{
      items: { id: string; status: string }[];
    }>();
    expect(pending.items[0]).toMatchObject({ id, status: 'draft' });
    const updated = (await filler.get(`/api/v1/pre-disclosures/${id}`)).json<Item>();
    expect(updated.steps.at(-1)?.step).toBe('regenerated');
    expect(updated.body.table?.rows.find((r) => r[2] === '44180001')).toContain('已注销');
    // the portal keeps version 1, where the certificate was valid
    const shown = (await t.anonymous.get(`/api/v1/public/pre-disclosures/${id}`)).json<{
      version: number;
      body: { table: { rows: string[][] } };
    }>();
    expect(shown.version).toBe(1);
    expect(shown.body.table.rows.find((r) => r[2] === '44180001')).toContain('有效');
    // the table is the system's: an edit keeps it
    const edited = await filler.put(`/api/v1/pre-disclosures/${id}`, {
      body: { intro: '本局行政执法人员名单', table: { columns: ['x'], rows: [['y']] } },
    });
    expect(edited.json<Item>().body.table?.columns).toContain('执法证号');
    // nothing changed since: listing again makes no new step
    const steps = edited.json<Item>().steps.length;
    await filler.get('/api/v1/pre-disclosures');
    expect((await filler.get(`/api/v1/pre-disclosures/${id}`)).json<Item>().steps).toHaveLength(steps);
  });

  it('lists every section on the portal in the contract’s order', async () => {
    const { sections } = (await t.anonymous.get('/api/v1/public/pre-disclosures')).json<Sections>();
    expect(sections.map((s) => s.code)).toEqual([
      'body_duties',
      'officers',
      'powers',
      'random_inspection',
      'permit_guides',
      'flow_charts',
      'remedies',
      'av_list',
      'review_catalog',
      'laws_discretion',
      'post_board',
    ]);
  });
});
