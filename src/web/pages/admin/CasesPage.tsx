import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Form, Input, Select, Space, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { casesApi } from '../../api/cases.js';
import { type CaseSummary } from '../../api/types.js';
import {
  CASE_KINDS,
  STAGES,
  type CaseKind,
  type CaseStatus,
  type Stage,
} from '../../../shared/case-vocabulary.js';
import { canAccess, useSession } from '../../auth/session.js';
import { PageContainer } from '../../components/PageContainer.js';
import { QueryError } from '../../components/QueryError.js';
import { CaseStatusTag, StageTag } from '../../components/StatusTag.js';
import { formatDateTime } from '../../format.js';
import { t } from '../../i18n/index.js';

interface Filters {
  q?: string;
  kind?: CaseKind;
  stage?: Stage;
}

const KIND_OPTIONS = CASE_KINDS.map((k) => ({ value: k, label: t(`cases.kinds.${k}`) }));
const STAGE_OPTIONS = STAGES.map((s) => ({ value: s, label: t(`cases.stages.${s}`) }));

function isKind(v: string | null): v is CaseKind {
  return v !== null && (CASE_KINDS as readonly string[]).includes(v);
}
function isStage(v: string | null): v is Stage {
  return v !== null && (STAGES as readonly string[]).includes(v);
}

export function CasesPage() {
  const user = useSession();
  const navigate = useNavigate();
  const canCreate = canAccess(user, 'caseWrite');
  // Filters live in the URL, so "back" from a case returns to the same list.
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const stageParam = params.get('stage');
  const filters: Filters = {
    q: params.get('q') ?? undefined,
    kind: isKind(kindParam) ? kindParam : undefined,
    stage: isStage(stageParam) ? stageParam : undefined,
  };
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const [pageSize, setPageSize] = useState(20);
  const [filterForm] = Form.useForm<Filters>();

  const cases = useQuery({
    queryKey: ['cases', filters, page, pageSize],
    queryFn: ({ signal }) => casesApi.list({ ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

  const update = (next: Filters, nextPage = 1) => {
    const p = new URLSearchParams();
    if (next.q) p.set('q', next.q);
    if (next.kind) p.set('kind', next.kind);
    if (next.stage) p.set('stage', next.stage);
    if (nextPage > 1) p.set('page', String(nextPage));
    setParams(p);
  };

  const columns: TableColumnsType<CaseSummary> = [
    {
      title: t('cases.list.number'),
      dataIndex: 'number',
      key: 'number',
      width: 190,
      render: (number: string, c: CaseSummary) => (
        <Link to={`/admin/cases/${c.id}`} onClick={(e) => e.stopPropagation()}>
          {number}
        </Link>
      ),
    },
    { title: t('cases.list.name'), dataIndex: 'title', key: 'title', ellipsis: true },
    { title: t('cases.list.party'), dataIndex: 'partyName', key: 'partyName', width: 200, ellipsis: true },
    {
      title: t('cases.list.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 100,
      render: (kind: CaseKind) => t(`cases.kinds.${kind}`),
    },
    {
      title: t('cases.list.stage'),
      dataIndex: 'stage',
      key: 'stage',
      width: 110,
      render: (stage: Stage) => <StageTag stage={stage} />,
    },
    {
      title: t('cases.list.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (status: CaseStatus) => <CaseStatusTag status={status} />,
    },
    {
      title: t('cases.list.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 150,
      render: (at: string) => formatDateTime(at),
    },
  ];

  return (
    <PageContainer
      title={t('cases.list.title')}
      extra={
        canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/admin/cases/new')}>
            {t('admin.menu.caseCreate')}
          </Button>
        )
      }
    >
      <Card>
        <Form<Filters>
          name="caseFilter"
          form={filterForm}
          layout="inline"
          className="admin-filter"
          initialValues={filters}
          onFinish={(v) => update({ q: v.q?.trim() || undefined, kind: v.kind, stage: v.stage })}
        >
          <Form.Item name="q" label={t('cases.list.keyword')}>
            <Input allowClear placeholder={t('cases.list.keywordPlaceholder')} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="kind" label={t('cases.list.kind')}>
            <Select allowClear placeholder={t('common.all')} options={KIND_OPTIONS} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="stage" label={t('cases.list.stage')}>
            <Select allowClear placeholder={t('common.all')} options={STAGE_OPTIONS} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  filterForm.setFieldsValue({ q: undefined, kind: undefined, stage: undefined });
                  update({});
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>

        {cases.isError && <QueryError error={cases.error} onRetry={() => void cases.refetch()} />}
        <Table<CaseSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={cases.data?.items ?? []}
          loading={cases.isFetching}
          scroll={{ x: 1000 }}
          onRow={(c) => ({
            onClick: () => void navigate(`/admin/cases/${c.id}`),
            style: { cursor: 'pointer' },
          })}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={canCreate ? t('cases.list.emptyOfficer') : t('cases.list.empty')}
              />
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: cases.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.totalItems', { total }),
            onChange: (p, size) => {
              setPageSize(size);
              update(filters, size === pageSize ? p : 1);
            },
          }}
        />
      </Card>
    </PageContainer>
  );
}
