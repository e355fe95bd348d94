import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Role } from '../../../shared/roles.js';
import { usersApi } from '../../api/admin.js';
import { reviewApi } from '../../api/review.js';
import type { User } from '../../api/types.js';
import { canAccess, useSession } from '../../auth/session.js';
import { DepartmentTreeSelect } from '../../components/DepartmentTreeSelect.js';
import { LegalQualificationModal, REVIEWERS_KEY } from '../../components/LegalQualificationModal.js';
import { PageContainer } from '../../components/PageContainer.js';
import { QueryError } from '../../components/QueryError.js';
import { ResetPasswordModal } from '../../components/ResetPasswordModal.js';
import { ROLE_OPTIONS, RoleTags } from '../../components/RoleTags.js';
import { qualificationText } from '../../components/reviewLabels.js';
import { AccountStatusTag, STATUS_COLORS } from '../../components/StatusTag.js';
import { UserFormModal } from '../../components/UserFormModal.js';
import { t } from '../../i18n/index.js';

interface Filters {
  q?: string;
  departmentId?: string;
  role?: Role;
}

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: User }
  | { kind: 'password'; user: User }
  | { kind: 'qualification'; user: User }
  | null;

export function UsersPage() {
  const session = useSession();
  const canEdit = canAccess(session, 'usersEdit');
  const [filterForm] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [dialog, setDialog] = useState<Dialog>(null);

  const users = useQuery({
    queryKey: ['users', filters, page, pageSize],
    queryFn: ({ signal }) => usersApi.list({ ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

  // Legal reviewers' 法律职业资格: administrators record it; those who may read the list see it.
  const reviewers = useQuery({
    queryKey: REVIEWERS_KEY,
    queryFn: ({ signal }) => reviewApi.reviewers(signal),
    enabled: canAccess(session, 'reviewStaffing'),
    retry: false,
  });
  const qualificationOf = (u: User) => reviewers.data?.items.find((r) => r.id === u.id);
  const isReviewer = (u: User) => u.roles.includes('legal_reviewer');

  const columns: TableColumnsType<User> = [
    { title: t('admin.users.username'), dataIndex: 'username', key: 'username', width: 140 },
    { title: t('admin.users.name'), dataIndex: 'name', key: 'name', width: 120 },
    { title: t('admin.users.department'), dataIndex: 'departmentName', key: 'departmentName', width: 160 },
    {
      title: t('admin.users.roles'),
      dataIndex: 'roles',
      key: 'roles',
      render: (roles: Role[]) => <RoleTags roles={roles} />,
    },
    {
      title: t('admin.users.certificateNo'),
      dataIndex: 'certificateNo',
      key: 'certificateNo',
      width: 130,
      render: (no: string | null) => no ?? t('common.none'),
    },
    {
      title: t('admin.users.status'),
      dataIndex: 'active',
      key: 'active',
      width: 90,
      render: (active: boolean) => <AccountStatusTag active={active} />,
    },
  ];
  if (reviewers.isSuccess) {
    columns.push({
      title: t('admin.users.qualification'),
      key: 'qualification',
      width: 170,
      render: (_: unknown, user: User) => {
        if (!isReviewer(user)) return t('common.none');
        const info = qualificationOf(user);
        return info?.qualification ? (
          qualificationText(info.qualification)
        ) : (
          <Tag color={STATUS_COLORS.overdue}>{t('admin.users.qualificationNone')}</Tag>
        );
      },
    });
  }
  if (canEdit) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 260,
      render: (_: unknown, user: User) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', user })}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'password', user })}>
            {t('admin.users.resetPassword')}
          </Button>
          {isReviewer(user) && (
            <Button type="link" size="small" onClick={() => setDialog({ kind: 'qualification', user })}>
              {t('admin.users.qualificationEdit')}
            </Button>
          )}
        </Space>
      ),
    });
  }

  const applyFilters = (values: Filters) => {
    setFilters({ q: values.q?.trim() || undefined, departmentId: values.departmentId, role: values.role });
    setPage(1);
  };

  return (
    <PageContainer
      title={t('admin.users.title')}
      extra={
        canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            {t('admin.users.create')}
          </Button>
        )
      }
    >
      {!canEdit && (
        <Alert type="info" showIcon title={t('admin.users.readOnlyHint')} style={{ marginBottom: 16 }} />
      )}
      <Card>
        <Form<Filters>
          name="userFilter"
          form={filterForm}
          layout="inline"
          className="admin-filter"
          onFinish={applyFilters}
        >
          <Form.Item name="q" label={t('admin.users.keyword')}>
            <Input allowClear placeholder={t('admin.users.keywordPlaceholder')} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="departmentId" label={t('admin.users.department')}>
            <DepartmentTreeSelect allowClear placeholder={t('common.all')} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="role" label={t('admin.users.role')}>
            <Select allowClear placeholder={t('common.all')} options={ROLE_OPTIONS} style={{ width: 160 }} />
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

        {users.isError && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
        <Table<User>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={users.data?.items ?? []}
          loading={users.isFetching}
          scroll={{ x: 900 }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={canEdit ? t('admin.users.emptyAdmin') : t('admin.users.empty')}
              />
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: users.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.totalItems', { total }),
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
        />
      </Card>

      {dialog?.kind === 'create' && <UserFormModal onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <UserFormModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'password' && (
        <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'qualification' && (
        <LegalQualificationModal
          user={dialog.user}
          current={qualificationOf(dialog.user)?.qualification ?? null}
          onClose={() => setDialog(null)}
        />
      )}
    </PageContainer>
  );
}
