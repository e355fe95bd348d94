import type { Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { browserHarness, saveDialog } from './support/harness.js';
import { screenshot } from './support/server.js';
import { caseInDecisionStage as inDecision } from './support/cases.js';
import { apiOf, confirmPopover, pick } from './support/ui.js';

const TITLE = '清远市某化工有限公司超标排放大气污染物案';

/** The text of a Word document (its main part without the markup). */
const docxText = (bytes: Buffer) =>
  strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array()).replace(
    /<[^>]+>/g,
    '',
  );

/** Set-up through the API: the case in 审核决定 (the case walk covers these screens). */
const caseInDecisionStage = (officer: Page, head: Page, title = TITLE) => inDecision(officer, head, title);

const { session, shootOnFailure, pageErrors } = browserHarness('review');

/** The reviewer opens the review of the case `title` from the queue. */
async function openFromQueue(reviewer: Page, title = TITLE): Promise<void> {
  await reviewer
    .getByRole('navigation', { name: '主菜单' })
    .getByRole('link', { name: '待审核', exact: true })
    .click();
  await reviewer.waitForURL(/\/admin\/reviews$/);
  const row = reviewer.locator('.ant-table-row', { hasText: title });
  await row.waitFor();
  await row.click();
  await reviewer.waitForURL(/\/admin\/reviews\/[0-9a-f-]{36}$/);
  await reviewer.getByRole('heading', { level: 2, name: `法制审核：${title}` }).waitFor();
}

describe('重大执法决定法制审核', () => {
  it('returns a major draft, approves the fixed one, and lets the head decide after the collective discussion', async () => {
    shootOnFailure();
    const admin = await session('admin');
    const officer = await session('officer1');
    const head = await session('head');
    const reviewer = await session('reviewer');

    // ---- the administrator records the reviewer's 法律职业资格 ---------------------------------------
    await admin.page
      .getByRole('navigation', { name: '主菜单' })
      .getByRole('link', { name: '用户管理' })
      .click();
    await admin.page.getByLabel('关键字').fill('reviewer');
    await admin.page.getByRole('button', { name: /查\s*询/ }).click();
    const reviewerRow = admin.page.locator('.ant-table-row', { hasText: 'reviewer' });
    await reviewerRow.getByRole('button', { name: '法律职业资格' }).click();
    const qualification = admin.page.getByRole('dialog');
    await qualification.getByText('取得法律职业资格', { exact: true }).click();
    await qualification.getByLabel('法律职业资格证书编号').fill('A20184418001234');
    await screenshot(admin.page, 'review-qualification', false);
    await qualification.getByRole('button', { name: /保\s*存/ }).click();
    await admin.page.getByText('法律职业资格已保存').waitFor();

    // ---- the case reaches 审核决定 --------------------------------------------------------------------
    const caseId = await caseInDecisionStage(officer.page, head.page);
    const casePath = `/admin/cases/${caseId}?tab=decision`;

    // ---- the officer drafts the decision and checks it ------------------------------------------------
    const o = officer.page;
    await o.goto(casePath);
    const steps = o.locator('.procedure-steps');
    await steps.getByText('尚未制作告知书').waitFor();
    await pick(o, o.getByLabel('处罚种类 1'), '罚款');
    await o.getByLabel('金额（元） 1').fill('300000');
    await o.getByLabel('案由', { exact: true }).fill('超标排放大气污染物');
    await o
      .getByLabel('违法事实', { exact: true })
      .fill(
        '经查，当事人于2026年11月20日在生产过程中通过排气筒排放大气污染物，颗粒物浓度超过排放标准2.1倍。',
      );
    await o
      .getByLabel('法律依据', { exact: true })
      .fill('《中华人民共和国大气污染防治法》第九十九条第（二）项');
    await o
      .getByLabel('裁量基准', { exact: true })
      .fill('广东省生态环境行政处罚自由裁量权裁量标准 大气类第3项');
    await o.getByLabel('裁量理由', { exact: true }).fill('超标倍数较高。');
    await o.getByRole('button', { name: /检\s*查/ }).click();
    await o.getByText('属于重大执法决定，须经法制审核').waitFor();
    await o.getByText('较大数额罚款、没收违法所得或者没收较大价值的非法财物').first().waitFor();
    await o.getByText('拟作出的处罚属于听证范围，告知书须告知听证权利').waitFor();
    await o.getByText(/作出行政处罚决定前须告知当事人：行政处罚事先（听证）告知书/).waitFor();
    await screenshot(o, 'review-officer-check');

    // The prior notice from the draft (penalties and hearing rights carried over), then the waiver.
    await steps.getByRole('button', { name: '制作告知书' }).click();
    await saveDialog(o, async (dialog) => {
      await dialog.getByText('行政处罚事先（听证）告知书').first().waitFor();
      expect(await dialog.getByLabel('金额（元）').inputValue()).toContain('300');
      await dialog.getByLabel('违反的法律条款').fill('《中华人民共和国大气污染防治法》第十八条');
      await screenshot(o, 'review-notice-form', false);
    });
    await steps.getByText(/已告知（\d{4}-\d{2}-\d{2}）/).waitFor();
    await steps.getByText('已告知听证权利').waitFor();
    await steps.getByRole('button', { name: '放弃声明' }).click();
    await saveDialog(o, async (dialog) => {
      await dialog.getByLabel('声明人', { exact: true }).fill('张伟');
    });
    await steps.getByText('当事人已书面放弃').waitFor();

    // ---- round 1: submitted, returned ----------------------------------------------------------------
    await o.getByRole('button', { name: /提交法制审核/ }).click();
    await confirmPopover(o);
    await o.getByText(/已提交法制审核（第1轮），审核期限至 \d{4}-\d{2}-\d{2}/).waitFor();
    await steps.getByText(/审核中，期限至/).waitFor();
    await o.locator('.review-round', { hasText: '第1轮' }).getByText('待审核').waitFor();
    expect(await o.getByRole('button', { name: /提交法制审核/ }).isDisabled()).toBe(true);
    await screenshot(o, 'review-submitted');

    const r = reviewer.page;
    await r.reload();
    await r.locator('.dashboard-row', { hasText: TITLE }).waitFor();
    await screenshot(r, 'review-reviewer-dashboard');
    await r
      .getByRole('navigation', { name: '主菜单' })
      .getByRole('link', { name: '待审核', exact: true })
      .click();
    await r.locator('.ant-table-row', { hasText: TITLE }).getByText('第1轮').waitFor();
    await r.getByText('审核人员配备').waitFor();
    await screenshot(r, 'review-queue');
    await openFromQueue(r);
    await r.getByText('罚款 300,000.00 元').waitFor();
    await r.getByText('较大数额罚款、没收违法所得或者没收较大价值的非法财物').waitFor();
    await r.locator('.rule-list').getByText('行政处罚事先（听证）告知书').waitFor();
    await screenshot(r, 'review-page');

    const discretion = r.locator('.opinion-checklist li', { hasText: '自由裁量权运用' });
    await discretion.getByText('存在问题', { exact: true }).click();
    await r
      .getByLabel('自由裁量权运用说明')
      .fill('裁量理由未说明超标倍数对应的裁量档次，也未说明是否有从轻、减轻情节。');
    await r.getByText('存在问题（退回）', { exact: true }).click();
    await r
      .getByLabel('审核意见', { exact: true })
      .fill('裁量理由不充分，请补充说明适用的裁量档次及理由后重新送审。');
    await screenshot(r, 'review-opinion-form');
    await r.getByRole('button', { name: /提交审核意见/ }).click();
    await confirmPopover(r);
    await r.getByText('审核意见已提交').waitFor();
    await r.getByRole('main').getByText('已退回').first().waitFor();
    const docx = await r
      .getByRole('link', { name: /下载审核意见书/ })
      .first()
      .getAttribute('href');
    expect(docx).toMatch(/\/api\/v1\/legal-reviews\/[0-9a-f-]{36}\/opinion\.docx$/);
    const word = await r.request.get(docx ?? '');
    expect(word.status()).toBe(200);
    expect(word.headers()['content-type']).toContain('wordprocessingml');
    await screenshot(r, 'review-returned');

    // ---- the officer fixes the draft, round 2 is approved -----------------------------------------------
    await o.reload();
    const round1 = o.locator('.review-round', { hasText: '第1轮' });
    await round1.getByText('已退回').waitFor();
    await round1.getByText('裁量理由不充分').waitFor();
    await round1.getByText(/自由裁量权运用：裁量理由未说明/).waitFor();
    await round1.getByRole('button', { name: /提出异议/ }).waitFor();
    await steps.getByText('已退回，请修改后重新送审').waitFor();
    // The form continues from the submitted draft.
    // left blank: the system issues the 文号 at the decision
    expect(await o.getByLabel('决定书文号', { exact: true }).inputValue()).toBe('');
    await screenshot(o, 'review-officer-returned');
    await o
      .getByLabel('裁量理由', { exact: true })
      .fill(
        '颗粒物超标2.1倍，属大气类第3项“超标1倍以上3倍以下”档次；当事人无从轻、减轻情节，按该档次中间值处罚。',
      );
    await o.getByRole('button', { name: /检\s*查/ }).click();
    await o.getByText('重大执法决定未经法制审核或审核未通过，不得作出决定：法制审核通过').waitFor();
    await o.getByRole('button', { name: /提交法制审核/ }).click();
    await confirmPopover(o);
    await o.getByText(/已提交法制审核（第2轮）/).waitFor();

    await openFromQueue(r);
    await r.getByText('超标1倍以上3倍以下').waitFor();
    await r.getByText('此前各轮审核').waitFor();
    await r.locator('.ant-collapse-header', { hasText: '第1轮' }).click();
    await r.getByText('裁量理由不充分，请补充说明适用的裁量档次及理由后重新送审。').waitFor();
    await r.getByText('同意', { exact: true }).click();
    await r
      .getByLabel('审核意见', { exact: true })
      .fill('主体适格，程序合法，事实清楚，证据确凿，适用法律正确，裁量适当。同意。');
    await r.getByRole('button', { name: /提交审核意见/ }).click();
    await confirmPopover(r);
    await r.getByText('审核意见已提交').waitFor();
    await r.getByRole('main').getByText('审核通过').first().waitFor();
    await screenshot(r, 'review-approved');

    // ---- the head cannot decide before the collective discussion -----------------------------------
    const h = head.page;
    await h.goto(casePath);
    await h.locator('.procedure-steps').getByText('审核通过（第2轮）').waitFor();
    await h.getByRole('button', { name: /作出决定/ }).click();
    await confirmPopover(h);
    await h.getByText('重大执法决定须经集体讨论：案件集体讨论笔录').waitFor();
    await screenshot(h, 'review-head-blocked');

    // ---- the officer records the collective discussion; the head decides ------------------------------
    await o.reload();
    await steps.getByText('审核通过（第2轮）').waitFor();
    await steps.getByRole('button', { name: '集体讨论笔录' }).click();
    await saveDialog(o, async (dialog) => {
      await dialog.getByLabel('讨论地点').fill('局三楼会议室');
      await dialog.getByLabel('主持人').fill('陈局长');
      await dialog.getByLabel('记录人').fill('王芳');
      // who attended and what each said (APL Art. 57): the discussion counts only with them
      const list = async (label: string, items: string[]) => {
        const field = dialog.locator('.ant-form-item', { hasText: label }).first();
        for (const [i, item] of items.entries()) {
          await field.getByRole('button', { name: /添\s*加/ }).click();
          await dialog.getByLabel(`${label} 第 ${i + 1} 项`).fill(item);
        }
      };
      await list('出席人员', ['陈局长', '王副局长']);
      await list('讨论意见', ['陈局长：同意', '王副局长：同意']);
      await dialog.getByLabel('讨论决定').fill('同意对当事人罚款30万元。');
    });
    await steps.getByText('已集体讨论').waitFor();

    await h.reload();
    await h.getByRole('button', { name: /检\s*查/ }).click();
    await h.getByText('已满足作出决定的条件').waitFor();
    await h.getByRole('button', { name: /作出决定/ }).click();
    await confirmPopover(h);
    await h.getByText('决定已作出', { exact: true }).waitFor();
    const decision = h.locator('.decision-card');
    await decision.getByText(/^清环罚〔\d{4}〕\d+号$/).waitFor();
    await decision.getByText('罚款 300,000.00 元').waitFor();
    await decision.getByText('是（经法制审核）').waitFor();
    // the 行政处罚决定书, generated from the approved decision: downloaded and read
    const number = (await decision.getByText(/^清环罚〔\d{4}〕\d+号$/).textContent()) ?? '';
    const download = decision.getByRole('link', { name: /下载决定书（第1版）/ });
    const href = await download.getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/records\/[0-9a-f-]{36}\/document$/);
    const decisionDocx = await h.request.get(href ?? '');
    expect(decisionDocx.headers()['content-type']).toContain('wordprocessingml');
    const text = docxText(await decisionDocx.body());
    for (const expected of [
      '行政处罚决定书',
      number,
      '罚款 300,000.00 元（大写：叁拾万元整）',
      '清远市人民政府',
      '清远市某化工有限公司',
    ])
      expect(text, expected).toContain(expected);
    expect(text).not.toContain('有管辖权的行政复议机关');
    await h
      .locator('.procedure-steps')
      .getByText(/已作出决定（\d{4}-\d{2}-\d{2}）/)
      .waitFor();
    await screenshot(h, 'review-decided');

    await o.reload();
    await o.locator('.decision-card').getByText('罚款 300,000.00 元').waitFor();

    // A narrower window (a laptop with the menu open): nothing runs off the right edge.
    const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await o.setViewportSize({ width: 1024, height: 768 });
    await o.locator('.procedure-steps').getByText('已集体讨论').waitFor();
    expect(await overflow(o)).toBeLessThanOrEqual(0);
    await screenshot(o, 'review-case-1024');
    await r.setViewportSize({ width: 1024, height: 768 });
    await r.reload();
    await r.getByText('罚款 300,000.00 元').first().waitFor();
    expect(await overflow(r)).toBeLessThanOrEqual(0);
    await screenshot(r, 'review-page-1024');

    expect(pageErrors()).toEqual([]);
  });

  it('lets the legal unit publish a new version of the catalog', async () => {
    shootOnFailure();
    const { page, errors } = await session('reviewer');
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '目录清单' }).click();
    await page.getByRole('heading', { level: 2, name: '法制审核目录清单' }).waitFor();
    await page.locator('.ant-table-row', { hasText: '吊销许可证件' }).waitFor();
    await page.getByText('5,000.00 元').waitFor();
    const version = await page.locator('.ant-tag', { hasText: /^第\d+版$/ }).innerText();
    await screenshot(page, 'review-catalog');

    await page.getByRole('button', { name: /新增情形/ }).click();
    const dialog = page.getByRole('dialog');
    await pick(page, dialog.getByLabel('类型'), '其他（人工判断）');
    await dialog.getByLabel('情形').fill('拟对重点排污单位作出的行政处罚');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    // The source is required.
    await dialog.getByText('请填写依据').waitFor();
    await dialog.getByLabel('依据').fill('本局重大执法决定法制审核目录清单（2026年）第五项');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('目录清单有尚未发布的修改').waitFor();
    await page.locator('.ant-table-row', { hasText: '拟对重点排污单位作出的行政处罚' }).waitFor();
    await page.getByRole('button', { name: /发布新版本/ }).click();
    await confirmPopover(page);
    const next = Number(/\d+/.exec(version)?.[0]) + 1;
    await page.getByText(`已发布第${next}版目录清单`).waitFor();
    await page.locator('.ant-tag', { hasText: `第${next}版` }).waitFor();
    await screenshot(page, 'review-catalog-published');

    // The public portal shows the version in force (事前公开).
    await page.goto('/prior');
    await page.getByRole('link', { name: '重大执法决定法制审核目录清单' }).click();
    await page.getByRole('heading', { level: 2, name: '重大执法决定法制审核目录清单' }).waitFor();
    await page.getByText(new RegExp(`第${next}版，自 \\d{4}-\\d{2}-\\d{2} 起施行`)).waitFor();
    await page.getByRole('cell', { name: '拟对重点排污单位作出的行政处罚' }).waitFor();
    await screenshot(page, 'review-catalog-portal');
    expect(errors).toEqual([]);
  });

  it('lets the head extend a review and settle a dispute, and a reviewer step aside', async () => {
    shootOnFailure();
    const title = '清远市某印染有限公司未按规定排放水污染物案';
    const admin = await session('admin');
    const officer = await session('officer2');
    const head = await session('head');
    const reviewer = await session('reviewer');
    const reviewerId = (await apiOf(reviewer.page)).userId;
    await (
      await apiOf(admin.page)
    ).put(`/api/v1/users/${reviewerId}/legal-qualification`, {
      kind: 'pre_existing',
    });
    const caseId = await caseInDecisionStage(officer.page, head.page, title);
    const draft = (fine: number) => ({
      outcome: 'penalty',
      summary: '未按规定排放水污染物',
      facts: '经查，当事人通过暗管排放印染废水。',
      basis: '《中华人民共和国水污染防治法》第八十三条第（三）项',
      decidedOn: new Date().toISOString().slice(0, 10),
      penalties: [{ type: 'fine', amount: fine }],
      discretion: { standard: '水类第5项', reason: '暗管排放，情节严重。' },
    });
    const o = await apiOf(officer.page);
    const round1 = await o.post(`/api/v1/cases/${caseId}/legal-reviews`, {
      draft: draft(500000),
      circumstances: [],
    });
    const casePath = `/admin/cases/${caseId}?tab=decision`;

    // The head extends the review period once, with a reason.
    const h = head.page;
    await h.goto(casePath);
    const card = h.locator('.review-round', { hasText: '第1轮' });
    await card.getByRole('button', { name: '延长审核期限' }).click();
    const extension = h.getByRole('dialog');
    await extension.getByLabel('延长理由').fill('案情复杂，需核实暗管走向。');
    await extension.getByRole('button', { name: '延长审核期限' }).click();
    await h.getByText(/审核期限已延长至 \d{4}-\d{2}-\d{2}/).waitFor();
    await card.getByText('已延长').waitFor();
    await card.getByText('案情复杂，需核实暗管走向。').waitFor();
    expect(await card.getByRole('button', { name: '延长审核期限' }).count()).toBe(0);

    // Returned by the reviewer; the officer disputes the opinion.
    await (
      await apiOf(reviewer.page)
    ).post(`/api/v1/legal-reviews/${String(round1['id'])}/opinion`, {
      outcome: 'returned',
      checklist: Object.fromEntries(
        ['subject', 'jurisdiction', 'procedure', 'facts', 'evidence', 'law', 'discretion'].map((k) => [
          k,
          k === 'evidence' ? { ok: false, note: '暗管排放的证据不足。' } : { ok: true },
        ]),
      ),
      opinion: '证据不足，退回补充调查。',
    });
    const op = officer.page;
    await op.goto(casePath);
    const returned = op.locator('.review-round', { hasText: '第1轮' });
    await returned.getByRole('button', { name: /提出异议/ }).click();
    const dispute = op.getByRole('dialog');
    await dispute
      .getByLabel('异议理由及承办机构意见')
      .fill('现场检查笔录、监测报告和视频已能证明暗管排放，证据充分。');
    await dispute.getByRole('button', { name: /提出异议/ }).click();
    await op.getByText('异议已提出，等待负责人协调').waitFor();
    await returned.getByText('承办机构异议：待负责人协调').waitFor();
    await op.locator('.procedure-steps').getByText('已退回，异议待负责人协调').waitFor();
    await screenshot(op, 'review-dispute');

    // The head finds it in the queue and adopts the unit's position.
    await h
      .getByRole('navigation', { name: '主菜单' })
      .getByRole('link', { name: '待审核', exact: true })
      .click();
    await h.locator('.ant-table-row', { hasText: title }).getByText('异议待协调').waitFor();
    await screenshot(h, 'review-head-queue');
    await h.goto(casePath);
    await card.getByRole('button', { name: '协调决定' }).click();
    const coordination = h.getByRole('dialog');
    await coordination.getByText('采纳承办机构意见', { exact: true }).click();
    await coordination.getByLabel('理由', { exact: true }).fill('经协调，现有证据足以认定暗管排放。');
    await screenshot(h, 'review-coordination', false);
    await coordination.getByRole('button', { name: /确\s*定/ }).click();
    await h.getByText('协调决定已作出').waitFor();
    await card.getByText('采纳承办机构意见').first().waitFor();
    await h.locator('.procedure-steps').getByText('审核通过（第1轮）').waitFor();

    // A changed draft goes to a new round; the reviewer declares a conflict of interest.
    await o.post(`/api/v1/cases/${caseId}/legal-reviews`, { draft: draft(400000), circumstances: [] });
    const r = reviewer.page;
    await openFromQueue(r, title);
    await r.getByRole('button', { name: '申报利益冲突回避' }).click();
    const conflict = r.getByRole('dialog');
    await conflict.getByLabel('回避理由').fill('本人近亲属在当事人处任职。');
    await conflict.getByRole('button', { name: '申报利益冲突回避' }).click();
    await r.getByText('您已申报回避，本轮由其他审核人员审核').waitFor();
    await r.getByText(/陈静：本人近亲属在当事人处任职。/).waitFor();
    expect(await r.getByRole('button', { name: /提交审核意见/ }).count()).toBe(0);
    await screenshot(r, 'review-conflict');

    for (const x of [officer, head, reviewer]) expect(x.errors).toEqual([]);
  });
});
