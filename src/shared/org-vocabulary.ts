/** Codes of the organisation shared by the server and the web (stable API values). */

/** The tree: one root (the enforcement body), departments and branch bureaus below it. */
export const DEPARTMENT_KINDS = ['body', 'department', 'branch'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];
/** What a department created or edited may be: the body itself is the tree's one root. */
export const CHILD_DEPARTMENT_KINDS = ['department', 'branch'] as const satisfies readonly DepartmentKind[];
export type ChildDepartmentKind = (typeof CHILD_DEPARTMENT_KINDS)[number];

/** An officer's certificate (执法证) as of a day. */
export const CERTIFICATE_STATUSES = ['valid', 'expired', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** Longest password accepted (a bound on the hashing input). */
export const PASSWORD_MAX_LENGTH = 128;
