import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Spin, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { reviewApi } from '../../../api/review.js';
import { QueryError } from '../../../components/QueryError.js';
import { ReviewDueTag } from '../../../components/StatusTag.js';
import { t } from '../../../i18n/index.js';
import { REVIEW_QUEUE_KEY, useReviewDueSoon } from './reviewQueries.js';

const SHOWN = 5;

/** The reviewer's home card: how many reviews wait, the next ones by due date. */
export function ReviewQueueCard() {
  const dueSoon = useReviewDueSoon();
  const queue = useQuery({
    queryKey: REVIEW_QUEUE_KEY,
    queryFn: ({ signal }) => reviewApi.queue(signal),
    staleTime: 0,
  });
  if (queue.isPending) return <Spin />;
  if (queue.isError) return <QueryError error={queue.error} onRetry={() => void queue.refetch()} />;
  const items = queue.data.items;
  return (
    <Flex vertical gap={12}>
      <Statistic
        title={t('review.queue.count')}
        value={items.length}
        suffix={t('admin.dashboard.cards.unit')}
        styles={{ content: { color: items.some((r) => r.overdue) ? '#cf1322' : undefined } }}
      />
      {items.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('admin.dashboard.cards.reviewQueueEmpty')}
        />
      )}
      {items.slice(0, SHOWN).map((r) => (
        <div key={r.id} className="dashboard-row">
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Link to={`/admin/reviews/${r.id}`} className="dashboard-row__title">
              {r.caseTitle}
            </Link>
            <span style={{ flex: 'none' }}>
              <ReviewDueTag review={r} dueSoon={dueSoon(r)} />
            </span>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('common.separated', {
              a: t('review.roundN', { round: r.round }),
              b: t('review.queue.dueText', { due: r.due }),
            })}
          </Typography.Text>
        </div>
      ))}
      {items.length > 0 && <Link to="/admin/reviews">{t('admin.dashboard.cards.viewAll')}</Link>}
    </Flex>
  );
}
