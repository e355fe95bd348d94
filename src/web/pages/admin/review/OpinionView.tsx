import { Button, Descriptions, Flex, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { reviewApi } from '../../../api/review.js';
import type { LegalReview } from '../../../api/types.js';
import { checklistEntries, checklistLabel } from '../../../components/reviewLabels.js';
import { STATUS_COLORS } from '../../../components/StatusTag.js';
import { formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';

/** The seven points as the reviewer found them: 符合 (green) or 存在问题 (orange) with the note. */
export function ChecklistView({ checklist }: { checklist: Record<string, unknown> | null }) {
  return (
    <ul className="rule-list">
      {checklistEntries(checklist).map(({ key, entry }) => (
        <li key={key}>
          <Flex justify="space-between" align="flex-start" gap={8}>
            <span>{checklistLabel(key)}</span>
            {entry && (
              <Tag
                color={entry.ok ? STATUS_COLORS.done : STATUS_COLORS.warning}
                style={{ marginInlineEnd: 0 }}
              >
                {entry.ok ? t('review.checkOk') : t('review.checkProblem')}
              </Tag>
            )}
          </Flex>
          {entry?.note && (
            <Typography.Text type="secondary" className="pre-wrap" style={{ fontSize: 13 }}>
              {entry.note}
            </Typography.Text>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A given opinion: who and when, the opinion text, the checklist, the Word 法制审核意见书. */
export function OpinionView({ review, reviewerName }: { review: LegalReview; reviewerName: string }) {
  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'reviewer', label: t('review.opinion.reviewer'), children: reviewerName },
          { key: 'at', label: t('review.opinion.reviewedAt'), children: formatDateTime(review.decidedAt) },
          {
            key: 'opinion',
            label: t('review.opinion.text'),
            children: <span className="pre-wrap">{review.opinion ?? t('common.none')}</span>,
          },
        ]}
      />
      <ChecklistView checklist={review.checklist} />
      <Button
        icon={<DownloadOutlined />}
        href={reviewApi.opinionDocumentUrl(review.id)}
        download
        style={{ alignSelf: 'flex-start' }}
      >
        {t('review.opinion.download')}
      </Button>
    </Flex>
  );
}
