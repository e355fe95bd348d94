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
