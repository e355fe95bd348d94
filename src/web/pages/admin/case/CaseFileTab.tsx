import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { FileZipOutlined } from '@ant-design/icons';
import { casesApi, mediaApi, recordsApi } from '../../../api/cases.js';
import type { CaseFileEntry, CaseView } from '../../../api/types.js';
import {
  activityLabel,
  fieldLabels,
  missingItemLabel,
  templateTitle,
  useRecordTemplates,
} from '../../../components/caseLabels.js';
import { QueryError } from '../../../components/QueryError.js';
import { formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { caseKey } from './caseContext.js';

export function CaseFileTab({ c }: { c: CaseView }) {
  const templates = useRecordTemplates();
  const file = useQuery({
    queryKey: [...caseKey(c.id), 'case-file'],
    queryFn: ({ signal }) => casesApi.caseFile(c.id, signal),
  });
  // The table of contents names recordings by code and UTC time; the media list gives them in words.
  const media = useQuery({
    queryKey: [...caseKey(c.id), 'media'],
    queryFn: ({ signal }) => mediaApi.list(c.id, signal),
  });

  const records = useQuery({
    queryKey: [...caseKey(c.id), 'records'],
    queryFn: ({ signal }) => recordsApi.list(c.id, signal),
  });

  const titleOf = (e: CaseFileEntry) => {
    if (e.kind === 'record') {
      const r = records.data?.items.find((x) => x.id === e.recordId);
      if (r) {
        const head = `${r.typeLabel}${t('common.parenthesized', { text: t('cases.records.version', { version: r.version }) })}`;
        return r.title === r.typeLabel ? head : `${head} ${r.title}`;
      }
    }
    if (e.kind === 'media') {
      const m = media.data?.items.find((x) => x.id === e.mediaId);
      if (m)
        return t('cases.caseFile.mediaTitle', {
          activity: activityLabel(m.activity),
          time: formatDateTime(m.capturedAt),
        });
    }
    return e.title;
  };

  const columns: TableColumnsType<CaseFileEntry> = [
    { title: t('cases.caseFile.order'), dataIndex: 'order', key: 'order', width: 70 },
    { title: t('cases.caseFile.item'), key: 'title', render: (_: unknown, e: CaseFileEntry) => titleOf(e) },
    {
      title: t('cases.caseFile.category'),
      dataIndex: 'kind',
      key: 'kind',
      width: 100,
      render: (kind: 'record' | 'media') => <Tag>{t(`cases.caseFile.categories.${kind}`)}</Tag>,
    },
    {
      title: t('cases.caseFile.file'),
      dataIndex: 'file',
      key: 'file',
      width: 320,
      render: (f: string) => <span className="mono">{f}</span>,
    },
  ];

  const completeness = file.data?.completeness;
  const missing = (completeness?.missingRecords ?? []).map((m) =>
    missingItemLabel(`record:${m}`, templates.data),
  );
  const incomplete = (completeness?.incompleteRecords ?? []).map((r) =>
    t('cases.caseFile.incompleteItem', {
      title: templateTitle(templates.data, r.type),
      fields: fieldLabels(templates.data, r.type, r.missingFields).join('、'),
    }),
  );

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
          {t('cases.caseFile.title')}
        </Typography.Title>
        <Button type="primary" icon={<FileZipOutlined />} href={casesApi.archiveUrl(c.id)} download>
          {t('cases.caseFile.export')}
        </Button>
      </Flex>
      {file.isError && <QueryError error={file.error} onRetry={() => void file.refetch()} />}
      {completeness &&
        (completeness.complete ? (
          <Alert type="success" showIcon title={t('cases.caseFile.complete')} style={{ marginBottom: 12 }} />
        ) : (
          <Alert
            type="warning"
            showIcon
            title={t('cases.caseFile.incomplete')}
            style={{ marginBottom: 12 }}
            description={
              <ul className="case-blockers">
                {missing.length > 0 && (
                  <li>{t('cases.caseFile.missingRecords', { items: missing.join('、') })}</li>
                )}
                {incomplete.length > 0 && (
                  <li>{t('cases.caseFile.incompleteRecords', { items: incomplete.join('；') })}</li>
                )}
              </ul>
            }
          />
        ))}
      <Typography.Paragraph type="secondary">{t('cases.caseFile.exportHint')}</Typography.Paragraph>
      <Table<CaseFileEntry>
        rowKey="order"
        size="small"
        columns={columns}
        dataSource={file.data?.contents ?? []}
        loading={file.isFetching}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.caseFile.empty')} />,
        }}
      />
    </>
  );
}
