import { useState } from 'react';
import { Button, Empty, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { CaseView, ExecutionView, ServiceEntry } from '../../../../api/types.js';
import { serviceMethodLabel } from '../../../../components/executionLabels.js';
import { STATUS_COLORS } from '../../../../components/StatusTag.js';
import { formatDate, todayInChina } from '../../../../format.js';
import { t } from '../../../../i18n/index.js';
import { DeadlineLine } from '../DeadlinesPanel.js';
import { ConsentModal } from './ConsentModal.js';
import type { ExecutionAbilities } from './executionQueries.js';
import { Section } from './Section.js';
import { ServiceModal } from './ServiceModal.js';

const columns = (): TableColumnsType<ServiceEntry> => [
  {
    title: t('execution.service.document'),
    key: 'document',
    width: 200,
    render: (_: unknown, s: ServiceEntry) => (
      <>
        <div>{s.documentName}</div>
        {s.documentNumber && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.documentNumber}
          </Typography.Text>
        )}
      </>
    ),
  },
  {
    title: t('execution.service.method'),
    key: 'method',
    width: 150,
    render: (_: unknown, s: ServiceEntry) => (
      <Space size={4} wrap>
        <span>{serviceMethodLabel(s.method)}</span>
        {s.source === 'record' && <Tag>{t('execution.service.fromRecord')}</Tag>}
      </Space>
    ),
  },
  {
    title: t('execution.service.recipient'),
    dataIndex: 'recipient',
    key: 'recipient',
    width: 180,
    render: (r: string | null) => r ?? t('common.none'),
  },
  {
    title: t('execution.service.actDate'),
    key: 'actDate',
    width: 140,
    render: (_: unknown, s: ServiceEntry) =>
      s.announcedOn
        ? t('execution.service.announced', { date: s.announcedOn })
        : formatDate(s.receivedOn ?? s.servedOn),
  },
  {
    title: t('execution.service.servedDate'),
    key: 'servedOn',
    width: 170,
    render: (_: unknown, s: ServiceEntry) => (
      <Space size={4} wrap>
        <span>{formatDate(s.servedOn)}</span>
        {s.announcedOn && <Tag color={STATUS_COLORS.pending}>{t('execution.service.deemed')}</Tag>}
      </Space>
    ),
  },
];

/** 送达: the decision's service period, the e-service consent, each service, and the forms to add them. */
export function ServicePanel({ c, x, can }: { c: CaseView; x: ExecutionView; can: ExecutionAbilities }) {
  const [dialog, setDialog] = useState<'service' | 'consent' | null>(null);
  const deadline = c.deadlines.find((d) => d.kind === 'decision_service');
  return (
    <Section
      title={t('execution.service.title')}
      className="service-card"
      extra={
        can.open && (
          <Space wrap size={8}>
            <Button size="small" onClick={() => setDialog('consent')}>
              {t('execution.consent.add')}
            </Button>
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setDialog('service')}>
              {t('execution.service.add')}
            </Button>
          </Space>
        )
      }
    >
      <Flex vertical gap={12}>
        <Flex vertical gap={6}>
          {x.decisionServedOn ? (
            <Flex gap={8} wrap align="center">
              <Tag color={STATUS_COLORS.done}>
                {t('execution.service.servedOn', { date: x.decisionServedOn })}
              </Tag>
              {x.serviceLate && <Tag color={STATUS_COLORS.overdue}>{t('execution.service.late')}</Tag>}
            </Flex>
          ) : (
            x.decision && (
              <Tag color={STATUS_COLORS.pending} style={{ alignSelf: 'flex-start' }}>
                {t('execution.service.notServed')}
              </Tag>
            )
          )}
          {deadline ? (
            <DeadlineLine d={deadline} today={todayInChina()} />
          ) : (
            x.serviceDue && (
              <Typography.Text>{t('execution.service.dueText', { due: x.serviceDue })}</Typography.Text>
            )
          )}
          <Typography.Text type="secondary">
            {x.consent
              ? t('common.labelValue', {
                  label: t('execution.consent.title'),
                  value: t('execution.consent.line', {
                    date: x.consent.signedOn,
                    address: x.consent.address,
                  }),
                })
              : t('execution.consent.none')}
          </Typography.Text>
        </Flex>
        <Table<ServiceEntry>
          rowKey="id"
          size="small"
          columns={columns()}
          dataSource={x.service}
          pagination={false}
          scroll={{ x: 820 }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('execution.service.empty')} />
            ),
          }}
        />
      </Flex>
      {dialog === 'service' && <ServiceModal c={c} x={x} onClose={() => setDialog(null)} />}
      {dialog === 'consent' && <ConsentModal caseId={c.id} onClose={() => setDialog(null)} />}
    </Section>
  );
}
