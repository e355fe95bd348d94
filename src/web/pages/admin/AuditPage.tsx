import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { auditApi } from '../../api/admin.js';
import type { AuditEntry, AuditVerifyResult } from '../../api/types.js';
import { PageContainer } from '../../components/PageContainer.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDateTime } from '../../format.js';
import { t, tOptional } from '../../i18n/index.js';
import { errorText } from '../../components/formErrors.js';

function VerifyResult({ result }: { result: AuditVerifyResult }) {
  if (result.ok) {
    return (
      <Alert
        type="success"
        showIcon
        title={t('admin.audit.verifyOk')}
        description={
          <span>
            {t('admin.audit.verifyOkText', { entries: result.entries })}
            <Typography.Text className="mono" copyable>
              {result.head}
            </Typography.Text>
          </span>
        }
        style={{ marginBottom: 16 }}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={t('admin.audit.verifyBroken')}
      description={
        result.brokenAt
          ? t('admin.audit.verifyBrokenText', { seq: result.brokenAt.seq, reason: result.brokenAt.reason })
          : t('admin.audit.verifyBrokenUnknown', { entries: result.entries })
      }
      style={{ marginBottom: 16 }}
    />
  );
}

export function AuditPage() {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);

  const entries = useQuery({
    queryKey: ['audit', page, pageSize],
    queryFn: ({ signal }) => auditApi.entries(page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
  const verify = useMutation({ mutationFn: () => auditApi.verify() });

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('admin.audit.seq'), dataIndex: 'seq', key: 'seq', width: 80 },
    {
      title: t('admin.audit.at'),
      dataIndex: 'at',
      key: 'at',
      width: 150,
      render: (at: string) => formatDateTime(at),
    },
    {
      title: t('admin.audit.actor'),
      dataIndex: 'actorName',
      key: 'actorName',
      width: 110,
      render: (name: string | null) => (name === null || name === 'system' ? t('admin.audit.system') : name),
    },
    {
      title: t('admin.audit.action'),
      dataIndex: 'action',
      key: 'action',
      width: 210,
      render: (action: string) => (
        <>
          <div>{tOptional(`admin.audit.actions.${action.replaceAll('.', '_')}`, action)}</div>
          <Typography.Text type="secondary" className="mono" style={{ whiteSpace: 'nowrap' }}>
            {action}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('admin.audit.objectType'),
      dataIndex: 'objectType',
      key: 'objectType',
      width: 120,
      render: (type: string) => tOptional(`admin.audit.objectTypes.${type}`, type),
    },
    {
      title: t('admin.audit.objectId'),
      dataIndex: 'objectId',
      key: 'objectId',
      width: 200,
      ellipsis: true,
      render: (id: string | null) => (id ? <span className="mono">{id}</span> : t('common.none')),
    },
    {
      title: t('admin.audit.hash'),
      dataIndex: 'hash',
      key: 'hash',
      width: 220,
      render: (hash: string) => (
        <Typography.Text className="mono" copyable={{ text: hash }} title={hash}>
          {`${hash.slice(0, 16)}…`}
        </Typography.Text>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('admin.audit.title')}
      extra={
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
        >
          {t('admin.audit.verify')}
        </Button>
      }
    >
      {verify.isError && (
        <Alert type="error" showIcon title={errorText(verify.error)} style={{ marginBottom: 16 }} />
      )}
      {verify.data && <VerifyResult result={verify.data} />}
      <Card>
        {entries.isError && <QueryError error={entries.error} onRetry={() => void entries.refetch()} />}
        <Table<AuditEntry>
          rowKey="seq"
          size="middle"
          columns={columns}
          dataSource={entries.data?.items ?? []}
          loading={entries.isFetching}
          scroll={{ x: 1090 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.audit.empty')} />,
          }}
          pagination={{
            current: page,
            pageSize,
            total: entries.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.totalItems', { total }),
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
        />
      </Card>
    </PageContainer>
  );
}
