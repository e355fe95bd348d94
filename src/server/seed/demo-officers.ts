import { SYSTEM_ACTOR } from '../platform/audit/audit-log.js';
import { chinaDate } from '../platform/clock.js';
import type { Services } from '../services.js';
import { DEMO_PASSWORD } from './demo.js';

/**
 * Demo content for the portal's 执法人员 list (issue 13): officers of the branch bureaus and the
 * sections with their certificates — numbers in the demo's style (4418 is 清远市's division code),
 * the area each may act in, and, as the list must show them, one certificate past its validity and
 * one revoked. Dates are relative to the clock, so the expired one stays expired and the others valid.
 */
const DEMO_OFFICERS = [
  {
    username: 'qc.officer1',
    name: '张伟',
    unit: '清城分局',
    no: '44180011',
    area: '清远市清城区',
    state: 'valid',
  },
  {
    username: 'qc.officer2',
    name: '林晓红',
    unit: '清城分局',
    no: '44180012',
    area: '清远市清城区',
    state: 'valid',
  },
  {
    username: 'qx.officer1',
    name: '罗志强',
    unit: '清新分局',
    no: '44180021',
    area: '清远市清新区',
    state: 'valid',
  },
  {
    username: 'yd.officer1',
    name: '何建华',
    unit: '英德分局',
    no: '44180031',
    area: '英德市',
    state: 'expired',
  },
  {
    username: 'yd.officer2',
    name: '邓丽君',
    unit: '英德分局',
    no: '44180032',
    area: '英德市',
    state: 'valid',
  },
  {
    username: 'lz.officer1',
    name: '梁文斌',
    unit: '连州分局',
    no: '44180041',
    area: '连州市',
    state: 'valid',
  },
  {
    username: 'zf2.officer1',
    name: '郑海涛',
    unit: '执法二科',
    no: '44180051',
    area: '清远市',
    state: 'revoked',
  },
  {
    username: 'zf2.officer2',
    name: '陈思远',
    unit: '执法二科',
    no: '44180052',
    area: '清远市',
    state: 'valid',
  },
] as const;

export async function seedDemoOfficers(
  services: Services,
  departments: Map<string, string>,
  accounts: Map<string, string>,
): Promise<void> {
  const admin = await services.auth.principalOf(accounts.get('admin') ?? '');
  const year = Number(chinaDate(services.clock()).slice(0, 4));
  for (const o of DEMO_OFFICERS) {
    const departmentId = departments.get(o.unit);
    if (!departmentId) continue;
    const accountId = await services.org.insertAccount(SYSTEM_ACTOR, {
      username: o.username,
      name: o.name,
      password: DEMO_PASSWORD,
      departmentId,
      roles: ['officer'],
    });
    const expired = o.state === 'expired';
    const id = await services.org.insertCertificate(SYSTEM_ACTOR, {
      accountId,
      certificateNo: o.no,
      category: '生态环境保护综合执法',
      issuer: '广东省人民政府',
      area: o.area,
      issuedOn: expired ? `${year - 6}-07-01` : `${year - 2}-03-01`,
      validUntil: expired ? `${year - 1}-06-30` : `${year + 3}-02-28`,
    });
    if (o.state === 'revoked') await services.org.updateCertificate(admin, id, { revoked: true });
  }
}
