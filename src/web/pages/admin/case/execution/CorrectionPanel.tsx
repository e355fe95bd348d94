import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { OrderStatus } from '../../../../../shared/execution-vocabulary.js';
import type { CaseView, CorrectionOrder, ExecutionView } from '../../../../api/types.js';
import { DeadlineCountdown, STATUS_COLORS } from '../../../../components/StatusTag.js';
import { formatMoney, todayInChina } from '../../../../format.js';
import { t } from '../../../../i18n/index.js';
import { DailyPenaltyModal, OrderModal, RecheckModal } from './CorrectionModals.js';
import type { ExecutionAbilities } from './executionQueries.js';
import { EmptyLine, Section } from './Section.js';

const STATUS_TAG: Record<OrderStatus, string> = {
  awaiting_recheck: STATUS_COLORS.pending,
  corrected: STATUS_COLORS.done,
  not_corrected: STATUS_COLORS.overdue,
};

type Dialog = { kind: 'add' } | { kind: 'recheck' | 'daily'; order: CorrectionOrder } | null;

function OrderCard({
  c,
  order: o,
  can,
  onAction,
}: {
  c: CaseView;
  order: CorrectionOrder;
  can: ExecutionAbilities;
  onAction: (dialog: Dialog) => void;
}) {
  const deadline = c.deadlines.find((d) => d.kind === `correction_recheck:${o.id}`);
  const last = o.rechecks.at(-1);
  const fined = o.dailyPenalties.at(-1);
  // A new 按日连续处罚 only for a refusal found after the last one's period.
  const dailyOpen = last?.result === 'not_corrected' && (!fined || fined.lastDay < last.recheckedOn);
  return (
    <Card
      size="small"
      className="correction-order"
      title={
        <Flex gap={8} wrap align="center">
          <span>{o.documentNumber}</span>
          <Tag color={STATUS_TAG[o.status]}>{t(`execution.correction.statuses.${o.status}`)}</Tag>
        </Flex>
      }
      extra={
        (can.active || can.decide) && (
          <Space size={0} wrap>
            {can.active && (
              <Button size="small" type="link" onClick={() => onAction({ kind: 'recheck', order: o })}>
                {t('execution.correction.recheck')}
              </Button>
            )}
            {dailyOpen && can.decide && (
              <Button size="small" type="link" onClick={() => onAction({ kind: 'daily', order: o })}>
                {t('execution.correction.addDaily')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'requirements',
            label: t('execution.correction.requirements'),
            span: 'filled',
            children: <span className="pre-wrap">{o.requirements}</span>,
          },
          {
            key: 'dates',
            label: t('execution.correction.datesLabel'),
            children: t('execution.correction.dates', {
              ordered: o.orderedOn,
              served: o.servedOn,
              due: o.dueOn,
            }),
          },
          {
            key: 'recheckDue',
            label: t('execution.correction.recheckDue'),
            children: (
              <Flex gap={6} wrap align="center">
                <span>{o.recheckDue}</span>
                {deadline && <DeadlineCountdown deadline={deadline} today={todayInChina()} />}
              </Flex>
            ),
          },
          ...(o.rechecks.length > 0
            ? [
                {
                  key: 'rechecks',
                  label: t('execution.correction.rechecks'),
                  span: 'filled' as const,
                  children: (
                    <ul className="plain-list">
                      {o.rechecks.map((r) => (
                        <li key={r.id}>
                          {t('execution.correction.recheckLine', {
                            date: r.recheckedOn,
                            result: t(`execution.correction.results.${r.result}`),
                          })}
                          <Typography.Text type="secondary">
                            {t('common.parenthesized', { text: r.note })}
                          </Typography.Text>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
          ...(o.dailyPenalties.length > 0
            ? [
                {
                  key: 'daily',
                  label: t('execution.correction.daily'),
                  span: 'filled' as const,
                  children: (
                    <ul className="plain-list">
                      {o.dailyPenalties.map((d) => (
                        <li key={d.id}>
                          {t('execution.correction.dailyLine', {
                            number: d.decisionNumber,
                            first: d.firstDay,
                            last: d.lastDay,
                            days: d.days,
                            amount: formatMoney(d.dailyAmount),
                            total: formatMoney(d.total),
                          })}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

/** 责令改正: each order with its due date, recheck period, rechecks and 按日连续处罚. */
export function CorrectionPanel({ c, x, can }: { c: CaseView; x: ExecutionView; can: ExecutionAbilities }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  return (
    <Section
      title={t('execution.correction.title')}
      className="correction-card"
      extra={
        can.active && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
            {t('execution.correction.add')}
          </Button>
        )
      }
    >
      {x.correctionOrders.length === 0 ? (
        <EmptyLine text={t('execution.correction.empty')} />
      ) : (
        <Flex vertical gap={12}>
          {x.correctionOrders.map((o) => (
            <OrderCard key={o.id} c={c} order={o} can={can} onAction={setDialog} />
          ))}
        </Flex>
      )}
      {dialog?.kind === 'add' && <OrderModal caseId={c.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'recheck' && (
        <RecheckModal caseId={c.id} order={dialog.order} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'daily' && (
        <DailyPenaltyModal caseId={c.id} order={dialog.order} onClose={() => setDialog(null)} />
      )}
    </Section>
  );
}
