import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserHarness } from './support/harness.js';
import { screenshot } from './support/server.js';
import { confirmPopover } from './support/ui.js';

const { session, shootOnFailure, pageErrors } = browserHarness('pre-disclosure-admin');

const TITLE = '清远市生态环境局权责清单（2026年版）';
const HEADER = ['事项名称', '类别', '依据', '实施主体', '责任事项', '追责情形'];
const row = (name: string, category = '行政处罚', basis = '《中华人民共和国大气污染防治法》第九十九条') => [
  name,
  category,
  basis,
  '清远市生态环境局',
  '立案、调查取证、审查、告知、决定、送达、执行',
  '因不履行或不正确履行职责，有《中华人民共和国行政处罚法》第七十六条规定情形的，依法追究责任',
];
const FIRST = '对超过大气污染物排放标准排放大气污染物的处罚';
const SECOND = '对未依法进行环境影响评价擅自开工建设的处罚';
const THIRD = '查封、扣押造成污染物排放的设施、设备';
/** The second import changes one row: the third item's basis. */
const CHANGED_BASIS = '《中华人民共和国环境保护法》第二十五条、《环境保护主管部门实施查封、扣押办法》第四条';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('权责清单');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Choose a workbook in the 导入 Excel upload (its hidden file input). */
async function importWorkbook(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.locator('input[type="file"][accept^=".xlsx"]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
}

/** The item's history, step labels oldest first. */
const historySteps = (page: Page) => page.locator('.case-event .ant-tag').allInnerTexts();

describe('事前公开 back office', () => {
  it('creates a 权责清单, imports it (a bad row named, then a good sheet), takes it through 审核 and 审批, then a changed row becomes version 2', async () => {
    shootOnFailure();

    // ---- 填报人: the list, 新建事项 ------------------------------------------------------------------
    const filler = await session('filler');
    const f = filler.page;
    await f.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '事前公开' }).click();
    await f.waitForURL(/\/admin\/pre-disclosures$/);
    await f.getByRole('heading', { level: 2, name: '事前公开' }).waitFor();
    // the generated sections are listed by the system itself
    await f.locator('.ant-table-row', { hasText: '执法人员' }).first().waitFor();
    await f.getByRole('button', { name: '新建事项' }).click();
    const create = f.getByRole('dialog');
    await create.getByLabel('栏目').click();
    // the generated sections are not offered
    const options = f.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.first().waitFor();
    const offered = await options.allInnerTexts();
    expect(offered).toContain('权责清单');
    expect(offered).not.toContain('执法人员');
    expect(offered).not.toContain('主体与职责');
    await options.filter({ hasText: /^权责清单$/ }).click();
    await create.getByLabel('事项名称').fill(TITLE);
    // the filler's own unit is chosen for them
    await create
      .locator('.ant-select-content-has-value, .ant-select-selection-item', { hasText: '执法一科' })
      .waitFor();
    await create.getByRole('button', { name: /新\s*增/ }).click();
    await f.waitForURL(/\/admin\/pre-disclosures\/[0-9a-f-]+$/);
    const itemPath = new URL(f.url()).pathname;
    const itemId = itemPath.split('/').pop() ?? '';
    await f.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await f.locator('.ant-tag', { hasText: '填报中' }).first().waitFor();
    await f.getByRole('link', { name: /下载模板/ }).waitFor();

    // ---- a sheet with bad rows: nothing imported, every bad row named ---------------------------------
    await importWorkbook(
      f,
      '权责清单（有误）.xlsx',
      await workbook([HEADER, row(FIRST), row(SECOND, '行政处罚', ''), row(THIRD, '行政打击')]),
    );
    const problems = f.getByRole('alert').filter({ hasText: '导入失败' });
    await problems.waitFor();
    await problems.getByText('导入失败，未导入任何一行。请修改以下 2 处后重新导入：').waitFor();
    await problems.getByText(/第3行「依据」/).waitFor();
    await problems.getByText(/第4行「类别」/).waitFor();
    expect(await f.getByText(FIRST).count()).toBe(0);
    await screenshot(f, 'pre-disclosure-import-error');

    // ---- the good sheet replaces the table ------------------------------------------------------------
    await importWorkbook(
      f,
      '权责清单.xlsx',
      await workbook([
        HEADER,
        row(FIRST),
        row(SECOND, '行政处罚', '《中华人民共和国环境影响评价法》第三十一条'),
        row(THIRD, '行政强制', '《中华人民共和国环境保护法》第二十五条'),
      ]),
    );
    await f.getByText('已导入，共 3 项').first().waitFor();
    await problems.waitFor({ state: 'hidden' });
    const editor = f.locator('.pre-disclosure-editor');
    await expect.poll(() => editor.getByLabel('第1行“事项名称”').inputValue()).toBe(FIRST);
    expect(await editor.getByLabel('第3行“类别”').inputValue()).toBe('行政强制');

    // the introduction, a fact and a step of the flow, saved
    await editor.getByLabel('简介').fill('本清单列明本局行使的行政职权事项、实施依据、责任事项和追责情形。');
    await editor.getByRole('button', { name: '添加要素' }).click();
    await editor.getByLabel('第1项要素的名称').fill('咨询电话');
    await editor.getByLabel('第1项要素的内容').fill('0763-3362000');
    await editor.getByRole('button', { name: '添加步骤' }).click();
    await editor.getByLabel('步骤名称').fill('清单动态调整');
    await editor.getByLabel('时限').fill('20个工作日');
    await editor.getByText('有尚未保存的修改').first().waitFor();
    // nothing unsaved may be submitted
    expect(await f.getByRole('button', { name: '提交审核' }).isDisabled()).toBe(true);
    await editor
      .getByRole('button', { name: /保\s*存/ })
      .first()
      .click();
    await f.getByText('已保存').first().waitFor();
    await editor.getByText('有尚未保存的修改').first().waitFor({ state: 'hidden' });
    // an attachment: a PDF is added; a file that only calls itself .pdf is refused with the server's reason
    const attach = (name: string, buffer: Buffer) =>
      f
        .locator('input[type="file"][accept^=".pdf"]')
        .setInputFiles({ name, mimeType: 'application/pdf', buffer });
    await attach('假文件.pdf', Buffer.from('这不是PDF文件'));
    await f.getByText(/“假文件\.pdf”上传失败：只能上传 PDF/).waitFor();
    await attach('权责清单说明.pdf', PDF);
    await f.getByText('已上传“权责清单说明.pdf”').waitFor();
    await f.getByRole('table', { name: '附件列表' }).getByText('权责清单说明.pdf').waitFor();
    await screenshot(f, 'pre-disclosure-editor');

    await f.getByRole('button', { name: '提交审核' }).click();
    await confirmPopover(f);
    await f.getByText('已提交审核').first().waitFor();
    await f.locator('.ant-tag', { hasText: '待审核' }).first().waitFor();
    expect(await f.locator('.pre-disclosure-editor').count()).toBe(0);

    // ---- 审核人 -----------------------------------------------------------------------------------------
    const checker = await session('checker');
    const c = checker.page;
    await c.goto('/admin/pre-disclosures?status=submitted');
    await c.locator('.ant-table-row', { hasText: TITLE }).getByRole('link', { name: TITLE }).click();
    await c.waitForURL((url) => url.pathname === itemPath);
    await c.getByText(FIRST).first().waitFor();
    // 退回 needs a comment: refused before anything is sent
    await c.getByRole('button', { name: /^退\s*回$/ }).click();
    const back = c.getByRole('dialog');
    await back.getByRole('button', { name: /^退\s*回$/ }).click();
    await back.getByText('请填写退回意见').waitFor();
    await back.getByRole('button', { name: /取\s*消/ }).click();
    await back.waitFor({ state: 'hidden' });
    await c.getByRole('button', { name: '审核通过' }).click();
    const check = c.getByRole('dialog');
    await check.getByLabel('审核意见（可不填）').fill('内容与本局职责一致。');
    await check.getByRole('button', { name: '审核通过' }).click();
    await check.waitFor({ state: 'hidden' });
    await c.locator('.ant-tag', { hasText: '待审批' }).first().waitFor();

    // ---- 审批人 -----------------------------------------------------------------------------------------
    const approver = await session('approver');
    const a = approver.page;
    await a.goto(itemPath);
    await a.getByRole('button', { name: '审批公开' }).click();
    await confirmPopover(a);
    await a.getByText('已审批，第1版已在公示平台公开').first().waitFor();
    await a.locator('.ant-tag', { hasText: '已公开' }).first().waitFor();
    await a.getByRole('link', { name: '在公示平台查看' }).first().waitFor();
    expect(await historySteps(a)).toEqual([
      '创建',
      '导入表格',
      '修改',
      '添加附件',
      '提交审核',
      '审核通过',
      '审批公开',
    ]);

    // ---- 填报人: one row changed by a second import, through 审核 and 审批 again: version 2 ------------------
    await f.goto(itemPath);
    await f.locator('.ant-tag', { hasText: '已公开' }).first().waitFor();
    await importWorkbook(
      f,
      '权责清单（调整）.xlsx',
      await workbook([
        HEADER,
        row(FIRST),
        row(SECOND, '行政处罚', '《中华人民共和国环境影响评价法》第三十一条'),
        row(THIRD, '行政强制', CHANGED_BASIS),
      ]),
    );
    await f.getByText('已导入，共 3 项').first().waitFor();
    await f.locator('.ant-tag', { hasText: '填报中' }).first().waitFor();
    await f.getByText('公示平台仍显示第1版；本次修改经审核、审批后公开为新版本。').waitFor();
    expect(await f.locator('.pre-disclosure-editor').getByLabel('第3行“依据”').inputValue()).toBe(
      CHANGED_BASIS,
    );
    // the portal keeps version 1 meanwhile
    const during = (await (await f.request.get(`/api/v1/public/pre-disclosures/${itemId}`)).json()) as {
      version: number;
      body: { table: { rows: string[][] } };
    };
    expect(during.version).toBe(1);
    expect(during.body.table.rows[2]?.[2]).not.toBe(CHANGED_BASIS);
    await f.getByRole('button', { name: '提交审核' }).click();
    await confirmPopover(f);
    await f.locator('.ant-tag', { hasText: '待审核' }).first().waitFor();

    await c.goto(itemPath);
    await c.getByText(CHANGED_BASIS).first().waitFor();
    await c.getByRole('button', { name: '审核通过' }).click();
    await c.getByRole('dialog').getByRole('button', { name: '审核通过' }).click();
    await c.locator('.ant-tag', { hasText: '待审批' }).first().waitFor();

    await a.goto(itemPath);
    // 退回修改 needs a reason: refused before anything is sent
    await a.getByRole('button', { name: '退回修改' }).click();
    const sendBack = a.getByRole('dialog', { name: '审批退回修改' });
    await sendBack.getByRole('button', { name: '退回修改' }).click();
    await sendBack.getByText('请填写退回意见').waitFor();
    await sendBack.getByRole('button', { name: /取\s*消/ }).click();
    await sendBack.waitFor({ state: 'hidden' });
    await a.getByRole('button', { name: '审批公开' }).click();
    await confirmPopover(a);
    await a.getByText('已审批，第2版已在公示平台公开').first().waitFor();
    await a.getByText('现行公开版本：第2版').first().waitFor();
    const published = (await (await a.request.get(`/api/v1/public/pre-disclosures/${itemId}`)).json()) as {
      version: number;
      versions: { version: number }[];
      body: { table: { rows: string[][] } };
    };
    expect(published.version).toBe(2);
    expect(published.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(published.body.table.rows[2]?.[2]).toBe(CHANGED_BASIS);
    await screenshot(a, 'pre-disclosure-approver-v2');
    // the published item's attachment downloads from the portal
    const file = await a.request.get(
      await a
        .getByRole('link', { name: '权责清单说明.pdf' })
        .getAttribute('href')
        .then((h) => h ?? ''),
    );
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');

    // the list shows the version in force
    await f.goto('/admin/pre-disclosures?section=powers');
    const listed = f.locator('.ant-table-row', { hasText: TITLE });
    await listed.getByText('第2版').waitFor();
    await listed.getByText('已公开').waitFor();
    await screenshot(f, 'pre-disclosure-list');
    await f.goto('/admin/pre-disclosures');
    await f.locator('.ant-table-row', { hasText: TITLE }).waitFor();
    await screenshot(f, 'pre-disclosure-list-all');

    // a generated section: the system's table is read-only, the introduction stays editable
    await f.goto('/admin/pre-disclosures?section=officers');
    await f.locator('.ant-table-row').first().getByRole('link').first().click();
    await f.waitForURL(/\/admin\/pre-disclosures\/[0-9a-f-]+$/);
    await f.getByText('本表由系统根据本平台登记的执法证件自动生成').waitFor();
    await f.locator('.pre-disclosure-editor').getByLabel('简介').waitFor();
    expect(await f.locator('.pre-disclosure-editor').getByRole('button', { name: '添加一行' }).count()).toBe(
      0,
    );
    await screenshot(f, 'pre-disclosure-generated');

    // the dashboard shows the 事前公开 counts beside the 事后公开 ones, linked to the filtered list
    await f.goto('/admin');
    await f.getByText('事前公开逾期未更新').waitFor();
    await screenshot(f, 'pre-disclosure-dashboard');
    await f.getByRole('link', { name: '事前公开即将到期' }).click();
    await f.waitForURL(/\/admin\/pre-disclosures\?due=due_soon$/);
    await f.getByRole('heading', { level: 2, name: '事前公开' }).waitFor();

    // 撤回 with a reason: off the portal, the reason on the item
    await a.goto(itemPath);
    await a.getByRole('button', { name: /^撤\s*回$/ }).click();
    const withdraw = a.getByRole('dialog', { name: '撤回事前公开事项' });
    await withdraw.getByLabel('撤回原因').fill('本局机构改革，权责清单另行公布。');
    await withdraw.getByRole('button', { name: /^撤\s*回$/ }).click();
    await withdraw.waitFor({ state: 'hidden' });
    await a.locator('.ant-tag', { hasText: '已撤回' }).first().waitFor();
    await a.getByText('撤回原因：本局机构改革，权责清单另行公布。').waitFor();
    expect((await a.request.get(`/api/v1/public/pre-disclosures/${itemId}`)).status()).toBe(404);

    expect(pageErrors()).toEqual([]);
  });
});
