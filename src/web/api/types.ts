import type { Role } from '../../shared/roles.js';

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  departmentId: string | null;
  departmentName: string | null;
}

export interface SessionResponse {
  user: SessionUser;
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface User {
  id: string;
  username: string;
  name: string;
  departmentId: string;
  departmentName: string;
  roles: Role[];
  active: boolean;
  certificateNo: string | null;
  createdAt: string;
}

export interface UserQuery {
  q?: string;
  departmentId?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

export interface CreateUserBody {
  username: string;
  name: string;
  password: string;
  departmentId: string;
  roles: Role[];
}

export interface UpdateUserBody {
  name?: string;
  departmentId?: string;
  roles?: Role[];
  active?: boolean;
}

export type DepartmentKind = 'body' | 'department' | 'branch';
export const DEPARTMENT_KINDS: readonly DepartmentKind[] = ['body', 'department', 'branch'];

export interface Department {
  id: string;
  parentId: string | null;
  name: string;
  kind: DepartmentKind;
  sortOrder: number;
  active: boolean;
}

export interface CreateDepartmentBody {
  name: string;
  parentId: string;
  kind: DepartmentKind;
  sortOrder?: number;
}

export interface UpdateDepartmentBody {
  name?: string;
  parentId?: string;
  kind?: DepartmentKind;
  sortOrder?: number;
  active?: boolean;
}

export type CertificateStatus = 'valid' | 'expired' | 'revoked';

export interface Officer {
  id: string;
  accountId: string;
  name: string;
  username: string;
  departmentId: string;
  departmentName: string;
  certificateNo: string;
  category: string;
  issuer: string;
  issuedOn: string;
  validUntil: string;
  status: CertificateStatus;
}

export interface OfficerQuery {
  q?: string;
  departmentId?: string;
  page: number;
  pageSize: number;
}

export interface CreateOfficerBody {
  accountId: string;
  certificateNo: string;
  category: string;
  issuer: string;
  issuedOn: string;
  validUntil: string;
}

export interface UpdateOfficerBody {
  category?: string;
  issuer?: string;
  issuedOn?: string;
  validUntil?: string;
  revoked?: boolean;
}

export interface PublicOfficer {
  certificateNo: string;
  name: string;
  unit: string;
  category: string;
  validFrom: string;
  validUntil: string;
  status: CertificateStatus;
}

export interface CalendarYearSummary {
  year: number;
  papers: string[];
  dayCount: number;
  importedAt: string;
  source: string;
}

export interface CalendarDay {
  date: string;
  name: string;
  isOffDay: boolean;
}

export interface CalendarYear {
  year: number;
  provisional: boolean;
  days: CalendarDay[];
}

export interface CalendarUpload {
  year: unknown;
  papers?: unknown;
  days: unknown;
}

export interface WorkingDaysResult {
  from: string;
  days: number;
  due: string;
  provisional: boolean;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  hash: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  entries: number;
  head: string;
  brokenAt?: { seq: number; reason: string };
}
