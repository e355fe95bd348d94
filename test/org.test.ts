import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';

type Dept = { id: string; parentId: string | null; name: string; kind: string; active: boolean };

let t: TestApp;
let admin: Client;
let depts: Dept[];
const byName = (name: string) => depts.find((d) => d.name === name)?.id ?? '';

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  depts = (await admin.get('/api/v1/departments')).json<{ items: Dept[] }>().items;
});
afterAll(async () => t.close());

describe('the organisation of the seed document', () => {
  it('has the body, its ten departments and eight branch bureaus', () => {
    const root = depts.filter((d) => d.parentId === null);
    expect(root.map((d) => [d.name, d.kind])).toEqual([['清远市生态环境局', 'body']]);
    const children = depts.filter((d) => d.parentId === root[0]?.id);
    expect(children.filter((d) => d.kind === 'department').map((d) => d.name)).toEqual([
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
    ]);
    expect(children.filter((d) => d.kind === 'branch').map((d) => d.name)).toEqual([
      '清城分局',
      '清新分局',
      '英德分局',
      '连州分局',
      '佛冈分局',
      '阳山分局',
      '连山分局',
      '连南分局',
    ]);
  });
});

describe('editing the department tree', () => {
  it('adds, renames, moves and deletes a department', async () => {
    const created = await admin.post('/api/v1/departments', {
      name: '执法大队',
      parentId: byName('清城分局'),
      kind: 'department',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<Dept>().id;
    const renamed = await admin.patch(`/api/v1/departments/${id}`, {
      name: '综合执法大队',
      parentId: byName('清新分局'),
    });
    expect(renamed.json<Dept>()).toMatchObject({ name: '综合执法大队', parentId: byName('清新分局') });
    expect((await admin.delete(`/api/v1/departments/${id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/v1/departments/${id}`)).statusCode).toBe(404);
  });

  it('refuses cycles, moving or deleting the root, and deleting a department with people', async () => {
    const parent = (
      await admin.post('/api/v1/departments', {
        name: '甲',
        parentId: byName('英德分局'),
        kind: 'department',
      })
    ).json<Dept>();
    const child = (
      await admin.post('/api/v1/departments', { name: '乙', parentId: parent.id, kind: 'department' })
    ).json<Dept>();
    const cycle = await admin.patch(`/api/v1/departments/${parent.id}`, { parentId: child.id });
    expect(cycle.statusCode).toBe(409);
    expect(errorCode(cycle)).toBe('DEPARTMENT_CYCLE');
    expect(errorCode(await admin.patch(`/api/v1/departments/${parent.id}`, { parentId: parent.id }))).toBe(
      'DEPARTMENT_CYCLE',
    );
    const rootId = depts.find((d) => d.parentId === null)?.id ?? '';
    expect(errorCode(await admin.patch(`/api/v1/departments/${rootId}`, { parentId: parent.id }))).toBe(
      'ROOT_DEPARTMENT_LOCKED',
    );
    expect(errorCode(await admin.delete(`/api/v1/departments/${rootId}`))).toBe('ROOT_DEPARTMENT_LOCKED');
    const notEmpty = await admin.delete(`/api/v1/departments/${parent.id}`);
    expect(notEmpty.statusCode).toBe(409);
    expect(notEmpty.json<{ error: { details: unknown } }>().error.details).toEqual({
      children: 1,
      accounts: 0,
    });
    expect(errorCode(await admin.delete(`/api/v1/departments/${byName('执法一科')}`))).toBe(
      'DEPARTMENT_NOT_EMPTY',
    );
  });

  it('rejects unknown fields and a missing parent', async () => {
    const extra = await admin.patch(`/api/v1/departments/${byName('水科')}`, {
      name: '水生态科',
      colour: 'red',
    });
    expect(extra.statusCode).toBe(400);
    const orphan = await admin.post('/api/v1/departments', {
      name: '丙',
      parentId: '00000000-0000-4000-8000-000000000000',
      kind: 'department',
    });
    expect(orphan.statusCode).toBe(400);
    expect(errorCode(orphan)).toBe('VALIDATION_FAILED');
  });
});

describe('users and roles', () => {
  it('creates a user who can then sign in with the given roles', async () => {
    const res = await admin.post('/api/v1/users', {
      username: 'zhang.san',
      name: '张三',
      password: 'Start2026',
      departmentId: byName('执法二科'),
      roles: ['officer', 'filler', 'officer'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'zhang.san',
      roles: ['filler', 'officer'],
      departmentName: '执法二科',
      active: true,
    });
    const c = await t.login('zhang.san', 'Start2026');
    expect((await c.get('/api/v1/auth/me')).json<{ user: { roles: string[] } }>().user.roles).toEqual([
      'filler',
      'officer',
    ]);
    expect(
      errorCode(
        await admin.post('/api/v1/users', {
          username: 'zhang.san',
          name: '张三',
          password: 'Start2026',
          departmentId: byName('执法二科'),
          roles: ['officer'],
        }),
      ),
    ).toBe('USERNAME_TAKEN');
    expect(
      errorCode(
        await admin.post('/api/v1/users', {
          username: 'li.si',
          name: '李四',
          password: 'short',
          departmentId: byName('执法二科'),
          roles: ['officer'],
        }),
      ),
    ).toBe('WEAK_PASSWORD');
    expect(
      (
        await admin.post('/api/v1/users', {
          username: 'li.si',
          name: '李四',
          password: 'Start2026',
          departmentId: byName('执法二科'),
          roles: ['janitor'],
        })
      ).statusCode,
    ).toBe(400);
  });

  it('filters the list by keyword, department and role', async () => {
    const q = (await admin.get('/api/v1/users?q=OFFICER')).json<{ items: { username: string }[] }>();
    expect(q.items.map((u) => u.username)).toEqual(['officer1', 'officer2']);
    const dept = (await admin.get(`/api/v1/users?departmentId=${byName('法规科')}`)).json<{
      items: { username: string }[];
    }>();
    expect(dept.items.map((u) => u.username)).toEqual(['checker', 'reviewer']);
    const role = (await admin.get('/api/v1/users?role=head')).json<{
      items: { username: string }[];
      total: number;
    }>();
    expect(role).toMatchObject({ total: 1, items: [{ username: 'head' }] });
    const like = (await admin.get('/api/v1/users?q=%25')).json<{ total: number }>();
    expect(like.total).toBe(0); // '%' is a literal, not a wildcard
    const paged = (await admin.get('/api/v1/users?page=2&pageSize=3')).json<{
      items: unknown[];
      total: number;
    }>();
    expect(paged.items).toHaveLength(3);
  });

  it('keeps at least one active administrator', async () => {
    const me =
      (await admin.get('/api/v1/users?q=admin')).json<{ items: { id: string }[] }>().items[0]?.id ?? '';
    expect(errorCode(await admin.patch(`/api/v1/users/${me}`, { active: false }))).toBe('LAST_ADMIN');
  });

  it('lets nobody change their own roles, gives an administrator no case role, resets nobody’s own password', async () => {
    const me =
      (await admin.get('/api/v1/users?q=admin'))
        .json<{ items: { id: string; username: string }[] }>()
        .items.find((u) => u.username === 'admin')?.id ?? '';
    const own = await admin.patch(`/api/v1/users/${me}`, { roles: ['admin', 'head'] });
    expect(own.statusCode).toBe(409);
    expect(own.json<{ error: { code: string; details: { reason: string } } }>().error).toMatchObject({
      code: 'ROLE_NOT_ALLOWED',
      details: { reason: 'own_roles' },
    });
    // a second administrator cannot grant it either
    const made = await admin.post('/api/v1/users', {
      username: 'admin2',
      name: '第二管理员',
      password: 'Start2026',
      departmentId: byName('办公室'),
      roles: ['admin'],
    });
    expect(made.statusCode, made.body).toBe(201);
    const second = await t.login('admin2', 'Start2026');
    const granted = await second.patch(`/api/v1/users/${me}`, { roles: ['admin', 'head'] });
    expect(granted.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe(
      'admin_case_role',
    );
    const mixed = await admin.post('/api/v1/users', {
      username: 'mixed',
      name: '混合',
      password: 'Start2026',
      departmentId: byName('办公室'),
      roles: ['admin', 'officer'],
    });
    expect(errorCode(mixed)).toBe('ROLE_NOT_ALLOWED');
    // roles still granted are unchanged by a refused request
    const after = (await admin.get(`/api/v1/users/${me}`)).json<{ roles: string[] }>();
    expect(after.roles).toEqual(['admin']);
    // one's own password: only with the current one
    const reset = await admin.post(`/api/v1/users/${me}/password`, { newPassword: 'Other2026' });
    expect(reset.statusCode).toBe(409);
    expect(errorCode(reset)).toBe('OWN_ACCOUNT');
  });
});

describe('department scope', () => {
  it('a branch head sees the users of the branch only; the bureau head sees all', async () => {
    const branch = byName('连州分局');
    const sub = (
      await admin.post('/api/v1/departments', { name: '连州执法股', parentId: branch, kind: 'department' })
    ).json<Dept>();
    await admin.post('/api/v1/users', {
      username: 'lz.head',
      name: '连州局长',
      password: 'Start2026',
      departmentId: branch,
      roles: ['head'],
    });
    await admin.post('/api/v1/users', {
      username: 'lz.officer',
      name: '连州队员',
      password: 'Start2026',
      departmentId: sub.id,
      roles: ['officer'],
    });
    const lzHead = await t.login('lz.head', 'Start2026');
    const seen = (await lzHead.get('/api/v1/users')).json<{ items: { username: string; id: string }[] }>();
    expect(seen.items.map((u) => u.username).sort()).toEqual(['lz.head', 'lz.officer']);
    const officer1 =
      (await admin.get('/api/v1/users?q=officer1')).json<{ items: { id: string }[] }>().items[0]?.id ?? '';
    const outside = await lzHead.get(`/api/v1/users/${officer1}`);
    expect(outside.statusCode).toBe(403);
    expect(errorCode(outside)).toBe('FORBIDDEN');
    expect((await lzHead.get(`/api/v1/users?departmentId=${byName('执法一科')}`)).statusCode).toBe(403);
    const inside = seen.items.find((u) => u.username === 'lz.officer')?.id ?? '';
    expect((await lzHead.get(`/api/v1/users/${inside}`)).statusCode).toBe(200);
    const head = await t.login('head');
    expect((await head.get(`/api/v1/users/${officer1}`)).statusCode).toBe(200);
    expect((await head.get('/api/v1/users?pageSize=200')).json<{ total: number }>().total).toBeGreaterThan(9);
  });
});

describe('officers and certificates', () => {
  it('lists certified officers with their status and looks them up publicly without private data', async () => {
    const list = (await admin.get('/api/v1/officers?q=4418')).json<{
      items: { certificateNo: string; name: string; status: string }[];
    }>();
    expect(list.items.map((o) => [o.certificateNo, o.name, o.status])).toEqual([
      ['44180001', '李明', 'valid'],
      ['44180002', '王芳', 'valid'],
    ]);
    const pub = await t.anonymous.get('/api/v1/public/officers/44180001');
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toEqual({
      certificateNo: '44180001',
      name: '李明',
      unit: '执法一科',
      body: '清远市生态环境局',
      area: '清远市',
      category: '生态环境保护综合执法',
      validFrom: '2024-01-01',
      validUntil: '2029-12-31',
      status: 'valid',
    });
    expect(pub.body).not.toMatch(/officer1|accountId|password|argon2/);
    expect((await t.anonymous.get('/api/v1/public/officers/99999999')).statusCode).toBe(404);
  });

  it('shows a certificate as expired the day after its last valid day (China time) and as revoked', async () => {
    const user = (
      await admin.post('/api/v1/users', {
        username: 'cert.user',
        name: '证件测试',
        password: 'Start2026',
        departmentId: byName('执法二科'),
        roles: ['officer'],
      })
    ).json<{ id: string }>();
    const cert = await admin.post('/api/v1/officers', {
      accountId: user.id,
      certificateNo: 'GD-2026-77',
      category: '生态环境',
      issuer: '广东省人民政府',
      issuedOn: '2024-01-01',
      validUntil: '2026-11-26',
    });
    expect(cert.json()).toMatchObject({ status: 'valid' });
    // 2026-11-26T15:59Z is 23:59 in China: still valid; one minute later it is 11-27 there
    t.clock.set('2026-11-26T15:59:00Z');
    expect((await t.anonymous.get('/api/v1/public/officers/GD-2026-77')).json()).toMatchObject({
      status: 'valid',
    });
    t.clock.set('2026-11-26T16:00:00Z');
    expect((await t.anonymous.get('/api/v1/public/officers/GD-2026-77')).json()).toMatchObject({
      status: 'expired',
    });
    const id = cert.json<{ id: string }>().id;
    admin = await t.login('admin'); // the clock moved past the idle timeout
    const renewed = await admin.patch(`/api/v1/officers/${id}`, { validUntil: '2030-12-31' });
    expect(renewed.json()).toMatchObject({ status: 'valid' });
    const revoked = await admin.patch(`/api/v1/officers/${id}`, { revoked: true });
    expect(revoked.json()).toMatchObject({ status: 'revoked' });
    expect(
      (await admin.get('/api/v1/officers?status=revoked'))
        .json<{ items: { certificateNo: string }[] }>()
        .items.map((o) => o.certificateNo),
    ).toEqual(['GD-2026-77']);
    expect(
      errorCode(
        await admin.post('/api/v1/officers', {
          accountId: user.id,
          certificateNo: 'GD-2026-77',
          category: '生态环境',
          issuer: '广东省人民政府',
          issuedOn: '2024-01-01',
          validUntil: '2027-01-01',
        }),
      ),
    ).toBe('CERTIFICATE_NUMBER_TAKEN');
    expect((await admin.patch(`/api/v1/officers/${id}`, { validUntil: '2020-01-01' })).statusCode).toBe(400);
  });
});
