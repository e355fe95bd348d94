import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { TOKEN_SCOPES, type TokenScope } from '../../../../shared/publicity-vocabulary.js';
import { apiTokensApi } from '../../../api/publicity.js';
import type { ApiToken, ApiTokenCreated } from '../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { PageContainer } from '../../../components/PageContainer.js';
import { QueryError } from '../../../components/QueryError.js';
import { STATUS_COLORS } from '../../../components/StatusTag.js';
import { formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { API_TOKENS_KEY } from './publicityQueries.js';
import { errorText } from '../../../components/formErrors.js';

type CreateValues = { name: string; scope: TokenScope };

function CreateTokenModal({
  onCreated,
  onClose,
}: {
  onCreated: (token: ApiTokenCreated) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<CreateValues>();
  const queryClient = useQueryClient();
  return (
    <FormModal<CreateValues, ApiTokenCreated>
      title={t('publicity.tokens.createTitle')}
      name="apiTokenCreate"
      form={form}
      fields={['name', 'scope']}
      okText={t('publicity.tokens.create')}
      initialValues={{ scope: 'credit' }}
      submit={(v) => apiTokensApi.create({ name: v.name.trim(), scope: v.scope })}
      onDone={async (created) => {
        await queryClient.invalidateQueries({ queryKey: API_TOKENS_KEY });
        onCreated(created);
      }}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('publicity.tokens.name')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('publicity.tokens.name') }),
          },
        ]}
      >
        <Input maxLength={100} placeholder={t('publicity.tokens.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="scope" label={t('publicity.tokens.scope')} rules={[{ required: true }]}>
        <Select options={TOKEN_SCOPES.map((s) => ({ value: s, label: t(`publicity.tokenScopes.${s}`) }))} />
      </Form.Item>
    </FormModal>
  );
}

/** The new token, shown this once (only its digest is stored). */
function CreatedTokenModal({ token, onClose }: { token: ApiTokenCreated; onClose: () => void }) {
  return (
    <Modal
      open
      title={t('publicity.tokens.createdTitle')}
      mask={{ closable: false }}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('publicity.tokens.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('publicity.tokens.createdText')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph>
        {t('common.labelValue', { label: t('publicity.tokens.name'), value: token.name })}
      </Typography.Paragraph>
      <Typography.Paragraph
        code
        copyable={{ text: token.token, tooltips: [t('publicity.tokens.copy'), t('publicity.tokens.copied')] }}
        className="sha256"
      >
        {token.token}
      </Typography.Paragraph>
    </Modal>
  );
}

/** 数据接口令牌: the integrator tokens of the credit and open-data feeds (administrators). */
export function ApiTokensPage() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const tokens = useQuery({ queryKey: API_TOKENS_KEY, queryFn: ({ signal }) => apiTokensApi.list(signal) });
  const revoke = useMutation({
    mutationFn: (id: string) => apiTokensApi.revoke(id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: API_TOKENS_KEY });
      void message.success(t('publicity.tokens.revokedDone'));
    },
    onError: (e) => void message.error(errorText(e)),
  });

  const columns: TableColumnsType<ApiToken> = [
    { title: t('publicity.tokens.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('publicity.tokens.scope'),
      dataIndex: 'scope',
      key: 'scope',
      width: 200,
      render: (scope: TokenScope) => t(`publicity.tokenScopes.${scope}`),
    },
    {
      title: t('publicity.tokens.prefix'),
      dataIndex: 'prefix',
      key: 'prefix',
      width: 120,
      render: (prefix: string) => <span className="mono">{`${prefix}…`}</span>,
    },
    { title: t('publicity.tokens.createdBy'), dataIndex: 'createdBy', key: 'createdBy', width: 100 },
    {
      title: t('publicity.tokens.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 140,
      render: (at: string) => formatDateTime(at),
    },
    {
      title: t('publicity.tokens.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      key: 'lastUsedAt',
      width: 140,
      render: (at: string | null) => (at ? formatDateTime(at) : t('publicity.tokens.neverUsed')),
    },
    {
      title: t('publicity.tokens.status'),
      key: 'status',
      width: 160,
      render: (_: unknown, tok: ApiToken) =>
        tok.revokedAt ? (
          <>
            <Tag color={STATUS_COLORS.withdrawn}>{t('publicity.tokens.revoked')}</Tag>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('publicity.tokens.revokedAt', { at: formatDateTime(tok.revokedAt) })}
              </Typography.Text>
            </div>
          </>
        ) : (
          <Tag color={STATUS_COLORS.done}>{t('publicity.tokens.active')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 70,
      render: (_: unknown, tok: ApiToken) =>
        tok.revokedAt ? null : (
          <Popconfirm
            title={t('publicity.tokens.revokeConfirm', { name: tok.name })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => revoke.mutateAsync(tok.id).catch(() => undefined)}
          >
            <Button type="link" size="small" danger>
              {t('publicity.tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <PageContainer
      title={t('publicity.tokens.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('publicity.tokens.create')}
        </Button>
      }
    >
      <Card>
        <Typography.Paragraph type="secondary">{t('publicity.tokens.hint')}</Typography.Paragraph>
        {tokens.isError && <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />}
        <Table<ApiToken>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={tokens.data?.items ?? []}
          loading={tokens.isFetching}
          scroll={{ x: 1040 }}
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.totalItems', { total }),
          }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publicity.tokens.empty')} />
            ),
          }}
        />
      </Card>
      {creating && <CreateTokenModal onCreated={setCreated} onClose={() => setCreating(false)} />}
      {created && <CreatedTokenModal token={created} onClose={() => setCreated(null)} />}
    </PageContainer>
  );
}
