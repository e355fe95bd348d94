import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Radio,
  Segmented,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useSearchParams } from 'react-router';
import {
  CORRECTION_RESULTS,
  CORRECTION_STATUSES,
  type CorrectionResult,
  type CorrectionStatus,
} from '../../../../shared/publicity-vocabulary.js';
import { correctionsApi } from '../../../api/publicity.js';
import type { CorrectionItem } from '../../../api/types.js';
import { canAccess, useSession } from '../../../auth/session.js';
import { FormModal } from '../../../components/FormModal.js';
import { PageContainer } from '../../../components/PageContainer.js';
import { QueryError } from '../../../components/QueryError.js';
import { STATUS_COLORS } from '../../../components/StatusTag.js';
import { formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { CORRECTIONS_KEY } from './publicityQueries.js';

type AnswerValues = { result: CorrectionResult; answer: string };

function AnswerModal({ item, onClose }: { item: CorrectionItem; onClose: () => void }) {
  const [form] = Form.useForm<AnswerValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return (
    <FormModal<AnswerValues, CorrectionItem>
      title={t('publicity.corrections.answerTitle', { code: item.trackingCode })}
      name="correctionAnswer"
      form={form}
      fields={['result', 'answer']}
      hint={t('publicity.corrections.answerHint')}
      okText={t('publicity.corrections.answer')}
      submit={(v) => correctionsApi.answer(item.id, { result: v.result, answer: v.answer.trim() })}
      onDone={async () => {
        await queryClient.invalidateQueries({ queryKey: CORRECTIONS_KEY });
        void message.success(t('publicity.corrections.answered'));
      }}
      onClose={onClose}
    >
      <Typography.Paragraph className="pre-wrap" style={{ background: '#fafbfc', padding: '8px 12px' }}>
        {item.content}
      </Typography.Paragraph>
      <Form.Item
        name="result"
        label={t('publicity.corrections.answerResult')}
        rules={[
          {
            required: true,
            message: t('common.requiredSelect', { field: t('publicity.corrections.answerResult') }),
          },
        ]}
      >
        <Radio.Group
          options={CORRECTION_RESULTS.map((r) => ({
            value: r,
            label: t(`publicity.correctionResults.${r}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="answer"
        label={t('publicity.corrections.answerText')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('publicity.corrections.answerText') }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}

function isStatus(v: string | null): v is CorrectionStatus {
  return v !== null && (CORRECTION_STATUSES as readonly string[]).includes(v);
}

/** 纠错申请 sent from the portal: read by the publicity staff, verified and answered by the 填报人. */
export function CorrectionsPage() {
  const user = useSession();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const [page, setPage] = useState(1);
  const [answering, setAnswering] = useState<CorrectionItem | null>(null);
  const canAnswer = canAccess(user, 'correctionAnswer');

  const list = useQuery({
    queryKey: [...CORRECTIONS_KEY, status, page],
    queryFn: ({ signal }) => correctionsApi.list({ status, page, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

  const columns: TableColumnsType<CorrectionItem> = [
    {
      title: t('publicity.corrections.trackingCode'),
      dataIndex: 'trackingCode',
      key: 'trackingCode',
      width: 140,
      render: (code: string) => <span className="mono">{code}</span>,
    },
    {
      title: t('publicity.corrections.item'),
      key: 'item',
      width: 200,
      render: (_: unknown, c: CorrectionItem) =>
        c.publicId ? (
          <a href={`/results/${c.publicId}`} target="_blank" rel="noopener">
            {c.publicTitle ?? c.publicId}
          </a>
        ) : (
          <Typography.Text type="secondary">{t('publicity.corrections.itemNone')}</Typography.Text>
        ),
    },
    {
      title: t('publicity.corrections.content'),
      dataIndex: 'content',
      key: 'content',
      render: (content: string) => <div className="pre-wrap">{content}</div>,
    },
    { title: t('publicity.corrections.contact'), dataIndex: 'contact', key: 'contact', width: 130 },
    {
      title: t('publicity.corrections.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 140,
      render: (at: string) => formatDateTime(at),
    },
    {
      title: t('publicity.corrections.status'),
      key: 'status',
      width: 240,
      render: (_: unknown, c: CorrectionItem) => (
        <div>
          <Tag color={c.status === 'answered' ? STATUS_COLORS.done : STATUS_COLORS.pending}>
            {t(`publicity.correctionStatuses.${c.status}`)}
          </Tag>
          {c.result && <Tag>{t(`publicity.correctionResults.${c.result}`)}</Tag>}
          {c.answer && <div className="pre-wrap">{c.answer}</div>}
          {c.answeredAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('publicity.corrections.answeredLine', {
                name: c.answeredBy ?? '',
                at: formatDateTime(c.answeredAt),
              })}
            </Typography.Text>
          )}
        </div>
      ),
    },
    ...(canAnswer
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 70,
            render: (_: unknown, c: CorrectionItem) =>
              c.status === 'received' ? (
                <Button type="link" size="small" onClick={() => setAnswering(c)}>
                  {t('publicity.corrections.answer')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <PageContainer title={t('publicity.corrections.title')}>
      <Card>
        <Segmented<CorrectionStatus | 'all'>
          value={status ?? 'all'}
          onChange={(v) => {
            setPage(1);
            setParams(v === 'all' ? new URLSearchParams() : new URLSearchParams({ status: v }), {
              replace: true,
            });
          }}
          options={[
            { value: 'all', label: t('publicity.corrections.all') },
            ...CORRECTION_STATUSES.map((s) => ({ value: s, label: t(`publicity.correctionStatuses.${s}`) })),
          ]}
          style={{ marginBottom: 16 }}
        />
        {!canAnswer && (
          <Typography.Paragraph type="secondary">{t('publicity.corrections.readOnly')}</Typography.Paragraph>
        )}
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<CorrectionItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1040 }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publicity.corrections.empty')} />
            ),
          }}
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.totalItems', { total }),
            onChange: setPage,
          }}
        />
      </Card>
      {answering && <AnswerModal item={answering} onClose={() => setAnswering(null)} />}
    </PageContainer>
  );
}
