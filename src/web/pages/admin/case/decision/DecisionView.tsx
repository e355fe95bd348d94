import { Descriptions, Typography } from 'antd';
import type { CaseDecision } from '../../../../api/types.js';
import { outcomeLabel, penaltiesText } from '../../../../components/reviewLabels.js';
import { formatDate, formatDateTime } from '../../../../format.js';
import { t } from '../../../../i18n/index.js';

/** The decision once made: number, outcome, penalties, facts, basis, whether it was major. */
export function DecisionView({ decision: d }: { decision: CaseDecision }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      styles={{ label: { width: 140 } }}
      items={[
        { key: 'documentNumber', label: t('review.decision.documentNumber'), children: d.documentNumber },
        { key: 'outcome', label: t('review.decision.outcome'), children: outcomeLabel(d.outcome) },
        ...(d.outcome === 'penalty'
          ? [
              {
                key: 'penalties',
                label: t('review.decision.penalties'),
                children: <Typography.Text strong>{penaltiesText(d.penalties)}</Typography.Text>,
              },
            ]
          : []),
        { key: 'summary', label: t('review.decision.summary'), children: d.summary },
        {
          key: 'facts',
          label: t('review.decision.facts'),
          children: <span className="pre-wrap">{d.facts}</span>,
        },
        {
          key: 'basis',
          label: t('review.decision.basis'),
          children: <span className="pre-wrap">{d.basis}</span>,
        },
        ...(d.discretion
          ? [
              {
                key: 'discretion',
                label: t('review.decision.discretion'),
                children: (
                  <>
                    <div className="pre-wrap">{d.discretion.standard}</div>
                    <div className="pre-wrap">{d.discretion.reason}</div>
                  </>
                ),
              },
            ]
          : []),
        { key: 'decidedOn', label: t('review.decision.decidedOn'), children: formatDate(d.decidedOn) },
        {
          key: 'major',
          label: t('review.decision.major'),
          children: d.major ? t('review.decision.majorYes') : t('review.decision.majorNo'),
        },
        { key: 'createdAt', label: t('review.decision.createdAt'), children: formatDateTime(d.createdAt) },
      ]}
    />
  );
}
