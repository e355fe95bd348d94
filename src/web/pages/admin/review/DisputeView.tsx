import { Alert, Typography } from 'antd';
import type { ReviewDispute } from '../../../api/types.js';
import { formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';

/** The handling unit's dispute of a returned opinion and, once made, the head's coordination. */
export function DisputeView({
  dispute,
  nameOf,
}: {
  dispute: ReviewDispute;
  nameOf: (id: string | null) => string;
}) {
  const decided = dispute.decision !== null;
  return (
    <Alert
      type={decided ? (dispute.decision === 'adopt_unit_position' ? 'success' : 'info') : 'warning'}
      showIcon
      title={
        decided && dispute.decision
          ? t('common.labelValue', {
              label: t('review.dispute.decision'),
              value: t(`review.dispute.decisions.${dispute.decision}`),
            })
          : t('common.labelValue', { label: t('review.dispute.title'), value: t('review.dispute.open') })
      }
      description={
        <div>
          <div>
            <Typography.Text type="secondary">
              {t('common.labelColon', { label: t('review.dispute.position') })}
            </Typography.Text>
            <span className="pre-wrap">{dispute.position}</span>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('review.dispute.raisedBy', {
              name: nameOf(dispute.raisedBy),
              at: formatDateTime(dispute.raisedAt),
            })}
          </Typography.Text>
          {decided && (
            <>
              <div style={{ marginTop: 6 }}>
                <Typography.Text type="secondary">
                  {t('common.labelColon', { label: t('review.dispute.reason') })}
                </Typography.Text>
                <span className="pre-wrap">{dispute.reason}</span>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('review.dispute.decidedBy', {
                  name:
                    nameOf(dispute.decidedBy) === t('common.none')
                      ? t('roles.head')
                      : nameOf(dispute.decidedBy),
                  at: formatDateTime(dispute.decidedAt),
                })}
              </Typography.Text>
            </>
          )}
        </div>
      }
    />
  );
}
