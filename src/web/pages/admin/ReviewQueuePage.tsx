import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../api/client.js';
import { reviewApi } from '../../api/review.js';
import type { LegalReview } from '../../api/types.js';
import { canAccess, useSession } from '../../auth/session.js';
import { PageContainer } from '../../components/PageContainer.js';
import { QueryError } from '../../components/QueryError.js';
import { ReviewDueTag, ReviewStatusTag, STATUS_COLORS } from '../../components/StatusTag.js';
import { formatDate } from '../../format.js';
import { t } from '../../i18n/index.js';
import { useStaffNames } from './case/caseContext.js';
import { REVIEW_QUEUE_KEY, useReviewDueSoon } from './review/reviewQueries.js';
import { StaffingCard } from './review/StaffingCard.js';

/** The reviewers' queue: pending legal reviews by due date, with the staffing indicator beside it. */
export function ReviewQueuePage() {
  const user = useSession();
  const navigate = useNavigate();
  const nameOf = useStaffNames();
  const dueSoon = useReviewDueSoon();
  const queue = useQuery({
    queryKey: REVIEW_QUEUE_KEY,
    queryFn: ({ signal }) => reviewApi.queue(signal),
    // Others fill the queue: always fetched afresh when the page opens.
    staleTime: 0,
  });
  const forbidden = queue.isError && isApiError(queue.error) && queue.error.status === 403;
  const reviewer = canAccess(user, 'reviewOpinion');

  const columns: TableColumnsType<LegalReview> = [
    {
      title: t('review.queue.case'),
      key: 'case',
      width: 220,
      render: (_: unknown, r: LegalReview) => (
        <div style={{ minWidth: 0 }}>
          <Link to={`/admin/reviews/${r.id}`} onClick={(e) => e.stopPropagation()}>
            {r.caseNumber}
          </Link>
          <div className="case-record-title">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.caseTitle}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('review.queue.round'),
      key: 'round',
      width: 70,
      render: (_: unknown, r: LegalReview) => t('review.roundN', { round: r.round }),
    },
    {
      title: t('review.queue.status'),
      key: 'status',
      width: 100,
      render: (_: unknown, r: LegalReview) => (
        <Flex wrap gap={4}>
          <ReviewStatusTag review={r} />
          {r.dispute && r.dispute.decision === null && (
            <Tag color={STATUS_COLORS.warning}>{t('review.dispute.openTag')}</Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('review.queue.receivedOn'),
      key: 'receivedOn',
      width: 100,
      render: (_: unknown, r: LegalReview) => formatDate(r.receivedOn),
    },
    {
      title: t('review.queue.due'),
      key: 'due',
      width: 150,
      render: (_: unknown, r: LegalReview) => (
        <Flex wrap gap={4} align="center">
          <span>{formatDate(r.due)}</span>
          <ReviewDueTag review={r} dueSoon={dueSoon(r)} />
        </Flex>
      ),
    },
    {
      title: t('review.queue.rules'),
      key: 'rules',
      render: (_: unknown, r: LegalReview) => (
        <Flex wrap gap={4}>
          {r.matchedRules.map((m) => (
            <Tooltip key={m.id} title={t('review.page.source', { source: m.source })}>
              <Tag style={{ whiteSpace: 'normal' }}>{m.text}</Tag>
            </Tooltip>
          ))}
          {r.matchedRules.length === 0 && t('common.none')}
        </Flex>
      ),
    },
    {
      title: t('review.queue.submittedBy'),
      key: 'submittedBy',
      width: 90,
      render: (_: unknown, r: LegalReview) => nameOf(r.submittedBy),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_: unknown, r: LegalReview) => (
        <Button
          type="link"
          size="small"
          onClick={(e) => {
            e.stopPropagation();
            void navigate(`/admin/reviews/${r.id}`);
          }}
        >
          {reviewer ? t('review.queue.open') : t('review.queue.view')}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer title={t('review.queue.title')}>
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card>
            {forbidden ? (
              <Alert type="info" showIcon title={t('review.queue.forbidden')} />
            ) : (
              <>
                {queue.isError && <QueryError error={queue.error} onRetry={() => void queue.refetch()} />}
                <Table<LegalReview>
                  rowKey="id"
                  size="middle"
                  columns={columns}
                  dataSource={queue.data?.items ?? []}
                  loading={queue.isFetching}
                  scroll={{ x: 1000 }}
                  onRow={(r) => ({
                    onClick: () => void navigate(`/admin/reviews/${r.id}`),
                    style: { cursor: 'pointer' },
                  })}
                  pagination={{
                    pageSize: 20,
                    hideOnSinglePage: true,
                    showTotal: (total) => t('common.totalItems', { total }),
                  }}
                  locale={{
                    emptyText: (
                      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.queue.empty')} />
                    ),
                  }}
                />
              </>
            )}
          </Card>
        </Col>
        {canAccess(user, 'reviewStaffing') && (
          <Col xs={24}>
            <StaffingCard />
          </Col>
        )}
      </Row>
    </PageContainer>
  );
}
