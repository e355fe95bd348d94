import { sql, type Insertable, type Updateable } from 'kysely';
import { contains } from '../../platform/db/text-search.js';
import type { Executor } from '../../platform/db/database.js';
import type {
  AccountRoleTable,
  AccountTable,
  DepartmentTable,
  OfficerCertificateTable,
} from '../../platform/db/schema.js';

export type UserFilter = {
  q?: string | undefined;
  departmentIds?: readonly string[] | undefined;
  role?: AccountRoleTable['role'] | undefined;
  page: number;
  pageSize: number;
};

export type OfficerFilter = {
  q?: string | undefined;
  departmentIds?: readonly string[] | undefined;
  validOn?: string | undefined;
  status?: 'valid' | 'expired' | 'revoked' | undefined;
  page: number;
  pageSize: number;
};

export type PublicOfficerFilter = {
  q?: string | undefined;
  departmentId?: string | undefined;
  page: number;
  pageSize: number;
};

/** The columns of a certificate that the portal may show (no account id, username or contact). */
const PUBLIC_CERTIFICATE_COLUMNS = [
  'officerCertificate.certificateNo',
  'officerCertificate.category',
  'officerCertificate.area',
  'officerCertificate.issuedOn',
  'officerCertificate.validUntil',
  'officerCertificate.revokedAt',
  'account.name',
  'department.name as departmentName',
] as const;

const publicCertificates = (db: Executor) =>
  db
    .selectFrom('officerCertificate')
    .innerJoin('account', 'account.id', 'officerCertificate.accountId')
    .innerJoin('department', 'department.id', 'account.departmentId')
    .select(PUBLIC_CERTIFICATE_COLUMNS);

export const orgRepository = {
  listDepartments(db: Executor) {
    return db.selectFrom('department').selectAll().orderBy('sortOrder').orderBy('name').execute();
  },

  findDepartment(db: Executor, id: string) {
    return db.selectFrom('department').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findRootDepartment(db: Executor) {
    return db.selectFrom('department').selectAll().where('parentId', 'is', null).executeTakeFirst();
  },

  insertDepartment(db: Executor, row: Insertable<DepartmentTable>) {
    return db.insertInto('department').values(row).execute();
  },

  updateDepartment(db: Executor, id: string, patch: Updateable<DepartmentTable>) {
    return db.updateTable('department').set(patch).where('id', '=', id).execute();
  },

  deleteDepartment(db: Executor, id: string) {
    return db.deleteFrom('department').where('id', '=', id).execute();
  },

  async departmentUsage(db: Executor, id: string) {
    const [children, accounts] = await Promise.all([
      db
        .selectFrom('department')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('parentId', '=', id)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('account')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('departmentId', '=', id)
        .executeTakeFirstOrThrow(),
    ]);
    return { children: Number(children.n), accounts: Number(accounts.n) };
  },

  async listAccounts(db: Executor, f: UserFilter) {
    let query = db.selectFrom('account').innerJoin('department', 'department.id', 'account.departmentId');
    if (f.q) {
      const q = f.q;
      query = query.where((eb) =>
        eb.or([contains(sql.ref('account.username'), q), contains(sql.ref('account.name'), q)]),
      );
    }
    if (f.departmentIds) query = query.where('account.departmentId', 'in', [...f.departmentIds, '']);
    if (f.role) {
      const role = f.role;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('accountRole')
            .select('accountRole.accountId')
            .whereRef('accountRole.accountId', '=', 'account.id')
            .where('accountRole.role', '=', role),
        ),
      );
    }
    const [rows, count] = await Promise.all([
      query
        .select([
          'account.id',
          'account.username',
          'account.name',
          'account.departmentId',
          'department.name as departmentName',
          'account.active',
          'account.createdAt',
        ])
        .orderBy('account.username')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },

  findAccountView(db: Executor, id: string) {
    return db
      .selectFrom('account')
      .innerJoin('department', 'department.id', 'account.departmentId')
      .select([
        'account.id',
        'account.username',
        'account.name',
        'account.departmentId',
        'department.name as departmentName',
        'account.active',
        'account.createdAt',
      ])
      .where('account.id', '=', id)
      .executeTakeFirst();
  },

  findAccount(db: Executor, id: string) {
    return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Account names by id (ids without an account are left out). */
  accountNames(db: Executor, ids: readonly string[]) {
    return db.selectFrom('account').select(['id', 'name']).where('id', 'in', ids).execute();
  },

  findAccountByUsername(db: Executor, username: string) {
    return db.selectFrom('account').select('id').where('username', '=', username).executeTakeFirst();
  },

  insertAccount(db: Executor, row: Insertable<AccountTable>) {
    return db.insertInto('account').values(row).execute();
  },

  updateAccount(db: Executor, id: string, patch: Updateable<AccountTable>) {
    return db.updateTable('account').set(patch).where('id', '=', id).execute();
  },

  async rolesByAccount(db: Executor, accountIds: readonly string[]) {
    const map = new Map<string, AccountRoleTable['role'][]>();
    if (accountIds.length === 0) return map;
    const rows = await db
      .selectFrom('accountRole')
      .select(['accountId', 'role'])
      .where('accountId', 'in', accountIds)
      .orderBy('role')
      .execute();
    for (const r of rows) map.set(r.accountId, [...(map.get(r.accountId) ?? []), r.role]);
    return map;
  },

  async setRoles(db: Executor, accountId: string, roles: readonly AccountRoleTable['role'][]) {
    await db.deleteFrom('accountRole').where('accountId', '=', accountId).execute();
    if (roles.length > 0) {
      await db
        .insertInto('accountRole')
        .values(roles.map((role) => ({ accountId, role })))
        .execute();
    }
  },

  async countActiveAdmins(db: Executor, excludingAccountId: string) {
    const row = await db
      .selectFrom('accountRole')
      .innerJoin('account', 'account.id', 'accountRole.accountId')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('accountRole.role', '=', 'admin')
      .where('account.active', '=', 1)
      .where('account.id', '!=', excludingAccountId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  countAccounts(db: Executor) {
    return db
      .selectFrom('account')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  },

  /** The current certificate number of each account (the latest valid-until, not revoked). */
  async certificateNoByAccount(db: Executor, accountIds: readonly string[]) {
    const map = new Map<string, string>();
    if (accountIds.length === 0) return map;
    const rows = await db
      .selectFrom('officerCertificate')
      .select(['accountId', 'certificateNo'])
      .where('accountId', 'in', accountIds)
      .where('revokedAt', 'is', null)
      .orderBy('validUntil')
      .execute();
    for (const r of rows) map.set(r.accountId, r.certificateNo);
    return map;
  },

  async listCertificates(db: Executor, f: OfficerFilter) {
    let query = db
      .selectFrom('officerCertificate')
      .innerJoin('account', 'account.id', 'officerCertificate.accountId')
      .innerJoin('department', 'department.id', 'account.departmentId');
    if (f.q) {
      const q = f.q;
      query = query.where((eb) =>
        eb.or([
          contains(sql.ref('account.name'), q),
          contains(sql.ref('account.username'), q),
          contains(sql.ref('officerCertificate.certificateNo'), q),
        ]),
      );
    }
    if (f.departmentIds) query = query.where('account.departmentId', 'in', [...f.departmentIds, '']);
    if (f.status && f.validOn) {
      const today = f.validOn;
      if (f.status === 'revoked') query = query.where('officerCertificate.revokedAt', 'is not', null);
      else {
        query = query.where('officerCertificate.revokedAt', 'is', null);
        query = query.where('officerCertificate.validUntil', f.status === 'valid' ? '>=' : '<', today);
      }
    }
    const [rows, count] = await Promise.all([
      query
        .select([
          'officerCertificate.id',
          'officerCertificate.accountId',
          'account.name',
          'account.username',
          'account.departmentId',
          'department.name as departmentName',
          'officerCertificate.certificateNo',
          'officerCertificate.category',
          'officerCertificate.issuer',
          'officerCertificate.issuedOn',
          'officerCertificate.validUntil',
          'officerCertificate.area',
          'officerCertificate.revokedAt',
        ])
        .orderBy('officerCertificate.certificateNo')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },

  findCertificate(db: Executor, id: string) {
    return db.selectFrom('officerCertificate').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findCertificateByNo(db: Executor, certificateNo: string) {
    return publicCertificates(db)
      .where('officerCertificate.certificateNo', '=', certificateNo)
      .executeTakeFirst();
  },

  /**
   * The portal's officer list: every certificate (expired and revoked ones too), by unit in the
   * tree's order, then by number. `q` matches the name or the certificate number — never the
   * username, which is not public.
   */
  async listPublicCertificates(db: Executor, f: PublicOfficerFilter) {
    let query = db
      .selectFrom('officerCertificate')
      .innerJoin('account', 'account.id', 'officerCertificate.accountId')
      .innerJoin('department', 'department.id', 'account.departmentId');
    if (f.q) {
      const q = f.q;
      query = query.where((eb) =>
        eb.or([
          contains(sql.ref('account.name'), q),
          contains(sql.ref('officerCertificate.certificateNo'), q),
        ]),
      );
    }
    if (f.departmentId) query = query.where('account.departmentId', '=', f.departmentId);
    const [rows, count] = await Promise.all([
      query
        .select(PUBLIC_CERTIFICATE_COLUMNS)
        .orderBy('department.sortOrder')
        .orderBy('department.name')
        .orderBy('officerCertificate.certificateNo')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },

  /** The departments that hold at least one officer with a certificate, in the tree's order. */
  listOfficerDepartments(db: Executor) {
    return db
      .selectFrom('department')
      .select(['department.id', 'department.name'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('officerCertificate')
            .innerJoin('account', 'account.id', 'officerCertificate.accountId')
            .select('officerCertificate.id')
            .whereRef('account.departmentId', '=', 'department.id'),
        ),
      )
      .orderBy('department.sortOrder')
      .orderBy('department.name')
      .execute();
  },

  insertCertificate(db: Executor, row: Insertable<OfficerCertificateTable>) {
    return db.insertInto('officerCertificate').values(row).execute();
  },

  updateCertificate(db: Executor, id: string, patch: Updateable<OfficerCertificateTable>) {
    return db.updateTable('officerCertificate').set(patch).where('id', '=', id).execute();
  },
};
