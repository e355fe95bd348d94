import type { CertificateStatus } from '../../../shared/org-vocabulary.js';
import type { Role } from '../../../shared/roles.js';
import { BUREAU_WIDE_ROLES } from '../../platform/auth/permissions.js';

/** Pure rules of the organisation: the department tree, data scope, certificate status. */

export { DEPARTMENT_KINDS, type DepartmentKind } from '../../../shared/org-vocabulary.js';

export type DepartmentNode = { id: string; parentId: string | null };

/** `id` and every department below it. */
export function subtreeIds(departments: readonly DepartmentNode[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const d of departments) {
    if (d.parentId === null) continue;
    const list = children.get(d.parentId) ?? [];
    list.push(d.id);
    children.set(d.parentId, list);
  }
  const out = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined || out.has(next)) continue;
    out.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return out;
}

/** Moving `id` under `newParentId` would put it below itself. */
export function wouldCycle(departments: readonly DepartmentNode[], id: string, newParentId: string): boolean {
  return subtreeIds(departments, id).has(newParentId);
}

/** The departments whose data a user may see: all, or their own department's subtree. */
export type DepartmentScope = { all: true } | { all: false; ids: ReadonlySet<string> };

export function departmentScope(
  departments: readonly DepartmentNode[],
  user: { roles: readonly Role[]; departmentId: string },
): DepartmentScope {
  if (user.roles.some((r) => BUREAU_WIDE_ROLES.includes(r))) return { all: true };
  const own = departments.find((d) => d.id === user.departmentId);
  // Staff placed on the enforcement body itself (its leaders) see the whole body.
  if (own?.parentId === null) return { all: true };
  return { all: false, ids: subtreeIds(departments, user.departmentId) };
}

export function inScope(scope: DepartmentScope, departmentId: string): boolean {
  return scope.all || scope.ids.has(departmentId);
}

export type { CertificateStatus } from '../../../shared/org-vocabulary.js';

/** A certificate is valid through the last day of its validity (China date). */
export function certificateStatus(
  cert: { validUntil: string; revokedAt: string | null },
  today: string,
): CertificateStatus {
  if (cert.revokedAt !== null) return 'revoked';
  return cert.validUntil >= today ? 'valid' : 'expired';
}

/**
 * Role changes that are refused (security.md, separation of duties): nobody changes their own roles
 * (an administrator could otherwise give itself a case role and read cases, parties and evidence),
 * and an administrator account holds no case role — system administration and case work stay with
 * different people, so a second administrator cannot grant it either.
 */
export function roleProblem(
  actorId: string,
  targetId: string | null,
  before: readonly string[],
  after: readonly string[],
): 'own_roles' | 'admin_case_role' | null {
  const changed = before.length !== after.length || before.some((r) => !after.includes(r));
  if (targetId !== null && actorId === targetId && changed) return 'own_roles';
  if (after.includes('admin') && after.some((r) => r !== 'admin')) return 'admin_case_role';
  return null;
}
