import { createContext, useContext } from 'react';
import { hasPermission, type Permission } from '../../shared/permissions.js';
import type { Role } from '../../shared/roles.js';
import type { SessionUser } from '../api/types.js';

/** React Query key of the current session (`GET /api/v1/auth/me`). */
export const SESSION_KEY = ['auth', 'me'] as const;

export const SessionContext = createContext<SessionUser | null>(null);

/** The signed-in user (only inside the back office, below the session gate). */
export function useSession(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useSession() used outside the signed-in back office');
  return user;
}

export function hasAnyRole(user: SessionUser, roles: readonly Role[]): boolean {
  return user.roles.some((r) => roles.includes(r));
}

/**
 * Which permission (of the table the server checks, `src/shared/permissions.ts`) opens which
 * back-office page or action. The server checks again on every call.
 */
export const PAGE_PERMISSIONS = {
  users: 'user.read',
  usersEdit: 'user.manage',
  departments: 'department.manage',
  officers: 'officer.manage',
  calendar: 'calendar.manage',
  audit: 'audit.read',
  /** Case pages: every role that reads cases (administrators manage accounts, not cases). */
  cases: 'case.read',
  /** Opening a case and writing its records, media and requests (assigned officers only). */
  caseWrite: 'case.write',
  /** Stage moves and decisions on requests. */
  caseApprove: 'case.approve',
  approvals: 'case.approve',
  deadlines: 'case.read',
  /** The legal review queue and review pages (reviewers give opinions; heads follow the queue). */
  reviews: 'review.queue',
  /** Giving a review opinion, declaring a conflict of interest. */
  reviewOpinion: 'review.opinion',
  /** The catalog of major decisions (目录清单), kept by the legal unit. */
  reviewCatalog: 'catalog.manage',
  /** The staffing indicator of legal reviewers. */
  reviewStaffing: 'review.staffing',
  /** 行政执法公示: the list and item pages (填报人, 审核人, 审批人; heads and supervisors follow them). */
  disclosures: 'disclosure.read',
  /** 纠错申请 from the portal: read by the publicity staff, answered by the 填报人. */
  corrections: 'correction.manage',
  correctionAnswer: 'correction.answer',
  /** Integrator tokens of the data feeds. */
  apiTokens: 'token.manage',
  /** Rule parameters, document settings and the portal's footer. */
  parameters: 'parameter.manage',
} as const satisfies Record<string, Permission>;

export type PageKey = keyof typeof PAGE_PERMISSIONS;

export function canAccess(user: SessionUser, page: PageKey): boolean {
  return hasPermission(user.roles, PAGE_PERMISSIONS[page]);
}
