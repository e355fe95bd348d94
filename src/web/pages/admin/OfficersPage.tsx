import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Popconfirm,
  Space,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { officersApi } from '../../api/admin.js';
import type { Officer } from '../../api/types.js';
import type { CertificateStatus } from '../../../shared/org-vocabulary.js';
import { DepartmentTreeSelect } from '../../components/DepartmentTreeSelect.js';
import { OfficerFormModal } from '../../components/OfficerFormModal.js';
import { PageContainer } from '../../components/PageContainer.js';
import { QueryError } from '../../components/QueryError.js';
import { CertificateStatusTag } from '../../components/StatusTag.js';
import { formatDate } from '../../format.js';
import { t } from '../../i18n/index.js';
import { errorText } from '../../components/formErrors.js';

interface Filters {
  q?: string;
  departmentId?: string;
}

type Dialog = { kind: 'create' } | { kind: 'edit'; officer: Officer } | null;

export function OfficersPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [filterForm] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [dialog, setDialog] = useState<Dialog>(null);

  const officers = useQuery({
    queryKey: ['officers', filters, page, pageSize],
    queryFn: ({ signal }) => officersApi.list({ ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

  const setRevoked = useMutation({
    mutationFn: ({ id, revoked }: { id: string; revoked: boolean }) => officersApi.update(id, { revoked }),
    onSuccess: async (_data, { revoked }) => {
      await queryClient.invalidateQueries({ queryKey: ['officers'] });
      void message.success(revoked ? t('admin.officers.revoked') : t('admin.officers.restored'));
    },
    onError: (error) => void message.error(errorText(error)),
  });

  const columns: TableColumnsType<Officer> = [
    {
      title: t('admin.officers.name'),
      key: 'name',
      width: 110,
      render: (_: unknown, o: Officer) => (
        <>
          <div>{o.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.username}
          </Typography.Text>
        </>
      ),
    },
    { title: t('admin.officers.department'), dataIndex: 'departmentName', key: 'departmentName', width: 120 },
    {
      title: t('admin.officers.certificateNo'),
      dataIndex: 'certificateNo',
      key: 'certificateNo',
      width: 130,
    },
    { title: t('admin.officers.category'), dataIndex: 'category', key: 'category', width: 170 },
    {
      title: t('admin.officers.area'),
      dataIndex: 'area',
      key: 'area',
      width: 120,
      render: (a: string | null) => a ?? t('common.none'),
    },
    { title: t('admin.officers.issuer'), dataIndex: 'issuer', key: 'issuer', width: 140 },
    {
      title: t('admin.officers.issuedOn'),
      dataIndex: 'issuedOn',
      key: 'issuedOn',
      width: 110,
      render: (d: string) => formatDate(d),
    },
    {
      title: t('admin.officers.validUntil'),
      dataIndex: 'validUntil',
      key: 'validUntil',
      width: 110,
      render: (d: string) => formatDate(d),
    },
    {
      title: t('admin.officers.status'),
      dataIndex: 'status',
      key: 'status',
      width: 80,
      render: (s: CertificateStatus) => <CertificateStatusTag status={s} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_: unknown, o: Officer) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', officer: o })}>
            {t('common.edit')}
          </Button>
          {o.status === 'revoked' ? (
            <Popconfirm
              title={t('admin.officers.restoreConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => setRevoked.mutate({ id: o.id, revoked: false })}
            >
              <Button type="link" size="small">
                {t('admin.officers.restore')}
              </Button>
            </Popconfirm>
          ) : (
            <Popconfirm
              title={t('admin.officers.revokeConfirm', { name: o.name, no: o.certificateNo })}
              okText={t('admin.officers.revoke')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => setRevoked.mutate({ id: o.id, revoked: true })}
            >
              <Button type="link" size="small" danger>
                {t('admin.officers.revoke')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  const applyFilters = (values: Filters) => {
    setFilters({ q: values.q?.trim() || undefined, departmentId: values.departmentId });
    setPage(1);
  };

  return (
    <PageContainer
      title={t('admin.officers.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
          {t('admin.officers.create')}
        </Button>
      }
    >
      <Card>
        <Form<Filters>
          name="officerFilter"
          form={filterForm}
          layout="inline"
          className="admin-filter"
          onFinish={applyFilters}
        >
          <Form.Item name="q" label={t('admin.users.keyword')}>
            <Input allowClear placeholder={t('admin.officers.keywordPlaceholder')} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="departmentId" label={t('admin.officers.department')}>
            <DepartmentTreeSelect allowClear placeholder={t('common.all')} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  filterForm.resetFields();
                  applyFilters({});
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>

        {officers.isError && <QueryError error={officers.error} onRetry={() => void officers.refetch()} />}
        <Table<Officer>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={officers.data?.items ?? []}
          loading={officers.isFetching}
          scroll={{ x: 1240 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.officers.empty')} />,
          }}
          pagination={{
            current: page,
            pageSize,
            total: officers.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.totalItems', { total }),
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
        />
      </Card>
      {dialog?.kind === 'create' && <OfficerFormModal onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && (
        <OfficerFormModal officer={dialog.officer} onClose={() => setDialog(null)} />
      )}
    </PageContainer>
  );
}
