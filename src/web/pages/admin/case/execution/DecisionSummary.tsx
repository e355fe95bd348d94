import { Descriptions, Flex, Tag, Typography } from 'antd';
import { summaryApi } from '../../../../api/execution.js';
import type { ExecutionView } from '../../../../api/types.js';
import { DateActionButton } from '../../../../components/DateActionButton.js';
import { outcomeLabel } from '../../../../components/reviewLabels.js';
import { STATUS_COLORS } from '../../../../components/StatusTag.js';
import { formatDate, formatDateTime } from '../../../../format.js';
import { t } from '../../../../i18n/index.js';
import { useExecutionDone, type ExecutionAbilities } from './executionQueries.js';

/** The decision being executed: number, date, outcome; for a summary decision its form, place and filing. */
export function DecisionSummary({
  caseId,
  x,
  can,
}: {
  caseId: string;
  x: ExecutionView;
  can: ExecutionAbilities;
}) {
  const done = useExecutionDone(caseId);
  const d = x.decision;
  if (!d) return <Typography.Text type="secondary">{t('execution.decision.none')}</Typography.Text>;
  const s = x.summaryDecision;
  return (
    <Descriptions
      size="small"
      column={1}
      styles={{ label: { width: 130 } }}
      items={[
        { key: 'number', label: t('execution.decision.documentNumber'), children: d.documentNumber },
        {
          key: 'outcome',
          label: t('execution.decision.procedure'),
          children: (
            <Flex gap={8} wrap align="center">
              <span>{t(`execution.decision.procedures.${d.source}`)}</span>
              <Tag>{outcomeLabel(d.outcome)}</Tag>
            </Flex>
          ),
        },
        s
          ? {
              key: 'decidedAt',
              label: t('execution.decision.decidedAt'),
              children: formatDateTime(s.decidedAt),
            }
          : { key: 'decidedOn', label: t('execution.decision.decidedOn'), children: formatDate(d.decidedOn) },
        ...(s
          ? [
              { key: 'location', label: t('execution.decision.location'), children: s.location },
              {
                key: 'filing',
                label: t('execution.decision.filing'),
                children: s.filedOn ? (
                  <Tag color={STATUS_COLORS.done}>{t('execution.decision.filedOn', { date: s.filedOn })}</Tag>
                ) : (
                  <Flex gap={8} wrap align="center">
                    <Tag color={STATUS_COLORS.pending}>{t('execution.decision.notFiled')}</Tag>
                    {can.open && (
                      <DateActionButton
                        label={t('execution.decision.file')}
                        title={t('execution.decision.fileTitle')}
                        dateLabel={t('execution.decision.filedDate')}
                        notBefore={d.decidedOn}
                        submit={(filedOn) => summaryApi.file(caseId, filedOn)}
                        onDone={() => done(t('execution.decision.filedDone'))}
                      />
                    )}
                  </Flex>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
