import { useQuery } from '@tanstack/react-query';
import { Card, Collapse, Empty, Flex, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { recordsApi } from '../../../api/cases.js';
import type { LegalReview } from '../../../api/types.js';
import { QueryError } from '../../../components/QueryError.js';
import { penaltiesText } from '../../../components/reviewLabels.js';
import { ReviewStatusTag } from '../../../components/StatusTag.js';
import { formatDate, formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { caseKey } from '../case/caseContext.js';
import { DisputeView } from './DisputeView.js';
import { ChecklistView } from './OpinionView.js';

/** The case's records (latest versions), each with its Word document. */
export function CaseRecordsCard({ caseId }: { caseId: string }) {
  const records = useQuery({
    queryKey: [...caseKey(caseId), 'records'],
    queryFn: ({ signal }) => recordsApi.list(caseId, signal),
  });
  const latest = (records.data?.items ?? []).filter((r) => r.latest);
  return (
    <Card title={t('review.page.records')} size="small">
      {records.isError && <QueryError error={records.error} onRetry={() => void records.refetch()} />}
      {records.isSuccess && latest.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.page.recordsEmpty')} />
      )}
      <ul className="rule-list">
        {latest.map((r) => (
          <li key={r.id}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <div style={{ minWidth: 0, flex: '1 1 200px' }}>
                <Typography.Text strong>{r.typeLabel}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
                  {t('common.separated', {
                    a: t('cases.records.version', { version: r.version }),
                    b: formatDateTime(r.createdAt),
                  })}
                </Typography.Text>
                {r.title !== r.typeLabel && <div className="case-record-title">{r.title}</div>}
              </div>
              <a
                href={recordsApi.documentUrl(r.id)}
                download
                aria-label={`${t('cases.records.download')}：${r.typeLabel}`}
              >
                <DownloadOutlined aria-hidden /> {t('cases.records.download')}
              </a>
            </Flex>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Rounds before this one: what was submitted, what the reviewer found, any dispute. */
export function EarlierRoundsCard({
  rounds,
  nameOf,
}: {
  rounds: readonly LegalReview[];
  nameOf: (id: string | null) => string;
}) {
  return (
    <Card title={t('review.page.earlier')} size="small">
      {rounds.length === 0 ? (
        <Typography.Text type="secondary">{t('review.page.earlierEmpty')}</Typography.Text>
      ) : (
        <Collapse
          size="small"
          items={[...rounds].reverse().map((r) => ({
            key: r.id,
            label: (
              <Flex gap={8} wrap align="center">
                <span>{t('review.roundN', { round: r.round })}</span>
                <ReviewStatusTag review={r} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('review.page.received', { date: formatDate(r.receivedOn) })}
                </Typography.Text>
              </Flex>
            ),
            children: (
              <Flex vertical gap={8}>
                <div>
                  {t('common.labelValue', {
                    label: t('review.rounds.penalties'),
                    value: penaltiesText(r.draft.penalties),
                  })}
                </div>
                {r.opinion && (
                  <div>
                    <Typography.Text type="secondary">
                      {t('common.labelValue', { label: t('review.rounds.opinion'), value: '' })}
                    </Typography.Text>
                    <span className="pre-wrap">{r.opinion}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
                      {t('common.separated', { a: nameOf(r.reviewerId), b: formatDateTime(r.decidedAt) })}
                    </Typography.Text>
                  </div>
                )}
                {r.checklist && <ChecklistView checklist={r.checklist} />}
                {r.dispute && <DisputeView dispute={r.dispute} nameOf={nameOf} />}
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}
