import { Alert, Descriptions, Typography } from 'antd';
import type { ReviewDraft } from '../../../api/types.js';
import { circumstanceLabel, outcomeLabel, penaltiesText } from '../../../components/reviewLabels.js';
import { formatDate } from '../../../format.js';
import { t } from '../../../i18n/index.js';

const Paragraph = ({ text }: { text: string | undefined }) => (
  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, overflowWrap: 'anywhere' }}>
    {text?.trim() ? text : t('common.none')}
  </Typography.Paragraph>
);

/** The decision a round submitted for review: outcome, penalties, facts, basis, discretion, circumstances. */
export function DraftView({ draft }: { draft: ReviewDraft }) {
  const discretion = draft.discretion;
  const missingDiscretion =
    draft.outcome === 'penalty' && (!discretion?.standard.trim() || !discretion.reason.trim());
  const circumstances = draft.circumstances ?? [];
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 120 } }}
        items={[
          { key: 'outcome', label: t('review.page.outcome'), children: outcomeLabel(draft.outcome) },
          ...(draft.outcome === 'penalty'
            ? [
                {
                  key: 'penalties',
                  label: t('review.page.penalties'),
                  children: <Typography.Text strong>{penaltiesText(draft.penalties)}</Typography.Text>,
                },
              ]
            : []),
          { key: 'facts', label: t('review.page.facts'), children: <Paragraph text={draft.facts} /> },
          { key: 'basis', label: t('review.page.basis'), children: <Paragraph text={draft.basis} /> },
          ...(discretion
            ? [
                {
                  key: 'standard',
                  label: t('review.page.discretionStandard'),
                  children: <Paragraph text={discretion.standard} />,
                },
                {
                  key: 'reason',
                  label: t('review.page.discretionReason'),
                  children: <Paragraph text={discretion.reason} />,
                },
              ]
            : []),
          ...(circumstances.length > 0
            ? [
                {
                  key: 'circumstances',
                  label: t('review.page.circumstances'),
                  children: (
                    <ul className="plain-list">
                      {circumstances.map((c) => (
                        <li key={c.code}>
                          {t('review.page.circumstanceReason', {
                            label: circumstanceLabel(c.code),
                            reason: c.reason,
                          })}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
          { key: 'summary', label: t('review.page.summary'), children: draft.summary ?? t('common.none') },
          {
            key: 'documentNumber',
            label: t('review.page.documentNumber'),
            children: draft.documentNumber ?? t('common.none'),
          },
          { key: 'decidedOn', label: t('review.page.decidedOn'), children: formatDate(draft.decidedOn) },
        ]}
      />
      {missingDiscretion && (
        <Alert type="warning" showIcon title={t('review.page.discretionMissing')} style={{ marginTop: 12 }} />
      )}
    </>
  );
}
