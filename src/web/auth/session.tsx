import { createContext, useContext } from 'react';
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

/** Who may open which back-office page (the server checks again on every call). */
export const PAGE_ROLES = {
  users: ['admin', 'head', 'supervisor'],
  usersEdit: ['admin'],
  departments: ['admin'],
  officers: ['admin'],
  calendar: ['admin'],
  audit: ['admin'],
  /** Case pages: every role that reads cases (administrators manage accounts, not cases). */
  cases: ['officer', 'legal_reviewer', 'head', 'supervisor', 'filler', 'checker', 'approver'],
  /** Opening a case and writing its records, media and requests (assigned officers only). */
  caseWrite: ['officer'],
  /** Stage moves and decisions on requests. */
  caseApprove: ['head'],
  approvals: ['head'],
  deadlines: ['officer', 'legal_reviewer', 'head', 'supervisor', 'filler', 'checker', 'approver'],
  /** The legal review queue and review pages (reviewers give opinions; heads follow the queue). */
  reviews: ['legal_reviewer', 'head', 'supervisor'],
  /** Giving a review opinion, declaring a conflict of interest. */
  reviewOpinion: ['legal_reviewer'],
  /** The catalog of major decisions (目录清单), kept by the legal unit. */
  reviewCatalog: ['legal_reviewer'],
  /** The staffing indicator of legal reviewers. */
  reviewStaffing: ['head', 'legal_reviewer', 'supervisor'],
} as const satisfies Record<string, readonly Role[]>;

export type PageKey = keyof typeof PAGE_ROLES;

export function canAccess(user: SessionUser, page: PageKey): boolean {
  return hasAnyRole(user, PAGE_ROLES[page]);
}
