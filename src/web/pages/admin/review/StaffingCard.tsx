import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { reviewApi } from '../../../api/review.js';
import type { StaffingUnit } from '../../../api/types.js';
import { QueryError } from '../../../components/QueryError.js';
import { STATUS_COLORS } from '../../../components/StatusTag.js';
import { t } from '../../../i18n/index.js';

const columns: TableColumnsType<StaffingUnit> = [
  { title: t('review.staffing.unit'), dataIndex: 'unitName', key: 'unitName' },
  {
    title: t('review.staffing.officers'),
    dataIndex: 'officers',
    key: 'officers',
    width: 100,
    align: 'right',
  },
  {
    title: t('review.staffing.reviewers'),
    dataIndex: 'reviewers',
    key: 'reviewers',
    width: 100,
    align: 'right',
  },
  {
    title: t('review.staffing.required'),
    dataIndex: 'required',
    key: 'required',
    width: 100,
    align: 'right',
  },
  {
    title: t('review.staffing.state'),
    key: 'sufficient',
    width: 90,
    render: (_: unknown, u: StaffingUnit) => (
      <Tag color={u.sufficient ? STATUS_COLORS.done : STATUS_COLORS.overdue}>
        {u.sufficient ? t('review.staffing.sufficient') : t('review.staffing.insufficient')}
      </Tag>
    ),
  },
];

/** The staffing indicator: legal reviewers against 5 % of each unit's officers (at least one). */
export function StaffingCard() {
  const staffing = useQuery({
    queryKey: ['review', 'staffing'],
    queryFn: ({ signal }) => reviewApi.staffing(signal),
    staleTime: 5 * 60_000,
  });
  return (
    <Card
      title={t('review.staffing.title')}
      size="small"
      extra={
        staffing.data && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('review.staffing.rule', { percent: Math.round(staffing.data.ratio * 100) })}
          </Typography.Text>
        )
      }
    >
      {staffing.isError && <QueryError error={staffing.error} onRetry={() => void staffing.refetch()} />}
      <Table<StaffingUnit>
        rowKey="unitId"
        size="small"
        columns={columns}
        dataSource={staffing.data?.units ?? []}
        loading={staffing.isPending}
        pagination={false}
        scroll={{ x: 560 }}
      />
    </Card>
  );
}
