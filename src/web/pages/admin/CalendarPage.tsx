import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Calendar,
  Card,
  Col,
  Empty,
  Row,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { calendarApi } from '../../api/admin.js';
import type { CalendarDay, CalendarYearSummary } from '../../api/types.js';
import { CalendarUploadButton } from '../../components/CalendarUploadButton.js';
import { PageContainer } from '../../components/PageContainer.js';
import { QueryError } from '../../components/QueryError.js';
import { WorkingDayCalculator } from '../../components/WorkingDayCalculator.js';
import { formatDateTime } from '../../format.js';
import { t, tOptional } from '../../i18n/index.js';

function YearCell({ day }: { day: CalendarDay }) {
  return (
    <div className="calendar-cell-tag">
      <Tag color={day.isOffDay ? 'green' : 'orange'} style={{ marginInlineEnd: 0 }}>
        {day.isOffDay ? t('admin.calendar.offDay') : t('admin.calendar.workDay')}
      </Tag>
      <span>{day.name}</span>
    </div>
  );
}

export function CalendarPage() {
  const [value, setValue] = useState<Dayjs>(() => dayjs());
  const year = value.year();

  const years = useQuery({
    queryKey: ['calendar', 'years'],
    queryFn: async ({ signal }) => (await calendarApi.years(signal)).items,
  });
  const yearView = useQuery({
    queryKey: ['calendar', 'year', year],
    queryFn: ({ signal }) => calendarApi.year(year, signal),
  });

  const dayMap = useMemo(
    () => new Map((yearView.data?.days ?? []).map((d) => [d.date, d] as const)),
    [yearView.data],
  );

  const columns: TableColumnsType<CalendarYearSummary> = [
    {
      title: t('admin.calendar.year'),
      dataIndex: 'year',
      key: 'year',
      width: 90,
      render: (y: number) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setValue(dayjs(`${y}-01-01`))}>
          {y}
        </Button>
      ),
    },
    {
      title: t('admin.calendar.papers'),
      dataIndex: 'papers',
      key: 'papers',
      render: (papers: string[]) =>
        papers.length === 0 ? (
          t('common.none')
        ) : (
          <Space size={8} wrap>
            {papers.map((url, i) =>
              // a link only for a web address (years stored before the upload check could hold others)
              /^https?:\/\//i.test(url) ? (
                <Typography.Link key={url} href={url} target="_blank" rel="noopener noreferrer" title={url}>
                  {t('admin.calendar.paperLink', { index: i + 1 })}
                </Typography.Link>
              ) : (
                <Typography.Text key={url}>{url}</Typography.Text>
              ),
            )}
          </Space>
        ),
    },
    { title: t('admin.calendar.dayCount'), dataIndex: 'dayCount', key: 'dayCount', width: 110 },
    {
      title: t('admin.calendar.importedAt'),
      dataIndex: 'importedAt',
      key: 'importedAt',
      width: 160,
      render: (at: string) => formatDateTime(at),
    },
    {
      title: t('admin.calendar.source'),
      dataIndex: 'source',
      key: 'source',
      width: 130,
      render: (source: string) => {
        // e.g. "upload", "shipped:data/holidays/2026.json", "cli:2027.json"
        const [kind = source, ...rest] = source.split(':');
        return (
          <span title={rest.length > 0 ? rest.join(':') : undefined}>
            {tOptional(`admin.calendar.sources.${kind}`, source)}
          </span>
        );
      },
    },
  ];

  return (
    <PageContainer title={t('admin.calendar.title')}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card
          title={t('admin.calendar.years')}
          extra={<CalendarUploadButton onUploaded={(y) => setValue(dayjs(`${y}-01-01`))} />}
        >
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t('admin.calendar.uploadHint')}
          </Typography.Paragraph>
          {years.isError && <QueryError error={years.error} onRetry={() => void years.refetch()} />}
          <Table<CalendarYearSummary>
            rowKey="year"
            size="small"
            columns={columns}
            dataSource={years.data ?? []}
            loading={years.isFetching}
            pagination={false}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.calendar.empty')} />
              ),
            }}
          />
        </Card>

        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Card title={t('admin.calendar.yearView', { year })}>
              {yearView.isError && (
                <QueryError error={yearView.error} onRetry={() => void yearView.refetch()} />
              )}
              {yearView.data?.provisional && (
                <Alert
                  type="warning"
                  showIcon
                  title={t('admin.calendar.provisional')}
                  style={{ marginBottom: 12 }}
                />
              )}
              <Typography.Text type="secondary">{t('admin.calendar.legend')}</Typography.Text>
              <Calendar
                value={value}
                onChange={setValue}
                onPanelChange={(d) => setValue(d)}
                cellRender={(current, info) => {
                  if (info.type !== 'date') return null;
                  const day = dayMap.get(current.format('YYYY-MM-DD'));
                  return day ? <YearCell day={day} /> : null;
                }}
              />
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Card title={t('admin.calendar.calculator')}>
              <WorkingDayCalculator />
            </Card>
          </Col>
        </Row>
      </Space>
    </PageContainer>
  );
}
