import { BUREAU_WIDE_ROLES, PUBLICITY_WIDE_ROLES } from '../../../../shared/permissions.js';
import type { Department, SessionUser } from '../../../api/types.js';
import { subtreeIds } from '../../../components/departmentTree.js';

/**
 * The units a user may name as an item's 责任单位, as the server scopes them: the whole bureau for
 * publicity-wide and bureau-wide roles or staff on the body itself; otherwise the own department
 * with the units below it, and the body (the root) whose items are the whole bureau's publication.
 * Inactive units are left out; the own department comes first, then the body.
 */
export function usableDepartments(user: SessionUser, departments: readonly Department[]): Department[] {
  const active = departments.filter((d) => d.active);
  const root = active.find((d) => d.parentId === null);
  const own = active.find((d) => d.id === user.departmentId);
  const wide =
    user.roles.some((r) => PUBLICITY_WIDE_ROLES.includes(r) || BUREAU_WIDE_ROLES.includes(r)) ||
    own?.parentId === null;
  const allowed = wide ? active : active.filter((d) => subtreeIds(departments, user.departmentId).has(d.id));
  const rank = (d: Department) => (d.id === user.departmentId ? 0 : d.id === root?.id ? 1 : 2);
  const list = root && !allowed.includes(root) ? [...allowed, root] : allowed;
  return [...list].sort((a, b) => rank(a) - rank(b) || a.sortOrder - b.sortOrder);
}
