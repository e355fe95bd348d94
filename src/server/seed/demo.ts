import { seedDemoOfficers } from './demo-officers.js';
import { seedDemoPreDisclosures } from './demo-pre-disclosures.js';
import { seedDemoPublications } from './demo-publications.js';
import type { Role } from '../../shared/roles.js';
import { SYSTEM_ACTOR } from '../platform/audit/audit-log.js';
import type { Services } from '../services.js';

/** The organisation of the seed document (清远市生态环境局: 内设科室 and 各直属分局). */
export const SEED_DEPARTMENTS = [
  '办公室',
  '机关党委',
  '水科',
  '大气科',
  '土壤科',
  '审批科',
  '执法一科',
  '执法二科',
  '法规科',
  '宣教中心',
] as const;
export const SEED_BRANCHES = [
  '清城分局',
  '清新分局',
  '英德分局',
  '连州分局',
  '佛冈分局',
  '阳山分局',
  '连山分局',
  '连南分局',
] as const;

/** Demo mode only: the contract's demo users, all with this password. */
export const DEMO_PASSWORD = 'demo12345';

type DemoUser = {
  username: string;
  name: string;
  department: (typeof SEED_DEPARTMENTS)[number] | null;
  roles: Role[];
  certificateNo?: string;
  /** 法律职业资格证书编号 of a legal reviewer (APL Art. 58). */
  legalQualificationNo?: string;
};

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', name: '系统管理员', department: '办公室', roles: ['admin'] },
  {
    username: 'officer1',
    name: '李明',
    department: '执法一科',
    roles: ['officer'],
    certificateNo: '44180001',
  },
  {
    username: 'officer2',
    name: '王芳',
    department: '执法一科',
    roles: ['officer'],
    certificateNo: '44180002',
  },
  {
    username: 'reviewer',
    name: '陈静',
    department: '法规科',
    roles: ['legal_reviewer'],
    legalQualificationNo: 'A20184401000001',
  },
  { username: 'filler', name: '刘洋', department: '执法一科', roles: ['filler'] },
  { username: 'checker', name: '黄磊', department: '法规科', roles: ['checker'] },
  { username: 'approver', name: '吴敏', department: null, roles: ['approver'] },
  { username: 'head', name: '周建国', department: null, roles: ['head'] },
];

/** Creates the seed organisation under a new root; returns department ids by name. */
export async function seedOrganisation(services: Services): Promise<Map<string, string>> {
  const { org, config } = services;
  const ids = new Map<string, string>();
  const rootId = await org.ensureRoot(SYSTEM_ACTOR, config.bodyName);
  ids.set(config.bodyName, rootId);
  let order = 0;
  for (const name of SEED_DEPARTMENTS) {
    const d = await org.insertDepartment(SYSTEM_ACTOR, {
      name,
      parentId: rootId,
      kind: 'department',
      sortOrder: order++,
    });
    ids.set(name, d.id);
  }
  for (const name of SEED_BRANCHES) {
    const d = await org.insertDepartment(SYSTEM_ACTOR, {
      name,
      parentId: rootId,
      kind: 'branch',
      sortOrder: order++,
    });
    ids.set(name, d.id);
  }
  return ids;
}

/** Seeds the demo organisation and users, only into an empty database. Returns whether it seeded. */
export async function seedDemo(services: Services): Promise<boolean> {
  if (!(await services.org.isEmpty())) return false;
  const departments = await seedOrganisation(services);
  const rootId = departments.get(services.config.bodyName) ?? '';
  const accounts = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const accountId = await services.org.insertAccount(SYSTEM_ACTOR, {
      username: u.username,
      name: u.name,
      password: DEMO_PASSWORD,
      departmentId: u.department ? (departments.get(u.department) ?? rootId) : rootId,
      roles: u.roles,
    });
    accounts.set(u.username, accountId);
    if (u.legalQualificationNo) {
      await services.staffing.setQualification(SYSTEM_ACTOR, accountId, {
        kind: 'certificate',
        certificateNo: u.legalQualificationNo,
      });
    }
    if (u.certificateNo) {
      await services.org.insertCertificate(SYSTEM_ACTOR, {
        accountId,
        certificateNo: u.certificateNo,
        category: '生态环境保护综合执法',
        issuer: '广东省人民政府',
        area: '清远市',
        issuedOn: '2024-01-01',
        validUntil: '2029-12-31',
      });
    }
  }
  // what the demo bureau's documents print by name (行政复议法 2023 Art. 24: the people's government
  // at the same level reviews a department's acts)
  for (const [key, value] of Object.entries(DEMO_DOCUMENT_SETTINGS))
    await services.parameters.setAs(SYSTEM_ACTOR, key, value);
  if (services.config.demoContent) {
    await seedDemoPublications(services, accounts);
    await seedDemoOfficers(services, departments, accounts);
    // after the officers: the generated 执法人员 section lists them
    await seedDemoPreDisclosures(services, accounts);
  }
  return true;
}

export const DEMO_DOCUMENT_SETTINGS = {
  'document.reconsiderationBody': '清远市人民政府',
  'document.litigationCourt': '清远市清城区人民法院',
  'document.paymentBank': '中国工商银行清远分行',
  'document.paymentAccountName': '清远市财政局非税收入汇缴结算户',
  'document.paymentAccount': '2018 0000 0000 0000 888',
} as const;
