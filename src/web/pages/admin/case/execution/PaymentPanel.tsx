import { useState } from 'react';
import {
  Button,
  Descriptions,
  Empty,
  Flex,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { executionApi } from '../../../../api/execution.js';
import type {
  ApprovalRequest,
  CaseView,
  ExecutionView,
  Instalment,
  PaymentEntry,
  PaymentSummary,
} from '../../../../api/types.js';
import { approvalKindLabel } from '../../../../components/caseLabels.js';
import { DateActionButton } from '../../../../components/DateActionButton.js';
import { paymentMethodLabel } from '../../../../components/executionLabels.js';
import { DeadlineCountdown, STATUS_COLORS } from '../../../../components/StatusTag.js';
import { formatDate, formatMoney, todayInChina } from '../../../../format.js';
import { t, tOptional } from '../../../../i18n/index.js';
import { useExecutionDone, type ExecutionAbilities } from './executionQueries.js';
import { PaymentModal } from './PaymentModal.js';
import { PlanRequestModal } from './PlanRequestModal.js';
import { EmptyLine, Section } from './Section.js';

function HandInCell({ caseId, p, can }: { caseId: string; p: PaymentEntry; can: ExecutionAbilities }) {
  const done = useExecutionDone(caseId);
  if (p.handedInOn) {
    return <Tag color={STATUS_COLORS.done}>{t('execution.payment.handedIn', { date: p.handedInOn })}</Tag>;
  }
  if (p.handInDue === null) return null;
  const late = todayInChina() > p.handInDue;
  return (
    <Flex vertical gap={2} align="flex-start">
      <Tag color={late ? STATUS_COLORS.overdue : STATUS_COLORS.pending}>
        {t('execution.payment.handInDue', { date: p.handInDue })}
      </Tag>
      {can.open && (
        <DateActionButton
          label={t('execution.payment.handInAction')}
          title={t('execution.payment.handInTitle')}
          dateLabel={t('execution.payment.handedInOn')}
          notBefore={p.paidOn}
          submit={(date) => executionApi.handIn(caseId, p.id, date)}
          onDone={() => done(t('execution.payment.handInDone'))}
        />
      )}
    </Flex>
  );
}

function paymentColumns(
  caseId: string,
  can: ExecutionAbilities,
  onsite: boolean,
): TableColumnsType<PaymentEntry> {
  return [
    {
      title: t('execution.payment.paidOn'),
      dataIndex: 'paidOn',
      key: 'paidOn',
      width: 110,
      render: formatDate,
    },
    {
      title: t('execution.payment.paidAmount'),
      key: 'amount',
      width: 150,
      render: (_: unknown, p: PaymentEntry) =>
        p.amount === null ? (
          <Tooltip title={t('execution.payment.assumedFull')}>
            <span>{formatMoney(p.principal)}</span>
          </Tooltip>
        ) : (
          formatMoney(p.amount)
        ),
    },
    {
      title: t('execution.payment.lateFeeColumn'),
      dataIndex: 'lateFee',
      key: 'lateFee',
      width: 120,
      render: (v: number) => (v > 0 ? formatMoney(v) : t('common.none')),
    },
    {
      title: t('execution.payment.receiptNumber'),
      key: 'receipt',
      width: 160,
      render: (_: unknown, p: PaymentEntry) => (
        <Space size={4} wrap>
          <span>{p.receiptNumber ?? t('common.none')}</span>
          {p.source === 'record' && <Tag>{t('execution.payment.fromRecord')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('execution.payment.method'),
      key: 'method',
      render: (_: unknown, p: PaymentEntry) => (
        <>
          <div>{paymentMethodLabel(p.method)}</div>
          {p.onsiteGround && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {tOptional(`execution.payment.onsiteGrounds.${p.onsiteGround}`, p.onsiteGround)}
            </Typography.Text>
          )}
        </>
      ),
    },
    ...(onsite
      ? [
          {
            title: t('execution.payment.handIn'),
            key: 'handIn',
            width: 200,
            render: (_: unknown, p: PaymentEntry) => <HandInCell caseId={caseId} p={p} can={can} />,
          },
        ]
      : []),
  ];
}

function instalmentState(i: Instalment): 'paid' | 'partial' | 'open' | 'overdue' {
  if (i.paid >= i.amount) return 'paid';
  if (i.overdue) return 'overdue';
  return i.paid > 0 ? 'partial' : 'open';
}

const STATE_COLORS = {
  paid: STATUS_COLORS.done,
  partial: STATUS_COLORS.warning,
  open: STATUS_COLORS.pending,
  overdue: STATUS_COLORS.overdue,
} as const;

function InstalmentTable({ items }: { items: readonly Instalment[] }) {
  const columns: TableColumnsType<Instalment & { n: number }> = [
    {
      title: t('execution.payment.instalmentNo'),
      dataIndex: 'n',
      key: 'n',
      width: 90,
      render: (n: number) => t('execution.payment.instalmentN', { n }),
    },
    { title: t('execution.payment.instalmentDue'), dataIndex: 'dueOn', key: 'dueOn', width: 120 },
    {
      title: t('execution.payment.instalmentAmount'),
      dataIndex: 'amount',
      key: 'amount',
      render: (v: number) => formatMoney(v),
    },
    {
      title: t('execution.payment.instalmentPaid'),
      dataIndex: 'paid',
      key: 'paid',
      render: (v: number) => formatMoney(v),
    },
    {
      title: t('execution.payment.instalmentState'),
      key: 'state',
      width: 110,
      render: (_: unknown, i: Instalment) => {
        const state = instalmentState(i);
        return <Tag color={STATE_COLORS[state]}>{t(`execution.payment.instalmentStates.${state}`)}</Tag>;
      },
    },
  ];
  return (
    <Table
      rowKey="dueOn"
      size="small"
      columns={columns}
      dataSource={items.map((i, n) => ({ ...i, n: n + 1 }))}
      pagination={false}
      scroll={{ x: 560 }}
    />
  );
}

function Figures({ c, p }: { c: CaseView; p: PaymentSummary }) {
  const deadline = c.deadlines.find((d) => d.kind === 'payment');
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        {
          key: 'amount',
          label: t('execution.payment.amount'),
          children: (
            <>
              <div>{formatMoney(p.amount)}</div>
              {p.fine > 0 && p.fine !== p.amount && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('execution.payment.fineOf', { fine: formatMoney(p.fine) })}
                </Typography.Text>
              )}
            </>
          ),
        },
        { key: 'paid', label: t('execution.payment.paid'), children: formatMoney(p.paid) },
        {
          key: 'unpaid',
          label: t('execution.payment.unpaid'),
          children: (
            <Flex gap={6} wrap align="center">
              <Typography.Text strong>{formatMoney(p.unpaid)}</Typography.Text>
              {p.overdue > 0 && (
                <Tag color={STATUS_COLORS.overdue}>
                  {t('execution.payment.overdue', { amount: formatMoney(p.overdue) })}
                </Tag>
              )}
            </Flex>
          ),
        },
        {
          key: 'dueOn',
          label: t('execution.payment.dueOn'),
          children: p.dueOn ? (
            <Flex gap={6} wrap align="center">
              <span>{formatDate(p.dueOn)}</span>
              {deadline && p.unpaid > 0 && <DeadlineCountdown deadline={deadline} today={todayInChina()} />}
              {p.plan && <Tag color={STATUS_COLORS.done}>{t(`execution.payment.plans.${p.plan}`)}</Tag>}
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('execution.payment.dueNotYet')}</Typography.Text>
          ),
        },
        {
          key: 'lateFee',
          label: t('execution.payment.lateFee'),
          children:
            p.lateFee > 0 ? (
              <Flex gap={6} wrap align="center">
                <span>
                  {t('execution.payment.lateFeeText', {
                    amount: formatMoney(p.lateFee),
                    days: p.lateFeeDays,
                  })}
                </span>
                {p.lateFeeCapped && (
                  <Tooltip title={t('execution.payment.lateFeeCappedTip')}>
                    <Tag color={STATUS_COLORS.warning}>{t('execution.payment.lateFeeCapped')}</Tag>
                  </Tooltip>
                )}
              </Flex>
            ) : (
              t('common.none')
            ),
        },
        ...(p.lateFeePaid > 0
          ? [
              {
                key: 'lateFeePaid',
                label: t('execution.payment.lateFeePaid'),
                children: formatMoney(p.lateFeePaid),
              },
            ]
          : []),
      ]}
    />
  );
}

type Dialog = 'payment' | 'payment_deferral' | 'payment_instalments' | null;

interface Props {
  c: CaseView;
  x: ExecutionView;
  can: ExecutionAbilities;
  approvals: readonly ApprovalRequest[];
}

function PaymentDetails({ c, x, can, approvals, p }: Props & { p: PaymentSummary }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const pendingPlan = approvals.find(
    (a) => a.status === 'pending' && (a.kind === 'payment_deferral' || a.kind === 'payment_instalments'),
  );
  const owing = can.executing && p.unpaid > 0;
  const planAllowed = owing && x.courtApplication === null && pendingPlan === undefined;
  const onsite = p.payments.some((q) => q.method === 'onsite');
  const actions = owing && (
    <Space wrap size={8}>
      {planAllowed && (
        <>
          {/* A deferral moves a due date: only once the decision was served. */}
          {p.dueOn !== null && (
            <Button size="small" onClick={() => setDialog('payment_deferral')}>
              {t('execution.payment.requestDeferral')}
            </Button>
          )}
          <Button size="small" onClick={() => setDialog('payment_instalments')}>
            {t('execution.payment.requestInstalments')}
          </Button>
        </>
      )}
      <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setDialog('payment')}>
        {t('execution.payment.add')}
      </Button>
    </Space>
  );
  return (
    <Section title={t('execution.payment.title')} className="payment-card" extra={actions}>
      <Flex vertical gap={12}>
        {pendingPlan && (
          <Tag color={STATUS_COLORS.pending} style={{ alignSelf: 'flex-start' }}>
            {t('execution.payment.pending', { kind: approvalKindLabel(pendingPlan.kind) })}
          </Tag>
        )}
        <Figures c={c} p={p} />
        {p.plan === 'instalments' && <InstalmentTable items={p.instalments} />}
        <Table<PaymentEntry>
          rowKey="id"
          size="small"
          columns={paymentColumns(c.id, can, onsite)}
          dataSource={p.payments}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('execution.payment.empty')} />
            ),
          }}
        />
      </Flex>
      {dialog === 'payment' && <PaymentModal c={c} x={x} p={p} onClose={() => setDialog(null)} />}
      {(dialog === 'payment_deferral' || dialog === 'payment_instalments') && (
        <PlanRequestModal caseId={c.id} kind={dialog} p={p} onClose={() => setDialog(null)} />
      )}
    </Section>
  );
}

/** 罚没款缴纳: what is owed, paid and overdue with the late fee as of today, the payments and the plan. */
export function PaymentPanel(props: Props) {
  const p = props.x.payment;
  if (!p) {
    return (
      <Section title={t('execution.payment.title')} className="payment-card">
        <EmptyLine text={t('execution.payment.none')} />
      </Section>
    );
  }
  return <PaymentDetails {...props} p={p} />;
}
