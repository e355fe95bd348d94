import { z } from 'zod';
import {
  CERTIFICATE_STATUSES,
  CHILD_DEPARTMENT_KINDS,
  DEPARTMENT_KINDS,
  PASSWORD_MAX_LENGTH,
} from '../org-vocabulary.js';
import { ROLES } from '../roles.js';
import { id, isoDate, pageQuery, text } from './common.js';

export const role = z.enum(ROLES);
export const roles = z.array(role).max(ROLES.length);
const password = z.string().min(1).max(PASSWORD_MAX_LENGTH);
const username = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]{1,31}$/, '用户名为 2–32 位字母、数字、下划线、点或连字符，以字母开头');

export const department = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  kind: z.enum(DEPARTMENT_KINDS),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export const departmentList = z.object({ items: z.array(department) });
export const createDepartmentBody = z.object({
  name: text(100),
  parentId: id,
  kind: z.enum(CHILD_DEPARTMENT_KINDS),
  sortOrder: z.number().int().min(0).max(1_000_000).optional(),
});
export const updateDepartmentBody = z
  .object({
    name: text(100),
    parentId: id,
    kind: z.enum(CHILD_DEPARTMENT_KINDS),
    sortOrder: z.number().int().min(0).max(1_000_000),
    active: z.boolean(),
  })
  .partial()
  .strict();

export const user = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  roles,
  active: z.boolean(),
  certificateNo: z.string().nullable(),
  createdAt: z.string(),
});
export const userList = z.object({ items: z.array(user), total: z.number().int() });
export const userListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  departmentId: id.optional(),
  role: role.optional(),
  ...pageQuery,
});
export const createUserBody = z.object({
  username,
  name: text(50),
  password,
  departmentId: id,
  roles: roles.min(1),
});
export const updateUserBody = z
  .object({ name: text(50), departmentId: id, roles: roles.min(1), active: z.boolean() })
  .partial()
  .strict();
export const resetPasswordBody = z.object({ newPassword: password });

export const certificateStatus = z.enum(CERTIFICATE_STATUSES);
export const officer = z.object({
  id: z.string(),
  accountId: z.string(),
  name: z.string(),
  username: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  certificateNo: z.string(),
  category: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  validUntil: z.string(),
  area: z.string().nullable(),
  status: certificateStatus,
});
export const officerList = z.object({ items: z.array(officer), total: z.number().int() });
export const officerListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  departmentId: id.optional(),
  status: certificateStatus.optional(),
  ...pageQuery,
});
const certificateNo = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{4,32}$/, '执法证号为 4–32 位字母、数字或连字符');
export const createCertificateBody = z
  .object({
    accountId: id,
    certificateNo,
    category: text(50),
    issuer: text(100),
    issuedOn: isoDate,
    validUntil: isoDate,
    /** 执法区域 as printed on the certificate, e.g. 清远市 or 清远市清城区. */
    area: text(100).optional(),
  })
  .refine((b) => b.validUntil >= b.issuedOn, { path: ['validUntil'], message: '有效期不能早于发证日期' });
export const updateCertificateBody = z
  .object({
    category: text(50),
    issuer: text(100),
    issuedOn: isoDate,
    validUntil: isoDate,
    area: text(100).nullable(),
    revoked: z.boolean(),
  })
  .partial()
  .strict();
export const certificateParams = z.object({ certificateNo: z.string().min(1).max(64) });
/**
 * What anyone may see of a certificate (issue 13): no account id, username, phone or ID number.
 * `unit` is the officer's department, `body` the enforcement body (the department tree's root) in
 * whose name they act; expired and revoked certificates are shown with their status, never hidden.
 */
export const publicOfficer = z.object({
  certificateNo: z.string(),
  name: z.string(),
  unit: z.string(),
  body: z.string(),
  area: z.string().nullable(),
  category: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  status: certificateStatus,
});
export const publicOfficerList = z.object({ items: z.array(publicOfficer), total: z.number().int() });
export const publicOfficerQuery = z.object({
  /** a department id (one of `GET /public/officer-filters`' units) */
  unit: id.optional(),
  /** part of a name or of a certificate number */
  q: z.string().trim().max(100).optional(),
  ...pageQuery,
});
/** The values of the portal's officer filters: the units that have officers with a certificate. */
export const publicOfficerFilters = z.object({
  units: z.array(z.object({ id: z.string(), name: z.string() })),
});

export type CreateUserInput = z.infer<typeof createUserBody>;
export type UpdateUserInput = z.infer<typeof updateUserBody>;
export type CreateCertificateInput = z.infer<typeof createCertificateBody>;
export type UpdateCertificateInput = z.infer<typeof updateCertificateBody>;
export type CreateDepartmentInput = z.infer<typeof createDepartmentBody>;
export type UpdateDepartmentInput = z.infer<typeof updateDepartmentBody>;
