import { useState } from 'react';
import { Button, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { SeizureStatus } from '../../../../../shared/execution-vocabulary.js';
import type { ApprovalRequest, CaseView, ExecutionView, Seizure } from '../../../../api/types.js';
import {
  liftReasonLabel,
  seizedItemLines,
  seizureMeasureLabel,
} from '../../../../components/executionLabels.js';
import { STATUS_COLORS } from '../../../../components/StatusTag.js';
import { formatDate } from '../../../../format.js';
import { t } from '../../../../i18n/index.js';
import { approvalKindLabel } from '../../../../components/caseLabels.js';
import type { ExecutionAbilities } from './executionQueries.js';
import { LiftModal, TestingModal, SeizureExtensionModal, SeizureModal } from './SeizureModals.js';
import { EmptyLine, Section } from './Section.js';

const STATUS_TAG: Record<SeizureStatus, string> = {
  in_force: STATUS_COLORS.pending,
  expired: STATUS_COLORS.overdue,
  lifted: STATUS_COLORS.done,
};

type Dialog = { kind: 'add' } | { kind: 'extend' | 'lift' | 'testing'; seizure: Seizure } | null;

/** 查封扣押: each measure with its term (30 days, one extension), its state and lifting. */
export function SeizuresPanel({
  c,
  x,
  can,
  approvals,
}: {
  c: CaseView;
  x: ExecutionView;
  can: ExecutionAbilities;
  approvals: readonly ApprovalRequest[];
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const pendingFor = (s: Seizure) =>
    approvals.some(
      (a) => a.status === 'pending' && a.kind === 'seizure_extension' && a.payload['seizureId'] === s.id,
    );
  const columns: TableColumnsType<Seizure> = [
    {
      title: t('execution.seizure.measure'),
      dataIndex: 'measure',
      key: 'measure',
      width: 70,
      render: (m: string) => seizureMeasureLabel(m),
    },
    {
      title: t('execution.seizure.items'),
      key: 'items',
      width: 240,
      render: (_: unknown, s: Seizure) => (
        <>
          {seizedItemLines(s.items).map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </>
      ),
    },
    { title: t('execution.seizure.decisionNumber'), dataIndex: 'decisionNumber', key: 'number', width: 170 },
    {
      title: t('execution.seizure.seizedOn'),
      dataIndex: 'seizedOn',
      key: 'seizedOn',
      width: 110,
      render: formatDate,
    },
    {
      title: t('execution.seizure.term'),
      key: 'term',
      width: 190,
      render: (_: unknown, s: Seizure) => (
        <>
          <div>
            {t('execution.seizure.termText', { days: s.periodDays + s.extensionDays, endsOn: s.endsOn })}
          </div>
          {s.extensionDays > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('execution.seizure.extended', { days: s.extensionDays })}
            </Typography.Text>
          )}
          {s.testings.map((p) => (
            <div key={p.id}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('execution.seizure.testingLine', {
                  kind: t(`execution.seizure.testingKinds.${p.kind}`),
                  from: p.startedOn,
                  to: p.endsOn,
                })}
              </Typography.Text>
            </div>
          ))}
        </>
      ),
    },
    {
      title: t('execution.seizure.status'),
      key: 'status',
      width: 200,
      render: (_: unknown, s: Seizure) => (
        <Flex vertical gap={2} align="flex-start">
          <Tag color={STATUS_TAG[s.status]}>{t(`execution.seizure.statuses.${s.status}`)}</Tag>
          {s.liftedOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('execution.seizure.liftedLine', { date: s.liftedOn, reason: liftReasonLabel(s.liftReason) })}
            </Typography.Text>
          )}
          {s.disposedLate && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t('execution.seizure.disposedLate')}
            </Typography.Text>
          )}
          {pendingFor(s) && (
            <Tag color={STATUS_COLORS.pending}>
              {t('execution.payment.pending', { kind: approvalKindLabel('seizure_extension') })}
            </Tag>
          )}
        </Flex>
      ),
    },
    ...(can.open
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 240,
            render: (_: unknown, s: Seizure) =>
              s.liftedOn === null ? (
                <Space size={0}>
                  {can.active && s.status === 'in_force' && s.extensionDays === 0 && !pendingFor(s) && (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setDialog({ kind: 'extend', seizure: s })}
                    >
                      {t('execution.seizure.extend')}
                    </Button>
                  )}
                  {can.active && s.status === 'in_force' && (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setDialog({ kind: 'testing', seizure: s })}
                    >
                      {t('execution.seizure.testing')}
                    </Button>
                  )}
                  <Button size="small" type="link" onClick={() => setDialog({ kind: 'lift', seizure: s })}>
                    {t('execution.seizure.lift')}
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Section
      title={t('execution.seizure.title')}
      className="seizure-card"
      extra={
        can.active && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
            {t('execution.seizure.add')}
          </Button>
        )
      }
    >
      {x.seizures.length === 0 ? (
        <EmptyLine text={t('execution.seizure.empty')} />
      ) : (
        <Table<Seizure>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={x.seizures}
          pagination={false}
          scroll={{ x: 1120 }}
        />
      )}
      {dialog?.kind === 'add' && <SeizureModal caseId={c.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'extend' && (
        <SeizureExtensionModal caseId={c.id} seizure={dialog.seizure} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'testing' && (
        <TestingModal caseId={c.id} seizure={dialog.seizure} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'lift' && (
        <LiftModal caseId={c.id} seizure={dialog.seizure} onClose={() => setDialog(null)} />
      )}
    </Section>
  );
}
