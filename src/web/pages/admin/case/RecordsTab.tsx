import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Empty,
  Flex,
  Popconfirm,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { DownloadOutlined, EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { recordsApi } from '../../../api/cases.js';
import type { CaseRecord, CaseView } from '../../../api/types.js';
import { fieldLabels, useRecordTemplates } from '../../../components/caseLabels.js';
import { QueryError } from '../../../components/QueryError.js';
import { STATUS_COLORS } from '../../../components/StatusTag.js';
import { formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { caseKey, useStaffNames, type CasePermissions } from './caseContext.js';
import { RecordFormModal } from './RecordFormModal.js';
import { errorText } from '../../../components/formErrors.js';

type Dialog = { kind: 'create' } | { kind: 'version'; record: CaseRecord } | null;

interface Series {
  latest: CaseRecord;
  older: CaseRecord[];
}

function groupSeries(items: readonly CaseRecord[]): Series[] {
  const bySeries = new Map<string, CaseRecord[]>();
  for (const r of items) bySeries.set(r.seriesId, [...(bySeries.get(r.seriesId) ?? []), r]);
  return [...bySeries.values()]
    .map((versions) => {
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      const [latest, ...older] = sorted as [CaseRecord, ...CaseRecord[]];
      return { latest, older };
    })
    .sort((a, b) => a.latest.createdAt.localeCompare(b.latest.createdAt));
}

export function RecordsTab({ c, perms }: { c: CaseView; perms: CasePermissions }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const templates = useRecordTemplates();
  const nameOf = useStaffNames(c);
  const [dialog, setDialog] = useState<Dialog>(null);

  const records = useQuery({
    queryKey: [...caseKey(c.id), 'records'],
    queryFn: ({ signal }) => recordsApi.list(c.id, signal),
  });

  const mark = useMutation({
    mutationFn: ({ id, what }: { id: string; what: 'sign' | 'seal' }) =>
      what === 'sign' ? recordsApi.sign(id) : recordsApi.seal(id),
    onSuccess: async (_r, { what }) => {
      await queryClient.invalidateQueries({ queryKey: caseKey(c.id) });
      void message.success(what === 'sign' ? t('cases.records.signedDone') : t('cases.records.sealedDone'));
    },
    onError: (error) => void message.error(errorText(error)),
  });

  const series = groupSeries(records.data?.items ?? []);
  const sealedType = (type: string) => templates.data?.find((tpl) => tpl.type === type)?.sealed ?? false;
  const canEdit = (r: CaseRecord) => perms.write && (c.stage !== 'archived' || r.supplementary);

  const columns: TableColumnsType<Series> = [
    {
      title: t('cases.records.type'),
      key: 'type',
      render: (_: unknown, { latest: r }: Series) => (
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong>{r.typeLabel}</Typography.Text>
          {r.supplementary && (
            <Tag color={STATUS_COLORS.inactive} style={{ marginLeft: 8 }}>
              {t('cases.records.supplementaryGroup')}
            </Tag>
          )}
          {r.title !== r.typeLabel && <div className="case-record-title">{r.title}</div>}
          {r.documentNumber && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('common.labelValue', { label: t('cases.records.documentNumber'), value: r.documentNumber })}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: t('cases.records.versionColumn'),
      key: 'version',
      width: 90,
      render: (_: unknown, { latest: r }: Series) => t('cases.records.version', { version: r.version }),
    },
    {
      title: t('cases.records.status'),
      key: 'status',
      width: 220,
      render: (_: unknown, { latest: r }: Series) => (
        <Space size={[4, 4]} wrap>
          {r.missingFields.length === 0 ? (
            <Tag color={STATUS_COLORS.done}>{t('cases.records.complete')}</Tag>
          ) : (
            <Tooltip
              title={t('cases.records.incompleteTip', {
                fields: fieldLabels(templates.data, r.type, r.missingFields).join('、'),
              })}
            >
              <Tag color={STATUS_COLORS.warning}>
                {t('cases.records.incomplete', { count: r.missingFields.length })}
              </Tag>
            </Tooltip>
          )}
          {r.signedAt ? (
            <Tooltip title={formatDateTime(r.signedAt)}>
              <Tag color={STATUS_COLORS.done}>{t('cases.records.signed')}</Tag>
            </Tooltip>
          ) : (
            <Tag color={STATUS_COLORS.inactive}>{t('cases.records.unsigned')}</Tag>
          )}
          {sealedType(r.type) &&
            (r.sealedAt ? (
              <Tooltip title={formatDateTime(r.sealedAt)}>
                <Tag color={STATUS_COLORS.done}>{t('cases.records.sealed')}</Tag>
              </Tooltip>
            ) : (
              <Tag color={STATUS_COLORS.inactive}>{t('cases.records.unsealed')}</Tag>
            ))}
        </Space>
      ),
    },
    {
      title: t('cases.records.createdAt'),
      key: 'createdAt',
      width: 160,
      render: (_: unknown, { latest: r }: Series) => (
        <>
          <div>{formatDateTime(r.createdAt)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {nameOf(r.createdBy)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 250,
      render: (_: unknown, { latest: r }: Series) => (
        <Flex wrap gap={4}>
          <Button
            size="small"
            type="link"
            icon={<DownloadOutlined />}
            href={recordsApi.documentUrl(r.id)}
            download
            aria-label={`${t('cases.records.download')}：${r.typeLabel}`}
          >
            {t('cases.records.download')}
          </Button>
          {canEdit(r) && (
            <Button
              size="small"
              type="link"
              icon={<EditOutlined />}
              onClick={() => setDialog({ kind: 'version', record: r })}
            >
              {t('cases.records.newVersion')}
            </Button>
          )}
          {canEdit(r) && !r.signedAt && (
            <Popconfirm
              title={t('cases.records.signConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => mark.mutate({ id: r.id, what: 'sign' })}
            >
              <Button size="small" type="link">
                {t('cases.records.sign')}
              </Button>
            </Popconfirm>
          )}
          {canEdit(r) && sealedType(r.type) && !r.sealedAt && (
            <Popconfirm
              title={t('cases.records.sealConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => mark.mutate({ id: r.id, what: 'seal' })}
            >
              <Button size="small" type="link">
                {t('cases.records.seal')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
          {t('cases.records.title')}
        </Typography.Title>
        {perms.write ? (
          <Button
            type="primary"
            icon={<FileAddOutlined />}
            onClick={() => setDialog({ kind: 'create' })}
            disabled={!templates.data}
          >
            {t('cases.records.create')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('cases.records.readOnlyHint')}</Typography.Text>
        )}
      </Flex>
      {records.isError && <QueryError error={records.error} onRetry={() => void records.refetch()} />}
      {templates.isError && <Alert type="error" showIcon title={errorText(templates.error)} />}
      <Table<Series>
        rowKey={(s) => s.latest.seriesId}
        size="middle"
        columns={columns}
        dataSource={series}
        loading={records.isFetching}
        pagination={false}
        scroll={{ x: 900 }}
        expandable={{
          rowExpandable: (s) => s.older.length > 0,
          expandedRowRender: (s) => (
            <div>
              <Typography.Text type="secondary">{t('cases.records.versions')}</Typography.Text>
              <ul className="case-record-versions">
                {s.older.map((r) => (
                  <li key={r.id}>
                    <Space wrap size={8}>
                      <span>{t('cases.records.version', { version: r.version })}</span>
                      <span>{r.title}</span>
                      <Typography.Text type="secondary">
                        {formatDateTime(r.createdAt)} {nameOf(r.createdBy)}
                      </Typography.Text>
                      <a href={recordsApi.documentUrl(r.id)} download>
                        {t('cases.records.download')}
                      </a>
                    </Space>
                  </li>
                ))}
              </ul>
            </div>
          ),
        }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={perms.write ? t('cases.records.empty') : t('cases.records.emptyReadOnly')}
            />
          ),
        }}
      />
      {dialog && templates.data && (
        <RecordFormModal
          c={c}
          templates={templates.data}
          record={dialog.kind === 'version' ? dialog.record : undefined}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
