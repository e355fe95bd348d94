import { useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Switch,
  Table,
  Tabs,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { ApiResponse } from '../../../shared/contracts/api.js';
import { parametersApi } from '../../api/admin.js';
import { FormModal } from '../../components/FormModal.js';
import { PageContainer } from '../../components/PageContainer.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDateTime } from '../../format.js';
import { t, type MessageKey } from '../../i18n/index.js';

type Parameter = ApiResponse<'GET /api/v1/parameters'>['items'][number];
type Group = 'portal' | 'documents' | 'numbers' | 'rules';

const PARAMETERS_KEY = ['parameters'] as const;

const GROUPS: { key: Group; label: MessageKey }[] = [
  { key: 'portal', label: 'admin.parameters.groups.portal' },
  { key: 'documents', label: 'admin.parameters.groups.documents' },
  { key: 'numbers', label: 'admin.parameters.groups.numbers' },
  { key: 'rules', label: 'admin.parameters.groups.rules' },
];

function groupOf(key: string): Group {
  if (key.startsWith('portal.')) return 'portal';
  if (key.startsWith('case.numberPattern.') || key.startsWith('document.numberPattern.')) return 'numbers';
  if (key.startsWith('document.')) return 'documents';
  return 'rules';
}

/** A value as the table shows it: yes/no, a number, the text, or “not set” for a blank text. */
function shown(value: unknown): string {
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim() === '' ? t('admin.parameters.notSet') : value;
  return JSON.stringify(value);
}

function EditModal({ parameter, onClose }: { parameter: Parameter; onClose: () => void }) {
  const [form] = Form.useForm<{ value: unknown }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const kind = typeof parameter.default;
  return (
    <FormModal<{ value: unknown }, unknown>
      title={t('admin.parameters.editTitle', { label: parameter.label })}
      name="parameterEdit"
      form={form}
      fields={['value']}
      initialValues={{ value: parameter.value }}
      hint={
        <>
          {t('common.labelValue', { label: t('admin.parameters.source'), value: parameter.source })}
          <br />
          {t('common.labelValue', { label: t('admin.parameters.default'), value: shown(parameter.default) })}
        </>
      }
      submit={(v) =>
        parametersApi.set(parameter.key, typeof v.value === 'string' ? v.value.trim() : (v.value ?? ''))
      }
      onDone={async () => {
        await queryClient.invalidateQueries({ queryKey: PARAMETERS_KEY });
        void message.success(t('admin.parameters.saved'));
      }}
      onClose={onClose}
    >
      <Form.Item
        name="value"
        label={parameter.label}
        valuePropName={kind === 'boolean' ? 'checked' : 'value'}
        extra={<span className="mono">{parameter.key}</span>}
        rules={
          kind === 'number'
            ? [{ required: true, message: t('common.required', { field: parameter.label }) }]
            : []
        }
      >
        {kind === 'boolean' ? (
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
        ) : kind === 'number' ? (
          <InputNumber precision={0} style={{ width: 200 }} />
        ) : (
          <Input maxLength={200} allowClear />
        )}
      </Form.Item>
    </FormModal>
  );
}

/**
 * 参数设置 (administrators): the rule parameters, the settings documents print and the portal's
 * footer (主办单位, 网站标识码, ICP备案编号 …), each with its default and source; a change is audited.
 */
export function ParametersPage() {
  const [group, setGroup] = useState<Group>('portal');
  const [editing, setEditing] = useState<Parameter | null>(null);
  const list = useQuery({ queryKey: PARAMETERS_KEY, queryFn: ({ signal }) => parametersApi.list(signal) });
  const rows = useMemo(
    () => (list.data?.items ?? []).filter((p) => groupOf(p.key) === group),
    [list.data, group],
  );

  const columns: TableColumnsType<Parameter> = [
    {
      title: t('admin.parameters.name'),
      key: 'label',
      render: (_: unknown, p: Parameter) => (
        <>
          <div>{p.label}</div>
          <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
            {p.key}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('admin.parameters.value'),
      key: 'value',
      width: 260,
      render: (_: unknown, p: Parameter) => (
        <Typography.Text
          type={typeof p.value === 'string' && p.value.trim() === '' ? 'secondary' : undefined}
        >
          {shown(p.value)}
        </Typography.Text>
      ),
    },
    {
      title: t('admin.parameters.source'),
      dataIndex: 'source',
      key: 'source',
      render: (source: string) => (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: 0, fontSize: 13 }}
          ellipsis={{ rows: 2, expandable: true }}
        >
          {source}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('admin.parameters.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 150,
      render: (at: string | null) => (at ? formatDateTime(at) : t('admin.parameters.defaultUsed')),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_: unknown, p: Parameter) => (
        <Button
          type="link"
          size="small"
          onClick={() => setEditing(p)}
          aria-label={t('admin.parameters.editTitle', { label: p.label })}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer title={t('admin.parameters.title')}>
      <Card>
        <Typography.Paragraph type="secondary">{t('admin.parameters.hint')}</Typography.Paragraph>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Tabs
          activeKey={group}
          onChange={(k) => setGroup(k as Group)}
          items={GROUPS.map((g) => ({ key: g.key, label: t(g.label) }))}
        />
        <Table<Parameter>
          rowKey="key"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isFetching}
          pagination={false}
          scroll={{ x: 960 }}
        />
      </Card>
      {editing && <EditModal parameter={editing} onClose={() => setEditing(null)} />}
    </PageContainer>
  );
}
