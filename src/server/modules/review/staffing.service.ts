import type { Actor, AuditLog } from '../../platform/audit/audit-log.js';
import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import type { Db, Executor } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { QualificationKind } from '../../../shared/review-vocabulary.js';
import { subtreeIds } from '../org/org.rules.js';
import { reviewRepository as repo } from './review.repository.js';
import { REVIEWER_RATIO, reviewersRequired } from './review.rules.js';

/**
 * First-time legal reviewers hold the 法律职业资格 (APL Art. 58 para 2); those who reviewed before the
 * rule took effect are recorded as `pre_existing`. A reviewer without either may not give an opinion.
 */
export const LEGAL_QUALIFICATION_REQUIRED = true;

/**
 * The staffing indicator (seed §二(三)2; GO-118): legal reviewers against 5 % of the unit's
 * enforcement officers (certified, active), at least one — for the bureau and for each branch.
 */
export class StaffingService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Whether the account may give review opinions as far as its qualification goes. */
  async qualified(db: Executor, accountId: string): Promise<boolean> {
    if (!LEGAL_QUALIFICATION_REQUIRED) return true;
    return (await repo.qualification(db, accountId)) !== undefined;
  }

  /** The legal reviewers with their qualification. */
  async reviewers() {
    const rows = await repo.reviewers(this.db);
    return {
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        active: r.active === 1,
        departmentName: r.departmentName,
        qualification: r.kind === null ? null : { kind: r.kind, certificateNo: r.certificateNo },
        qualified: !LEGAL_QUALIFICATION_REQUIRED || r.kind !== null,
      })),
    };
  }

  /** Records (or clears, with `none`) an account's legal qualification; audited. */
  async setQualification(
    by: Principal | Actor,
    accountId: string,
    input: { kind: QualificationKind | 'none'; certificateNo?: string | undefined },
  ) {
    if (!(await repo.accountExists(this.db, accountId))) throw notFound('user', accountId);
    if (input.kind === 'certificate' && !input.certificateNo?.trim())
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'certificateNo', message: '请填写法律职业资格证书编号' }],
      });
    const kind = input.kind;
    const row =
      kind === 'none'
        ? null
        : {
            accountId,
            kind,
            certificateNo: kind === 'certificate' ? (input.certificateNo?.trim() ?? null) : null,
            recordedBy: by.id,
            recordedAt: this.clock().toISOString(),
          };
    await this.db.transaction().execute(async (tx) => {
      const before = await repo.qualification(tx, accountId);
      await repo.replaceQualification(tx, accountId, input.kind === 'none' ? null : row);
      await this.audit.append(tx, 'roles' in by ? actorOf(by) : by, {
        action: 'review.qualification.set',
        objectType: 'account',
        objectId: accountId,
        before: before ?? null,
        after: row,
      });
    });
    return {
      accountId,
      kind: input.kind,
      certificateNo: row?.certificateNo ?? null,
    };
  }

  async indicator() {
    const today = chinaDate(this.clock());
    const { departments, roles, certificates: certs, accounts } = await repo.staffing(this.db, today);
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
