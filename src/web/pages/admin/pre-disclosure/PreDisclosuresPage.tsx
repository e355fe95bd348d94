import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Select,
  Space,
  Table,
  Tabs,
  Typography,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { hasPermission } from '../../../../shared/permissions.js';
import {
  PRE_DISCLOSURE_SECTIONS,
  PRE_DISCLOSURE_STATUSES,
  type PreDisclosureSection,
  type PreDisclosureStatus,
} from '../../../../shared/publicity-vocabulary.js';
import {
  preDisclosuresApi,
  type PreDisclosureListItem,
  type PreDisclosureQuery,
} from '../../../api/preDisclosure.js';
import { useSession } from '../../../auth/session.js';
import { PageContainer } from '../../../components/PageContainer.js';
import { QueryError } from '../../../components/QueryError.js';
import { formatDate, formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { DueStateTag } from '../publicity/DisclosureTags.js';
import { PreDisclosureCreateModal } from './PreDisclosureCreateModal.js';
import { PRE_DISCLOSURES_KEY } from './preDisclosureQueries.js';
import { GeneratedTag, PreDisclosureStatusTag } from './PreDisclosureTags.js';

type Due = NonNullable<PreDisclosureQuery['due']>;
const DUES: readonly Due[] = ['due_soon', 'overdue'];

const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: string | null): v is T =>
    v !== null && (list as readonly string[]).includes(v);
const isStatus = oneOf<PreDisclosureStatus>(PRE_DISCLOSURE_STATUSES);
const isSection = oneOf<PreDisclosureSection>(PRE_DISCLOSURE_SECTIONS);
const isDue = oneOf<Due>(DUES);

/** 事前公开: the items in the user's scope by status, section and due date, and 新建事项 for the 填报人. */
export function PreDisclosuresPage() {
  const user = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const statusParam = params.get('status');
  const sectionParam = params.get('section');
  const dueParam = params.get('due');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const section = isSection(sectionParam) ? sectionParam : undefined;
  const due = isDue(dueParam) ? dueParam : undefined;
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const [pageSize, setPageSize] = useState(20);
  const canCreate = hasPermission(user.roles, 'disclosure.fill');

  const query: PreDisclosureQuery = { status, section, due, page, pageSize };
  const list = useQuery({
    queryKey: [...PRE_DISCLOSURES_KEY, query],
    queryFn: ({ signal }) => preDisclosuresApi.list(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

  const update = (next: { status?: string; section?: string; due?: string }, nextPage = 1) => {
    const merged = { status, section, due, ...next };
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(merged)) if (v) p.set(k, v);
    if (nextPage > 1) p.set('page', String(nextPage));
    setParams(p);
  };
  const open = (d: PreDisclosureListItem) => void navigate(`/admin/pre-disclosures/${d.id}`);

  const columns: TableColumnsType<PreDisclosureListItem> = [
    {
      title: t('preDisclosure.list.item'),
      key: 'item',
      render: (_: unknown, d: PreDisclosureListItem) => (
        <Space size={4} wrap>
          <Link to={`/admin/pre-disclosures/${d.id}`} onClick={(e) => e.stopPropagation()}>
            {d.title}
          </Link>
          {d.generated && <GeneratedTag />}
        </Space>
      ),
    },
    {
      title: t('preDisclosure.list.section'),
      dataIndex: 'section',
      key: 'section',
      width: 150,
      render: (s: PreDisclosureSection) => t(`preDisclosure.sections.${s}`),
    },
    {
      title: t('preDisclosure.list.department'),
      dataIndex: 'departmentName',
      key: 'department',
      width: 140,
    },
    {
      title: t('preDisclosure.list.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (s: PreDisclosureStatus) => <PreDisclosureStatusTag status={s} />,
    },
    {
      title: t('preDisclosure.list.dueDate'),
      key: 'due',
      width: 170,
      render: (_: unknown, d: PreDisclosureListItem) => (
        <Flex wrap gap={4} align="center">
          <span>{formatDate(d.due)}</span>
          <DueStateTag state={d.dueState} />
        </Flex>
      ),
    },
    {
      title: t('preDisclosure.list.version'),
      key: 'version',
      width: 90,
      render: (_: unknown, d: PreDisclosureListItem) =>
        d.publishedVersion !== null ? (
          t('preDisclosure.list.versionN', { version: d.publishedVersion })
        ) : (
          <Typography.Text type="secondary">{t('preDisclosure.list.notPublished')}</Typography.Text>
        ),
    },
    {
      title: t('preDisclosure.list.publishedAt'),
      key: 'publishedAt',
      width: 140,
      render: (_: unknown, d: PreDisclosureListItem) =>
        d.publishedVersion !== null ? formatDateTime(d.publishedAt) : t('common.none'),
    },
  ];

  return (
    <PageContainer
      title={t('preDisclosure.list.title')}
      extra={
        canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('preDisclosure.list.create')}
          </Button>
        )
      }
    >
      <Card>
        <Typography.Paragraph type="secondary">{t('preDisclosure.list.hint')}</Typography.Paragraph>
        <Tabs
          activeKey={status ?? 'all'}
          onChange={(key) => update({ status: key === 'all' ? undefined : key })}
          items={[
            { key: 'all', label: t('preDisclosure.list.all') },
            ...PRE_DISCLOSURE_STATUSES.map((s) => ({ key: s, label: t(`preDisclosure.statuses.${s}`) })),
          ]}
        />
        <Form name="preDisclosureFilter" layout="inline" className="admin-filter">
          <Form.Item label={t('preDisclosure.list.section')} htmlFor="pre-disclosure-section">
            <Select<PreDisclosureSection | 'all'>
              id="pre-disclosure-section"
              value={section ?? 'all'}
              onChange={(v) => update({ section: v === 'all' ? undefined : v })}
              options={[
                { value: 'all', label: t('preDisclosure.list.sectionAll') },
                ...PRE_DISCLOSURE_SECTIONS.map((s) => ({
                  value: s,
                  label: t(`preDisclosure.sections.${s}`),
                })),
              ]}
              popupMatchSelectWidth={false}
              style={{ width: 220 }}
            />
          </Form.Item>
          <Form.Item label={t('preDisclosure.list.due')} htmlFor="pre-disclosure-due">
            <Select<Due | 'all'>
              id="pre-disclosure-due"
              value={due ?? 'all'}
              onChange={(v) => update({ due: v === 'all' ? undefined : v })}
              options={[
                { value: 'all', label: t('preDisclosure.list.dueAll') },
                { value: 'due_soon', label: t('preDisclosure.list.dueSoon') },
                { value: 'overdue', label: t('preDisclosure.list.overdue') },
              ]}
              style={{ width: 140 }}
            />
          </Form.Item>
        </Form>

        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<PreDisclosureListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1000 }}
          onRow={(d) => ({ onClick: () => open(d), style: { cursor: 'pointer' } })}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={canCreate ? t('preDisclosure.list.emptyFill') : t('preDisclosure.list.empty')}
              />
            ),
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
      {creating && <PreDisclosureCreateModal section={section} onClose={() => setCreating(false)} />}
    </PageContainer>
  );
}
