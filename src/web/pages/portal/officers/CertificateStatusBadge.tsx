import type { CertificateStatus } from '../../../../shared/org-vocabulary.js';
import { t } from '../../../i18n/index.js';

/** A certificate's status as a badge: its word in colour (有效 / 已过期 / 已注销), never colour alone. */
export function CertificateStatusBadge({
  status,
  large = false,
}: {
  status: CertificateStatus;
  large?: boolean;
}) {
  return (
    <span className={`portal-status portal-status--${status}${large ? ' officer-status--large' : ''}`}>
      {t(`status.certificate.${status}`)}
    </span>
  );
}
