import type { Principal } from '../../platform/auth/auth.service.js';
import { CASE_WIDE_ROLES, hasPermission, type Permission } from '../../platform/auth/permissions.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { OrgService } from '../org/org.service.js';
import { inScope, type DepartmentScope } from '../org/org.rules.js';
import { caseRepository as repo, type CaseRow } from './case.repository.js';

/** Who may see a case: its department's scope, its assigned officers, or a case-wide function. */
export class CaseAccess {
  constructor(private readonly org: OrgService) {}

  async scopeOf(principal: Principal): Promise<DepartmentScope> {
    if (principal.roles.some((r) => CASE_WIDE_ROLES.includes(r))) return { all: true };
    return this.org.scopeOf(principal);
  }

  async canRead(db: Executor, principal: Principal, row: CaseRow): Promise<boolean> {
    if (!hasPermission(principal.roles, 'case.read')) return false;
    if (inScope(await this.scopeOf(principal), row.departmentId)) return true;
    return repo.isAssigned(db, row.id, principal.id);
  }

  /** The case, if the caller may read it (404 when absent, 403 when out of scope). */
  async readable(db: Executor, principal: Principal, id: string): Promise<CaseRow> {
    const row = await repo.find(db, id);
    if (!row) throw notFound('case', id);
    if (!(await this.canRead(db, principal, row))) throw new AppError('FORBIDDEN', { reason: 'case_scope' });
    return row;
  }

  /** The case, if the caller is one of its assigned officers (whole-process records are theirs to write). */
  async writable(db: Executor, principal: Principal, id: string): Promise<CaseRow> {
    const row = await this.readable(db, principal, id);
    if (!hasPermission(principal.roles, 'case.write') || !(await repo.isAssigned(db, id, principal.id))) {
      throw new AppError('FORBIDDEN', { reason: 'not_assigned' });
    }
    return row;
  }

  /** What the caller may do on the case (the case view's `abilities`; each action checks again). */
  async abilities(
    db: Executor,
    principal: Principal,
    row: { id: string; departmentId: string },
  ): Promise<{ write: boolean; approve: boolean }> {
    const write =
      hasPermission(principal.roles, 'case.write') && (await repo.isAssigned(db, row.id, principal.id));
    const approve =
      hasPermission(principal.roles, 'case.approve') &&
      inScope(await this.org.scopeOf(principal), row.departmentId);
    return { write, approve };
  }

  /** The case, if the caller holds `permission` and the case is in their department scope. */
  async governed(db: Executor, principal: Principal, id: string, permission: Permission): Promise<CaseRow> {
    const row = await this.readable(db, principal, id);
    if (
      !hasPermission(principal.roles, permission) ||
      !inScope(await this.org.scopeOf(principal), row.departmentId)
    ) {
      throw new AppError('FORBIDDEN', { reason: 'case_scope' });
    }
    return row;
  }
}
