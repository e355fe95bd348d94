/** Codes of the organisation shared by the server and the web (stable API values), with their labels. */

/** The root is the enforcement body (执法主体); below it 内设科室 and 直属分局. */
export const DEPARTMENT_KINDS = ['body', 'department', 'branch'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];
export const DEPARTMENT_KIND_LABELS = {
  body: '执法主体',
  department: '内设科室',
  branch: '直属分局',
} as const satisfies Record<DepartmentKind, string>;

/** An officer's certificate (执法证) on a given day. */
export const CERTIFICATE_STATUSES = ['valid', 'expired', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
export const CERTIFICATE_STATUS_LABELS = {
  valid: '有效',
  expired: '已过期',
  revoked: '已注销',
} as const satisfies Record<CertificateStatus, string>;

/** What a department created or edited may be: the body itself is the tree's one root. */
export const CHILD_DEPARTMENT_KINDS = ['department', 'branch'] as const satisfies readonly DepartmentKind[];
export type ChildDepartmentKind = (typeof CHILD_DEPARTMENT_KINDS)[number];

/** Longest password accepted (a bound on the hashing input). */
export const PASSWORD_MAX_LENGTH = 128;
