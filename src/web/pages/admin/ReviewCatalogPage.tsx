import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { reviewApi } from '../../api/review.js';
import type { CatalogRule } from '../../api/types.js';
import { PageContainer } from '../../components/PageContainer.js';
import { QueryError } from '../../components/QueryError.js';
import { circumstanceLabel, penaltyTypeLabel } from '../../components/reviewLabels.js';
import { formatDate, formatDateTime, formatMoney } from '../../format.js';
import { t } from '../../i18n/index.js';
import { CatalogRuleModal } from './review/CatalogRuleModal.js';
import { errorText } from '../../components/formErrors.js';

export const CATALOG_KEY = ['review', 'catalog'] as const;

function conditionText(rule: CatalogRule): string {
  switch (rule.kind) {
    case 'penalty_type':
      return rule.penaltyTypes.map(penaltyTypeLabel).join('、');
    case 'amount':
      return t('review.catalog.thresholds', {
        person: formatMoney(rule.personThreshold),
        organisation: formatMoney(rule.organisationThreshold),
      });
    case 'circumstance':
      return circumstanceLabel(rule.circumstance);
    case 'free':
      return t('review.catalog.freeCondition');
  }
}

type Dialog = { rule?: CatalogRule } | null;

/** The legal unit keeps the catalog of major decisions: edit the rules here, publish them as a new version. */
export function ReviewCatalogPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<CatalogRule[] | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const catalog = useQuery({ queryKey: CATALOG_KEY, queryFn: ({ signal }) => reviewApi.catalog(signal) });
  const rules = draft ?? catalog.data?.rules ?? [];

  const publish = useMutation({
    mutationFn: (next: CatalogRule[]) => reviewApi.publishCatalog(next),
    onSuccess: (published) => {
      queryClient.setQueryData(CATALOG_KEY, published);
      setDraft(null);
      void message.success(t('review.catalog.published', { version: published.version }));
    },
    onError: (error) => void message.error(errorText(error)),
  });

  const save = (rule: CatalogRule) => {
    const exists = rules.some((r) => r.id === rule.id);
    setDraft(exists ? rules.map((r) => (r.id === rule.id ? rule : r)) : [...rules, rule]);
  };

  const columns: TableColumnsType<CatalogRule> = [
    { title: t('review.catalog.index'), key: 'index', width: 64, render: (_: unknown, _r, i) => i + 1 },
    {
      title: t('review.catalog.text'),
      key: 'text',
      render: (_: unknown, r: CatalogRule) => <Typography.Text strong>{r.text}</Typography.Text>,
    },
    {
      title: t('review.catalog.kind'),
      key: 'kind',
      width: 130,
      render: (_: unknown, r: CatalogRule) => <Tag>{t(`review.catalog.kinds.${r.kind}`)}</Tag>,
    },
    {
      title: t('review.catalog.condition'),
      key: 'condition',
      width: 260,
      render: (_: unknown, r: CatalogRule) => conditionText(r),
    },
    {
      title: t('review.catalog.source'),
      key: 'source',
      width: 280,
      render: (_: unknown, r: CatalogRule) => (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {r.source}
        </Typography.Text>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_: unknown, r: CatalogRule) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ rule: r })}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('review.catalog.removeConfirm', { text: r.text })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => setDraft(rules.filter((x) => x.id !== r.id))}
          >
            <Button type="link" size="small" danger>
              {t('review.catalog.remove')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const current = catalog.data;
  return (
    <PageContainer
      title={t('review.catalog.title')}
      extra={
        <Space wrap>
          <Button icon={<PlusOutlined />} onClick={() => setDialog({})} disabled={!current}>
            {t('review.catalog.add')}
          </Button>
          <Popconfirm
            title={t('review.catalog.publishConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => publish.mutate(rules)}
            disabled={draft === null || rules.length === 0}
          >
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              loading={publish.isPending}
              disabled={draft === null || rules.length === 0}
            >
              {t('review.catalog.publish')}
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Card>
        {catalog.isError && <QueryError error={catalog.error} onRetry={() => void catalog.refetch()} />}
        {current && (
          <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
            <Typography.Text strong>{t('review.catalog.current')}</Typography.Text>
            <Tag color="blue">
              {current.version > 0
                ? t('review.catalog.version', { version: current.version })
                : t('review.catalog.defaultVersion')}
            </Tag>
            <Typography.Text>
              {t('review.catalog.effective', { date: formatDate(current.effectiveFrom) })}
            </Typography.Text>
            {current.publishedAt && (
              <Typography.Text type="secondary">
                {t('review.catalog.publishedAt', { at: formatDateTime(current.publishedAt) })}
              </Typography.Text>
            )}
          </Flex>
        )}
        {draft !== null && (
          <Alert
            type="warning"
            showIcon
            title={t('review.catalog.dirty')}
            style={{ marginBottom: 12 }}
            action={
              <Button size="small" onClick={() => setDraft(null)}>
                {t('review.catalog.discard')}
              </Button>
            }
          />
        )}
        <Table<CatalogRule>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rules}
          loading={catalog.isFetching}
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.catalog.empty')} />,
          }}
        />
      </Card>
      {dialog && <CatalogRuleModal rule={dialog.rule} onSave={save} onClose={() => setDialog(null)} />}
    </PageContainer>
  );
}
