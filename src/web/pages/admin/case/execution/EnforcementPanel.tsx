import { useState } from 'react';
import { Button, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import type { CaseView, ExecutionView } from '../../../../api/types.js';
import { STATUS_COLORS } from '../../../../components/StatusTag.js';
import { t } from '../../../../i18n/index.js';
import { CourtApplicationModal, DemandModal } from './EnforcementModals.js';
import type { ExecutionAbilities } from './executionQueries.js';
import { Section } from './Section.js';

type Status =
  | { key: 'paid' | 'notServed' | 'notDue' | 'overdue' | 'applied'; color: string }
  | { key: 'waiting' | 'remedyPeriod' | 'canApply' | 'tooLate'; color: string; date: string };

/** Where enforcement stands: paid, not yet due, 催告 and its 10 working days, the court window, applied. */
export function enforcementStatus(x: ExecutionView): Status | null {
  const p = x.payment;
  if (!p) return null;
  const today = x.asOf;
  const w = x.courtWindow;
  if (x.courtApplication) return { key: 'applied', color: STATUS_COLORS.done };
  if (p.unpaid === 0) return { key: 'paid', color: STATUS_COLORS.done };
  if (!x.decisionServedOn) return { key: 'notServed', color: STATUS_COLORS.inactive };
  if (p.overdue === 0) return { key: 'notDue', color: STATUS_COLORS.pending };
  if (!x.demand) return { key: 'overdue', color: STATUS_COLORS.overdue };
  if (today <= x.demand.waitEndsOn)
    return { key: 'waiting', color: STATUS_COLORS.pending, date: x.demand.waitEndsOn };
  if (w && today < w.opensOn)
    return { key: 'remedyPeriod', color: STATUS_COLORS.pending, date: w.remedyEndsOn };
  if (w && today > w.closesOn) return { key: 'tooLate', color: STATUS_COLORS.overdue, date: w.closesOn };
  return { key: 'canApply', color: STATUS_COLORS.warning, date: w?.closesOn ?? today };
}

/** 催告与申请强制执行: the status, the court window, the 催告 with its wait and the application. */
export function EnforcementPanel({ c, x, can }: { c: CaseView; x: ExecutionView; can: ExecutionAbilities }) {
  const [dialog, setDialog] = useState<'demand' | 'court' | null>(null);
  const status = enforcementStatus(x);
  const p = x.payment;
  if (!status || !p) return null;
  const w = x.courtWindow;
  const open = can.executing && p.unpaid > 0 && x.courtApplication === null;
  const text =
    'date' in status
      ? t(`execution.enforcement.statuses.${status.key}`, { date: status.date })
      : t(`execution.enforcement.statuses.${status.key}`);
  // Before service, or once everything is paid without a 催告, the status is all there is to say.
  const quiet =
    (p.unpaid === 0 || x.decisionServedOn === null) && x.demand === null && x.courtApplication === null;
  return (
    <Section
      title={t('execution.enforcement.title')}
      className="enforcement-card"
      extra={
        open && (
          <Space wrap size={8}>
            {x.demand === null && p.overdue > 0 && (
              <Button size="small" onClick={() => setDialog('demand')}>
                {t('execution.enforcement.addDemand')}
              </Button>
            )}
            {x.demand !== null && (
              <Button size="small" onClick={() => setDialog('court')}>
                {t('execution.enforcement.apply')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <Flex vertical gap={12}>
        <Tag color={status.color} style={{ alignSelf: 'flex-start' }}>
          {text}
        </Tag>
        {!quiet && (
          <Descriptions
            size="small"
            bordered
            column={1}
            styles={{ label: { width: 170 } }}
            items={[
              {
                key: 'window',
                label: t('execution.enforcement.window'),
                children: w ? (
                  <>
                    <div>
                      {t('execution.enforcement.windowText', { opens: w.opensOn, closes: w.closesOn })}
                    </div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('execution.enforcement.windowHint', { remedyEnds: w.remedyEndsOn })}
                    </Typography.Text>
                  </>
                ) : (
                  t('common.none')
                ),
              },
              {
                key: 'demand',
                label: t('execution.enforcement.demand'),
                children: x.demand ? (
                  <>
                    <div>
                      {t('execution.enforcement.demandLine', { date: x.demand.servedOn })}
                      {x.demand.documentNumber &&
                        t('common.parenthesized', { text: x.demand.documentNumber })}
                    </div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('execution.enforcement.demandWait', { date: x.demand.waitEndsOn })}
                    </Typography.Text>
                  </>
                ) : (
                  t('execution.enforcement.demandNone')
                ),
              },
              {
                key: 'court',
                label: t('execution.enforcement.court'),
                children: x.courtApplication ? (
                  <>
                    {t('execution.enforcement.courtLine', {
                      date: x.courtApplication.appliedOn,
                      court: x.courtApplication.court,
                    })}
                    {x.courtApplication.courtCaseNumber &&
                      t('common.parenthesized', { text: x.courtApplication.courtCaseNumber })}
                  </>
                ) : (
                  t('execution.enforcement.courtNone')
                ),
              },
            ]}
          />
        )}
      </Flex>
      {dialog === 'demand' && <DemandModal caseId={c.id} onClose={() => setDialog(null)} />}
      {dialog === 'court' && <CourtApplicationModal caseId={c.id} onClose={() => setDialog(null)} />}
    </Section>
  );
}
