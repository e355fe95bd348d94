import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caseInExecution, chinaToday } from './support/cases.js';
import { browserHarness, saveDialog } from './support/harness.js';
import { screenshot } from './support/server.js';
import { apiOf, confirmPopover, pick } from './support/ui.js';

const { session, shootOnFailure, pageErrors } = browserHarness('execution');

/** A date `days` after today (China time), `YYYY-MM-DD`. */
function addDays(days: number): string {
  const d = new Date(`${chinaToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('送达执行 → 结案', () => {
  it('serves the decision, records the payment and the closing approval; the head closes once paid; the case file downloads', async () => {
    shootOnFailure();
    const officer = await session('officer1');
    const head = await session('head');
    const title = '清远市某化工有限公司超标排放废气案';
    const caseId = await caseInExecution(officer.page, head.page, title, 1000);
    const today = chinaToday();
    const casePath = `/admin/cases/${caseId}?tab=execution`;

    // ---- the officer opens 送达执行 --------------------------------------------------------------------
    const o = officer.page;
    await o.goto(casePath);
    const closing = o.locator('.closing-card');
    await closing.getByText('尚不能结案').waitFor();
    await closing.getByText('送达处理决定书').waitFor();
    await closing.getByText('缴清罚没款或申请人民法院强制执行').waitFor();
    await closing.getByText('还需制作结案审批表').waitFor();
    const service = o.locator('.service-card');
    await service.getByText('决定书尚未送达').waitFor();
    await service.getByText('送达行政处罚决定书', { exact: true }).waitFor();
    await service.getByText(/7个工作日内，截至 \d{4}-\d{2}-\d{2}/).waitFor();
    await service.getByText('当事人尚未签署电子送达确认书').waitFor();
    const payment = o.locator('.payment-card');
    await payment.getByText('1,000.00 元').first().waitFor();
    await payment.getByText('决定书送达之日起15日内').waitFor();
    await screenshot(o, 'execution-officer-start');

    // ---- direct service on the receipt date ---------------------------------------------------------
    await service.getByRole('button', { name: /登记送达/ }).click();
    await saveDialog(o, async (dialog) => {
      await dialog.getByText('直接送达', { exact: true }).waitFor();
      // No e-service without the party's signed consent.
      expect(await dialog.getByRole('radio', { name: '电子送达' }).isDisabled()).toBe(true);
      await dialog.getByText('当事人签署电子送达确认书后，方可采用电子送达').waitFor();
      expect(await dialog.getByLabel('受送达人').inputValue()).toBe('清远市某化工有限公司');
      expect(await dialog.getByLabel('签收日期').inputValue()).toBe(today);
      await dialog.getByLabel('签收人').fill('张伟');
      await screenshot(o, 'execution-service-form', false);
    });
    await o.getByText('送达已登记，并已生成送达回证').waitFor();
    await service.getByText(`决定书已于 ${today} 送达`).waitFor();
    const served = service.locator('.ant-table-row', { hasText: '行政处罚决定书' });
    await served.getByText('直接送达').waitFor();
    await served.getByText(/^清环罚〔\d{4}〕\d+号$/).waitFor();
    await closing.getByText('送达处理决定书').waitFor({ state: 'detached' });
    // The payment period now runs: 15 days from service.
    await payment.getByText(/剩余 \d+ 天/).waitFor();

    // ---- the closing approval (the existing record form, preset) -------------------------------------
    await closing.getByRole('button', { name: /制作结案审批表/ }).click();
    await saveDialog(o, async (dialog) => {
      await dialog.getByText('结案审批表').first().waitFor();
      await dialog.getByLabel('处罚决定执行情况').fill('行政处罚决定书已直接送达，罚款已全额缴纳。');
      await dialog.getByLabel('承办人意见').fill('处罚决定已执行完毕，建议结案。');
    });
    await closing.getByText('还需制作结案审批表').waitFor({ state: 'detached' });

    // ---- the head may not close while the fine is unpaid ---------------------------------------------
    const h = head.page;
    await h.goto(casePath);
    const advance = h.getByRole('button', { name: /进入下一阶段：结案归档/ });
    await advance.waitFor();
    expect(await advance.isDisabled()).toBe(true);
    await h
      .locator('#case-next-stage-conditions')
      .getByText('进入结案归档阶段还需：缴清罚没款或申请人民法院强制执行')
      .waitFor();
    await h
      .locator('#case-next-stage-conditions')
      .getByText(/送达执行尚未完毕，不能结案/)
      .waitFor();
    await h.locator('.closing-card').getByText('缴清罚没款或申请人民法院强制执行').waitFor();
    // Only the assigned officers record execution.
    await h.getByText('仅承办本案的执法人员可以登记送达和执行情况').waitFor();
    expect(await h.getByRole('button', { name: /登记缴款/ }).count()).toBe(0);
    await screenshot(h, 'execution-head-blocked');

    // ---- the officer records the payment ---------------------------------------------------------------
    await payment.getByRole('button', { name: /登记缴款/ }).click();
    await saveDialog(o, async (dialog) => {
      expect(await dialog.getByLabel('缴纳金额（元）').inputValue()).toBe('1,000.00');
      expect(await dialog.getByLabel('缴款日期').inputValue()).toBe(today);
      await dialog.getByLabel('票据号码').fill('GD-44180-000123');
      await screenshot(o, 'execution-payment-form', false);
    });
    await o.getByText('缴款已登记，并已生成罚没款缴纳凭证').waitFor();
    const receipt = payment.locator('.ant-table-row', { hasText: 'GD-44180-000123' });
    await receipt.getByText('指定银行缴纳').waitFor();
    await receipt.getByText('1,000.00 元').waitFor();
    await o.locator('.enforcement-card').getByText('罚没款已缴清').waitFor();
    await closing.getByText('可以结案').waitFor();
    await screenshot(o, 'execution-officer-paid');

    // A narrower window: nothing runs off the right edge.
    await o.setViewportSize({ width: 1024, height: 768 });
    await closing.getByText('可以结案').waitFor();
    expect(await overflow(o)).toBeLessThanOrEqual(0);
    await screenshot(o, 'execution-officer-1024');
    await o.setViewportSize({ width: 1366, height: 860 });

    // ---- the head closes the case ----------------------------------------------------------------------
    await h.reload();
    await h.getByText('已满足进入结案归档阶段的条件').waitFor();
    await advance.click();
    await confirmPopover(h);
    await h.getByText('案件已进入结案归档阶段').waitFor();
    await h.getByText('案件已结案归档', { exact: true }).waitFor();
    await h
      .locator('.closing-card')
      .getByText(/案件已结案归档；此后只能追加/)
      .waitFor();
    await screenshot(h, 'execution-archived');

    // ---- the case file (案卷) downloads as a ZIP -------------------------------------------------------
    await h.getByRole('tab', { name: '案卷' }).click();
    const [download] = await Promise.all([
      h.waitForEvent('download'),
      h.getByRole('link', { name: /导出案卷（ZIP）/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const zip = await readFile(await download.path());
    expect(zip.subarray(0, 4).toString('hex')).toBe('504b0304'); // PK\3\4
    expect(zip.includes(Buffer.from('manifest.json'))).toBe(true);

    // ---- after archiving: a reconsideration's result is appended (补充归档) ----------------------------
    await o.reload();
    const outcomes = o.locator('.outcome-card');
    await outcomes.getByRole('button', { name: /登记结果/ }).click();
    await saveDialog(o, async (dialog) => {
      await dialog.getByText('案件已归档，登记的结果作为补充归档材料，只增不改。').waitFor();
      await dialog.getByLabel('复议机关').fill('清远市人民政府');
      await pick(o, dialog.getByLabel('结果', { exact: true }), '维持');
      await dialog.getByLabel('文书编号').fill('清府复决〔2026〕第8号');
    });
    await o.getByText('结果已登记').waitFor();
    const row = outcomes.locator('.ant-table-row', { hasText: '清远市人民政府' });
    await row.getByText('补充归档').waitFor();
    await row.getByText('维持').waitFor();
    await screenshot(o, 'execution-outcome-archived');

    expect(pageErrors()).toEqual([]);
  });

  it('tracks a seizure with its extension, an order to correct with its recheck, and an instalment plan granted by the head', async () => {
    shootOnFailure();
    const officer = await session('officer2');
    const head = await session('head');
    const title = '清远市某电镀有限公司违法排放含重金属废水案';
    const caseId = await caseInExecution(officer.page, head.page, title, 3000);
    const o = officer.page;
    await o.goto(`/admin/cases/${caseId}?tab=execution`);

    // ---- a seizure (30 days), then a request to extend it --------------------------------------------
    const seizures = o.locator('.seizure-card');
    await seizures.getByText('暂无查封扣押').waitFor();
    await seizures.getByRole('button', { name: /登记查封扣押/ }).click();
    await saveDialog(o, async (dialog) => {
      await dialog.getByLabel('决定书文号').fill('清环封〔2026〕第3号');
      await dialog.getByLabel('第 1 项 名称').fill('电镀槽');
      await dialog.getByLabel('第 1 项 规格').fill('2m×1m');
      await dialog.getByLabel('第 1 项 数量').fill('3');
      await dialog.getByLabel('第 1 项 单位').fill('个');
      await screenshot(o, 'execution-seizure-form', false);
    });
    await o.getByText('查封扣押已登记').waitFor();
    const seized = seizures.locator('.ant-table-row', { hasText: '清环封〔2026〕第3号' });
    await seized.getByText('电镀槽（2m×1m，3个）').waitFor();
    await seized.getByText('查封扣押中').waitFor();
    await seized.getByText(/30日，至 \d{4}-\d{2}-\d{2}/).waitFor();
    // the residue is sent for testing: four days outside the term, told to the party in writing
    await seized.getByRole('button', { name: '检测期间' }).click();
    await saveDialog(o, async (dialog) => {
      await dialog.getByLabel('结束日期').fill(addDays(3));
      await dialog.getByLabel('结束日期').press('Enter');
      await screenshot(o, 'execution-seizure-testing', false);
    });
    await o.getByText('检测期间已登记，查封扣押期限相应顺延').waitFor();
    await seized.getByText(`检测 ${chinaToday()} 至 ${addDays(3)}（不计入期限）`).waitFor();
    await seized.getByText(`30日，至 ${addDays(34)}`).waitFor();
    await seized.getByRole('button', { name: '申请延长' }).click();
    await saveDialog(o, async (dialog) => {
      await dialog.getByLabel('延长理由').fill('需委托检测机构对电镀槽残液进行检测。');
    });
    await seized.getByText('待审批：延长查封扣押期限').waitFor();

    // ---- an order to correct, rechecked: not corrected ------------------------------------------------
    const orders = o.locator('.correction-card');
    await orders.getByRole('button', { name: /登记责令改正/ }).click();
    await saveDialog(o, async (dialog) => {
      await dialog.getByLabel('决定书文号').fill('清环责改〔2026〕第5号');
      await dialog.getByLabel('改正要求').fill('立即停止违法排放含重金属废水，拆除暗管。');
      // Ordered and served on the spot five days ago, to be corrected within three days.
      for (const [label, date] of [
        ['决定日期', addDays(-5)],
        ['改正期限', addDays(-2)],
      ] as const) {
        await dialog.getByLabel(label).fill(date);
        await dialog.getByLabel(label).press('Enter');
      }
      await screenshot(o, 'execution-order-form', false);
    });
    await o.getByText('责令改正已登记').waitFor();
    const order = orders.locator('.correction-order', { hasText: '清环责改〔2026〕第5号' });
    await order.getByText('待复查').waitFor();
    await order.getByText(/剩余 \d+ 天/).waitFor();
    await o.locator('.closing-card').getByText('复查责令改正情况（清环责改〔2026〕第5号）').waitFor();

    // The unannounced recheck finds the discharge continuing: 按日连续处罚 for the five days since service.
    await order.getByRole('button', { name: '登记复查' }).click();
    await saveDialog(o, async (dialog) => {
      await dialog.getByText('拒不改正', { exact: true }).click();
      await dialog.getByLabel('复查情况').fill('暗查发现暗管仍在排放含镍废水。');
    });
    await order.getByText('拒不改正').first().waitFor();
    // a penalty decision: not the officer's to make
    expect(await order.getByRole('button', { name: '按日连续处罚' }).count()).toBe(0);
    // notified (15,000 元) and answered by the party's waiver (the review test covers these screens)
    const api = await apiOf(o);
    await api.post(`/api/v1/cases/${caseId}/records`, {
      type: 'prior_notice',
      title: '按日连续处罚事先告知书',
      content: '拟按日连续处罚。',
      fields: { penalties: [{ type: 'daily_fine', amount: 15000 }], hearingRight: false },
    });
    await api.post(`/api/v1/cases/${caseId}/records`, {
      type: 'statement_waiver',
      title: '放弃陈述申辩声明',
      content: '放弃陈述、申辩。',
    });
    // the head decides it
    const h = head.page;
    await h.goto(`/admin/cases/${caseId}?tab=execution`);
    const headOrder = h.locator('.correction-order', { hasText: '清环责改〔2026〕第5号' });
    await headOrder.getByRole('button', { name: '按日连续处罚' }).click();
    await saveDialog(h, async (dialog) => {
      await dialog.getByLabel('按日连续处罚决定书文号').fill('清环按日罚〔2026〕第1号');
      await dialog.getByLabel('原处罚数额（每日，元）').fill('3000');
    });
    await headOrder
      .getByText(
        `清环按日罚〔2026〕第1号：${addDays(-4)} 至 ${chinaToday()} 共 5 日，每日 3,000.00 元，合计 15,000.00 元`,
      )
      .waitFor();
    await o.reload();
    await order
      .getByText(
        `清环按日罚〔2026〕第1号：${addDays(-4)} 至 ${chinaToday()} 共 5 日，每日 3,000.00 元，合计 15,000.00 元`,
      )
      .waitFor();
    await o
      .locator('.closing-card')
      .getByText(/复查责令改正情况/)
      .waitFor({ state: 'detached' });
    // owed once served: the closing conditions name the 按日连续处罚决定书 until it is served
    await o.locator('.closing-card').getByText('送达按日连续处罚决定书（清环按日罚〔2026〕第1号）').waitFor();
    await o
      .locator('.service-card')
      .getByRole('button', { name: /登记送达/ })
      .click();
    await saveDialog(o, async (dialog) => {
      await pick(o, dialog.getByLabel('送达文书'), '按日连续处罚决定书');
      await pick(o, dialog.getByLabel('按日连续处罚决定'), '清环按日罚〔2026〕第1号');
      await dialog.getByLabel('签收人').fill('张伟');
    });
    await o
      .locator('.closing-card')
      .getByText(/送达按日连续处罚决定书/)
      .waitFor({ state: 'detached' });

    // ---- an instalment plan: two instalments summing to what is unpaid ----------------------------------
    // (the fine of 3,000 元 and the 按日连续处罚 of 15,000 元, pooled)
    const payment = o.locator('.payment-card');
    await payment.getByRole('button', { name: '申请分期缴纳' }).click();
    const plan = o.getByRole('dialog');
    await plan.getByLabel('缴款日期 1').fill(addDays(20));
    await plan.getByLabel('缴款日期 1').press('Enter');
    await plan.getByLabel('金额 1').fill('9000');
    await plan.getByLabel('缴款日期 2').fill(addDays(50));
    await plan.getByLabel('缴款日期 2').press('Enter');
    await plan.getByLabel('金额 2').fill('9000');
    await plan.getByLabel('申请理由').fill('当事人受订单下降影响，资金周转困难，已提交申请书及财务报表。');
    await plan.getByText('各期合计 18,000.00 元，未缴金额 18,000.00 元').waitFor();
    await screenshot(o, 'execution-instalments-form', false);
    await plan.getByRole('button', { name: /保\s*存/ }).click();
    await plan.waitFor({ state: 'hidden' });
    await payment.getByText('待审批：分期缴纳罚款').waitFor();
    await screenshot(o, 'execution-requests');

    // ---- the head grants both in the approval inbox -------------------------------------------------------

    await h.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '审批待办' }).click();
    for (const [kind, detail] of [
      ['延长查封扣押期限', '延长 30 日'],
      ['分期缴纳罚款', /分 2 期：.*9,000\.00 元/],
    ] as const) {
      const row = h.locator('.ant-table-row', { hasText: kind });
      await row.getByText(detail).waitFor();
      if (kind === '分期缴纳罚款') await screenshot(h, 'execution-approvals-inbox');
      await row.getByRole('button', { name: '批准', exact: true }).click();
      const decide = h.getByRole('dialog');
      await decide.getByLabel('审批意见').fill('同意。');
      await decide.getByRole('button', { name: /批\s*准/ }).click();
      await decide.waitFor({ state: 'hidden' });
      await h.getByText('审批已完成').first().waitFor();
    }

    await o.reload();
    await seized.getByText('经批准延长 30 日').waitFor();
    await seized.getByText(/60日，至/).waitFor();
    await payment.getByText('已批准分期缴纳').waitFor();
    await payment.locator('.ant-table-row', { hasText: '第1期' }).getByText('未到期').waitFor();
    await payment.locator('.ant-table-row', { hasText: '第2期' }).getByText('9,000.00 元').first().waitFor();

    // ---- the seizure is lifted -----------------------------------------------------------------------------
    await seized.getByRole('button', { name: '解除' }).click();
    await saveDialog(o, async (dialog) => {
      await dialog.getByLabel('说明').fill('检测完毕，已作出处罚决定。');
    });
    await seized.getByText('已解除').waitFor();
    await o
      .locator('.closing-card')
      .getByText(/解除查封扣押/)
      .waitFor({ state: 'detached' });
    await screenshot(o, 'execution-tracked');
    await o.setViewportSize({ width: 1024, height: 768 });
    await seized.getByText('已解除').waitFor();
    expect(await overflow(o)).toBeLessThanOrEqual(0);
    await screenshot(o, 'execution-tracked-1024');

    for (const s of [officer, head]) expect(s.errors).toEqual([]);
  });

  it('refuses a summary-procedure fine above the limit and accepts one at the limit', async () => {
    shootOnFailure();
    const { page, errors } = await session('officer1');
    await page
      .getByRole('navigation', { name: '主菜单' })
      .getByRole('link', { name: '简易程序当场处罚' })
      .click();
    await page.getByRole('heading', { level: 2, name: '简易程序当场处罚' }).waitFor();

    await page.getByLabel('姓名', { exact: true }).fill('赵强');
    await page.getByLabel('身份证号码').fill('441802199003071235');
    const officers = page.locator('.ant-form-item', {
      has: page.getByLabel('执法人员', { exact: true }),
    });
    await officers.locator('.ant-select-selection-item', { hasText: '李明' }).waitFor();
    await page.getByLabel('执法人员', { exact: true }).click();
    await page.getByLabel('执法人员', { exact: true }).fill('王芳');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '王芳' }).click();
    await page.keyboard.press('Escape');
    await officers.locator('.ant-select-selection-item', { hasText: '王芳' }).waitFor();
    await page.getByLabel('预定格式决定书编号').fill('QY-2026-000101');
    await page.getByLabel('地点', { exact: true }).fill('清城区东城街道某路口');
    await page.getByLabel('违法事实', { exact: true }).fill('当事人在禁烧区露天焚烧垃圾，产生烟尘。');
    await page
      .getByLabel('处罚依据', { exact: true })
      .fill('《中华人民共和国大气污染防治法》第一百一十九条第二款');

    // Above the citizen's limit: the page warns, the server refuses.
    await page.getByLabel('罚款金额（元）').fill('200.01');
    await page.getByText('罚款上限 200.00 元（公民）').waitFor();
    await page.getByText(/超过简易程序的罚款上限 200\.00 元/).waitFor();
    await screenshot(page, 'execution-summary-over-limit');
    await page.getByRole('button', { name: /作出当场处罚决定/ }).click();
    await page
      .getByRole('alert')
      .getByText('超出简易程序（当场处罚）的适用范围：公民二百元、组织三千元以下罚款或者警告')
      .waitFor();
    expect(page.url()).toMatch(/\/admin\/summary-decisions\/new$/);
    await screenshot(page, 'execution-summary-refused');

    // At the limit: the decision is made and its case opens in 送达执行.
    await page.getByLabel('罚款金额（元）').fill('200');
    await page.getByRole('button', { name: /作出当场处罚决定/ }).click();
    await page.waitForURL(/\/admin\/cases\/[0-9a-f-]{36}\?tab=execution$/);
    await page.getByRole('heading', { level: 2, name: '赵强当场行政处罚（QY-2026-000101）' }).waitFor();
    await page.getByText('简易程序（当场处罚）').waitFor();
    // the header and the steps follow the summary procedure: no 立案 pending, the decision first
    await page.getByText('简易程序（当场作出行政处罚决定，无需立案）').waitFor();
    expect(await page.getByText('待批准立案').count()).toBe(0);
    await page.locator('.ant-steps').getByText('当场处罚决定').waitFor();
    expect(await page.getByRole('tab', { name: '审核决定' }).count()).toBe(0);
    await page.locator('.service-card').getByText(`决定书已于 ${chinaToday()} 送达`).waitFor();
    await page.locator('.payment-card').getByText('200.00 元').first().waitFor();
    await page.getByText('尚未报本机关备案').waitFor();
    await page.locator('.closing-card').getByText('当场处罚决定报本机关备案').waitFor();
    await screenshot(page, 'execution-summary-case');

    // The filing with the body (备案) clears that gap.
    await page.getByRole('button', { name: '登记备案' }).click();
    await page
      .locator('.ant-popover:visible')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByText('已登记备案').waitFor();
    await page.getByText(`${chinaToday()} 已报本机关备案`).waitFor();
    await page.locator('.closing-card').getByText('当场处罚决定报本机关备案').waitFor({ state: 'detached' });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});
