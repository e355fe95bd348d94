import { Tag } from 'antd';
import type { ReviewStatus } from '../../shared/review-vocabulary.js';
import type { Deadline, LegalReview } from '../api/types.js';
import type { ApprovalStatus, CaseStatus, DeadlineStatus, Stage } from '../../shared/case-vocabulary.js';
import type { CertificateStatus } from '../../shared/org-vocabulary.js';
import { t } from '../i18n/index.js';

/**
 * One palette for every status in the back office (always with a text label):
 * done/valid green, draft/inactive grey, pending blue, overdue/expired red, withdrawn/revoked purple.
 */
export const STATUS_COLORS = {
  done: 'green',
  inactive: 'default',
  pending: 'blue',
  overdue: 'red',
  warning: 'orange',
  withdrawn: 'purple',
} as const;

export function AccountStatusTag({ active }: { active: boolean }) {
  return active ? (
    <Tag color={STATUS_COLORS.done}>{t('status.account.active')}</Tag>
  ) : (
    <Tag color={STATUS_COLORS.inactive}>{t('status.account.inactive')}</Tag>
  );
}

const CERTIFICATE_COLORS: Record<CertificateStatus, string> = {
  valid: STATUS_COLORS.done,
  expired: STATUS_COLORS.overdue,
  revoked: STATUS_COLORS.withdrawn,
};

export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  return <Tag color={CERTIFICATE_COLORS[status]}>{t(`status.certificate.${status}`)}</Tag>;
}

// ---- cases ---------------------------------------------------------------------------------

const STAGE_COLORS: Record<Stage, string> = {
  initiated: STATUS_COLORS.pending,
  investigation: STATUS_COLORS.pending,
  decision: STATUS_COLORS.pending,
  execution: STATUS_COLORS.pending,
  archived: STATUS_COLORS.done,
};

/** The case's stage: blue while it is being handled, green once archived. */
export function StageTag({ stage }: { stage: Stage }) {
  return <Tag color={STAGE_COLORS[stage]}>{t(`cases.stages.${stage}`)}</Tag>;
}

const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  open: STATUS_COLORS.pending,
  suspended: STATUS_COLORS.warning,
  terminated: STATUS_COLORS.inactive,
  closed: STATUS_COLORS.done,
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  return <Tag color={CASE_STATUS_COLORS[status]}>{t(`cases.statuses.${status}`)}</Tag>;
}

const APPROVAL_COLORS: Record<ApprovalStatus, string> = {
  pending: STATUS_COLORS.pending,
  granted: STATUS_COLORS.done,
  rejected: STATUS_COLORS.overdue,
};

export function ApprovalStatusTag({ status }: { status: ApprovalStatus }) {
  return <Tag color={APPROVAL_COLORS[status]}>{t(`cases.approvals.statuses.${status}`)}</Tag>;
}

const DEADLINE_STATUS_COLORS: Record<DeadlineStatus, string> = {
  open: STATUS_COLORS.pending,
  paused: STATUS_COLORS.inactive,
  met: STATUS_COLORS.done,
  cancelled: STATUS_COLORS.inactive,
};

export function DeadlineStatusTag({ status }: { status: DeadlineStatus }) {
  return <Tag color={DEADLINE_STATUS_COLORS[status]}>{t(`cases.page.deadlineStatus.${status}`)}</Tag>;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The countdown of an open deadline: red when overdue, orange when due within 2 working days
 * (the server's `dueSoon`), blue otherwise. A closed deadline shows its status instead.
 */
export function DeadlineCountdown({
  deadline,
  today,
}: {
  deadline: Pick<Deadline, 'due' | 'overdue' | 'dueSoon' | 'status'>;
  today: string;
}) {
  if (deadline.status === 'met' || deadline.status === 'cancelled') {
    return <DeadlineStatusTag status={deadline.status} />;
  }
  const left = daysBetween(today, deadline.due);
  if (deadline.overdue || left < 0) {
    return (
      <Tag color={STATUS_COLORS.overdue}>
        {t('cases.page.countdownOverdue', { days: Math.max(1, -left) })}
      </Tag>
    );
  }
  const text = left === 0 ? t('cases.page.countdownToday') : t('cases.page.countdownLeft', { days: left });
  return <Tag color={deadline.dueSoon ? STATUS_COLORS.warning : STATUS_COLORS.pending}>{text}</Tag>;
}

// ---- legal review ----------------------------------------------------------------------------

const REVIEW_STATUS_COLORS: Record<ReviewStatus, string> = {
  pending: STATUS_COLORS.pending,
  approved: STATUS_COLORS.done,
  returned: STATUS_COLORS.warning,
};

/** A review round: 待审核 (blue), 审核通过 (green), 已退回 (orange); a return the head overrode reads 采纳承办机构意见. */
export function ReviewStatusTag({ review }: { review: Pick<LegalReview, 'status' | 'passed'> }) {
  if (review.status === 'returned' && review.passed) {
    return <Tag color={STATUS_COLORS.done}>{t('review.adopted')}</Tag>;
  }
  return <Tag color={REVIEW_STATUS_COLORS[review.status]}>{t(`review.statuses.${review.status}`)}</Tag>;
}

/** The review period of a pending round: red once overdue, orange when due soon; nothing otherwise. */
export function ReviewDueTag({
  review,
  dueSoon,
}: {
  review: Pick<LegalReview, 'status' | 'overdue' | 'extended'>;
  dueSoon: boolean;
}) {
  return (
    <>
      {review.status === 'pending' && review.overdue && (
        <Tag color={STATUS_COLORS.overdue}>{t('review.overdue')}</Tag>
      )}
      {review.status === 'pending' && !review.overdue && dueSoon && (
        <Tag color={STATUS_COLORS.warning}>{t('review.dueSoon')}</Tag>
      )}
      {review.extended && <Tag color={STATUS_COLORS.inactive}>{t('review.extended')}</Tag>}
    </>
  );
}
