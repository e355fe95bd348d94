import { call } from './call.js';
import type {
  CalendarUpload,
  CreateDepartmentBody,
  CreateOfficerBody,
  CreateUserBody,
  OfficerQuery,
  UpdateDepartmentBody,
  UpdateOfficerBody,
  UpdateUserBody,
  UserQuery,
} from './types.js';

export const authApi = {
  login: (username: string, password: string) =>
    call('POST /api/v1/auth/login', { body: { username, password }, skipAuthRedirect: true }),
  // The back office decides itself what to do with a 401 here (redirect with ?next=).
  me: (signal?: AbortSignal) => call('GET /api/v1/auth/me', { skipAuthRedirect: true, signal }),
  logout: () => call('POST /api/v1/auth/logout', { skipAuthRedirect: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    call('POST /api/v1/auth/password', { body: { currentPassword, newPassword } }),
};

export const usersApi = {
  list: (query: UserQuery, signal?: AbortSignal) => call('GET /api/v1/users', { query, signal }),
  get: (id: string) => call('GET /api/v1/users/:id', { params: { id } }),
  create: (body: CreateUserBody) => call('POST /api/v1/users', { body }),
  update: (id: string, body: UpdateUserBody) => call('PATCH /api/v1/users/:id', { params: { id }, body }),
  resetPassword: (id: string, newPassword: string) =>
    call('POST /api/v1/users/:id/password', { params: { id }, body: { newPassword } }),
};

export const departmentsApi = {
  list: (signal?: AbortSignal) => call('GET /api/v1/departments', { signal }),
  create: (body: CreateDepartmentBody) => call('POST /api/v1/departments', { body }),
  update: (id: string, body: UpdateDepartmentBody) =>
    call('PATCH /api/v1/departments/:id', { params: { id }, body }),
  remove: (id: string) => call('DELETE /api/v1/departments/:id', { params: { id } }),
};

export const officersApi = {
  list: (query: OfficerQuery, signal?: AbortSignal) => call('GET /api/v1/officers', { query, signal }),
  create: (body: CreateOfficerBody) => call('POST /api/v1/officers', { body }),
  update: (id: string, body: UpdateOfficerBody) =>
    call('PATCH /api/v1/officers/:id', { params: { id }, body }),
};

export const calendarApi = {
  years: (signal?: AbortSignal) => call('GET /api/v1/calendar/years', { signal }),
  year: (year: number, signal?: AbortSignal) =>
    call('GET /api/v1/calendar/years/:year', { params: { year }, signal }),
  upload: (body: CalendarUpload) => call('POST /api/v1/calendar/years', { body }),
  addWorkingDays: (from: string, days: number) =>
    call('GET /api/v1/calendar/add-working-days', { query: { from, days } }),
};

/** Rule parameters, document settings and the portal's footer (administrators). */
export const parametersApi = {
  list: (signal?: AbortSignal) => call('GET /api/v1/parameters', { signal }),
  set: (key: string, value: unknown) =>
    call('PUT /api/v1/parameters/:key', { params: { key }, body: { value } }),
};

export const auditApi = {
  entries: (page: number, pageSize: number, signal?: AbortSignal) =>
    call('GET /api/v1/audit/entries', { query: { page, pageSize }, signal }),
  verify: () => call('GET /api/v1/audit/verify', {}),
};
