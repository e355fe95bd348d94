import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Segmented, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { deadlinesApi } from '../../api/cases.js';
import type { DeadlineItem, DeadlineWithin } from '../../api/types.js';
import type { Stage } from '../../../shared/case-vocabulary.js';
import { canAccess, useSession } from '../../auth/session.js';
import {
  deadlineCasePath,
  deadlineDisclosureId,
  deadlineLabel,
  deadlineText,
} from '../../components/caseLabels.js';
import { PageContainer } from '../../components/PageContainer.js';
import { QueryError } from '../../components/QueryError.js';
import { DeadlineCountdown, DeadlineStatusTag, STATUS_COLORS, StageTag } from '../../components/StatusTag.js';
import { todayInChina } from '../../format.js';
import { t, type MessageKey } from '../../i18n/index.js';

const VIEWS: { value: DeadlineWithin; label: MessageKey; empty: MessageKey }[] = [
  { value: 'overdue', label: 'cases.deadlinesPage.overdue', empty: 'cases.deadlinesPage.emptyOverdue' },
  { value: 'due_soon', label: 'cases.deadlinesPage.dueSoon', empty: 'cases.deadlinesPage.emptyDueSoon' },
  { value: 'all_open', label: 'cases.deadlinesPage.allOpen', empty: 'cases.deadlinesPage.empty' },
];

function isWithin(v: string | null): v is DeadlineWithin {
  return VIEWS.some((x) => x.value === v);
}

/** Open case deadlines in the user's scope: overdue, due within 2 working days, or all. */
export function DeadlinesPage() {
  const [params, setParams] = useSearchParams();
  const param = params.get('within');
  const within: DeadlineWithin = isWithin(param) ? param : 'overdue';
  const today = todayInChina();
  const disclosures = canAccess(useSession(), 'disclosures');
  const empty = VIEWS.find((v) => v.value === within)?.empty ?? 'cases.deadlinesPage.empty';

  const deadlines = useQuery({
    queryKey: ['deadlines', within],
    queryFn: ({ signal }) => deadlinesApi.list(within, signal),
    select: (data) => [...data.items].sort((a, b) => a.due.localeCompare(b.due)),
  });

  const columns: TableColumnsType<DeadlineItem> = [
    {
      title: t('cases.deadlinesPage.case'),
      key: 'case',
      render: (_: unknown, d: DeadlineItem) => (
        <>
          <Link to={deadlineCasePath(d)}>{d.caseNumber}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {d.caseTitle}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: t('cases.list.stage'),
      dataIndex: 'stage',
      key: 'stage',
      width: 110,
      render: (stage: Stage) => <StageTag stage={stage} />,
    },
    {
      title: t('cases.deadlinesPage.item'),
      key: 'label',
      width: 150,
      render: (_: unknown, d: DeadlineItem) => {
        // a disclosure's deadline is handled on its own page (行政执法公示)
        const disclosure = disclosures ? deadlineDisclosureId(d.kind) : null;
        return disclosure ? (
          <Link to={`/admin/disclosures/${disclosure}`}>{deadlineLabel(d)}</Link>
        ) : (
          deadlineLabel(d)
        );
      },
    },
    {
      title: t('cases.deadlinesPage.period'),
      key: 'period',
      width: 280,
      render: (_: unknown, d: DeadlineItem) => (
        <Space size={4} wrap>
          <span>{deadlineText(d)}</span>
          {d.provisional && (
            <Tooltip title={t('cases.page.provisionalTip')}>
              <Tag color={STATUS_COLORS.warning}>{t('cases.page.provisional')}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: t('cases.deadlinesPage.countdown'),
      key: 'countdown',
      width: 160,
      render: (_: unknown, d: DeadlineItem) => (
        <Space size={4} wrap>
          <DeadlineCountdown deadline={d} today={today} />
          {d.status === 'paused' && <DeadlineStatusTag status="paused" />}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title={t('cases.deadlinesPage.title')}>
      <Card>
        <Segmented<DeadlineWithin>
          value={within}
          onChange={(v) => setParams(new URLSearchParams({ within: v }), { replace: true })}
          options={VIEWS.map((v) => ({ value: v.value, label: t(v.label) }))}
          style={{ marginBottom: 16 }}
        />
        {deadlines.isError && <QueryError error={deadlines.error} onRetry={() => void deadlines.refetch()} />}
        <Table<DeadlineItem>
          rowKey={(d) => `${d.caseId}:${d.kind}`}
          size="middle"
          columns={columns}
          dataSource={deadlines.data ?? []}
          loading={deadlines.isFetching}
          scroll={{ x: 900 }}
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.totalItems', { total }),
          }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(empty)} /> }}
        />
      </Card>
    </PageContainer>
  );
}
