import { describe, expect, it } from 'vitest';
import { browserHarness } from './support/harness.js';
import { screenshot } from './support/server.js';
import { apiOf } from './support/ui.js';

const { session, visitor, shootOnFailure, pageErrors } = browserHarness('prior-portal');

const COLUMNS = ['事项名称', '类别', '依据', '实施主体', '责任事项', '追责情形'];
const row = (name: string, basis: string) => [
  name,
  '行政处罚',
  basis,
  '清远市生态环境局',
  '立案、调查、决定、执行',
  '依法追究责任',
];

describe('事前公开 on the portal', () => {
  it('shows a changed 权责清单 to a visitor on a phone, with its previous version and a flow diagram', async () => {
    shootOnFailure();
    const filler = await apiOf((await session('filler')).page);
    const checker = await apiOf((await session('checker')).page);
    const approver = await apiOf((await session('approver')).page);
    const me = (await filler.get('/api/v1/auth/me')) as { user: { departmentId: string } };
    const publish = async (id: string) => {
      await filler.post(`/api/v1/pre-disclosures/${id}/submit`, {});
      await checker.post(`/api/v1/pre-disclosures/${id}/check`, { ok: true });
      await approver.post(`/api/v1/pre-disclosures/${id}/approve`, {});
    };
    const powers = (await filler.post('/api/v1/pre-disclosures', {
      section: 'powers',
      title: '清远市生态环境局权责清单',
      departmentId: me.user.departmentId,
      body: {
        intro: '本清单列明本局行使的行政职权事项。',
        table: {
          columns: COLUMNS,
          rows: [row('对超标排放大气污染物的处罚', '《中华人民共和国大气污染防治法》第九十九条')],
        },
      },
    })) as { id: string };
    await publish(powers.id);
    await filler.put(`/api/v1/pre-disclosures/${powers.id}`, {
      body: {
        intro: '本清单列明本局行使的行政职权事项（2026年调整）。',
        table: {
          columns: COLUMNS,
          rows: [
            row('对超标排放大气污染物的处罚', '《中华人民共和国大气污染防治法》第九十九条'),
            row('对未批先建的处罚', '《中华人民共和国环境影响评价法》第三十一条'),
          ],
        },
      },
    });
    await publish(powers.id);
    const flow = (await filler.post('/api/v1/pre-disclosures', {
      section: 'flow_charts',
      title: '行政处罚（普通程序）流程图',
      departmentId: me.user.departmentId,
      body: {
        flow: [
          { title: '立案', detail: '发现违法线索，经审批立案', period: '15日内' },
          { title: '调查取证', detail: '两名以上执法人员出示证件' },
          { title: '作出决定', detail: '负责人审批', period: '90日内' },
        ],
      },
    })) as { id: string };
    await publish(flow.id);

    const { page } = await visitor(true);
    await page.goto('/prior');
    await page.getByRole('heading', { name: '权责清单', exact: true }).waitFor();
    expect(await page.title()).toContain('事前公开');
    await screenshot(page, 'prior-phone-sections');
    await page.getByRole('link', { name: '清远市生态环境局权责清单' }).click();
    await page.getByText('对未批先建的处罚').waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, 'prior-phone-powers-v2');
    // the previous version, from the history
    await page.getByRole('link', { name: '第1版' }).click();
    await page.getByText('您正在查看第1版').waitFor();
    expect(await page.getByText('对未批先建的处罚').count()).toBe(0);
    await screenshot(page, 'prior-phone-powers-v1');

    await page.goto('/prior');
    await page.getByRole('link', { name: '行政处罚（普通程序）流程图' }).click();
    await page.getByText('第1步：').first().waitFor({ state: 'attached' });
    expect(await page.locator('.prior-flow__step').count()).toBe(3);
    await screenshot(page, 'prior-phone-flow');
    expect(pageErrors()).toEqual([]);
  });
});
