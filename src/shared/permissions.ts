import type { Role } from './roles.js';

/**
 * Which roles hold each permission: one table for the server (checked on every route and in the
 * services) and the web (which pages and actions it offers; the server checks again).
 */

const STAFF: readonly Role[] = [
  'admin',
  'officer',
  'legal_reviewer',
  'filler',
  'checker',
  'approver',
  'head',
  'supervisor',
];

/** Which roles hold each permission. Checked in the service layer and on every route. */
export const PERMISSIONS = {
  /** Departments and the officer list: everyone on the staff needs them to work. */
  'org.read': STAFF,
  'department.manage': ['admin'],
  /** Accounts: administrators all; heads and supervisors read within their department scope. */
  'user.read': ['admin', 'head', 'supervisor'],
  'user.manage': ['admin'],
  'officer.read': STAFF,
  'officer.manage': ['admin'],
  'calendar.read': STAFF,
  'calendar.manage': ['admin'],
  'audit.read': ['admin'],
  'parameter.manage': ['admin'],
  /** Cases: read within scope (department, assignment or a bureau-wide function). */
  'case.read': ['officer', 'legal_reviewer', 'head', 'supervisor', 'filler', 'checker', 'approver'],
  /** Officers open cases and write their records, media and requests (assigned officers only). */
  'case.write': ['officer'],
  /** Heads approve 立案, stage moves and requests (extensions, suspension, termination, recusal). */
  'case.approve': ['head'],
  /** 案卷评查: the legal unit and supervisors score archived case files; the legal unit keeps the checklist. */
  'case.evaluate': ['legal_reviewer', 'supervisor'],
  'evaluation.manage': ['legal_reviewer'],
  /** 法制审核: reviewers give opinions and keep the catalog of major decisions. */
  'review.opinion': ['legal_reviewer'],
  'catalog.manage': ['legal_reviewer'],
  'review.staffing': ['head', 'legal_reviewer', 'supervisor'],
  /** Who the legal reviewers are and their qualification: also administrators, who record it. */
  'reviewer.read': ['admin', 'head', 'legal_reviewer', 'supervisor'],
  /** The queue of pending reviews and disputes awaiting coordination: reviewers, heads, supervisors. */
  'review.queue': ['legal_reviewer', 'head', 'supervisor'],
  /**
   * 行政执法公示: 填报 (filler), 审核 (checker), 审批 (approver) — three different people (GD-PUB
   * Art. 6, 19); heads and supervisors follow the lists.
   */
  'disclosure.read': ['filler', 'checker', 'approver', 'head', 'supervisor'],
  'disclosure.fill': ['filler'],
  'disclosure.check': ['checker'],
  'disclosure.approve': ['approver'],
  /** 纠错申请: the publicity staff read them; the 填报人 verifies and answers (GD-PUB Art. 25). */
  'correction.manage': ['filler', 'checker', 'approver'],
  'correction.answer': ['filler'],
  /** Integrator tokens (credit feed): administrators. */
  'token.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

/** Roles whose holders see every department's organisation data (read scope). */
export const BUREAU_WIDE_ROLES: readonly Role[] = ['admin', 'supervisor'];

/**
 * Roles that read every department's cases: supervision, and the legal review unit, which reviews
 * all units' cases. System administrators manage accounts, not case content (separation of duties).
 */
export const CASE_WIDE_ROLES: readonly Role[] = ['supervisor', 'legal_reviewer'];

/**
 * Roles that handle every unit's disclosures: the checker and approver of the publicity workflow
 * check and approve all units' items (the demo's checker sits in 法规科), supervisors follow them.
 * 填报人 and heads see their department scope (谁执法谁公示).
 */
export const PUBLICITY_WIDE_ROLES: readonly Role[] = ['checker', 'approver', 'supervisor'];
