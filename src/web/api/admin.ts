import { api, request } from './client.js';
import type {
  AuditEntry,
  AuditVerifyResult,
  CalendarUpload,
  CalendarYear,
  CalendarYearSummary,
  CreateDepartmentBody,
  CreateOfficerBody,
  CreateUserBody,
  Department,
  Officer,
  OfficerQuery,
  Page,
  SessionResponse,
  UpdateDepartmentBody,
  UpdateOfficerBody,
  UpdateUserBody,
  User,
  UserQuery,
  WorkingDaysResult,
} from './types.js';

import { V1, seg } from './public.js';

export const authApi = {
  login: (username: string, password: string) =>
    api.post<SessionResponse>(`${V1}/auth/login`, { username, password }, { skipAuthRedirect: true }),
  // The back office decides itself what to do with a 401 here (redirect with ?next=).
  me: (signal?: AbortSignal) => request<SessionResponse>(`${V1}/auth/me`, { skipAuthRedirect: true, signal }),
  logout: () => api.post<void>(`${V1}/auth/logout`, {}, { skipAuthRedirect: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<{ csrfToken: string }>(`${V1}/auth/password`, { currentPassword, newPassword }),
};

export const usersApi = {
  list: (query: UserQuery, signal?: AbortSignal) => api.get<Page<User>>(`${V1}/users`, { ...query }, signal),
  get: (id: string) => api.get<User>(`${V1}/users/${seg(id)}`),
  create: (body: CreateUserBody) => api.post<User>(`${V1}/users`, body),
  update: (id: string, body: UpdateUserBody) => api.patch<User>(`${V1}/users/${seg(id)}`, body),
  resetPassword: (id: string, newPassword: string) =>
    api.post<void>(`${V1}/users/${seg(id)}/password`, { newPassword }),
};

export const departmentsApi = {
  list: (signal?: AbortSignal) => api.get<{ items: Department[] }>(`${V1}/departments`, undefined, signal),
  create: (body: CreateDepartmentBody) => api.post<Department>(`${V1}/departments`, body),
  update: (id: string, body: UpdateDepartmentBody) =>
    api.patch<Department>(`${V1}/departments/${seg(id)}`, body),
  remove: (id: string) => api.delete(`${V1}/departments/${seg(id)}`),
};

export const officersApi = {
  list: (query: OfficerQuery, signal?: AbortSignal) =>
    api.get<Page<Officer>>(`${V1}/officers`, { ...query }, signal),
  create: (body: CreateOfficerBody) => api.post<Officer>(`${V1}/officers`, body),
  update: (id: string, body: UpdateOfficerBody) => api.patch<Officer>(`${V1}/officers/${seg(id)}`, body),
};

export const calendarApi = {
  years: (signal?: AbortSignal) =>
    api.get<{ items: CalendarYearSummary[] }>(`${V1}/calendar/years`, undefined, signal),
  year: (year: number, signal?: AbortSignal) =>
    api.get<CalendarYear>(`${V1}/calendar/years/${seg(year)}`, undefined, signal),
  upload: (body: CalendarUpload) => api.post<unknown>(`${V1}/calendar/years`, body),
  addWorkingDays: (from: string, days: number) =>
    api.get<WorkingDaysResult>(`${V1}/calendar/add-working-days`, { from, days }),
};

export const auditApi = {
  entries: (page: number, pageSize: number, signal?: AbortSignal) =>
    api.get<Page<AuditEntry>>(`${V1}/audit/entries`, { page, pageSize }, signal),
  verify: () => api.get<AuditVerifyResult>(`${V1}/audit/verify`),
};
