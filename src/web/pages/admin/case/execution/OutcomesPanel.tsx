import { useState } from 'react';
import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { CaseOutcome, CaseView, ExecutionView } from '../../../../api/types.js';
import { outcomeKindLabel, outcomeResultLabel } from '../../../../components/executionLabels.js';
import { STATUS_COLORS } from '../../../../components/StatusTag.js';
import { formatDate, formatMoney } from '../../../../format.js';
import { t } from '../../../../i18n/index.js';
import type { ExecutionAbilities } from './executionQueries.js';
import { OutcomeModal } from './OutcomeModal.js';
import { EmptyLine, Section } from './Section.js';

const columns = (): TableColumnsType<CaseOutcome> => [
  {
    title: t('execution.outcome.kind'),
    key: 'kind',
    width: 150,
    render: (_: unknown, o: CaseOutcome) => (
      <Space size={4} wrap>
        <span>{outcomeKindLabel(o.kind)}</span>
        {o.supplementary && <Tag color={STATUS_COLORS.withdrawn}>{t('execution.outcome.supplementary')}</Tag>}
      </Space>
    ),
  },
  {
    title: t('execution.outcome.result'),
    dataIndex: 'result',
    key: 'result',
    width: 130,
    render: (r: string) => outcomeResultLabel(r),
  },
  {
    title: t('execution.outcome.body'),
    key: 'body',
    render: (_: unknown, o: CaseOutcome) => (
      <>
        <div>{o.body}</div>
        {o.documentNumber && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.documentNumber}
          </Typography.Text>
        )}
      </>
    ),
  },
  {
    title: t('execution.outcome.decidedOn'),
    dataIndex: 'decidedOn',
    key: 'decidedOn',
    width: 110,
    render: formatDate,
  },
  {
    title: t('execution.outcome.amountColumn'),
    dataIndex: 'amount',
    key: 'amount',
    width: 130,
    render: (a: number | null) => (a === null ? t('common.none') : formatMoney(a)),
  },
  {
    title: t('execution.outcome.summary'),
    dataIndex: 'summary',
    key: 'summary',
    render: (s: string | null) => s ?? t('common.none'),
  },
];

/** 行政复议、行政诉讼、法院执行 results: appended, never edited — also after archiving (补充归档). */
export function OutcomesPanel({ c, x, can }: { c: CaseView; x: ExecutionView; can: ExecutionAbilities }) {
  const [adding, setAdding] = useState(false);
  return (
    <Section
      title={t('execution.outcome.title')}
      className="outcome-card"
      extra={
        can.decided &&
        x.decision && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('execution.outcome.add')}
          </Button>
        )
      }
    >
      {x.outcomes.length === 0 ? (
        <EmptyLine text={t('execution.outcome.empty')} />
      ) : (
        <Table<CaseOutcome>
          rowKey="id"
          size="small"
          columns={columns()}
          dataSource={x.outcomes}
          pagination={false}
          scroll={{ x: 860 }}
        />
      )}
      {adding && <OutcomeModal c={c} x={x} onClose={() => setAdding(false)} />}
    </Section>
  );
}
