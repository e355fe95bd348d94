/** Staff roles. Codes are stable API values; the labels are the one table the web and documents print. */
export const ROLES = [
  'admin', // 系统管理员
  'officer', // 执法人员
  'legal_reviewer', // 法制审核人员
  'filler', // 填报人
  'checker', // 审核人
  'approver', // 审批人
  'head', // 负责人
  'supervisor', // 监督 (read-only)
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS = {
  admin: '系统管理员',
  officer: '执法人员',
  legal_reviewer: '法制审核人员',
  filler: '填报人',
  checker: '审核人',
  approver: '审批人',
  head: '负责人',
  supervisor: '监督',
} as const satisfies Record<Role, string>;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
