import { Tag } from 'antd';
import type { CertificateStatus } from '../api/types.js';
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
