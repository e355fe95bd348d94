import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Form, Select, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  DISCLOSURE_STATUSES,
  type DisclosureKind,
  type DisclosureStatus,
} from '../../../../shared/publicity-vocabulary.js';
import { disclosuresApi } from '../../../api/publicity.js';
import type { DisclosureListItem, DisclosureQuery } from '../../../api/types.js';
import { DepartmentTreeSelect } from '../../../components/DepartmentTreeSelect.js';
import { PageContainer } from '../../../components/PageContainer.js';
import { QueryError } from '../../../components/QueryError.js';
import { formatDate, formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { DisclosureStatusTag, DueStateTag } from './DisclosureTags.js';
import { DISCLOSURES_KEY } from './publicityQueries.js';

type Due = NonNullable<DisclosureQuery['due']>;
const DUES: readonly Due[] = ['due_soon', 'overdue'];

function isStatus(v: string | null): v is DisclosureStatus {
  return v !== null && (DISCLOSURE_STATUSES as readonly string[]).includes(v);
}
function isDue(v: string | null): v is Due {
  return v !== null && (DUES as readonly string[]).includes(v);
}

/** 公示管理: the items in the user's scope by status, with their publication and withdrawal due dates. */
export function DisclosuresPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const dueParam = params.get('due');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const due = isDue(dueParam) ? dueParam : undefined;
  const departmentId = params.get('department') ?? undefined;
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const [pageSize, setPageSize] = useState(20);

  const query: DisclosureQuery = { status, due, departmentId, page, pageSize };
  const list = useQuery({
    queryKey: [...DISCLOSURES_KEY, query],
    queryFn: ({ signal }) => disclosuresApi.list(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

  const update = (next: { status?: string; due?: string; department?: string }, nextPage = 1) => {
    const merged = { status, due, department: departmentId, ...next };
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(merged)) if (v) p.set(k, v);
    if (nextPage > 1) p.set('page', String(nextPage));
    setParams(p);
  };
  const open = (d: DisclosureListItem) => void navigate(`/admin/disclosures/${d.id}`);

  const columns: TableColumnsType<DisclosureListItem> = [
    {
      title: t('publicity.list.item'),
      key: 'item',
      render: (_: unknown, d: DisclosureListItem) => (
        <div style={{ minWidth: 0 }}>
          <Link to={`/admin/disclosures/${d.id}`} onClick={(e) => e.stopPropagation()}>
            {d.documentNumber ?? d.caseNumber}
          </Link>
          <div className="case-record-title">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {d.caseTitle}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('publicity.list.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 90,
      render: (kind: DisclosureKind) => t(`publicity.kinds.${kind}`),
    },
    { title: t('publicity.list.department'), dataIndex: 'departmentName', key: 'department', width: 110 },
    {
      title: t('publicity.list.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (s: DisclosureStatus) => <DisclosureStatusTag status={s} />,
    },
    {
      title: t('publicity.list.publicationDue'),
      key: 'due',
      width: 170,
      render: (_: unknown, d: DisclosureListItem) => (
        <Flex wrap gap={4} align="center">
          <span>{formatDate(d.due)}</span>
          <DueStateTag state={d.dueState} />
        </Flex>
      ),
    },
    {
      title: t('publicity.list.withdrawalDue'),
      key: 'withdrawalDue',
      width: 170,
      render: (_: unknown, d: DisclosureListItem) =>
        d.withdrawalDue ? (
          <Flex wrap gap={4} align="center">
            <span>{formatDate(d.withdrawalDue)}</span>
            <DueStateTag state={d.withdrawalDueState} withdrawal />
          </Flex>
        ) : (
          t('common.none')
        ),
    },
    {
      title: t('publicity.list.version'),
      key: 'version',
      width: 70,
      render: (_: unknown, d: DisclosureListItem) =>
        d.version > 0 ? t('publicity.list.versionN', { version: d.version }) : t('common.none'),
    },
    {
      title: t('publicity.list.publishedAt'),
      key: 'publishedAt',
      width: 140,
      render: (_: unknown, d: DisclosureListItem) => formatDateTime(d.publishedAt),
    },
  ];

  return (
    <PageContainer title={t('publicity.list.title')}>
      <Card>
        <Typography.Paragraph type="secondary">{t('publicity.list.hint')}</Typography.Paragraph>
        <Tabs
          activeKey={status ?? 'all'}
          onChange={(key) => update({ status: key === 'all' ? undefined : key })}
          items={[
            { key: 'all', label: t('publicity.list.all') },
            ...DISCLOSURE_STATUSES.map((s) => ({ key: s, label: t(`publicity.statuses.${s}`) })),
          ]}
        />
        <Form name="disclosureFilter" layout="inline" className="admin-filter">
          <Form.Item label={t('publicity.list.due')} htmlFor="disclosure-due">
            <Select<Due | 'all'>
              id="disclosure-due"
              value={due ?? 'all'}
              onChange={(v) => update({ due: v === 'all' ? undefined : v })}
              options={[
                { value: 'all', label: t('publicity.list.dueAll') },
                { value: 'due_soon', label: t('publicity.list.dueSoon') },
                { value: 'overdue', label: t('publicity.list.overdue') },
              ]}
              style={{ width: 180 }}
            />
          </Form.Item>
          <Form.Item label={t('publicity.list.department')} htmlFor="disclosure-department">
            <DepartmentTreeSelect
              id="disclosure-department"
              value={departmentId ?? null}
              onChange={(v) => update({ department: v })}
              allowClear
              placeholder={t('common.all')}
              style={{ width: 220 }}
            />
          </Form.Item>
        </Form>

        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<DisclosureListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1040 }}
          onRow={(d) => ({ onClick: () => open(d), style: { cursor: 'pointer' } })}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publicity.list.empty')} />,
          }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            hideOnSinglePage: false,
            showTotal: (total) => t('common.totalItems', { total }),
            onChange: (p, size) => {
              setPageSize(size);
              update({}, size === pageSize ? p : 1);
            },
          }}
        />
      </Card>
    </PageContainer>
  );
}
