/**
 * Table types. Conventions (dialect-neutral): ids are text UUIDs made by the application;
 * timestamps are ISO-8601 UTC text; dates are `YYYY-MM-DD` text; booleans are integers 0/1;
 * JSON is text.
 */
type Bool = number;

export interface DepartmentTable {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  sortOrder: number;
  active: Bool;
  createdAt: string;
  updatedAt: string;
}

export interface AccountTable {
  id: string;
  username: string;
  name: string;
  passwordHash: string;
  departmentId: string;
  active: Bool;
  createdAt: string;
  updatedAt: string;
  passwordChangedAt: string;
  lastLoginAt: string | null;
}

export interface AccountRoleTable {
  accountId: string;
  role: string;
}

export interface OfficerCertificateTable {
  id: string;
  accountId: string;
  certificateNo: string;
  category: string;
  issuer: string;
  issuedOn: string;
  validUntil: string;
  revokedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionTable {
  id: string;
  accountId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string;
  userAgent: string;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  windowStartedAt: string;
  lockedUntil: string | null;
}

export interface AuditEntryTable {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  objectType: string;
  objectId: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  detail: string;
  prevHash: string;
  hash: string;
}

export interface CalendarYearTable {
  year: number;
  papers: string;
  source: string;
  importedAt: string;
  importedBy: string | null;
}

export interface CalendarDayTable {
  date: string;
  year: number;
  name: string;
  isOffDay: Bool;
}

export interface Database {
  department: DepartmentTable;
  account: AccountTable;
  accountRole: AccountRoleTable;
  officerCertificate: OfficerCertificateTable;
  session: SessionTable;
  loginThrottle: LoginThrottleTable;
  auditEntry: AuditEntryTable;
  calendarYear: CalendarYearTable;
  calendarDay: CalendarDayTable;
}
