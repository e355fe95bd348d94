import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Flex, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined, StopOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { casesApi } from '../../api/cases.js';
import { isApiError } from '../../api/client.js';
import { reviewApi } from '../../api/review.js';
import type { LegalReview } from '../../api/types.js';
import { canAccess, useSession } from '../../auth/session.js';
import { PageLoading } from '../../components/PageLoading.js';
import { QueryError } from '../../components/QueryError.js';
import { ReasonModal } from '../../components/ReasonModal.js';
import { ReviewDueTag, ReviewStatusTag } from '../../components/StatusTag.js';
import { formatDate, formatDateTime } from '../../format.js';
import { t } from '../../i18n/index.js';
import { caseKey, useStaffNames } from './case/caseContext.js';
import { CoordinationModal } from './case/decision/CoordinationModal.js';
import { DisputeView } from './review/DisputeView.js';
import { DraftView } from './review/DraftView.js';
import { MatchedRules } from './review/MatchedRules.js';
import { OpinionForm } from './review/OpinionForm.js';
import { OpinionView } from './review/OpinionView.js';
import { CaseRecordsCard, EarlierRoundsCard } from './review/ReviewSideCards.js';
import { caseReviewsKey, invalidateReview, reviewKey, useReviewDueSoon } from './review/reviewQueries.js';

function OpinionCard({ review, conflicted }: { review: LegalReview; conflicted: boolean }) {
  const nameOf = useStaffNames();
  const conflicts = review.conflicts;
  let body;
  if (review.status !== 'pending')
    body = <OpinionView review={review} reviewerName={nameOf(review.reviewerId)} />;
  else if (review.abilities.opinion) body = <OpinionForm review={review} />;
  else if (conflicted) body = <Alert type="info" showIcon title={t('review.opinion.conflictDeclared')} />;
  else body = <Typography.Text type="secondary">{t('review.opinion.none')}</Typography.Text>;
  return (
    <Card
      title={review.abilities.opinion ? t('review.opinion.formTitle') : t('review.opinion.title')}
      size="small"
    >
      {body}
      {conflicts.length > 0 && (
        <div style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">{t('review.opinion.conflicts')}</Typography.Text>
          <ul className="plain-list">
            {conflicts.map((c) => (
              <li key={`${c.reviewerId}:${c.declaredAt}`}>
                {t('review.opinion.conflictLine', {
                  name: nameOf(c.reviewerId),
                  reason: c.reason,
                  at: formatDateTime(c.declaredAt),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}

/** One review round: the materials on the left, the opinion (form, or as given) on the right. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const user = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const nameOf = useStaffNames();
  const dueSoon = useReviewDueSoon();
  const [dialog, setDialog] = useState<'conflict' | 'extension' | 'coordination' | null>(null);

  const review = useQuery({ queryKey: reviewKey(id), queryFn: ({ signal }) => reviewApi.get(id, signal) });
  const caseId = review.data?.caseId ?? '';
  const caseView = useQuery({
    queryKey: caseKey(caseId),
    queryFn: ({ signal }) => casesApi.get(caseId, signal),
    enabled: caseId !== '',
  });
  const rounds = useQuery({
    queryKey: caseReviewsKey(caseId),
    queryFn: ({ signal }) => reviewApi.ofCase(caseId, signal),
    enabled: caseId !== '',
  });

  if (review.isPending) return <PageLoading />;
  if (review.isError) {
    if (isApiError(review.error) && [400, 403, 404].includes(review.error.status)) {
      return (
        <Result
          status={review.error.status === 403 ? '403' : '404'}
          title={t('review.page.notFound')}
          extra={
            <Button type="primary" onClick={() => void navigate('/admin/reviews')}>
              {t('review.page.back')}
            </Button>
          }
        />
      );
    }
    return <QueryError error={review.error} onRetry={() => void review.refetch()} />;
  }

  const r = review.data;
  const title = caseView.data?.title ?? r.caseTitle;
  const number = caseView.data?.number ?? r.caseNumber;
  const conflicted = r.conflicts.some((c) => c.reviewerId === user.id);
  const earlier = (rounds.data?.items ?? []).filter((x) => x.round < r.round);

  return (
    <section aria-label={t('review.page.title', { title })}>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <div style={{ minWidth: 0, flex: '1 1 420px' }}>
          {canAccess(user, 'reviews') ? (
            <Link to="/admin/reviews" className="case-back">
              <ArrowLeftOutlined aria-hidden /> {t('review.page.back')}
            </Link>
          ) : null}
          <Typography.Title level={2} style={{ margin: '4px 0 0', fontSize: 20, overflowWrap: 'anywhere' }}>
            {t('review.page.title', { title })}
          </Typography.Title>
          <Space size={[8, 4]} wrap>
            <Typography.Text type="secondary">
              {t('review.page.meta', { number, round: r.round })}
            </Typography.Text>
            <ReviewStatusTag review={r} />
            <Typography.Text type="secondary">
              {t('common.separated', {
                a: t('review.page.received', { date: formatDate(r.receivedOn) }),
                b: t('review.page.due', { date: formatDate(r.due) }),
              })}
            </Typography.Text>
            <ReviewDueTag review={r} dueSoon={dueSoon(r)} />
          </Space>
        </div>
        <Space wrap>
          <Button onClick={() => void navigate(`/admin/cases/${r.caseId}?tab=decision`)}>
            {t('review.page.backToCase')}
          </Button>
          {r.abilities.declareConflict && (
            <Button danger icon={<StopOutlined />} onClick={() => setDialog('conflict')}>
              {t('review.opinion.conflict')}
            </Button>
          )}
          {r.abilities.extend && (
            <Button onClick={() => setDialog('extension')}>{t('review.extension.action')}</Button>
          )}
          {r.abilities.coordinate && (
            <Button type="primary" onClick={() => setDialog('coordination')}>
              {t('review.dispute.coordinate')}
            </Button>
          )}
        </Space>
      </Flex>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('review.page.draft')} size="small">
              <DraftView draft={r.draft} />
            </Card>
            <Card title={t('review.page.rules')} size="small">
              <MatchedRules rules={r.matchedRules} empty={t('review.page.rulesNone')} />
            </Card>
            <CaseRecordsCard caseId={r.caseId} />
            <EarlierRoundsCard rounds={earlier} nameOf={nameOf} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <OpinionCard review={r} conflicted={conflicted} />
            {r.dispute && <DisputeView dispute={r.dispute} nameOf={nameOf} />}
          </Space>
        </Col>
      </Row>

      {dialog === 'conflict' && (
        <ReasonModal
          title={t('review.opinion.conflictTitle')}
          hint={t('review.opinion.conflictHint')}
          label={t('review.opinion.conflictReason')}
          okText={t('review.opinion.conflict')}
          danger
          submit={(reason) => reviewApi.declareConflict(r.id, reason)}
          onDone={async () => {
            await invalidateReview(queryClient, r.caseId, r.id);
            void message.success(t('review.opinion.conflictDone'));
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'extension' && (
        <ReasonModal
          title={t('review.extension.title', { round: r.round })}
          hint={t('review.extension.hint', { due: r.due })}
          label={t('review.extension.reason')}
          okText={t('review.extension.action')}
          submit={(reason) => reviewApi.extend(r.id, reason)}
          onDone={async ({ due }) => {
            await invalidateReview(queryClient, r.caseId, r.id);
            void message.success(t('review.extension.done', { due }));
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'coordination' && <CoordinationModal review={r} onClose={() => setDialog(null)} />}
    </section>
  );
}
