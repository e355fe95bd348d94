import { randomUUID } from 'node:crypto';
import type { Role } from '../../../shared/roles.js';
import type { Actor, AuditLog } from '../../platform/audit/audit-log.js';
import type { Principal } from '../../platform/auth/auth.service.js';
import { actorOf } from '../../platform/auth/auth.service.js';
import { hashPassword, isAcceptablePassword } from '../../platform/auth/password.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db, type Executor } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/errors.js';
import { orgRepository as repo, type PublicOfficerFilter } from './org.repository.js';
import {
  certificateStatus,
  departmentScope,
  inScope,
  roleProblem,
  wouldCycle,
  type DepartmentKind,
  type DepartmentScope,
} from './org.rules.js';
import type {
  CreateCertificateInput,
  CreateDepartmentInput,
  CreateUserInput,
  UpdateCertificateInput,
  UpdateDepartmentInput,
  UpdateUserInput,
} from './org.schema.js';

const rethrowUnique = (code: 'USERNAME_TAKEN' | 'CERTIFICATE_NUMBER_TAKEN') => (err: unknown) => {
  throw isUniqueViolation(err) ? new AppError(code) : err;
};

type DepartmentRow = Awaited<ReturnType<typeof repo.listDepartments>>[number];

type PublicCertificateRow = NonNullable<Awaited<ReturnType<typeof repo.findCertificateByNo>>>;

/** A certificate as the portal shows it: names, unit, body, area, category, validity and status. */
const presentPublicOfficer = (row: PublicCertificateRow, body: string, today: string) => ({
  certificateNo: row.certificateNo,
  name: row.name,
  unit: row.departmentName,
  body,
  area: row.area,
  category: row.category,
  validFrom: row.issuedOn,
  validUntil: row.validUntil,
  status: certificateStatus(row, today),
});

const presentDepartment = (d: DepartmentRow) => ({
  id: d.id,
  parentId: d.parentId,
  name: d.name,
  kind: d.kind,
  sortOrder: d.sortOrder,
  active: d.active === 1,
});

/** Organisation: the department tree, accounts and roles, officers and their certificates. */
export class OrgService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  // ---- departments -------------------------------------------------------------------------

  async listDepartments() {
    return (await repo.listDepartments(this.db)).map(presentDepartment);
  }

  async scopeOf(principal: Pick<Principal, 'roles' | 'departmentId'>): Promise<DepartmentScope> {
    return departmentScope(await repo.listDepartments(this.db), principal);
  }

  async createDepartment(principal: Principal, input: CreateDepartmentInput) {
    const parent = await repo.findDepartment(this.db, input.parentId);
    if (!parent)
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'parentId', message: '上级部门不存在' }] });
    return presentDepartment(await this.insertDepartment(actorOf(principal), input));
  }

  /** The enforcement body at the root of the tree (set-up: demo seed, create-admin). */
  async ensureRoot(actor: Actor, name: string): Promise<string> {
    const root = await repo.findRootDepartment(this.db);
    return root ? root.id : (await this.insertDepartment(actor, { name, parentId: null, kind: 'body' })).id;
  }

  async insertDepartment(
    actor: Actor,
    input: { name: string; parentId: string | null; kind: DepartmentKind; sortOrder?: number | undefined },
  ) {
    const now = this.now();
    const row = {
      id: randomUUID(),
      parentId: input.parentId,
      name: input.name,
      kind: input.kind,
      sortOrder: input.sortOrder ?? 0,
      active: 1,
      createdAt: now,
      updatedAt: now,
    };
    await this.db.transaction().execute(async (tx) => {
      await repo.insertDepartment(tx, row);
      await this.audit.append(tx, actor, {
        action: 'department.create',
        objectType: 'department',
        objectId: row.id,
        after: row,
      });
    });
    return row;
  }

  async isEmpty(): Promise<boolean> {
    return (await repo.countAccounts(this.db)) === 0 && !(await repo.findRootDepartment(this.db));
  }

  async updateDepartment(principal: Principal, id: string, patch: UpdateDepartmentInput) {
    const all = await repo.listDepartments(this.db);
    const before = all.find((d) => d.id === id);
    if (!before) throw notFound('department', id);
    if (before.parentId === null && (patch.parentId !== undefined || patch.active === false)) {
      throw new AppError('ROOT_DEPARTMENT_LOCKED');
    }
    if (patch.parentId !== undefined) {
      if (!all.some((d) => d.id === patch.parentId)) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'parentId', message: '上级部门不存在' }],
        });
      }
      if (wouldCycle(all, id, patch.parentId)) throw new AppError('DEPARTMENT_CYCLE');
    }
    const changes = {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.parentId !== undefined && { parentId: patch.parentId }),
      ...(patch.kind !== undefined && before.parentId !== null && { kind: patch.kind }),
      ...(patch.sortOrder !== undefined && { sortOrder: patch.sortOrder }),
      ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
      updatedAt: this.now(),
    };
    const after = { ...before, ...changes };
    await this.db.transaction().execute(async (tx) => {
      await repo.updateDepartment(tx, id, changes);
      await this.audit.append(tx, actorOf(principal), {
        action: 'department.update',
        objectType: 'department',
        objectId: id,
        before,
        after,
      });
    });
    return presentDepartment(after);
  }

  async deleteDepartment(principal: Principal, id: string) {
    const before = await repo.findDepartment(this.db, id);
    if (!before) throw notFound('department', id);
    if (before.parentId === null) throw new AppError('ROOT_DEPARTMENT_LOCKED');
    const usage = await repo.departmentUsage(this.db, id);
    if (usage.children > 0 || usage.accounts > 0) throw new AppError('DEPARTMENT_NOT_EMPTY', usage);
    await this.db.transaction().execute(async (tx) => {
      await repo.deleteDepartment(tx, id);
      await this.audit.append(tx, actorOf(principal), {
        action: 'department.delete',
        objectType: 'department',
        objectId: id,
        before,
      });
    });
  }

  // ---- accounts ----------------------------------------------------------------------------

  async listUsers(
    principal: Principal,
    filter: {
      q?: string | undefined;
      departmentId?: string | undefined;
      role?: Role | undefined;
      page: number;
      pageSize: number;
    },
  ) {
    const scope = await this.scopeOf(principal);
    if (filter.departmentId && !inScope(scope, filter.departmentId))
      throw new AppError('FORBIDDEN', { reason: 'department_scope' });
    const departmentIds = filter.departmentId
      ? [filter.departmentId]
      : scope.all
        ? undefined
        : [...scope.ids];
    const { rows, total } = await repo.listAccounts(this.db, { ...filter, departmentIds });
    return { items: await this.presentUsers(rows), total };
  }

  /**
   * The names of accounts by id, for what other modules print about a person (e.g. 制作人 on a
   * document); an id without an account is absent from the map.
   */
  async accountNames(ids: readonly string[], db: Executor = this.db): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    return new Map((await repo.accountNames(db, unique)).map((r) => [r.id, r.name]));
  }

  async getUser(principal: Principal, id: string) {
    const row = await repo.findAccountView(this.db, id);
    if (!row) throw notFound('user', id);
    if (!inScope(await this.scopeOf(principal), row.departmentId)) {
      throw new AppError('FORBIDDEN', { reason: 'department_scope' });
    }
    const [user] = await this.presentUsers([row]);
    if (!user) throw notFound('user', id);
    return user;
  }

  async createUser(principal: Principal, input: CreateUserInput) {
    if (!isAcceptablePassword(input.password)) throw new AppError('WEAK_PASSWORD');
    const problem = roleProblem(principal.id, null, [], input.roles);
    if (problem) throw new AppError('ROLE_NOT_ALLOWED', { reason: problem });
    if (!(await repo.findDepartment(this.db, input.departmentId))) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'departmentId', message: '部门不存在' }] });
    }
    const id = await this.insertAccount(actorOf(principal), { ...input, password: input.password });
    return this.getUser(principal, id);
  }

  /** Creates an account (also used by the demo seed and the create-admin command). */
  async insertAccount(
    actor: Actor,
    input: { username: string; name: string; password: string; departmentId: string; roles: readonly Role[] },
  ): Promise<string> {
    if (await repo.findAccountByUsername(this.db, input.username)) throw new AppError('USERNAME_TAKEN');
    const passwordHash = await hashPassword(input.password);
    const now = this.now();
    const row = {
      id: randomUUID(),
      username: input.username,
      name: input.name,
      passwordHash,
      departmentId: input.departmentId,
      active: 1,
      createdAt: now,
      updatedAt: now,
      passwordChangedAt: now,
      lastLoginAt: null,
    };
    const roles = [...new Set(input.roles)].sort();
    await this.db
      .transaction()
      .execute(async (tx) => {
        await repo.insertAccount(tx, row);
        await repo.setRoles(tx, row.id, roles);
        await this.audit.append(tx, actor, {
          action: 'user.create',
          objectType: 'account',
          objectId: row.id,
          after: { ...row, passwordHash: undefined, roles },
        });
      })
      .catch(rethrowUnique('USERNAME_TAKEN'));
    return row.id;
  }

  async updateUser(principal: Principal, id: string, patch: UpdateUserInput) {
    const before = await repo.findAccount(this.db, id);
    if (!before) throw notFound('user', id);
    const beforeRoles = (await repo.rolesByAccount(this.db, [id])).get(id) ?? [];
    if (patch.roles) {
      const problem = roleProblem(principal.id, id, beforeRoles, patch.roles);
      if (problem) throw new AppError('ROLE_NOT_ALLOWED', { reason: problem });
    }
    if (patch.departmentId !== undefined && !(await repo.findDepartment(this.db, patch.departmentId))) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'departmentId', message: '部门不存在' }] });
    }
    const losesAdmin =
      beforeRoles.includes('admin') &&
      before.active === 1 &&
      (patch.active === false || (patch.roles !== undefined && !patch.roles.includes('admin')));
    if (losesAdmin && (await repo.countActiveAdmins(this.db, id)) === 0) throw new AppError('LAST_ADMIN');
    const changes = {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.departmentId !== undefined && { departmentId: patch.departmentId }),
      ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
      updatedAt: this.now(),
    };
    const roles = patch.roles ? [...new Set(patch.roles)].sort() : beforeRoles;
    await this.db.transaction().execute(async (tx) => {
      await repo.updateAccount(tx, id, changes);
      if (patch.roles) await repo.setRoles(tx, id, roles);
      // A disabled account signs out everywhere at once.
      if (patch.active === false) await tx.deleteFrom('session').where('accountId', '=', id).execute();
      await this.audit.append(tx, actorOf(principal), {
        action: 'user.update',
        objectType: 'account',
        objectId: id,
        before: { ...before, passwordHash: undefined, roles: beforeRoles },
        after: { ...before, ...changes, passwordHash: undefined, roles },
      });
    });
    return this.getUser(principal, id);
  }

  /** An administrator sets a new password; the account's sessions end. */
  async resetPassword(principal: Principal, id: string, newPassword: string) {
    if (!(await repo.findAccount(this.db, id))) throw notFound('user', id);
    // one's own password is changed with the current one (POST /auth/password), not reset
    if (id === principal.id) throw new AppError('OWN_ACCOUNT');
    if (!isAcceptablePassword(newPassword)) throw new AppError('WEAK_PASSWORD');
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction().execute(async (tx) => {
      const now = this.now();
      await repo.updateAccount(tx, id, { passwordHash, passwordChangedAt: now, updatedAt: now });
      await tx.deleteFrom('session').where('accountId', '=', id).execute();
      await this.audit.append(tx, actorOf(principal), {
        action: 'user.password_reset',
        objectType: 'account',
        objectId: id,
      });
    });
  }

  private async presentUsers(rows: Awaited<ReturnType<typeof repo.listAccounts>>['rows']) {
    const ids = rows.map((r) => r.id);
    const [roles, certs] = await Promise.all([
      repo.rolesByAccount(this.db, ids),
      repo.certificateNoByAccount(this.db, ids),
    ]);
    return rows.map((r) => ({
      id: r.id,
      username: r.username,
      name: r.name,
      departmentId: r.departmentId,
      departmentName: r.departmentName,
      roles: roles.get(r.id) ?? [],
      active: r.active === 1,
      certificateNo: certs.get(r.id) ?? null,
      createdAt: r.createdAt,
    }));
  }

  // ---- officers and certificates -----------------------------------------------------------

  async listOfficers(filter: {
    q?: string | undefined;
    departmentId?: string | undefined;
    status?: 'valid' | 'expired' | 'revoked' | undefined;
    page: number;
    pageSize: number;
  }) {
    const today = chinaDate(this.clock());
    const { rows, total } = await repo.listCertificates(this.db, {
      ...filter,
      departmentIds: filter.departmentId ? [filter.departmentId] : undefined,
      validOn: today,
    });
    return {
      items: rows.map(({ revokedAt, ...r }) => ({
        ...r,
        status: certificateStatus({ validUntil: r.validUntil, revokedAt }, today),
      })),
      total,
    };
  }

  async createCertificate(principal: Principal, input: CreateCertificateInput) {
    if (!(await repo.findAccount(this.db, input.accountId))) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'accountId', message: '用户不存在' }] });
    }
    const id = await this.insertCertificate(actorOf(principal), input);
    return this.officerById(id);
  }

  async insertCertificate(actor: Actor, input: CreateCertificateInput): Promise<string> {
    if (await repo.findCertificateByNo(this.db, input.certificateNo))
      throw new AppError('CERTIFICATE_NUMBER_TAKEN');
    const now = this.now();
    const row = {
      id: randomUUID(),
      ...input,
      area: input.area ?? null,
      revokedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await this.db
      .transaction()
      .execute(async (tx) => {
        await repo.insertCertificate(tx, row);
        await this.audit.append(tx, actor, {
          action: 'officer.certificate.create',
          objectType: 'officer_certificate',
          objectId: row.id,
          after: row,
        });
      })
      .catch(rethrowUnique('CERTIFICATE_NUMBER_TAKEN'));
    return row.id;
  }

  async updateCertificate(principal: Principal, id: string, patch: UpdateCertificateInput) {
    const before = await repo.findCertificate(this.db, id);
    if (!before) throw notFound('certificate', id);
    const now = this.now();
    const changes = {
      ...(patch.category !== undefined && { category: patch.category }),
      ...(patch.issuer !== undefined && { issuer: patch.issuer }),
      ...(patch.issuedOn !== undefined && { issuedOn: patch.issuedOn }),
      ...(patch.validUntil !== undefined && { validUntil: patch.validUntil }),
      ...(patch.area !== undefined && { area: patch.area }),
      ...(patch.revoked !== undefined && { revokedAt: patch.revoked ? (before.revokedAt ?? now) : null }),
      updatedAt: now,
    };
    const after = { ...before, ...changes };
    if (after.validUntil < after.issuedOn) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'validUntil', message: '有效期不能早于发证日期' }],
      });
    }
    await this.db.transaction().execute(async (tx) => {
      await repo.updateCertificate(tx, id, changes);
      await this.audit.append(tx, actorOf(principal), {
        action: 'officer.certificate.update',
        objectType: 'officer_certificate',
        objectId: id,
        before,
        after,
      });
    });
    return this.officerById(id);
  }

  private async officerById(id: string) {
    const cert = await repo.findCertificate(this.db, id);
    if (!cert) throw notFound('certificate', id);
    const { items } = await this.listOfficers({ q: cert.certificateNo, page: 1, pageSize: 200 });
    const officer = items.find((o) => o.id === id);
    if (!officer) throw notFound('certificate', id);
    return officer;
  }

  /** The public certificate lookup (the officer's public page): nothing private. */
  async publicOfficer(certificateNo: string) {
    const row = await repo.findCertificateByNo(this.db, certificateNo);
    if (!row) throw notFound('officer', certificateNo);
    return presentPublicOfficer(row, await this.bodyName(), chinaDate(this.clock()));
  }

  /** The portal's officer list: every certificate with its status (expired and revoked ones marked, not left out). */
  async publicOfficers(filter: PublicOfficerFilter) {
    const [{ rows, total }, body] = await Promise.all([
      repo.listPublicCertificates(this.db, filter),
      this.bodyName(),
    ]);
    const today = chinaDate(this.clock());
    return { items: rows.map((r) => presentPublicOfficer(r, body, today)), total };
  }

  /** The values of the portal's unit filter: the departments that have certified officers. */
  async publicOfficerFilters() {
    return { units: await repo.listOfficerDepartments(this.db) };
  }

  /** The enforcement body's name: the root of the department tree (BODY_NAME when it was made). */
  private async bodyName(): Promise<string> {
    return (await repo.findRootDepartment(this.db))?.name ?? '';
  }

  private now() {
    return this.clock().toISOString();
  }
}
