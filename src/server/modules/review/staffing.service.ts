import { chinaDate, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import { subtreeIds } from '../org/org.rules.js';
import { REVIEWER_RATIO, reviewersRequired } from './review.rules.js';

/**
 * The staffing indicator (seed §二(三)2; GO-118): legal reviewers against 5 % of the unit's
 * enforcement officers (certified, active), at least one — for the bureau and for each branch.
 */
export class StaffingService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async indicator() {
    const today = chinaDate(this.clock());
    const [departments, roles, certs, accounts] = await Promise.all([
      this.db.selectFrom('department').select(['id', 'parentId', 'name', 'kind']).execute(),
      this.db
        .selectFrom('accountRole')
        .select(['accountId', 'role'])
        .where('role', 'in', ['officer', 'legal_reviewer'])
        .execute(),
      this.db
        .selectFrom('officerCertificate')
        .select('accountId')
        .where('revokedAt', 'is', null)
        .where('validUntil', '>=', today)
        .execute(),
      this.db.selectFrom('account').select(['id', 'departmentId']).where('active', '=', 1).execute(),
    ]);
    const certified = new Set(certs.map((c) => c.accountId));
    const units = departments.filter((d) => d.parentId === null || d.kind === 'branch');
    return {
      ratio: REVIEWER_RATIO,
      units: units.map((u) => {
        const ids = subtreeIds(departments, u.id);
        const members = accounts.filter((a) => ids.has(a.departmentId)).map((a) => a.id);
        const officers = members.filter(
          (m) => certified.has(m) && roles.some((r) => r.accountId === m && r.role === 'officer'),
        ).length;
        const reviewers = members.filter((m) =>
          roles.some((r) => r.accountId === m && r.role === 'legal_reviewer'),
        ).length;
        const required = reviewersRequired(officers);
        return {
          unitId: u.id,
          unitName: u.name,
          officers,
          reviewers,
          required,
          sufficient: reviewers >= required,
        };
      }),
    };
  }
}
