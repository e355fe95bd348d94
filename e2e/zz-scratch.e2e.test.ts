import { describe, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { browserHarness } from './support/harness.js';
import { caseDecided } from './support/cases.js';
import { apiOf } from './support/ui.js';

const { session } = browserHarness('scratch');
describe('scratch', () => {
  it('explores', async () => {
    const officer = await session('officer1');
    const head = await session('head');
    const id = await caseDecided(officer.page, head.page, '清远市恒达电镀有限公司超标排放含铬废水案', 50000, {
      party: { type: 'organization', name: '清远市恒达电镀有限公司', creditCode: '91441800123456788U', legalRepresentative: '张三', address: '清远市清城区横荷街道工业园8号', phone: '0763-3456789' },
      decision: {
        summary: '超标排放含铬废水',
        facts: '经查，清远市恒达电镀有限公司二号电镀车间将含铬废水经暗管排入雨水排污口，法定代表人张三（电话13812345678）对此知情。',
        basis: '《中华人民共和国水污染防治法》第八十三条第（三）项',
      },
    });
    const filler = await session('filler');
    const f = await apiOf(filler.page);
    const list = await f.get('/api/v1/disclosures');
    const item = (list as any).items[0];
    const view = await f.get(`/api/v1/disclosures/${item.id}`);
    const dl = await f.get('/api/v1/deadlines?within=all_open');
    await writeFile('/tmp/scratch/out.json', JSON.stringify({ caseId: id, list, view, dl }, null, 2));
  });
});
