import { Tag } from 'antd';
import { ROLES, type Role } from '../../shared/roles.js';
import { t } from '../i18n/index.js';

const ROLE_COLORS: Record<Role, string> = {
  admin: 'geekblue',
  officer: 'blue',
  legal_reviewer: 'cyan',
  filler: 'gold',
  checker: 'gold',
  approver: 'gold',
  head: 'volcano',
  supervisor: 'default',
};

export function roleLabel(role: Role): string {
  return t(`roles.${role}`);
}

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: roleLabel(role) }));

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  // Keep the canonical order whatever order the server sends.
  const sorted = ROLES.filter((r) => roles.includes(r));
  return (
    <>
      {sorted.map((role) => (
        <Tag key={role} color={ROLE_COLORS[role]} style={{ marginBlock: 2 }}>
          {roleLabel(role)}
        </Tag>
      ))}
    </>
  );
}
