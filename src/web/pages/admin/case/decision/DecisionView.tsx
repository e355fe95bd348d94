import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Flex, Typography } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { recordsApi } from '../../../../api/cases.js';
import { decisionApi } from '../../../../api/review.js';
import type { CaseDecision, CaseRecord, CaseView } from '../../../../api/types.js';
import { ReasonModal } from '../../../../components/ReasonModal.js';
import { caseKey } from '../caseContext.js';
import { outcomeLabel, penaltiesText } from '../../../../components/reviewLabels.js';
import { formatDate, formatDateTime } from '../../../../format.js';
import { t } from '../../../../i18n/index.js';

/**
 * The 行政处罚决定书 generated from the decision: its latest version to download, and — for the case's
 * officers — generating it again with a reason (a new version).
 */
function DecisionDocument({
  c,
  records,
  canWrite,
}: {
  c: CaseView;
  records: CaseRecord[];
  canWrite: boolean;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [regenerating, setRegenerating] = useState(false);
  const latest = records.filter((r) => r.type === 'penalty_decision').at(-1);
  const canRegenerate = canWrite && c.stage !== 'archived';
  return (
    <Flex gap={8} align="center" wrap>
      {latest ? (
        <Button
          size="small"
          icon={<DownloadOutlined />}
          href={recordsApi.documentUrl(latest.id)}
          className="decision-document"
        >
          {t('review.decision.documentDownload', { version: latest.version })}
        </Button>
      ) : (
        <Typography.Text type="warning">{t('review.decision.documentMissing')}</Typography.Text>
      )}
      {canRegenerate && (
        <Button size="small" type="link" icon={<ReloadOutlined />} onClick={() => setRegenerating(true)}>
          {latest ? t('review.decision.documentRegenerate') : t('review.decision.documentGenerate')}
        </Button>
      )}
      {regenerating && (
        <ReasonModal
          title={t('review.decision.documentRegenerateTitle')}
          hint={t('review.decision.documentRegenerateHint')}
          label={t('review.decision.documentRegenerateReason')}
          maxLength={500}
          submit={(reason) => decisionApi.regenerateDocument(c.id, reason)}
          onDone={async (r) => {
            await queryClient.invalidateQueries({ queryKey: caseKey(c.id) });
            void message.success(t('review.decision.documentRegenerated', { version: r.version }));
          }}
          onClose={() => setRegenerating(false)}
        />
      )}
    </Flex>
  );
}

/** The decision once made: number, outcome, penalties, facts, basis, whether it was major, its document. */
export function DecisionView({
  c,
  decision: d,
  records,
  canWrite,
}: {
  c: CaseView;
  decision: CaseDecision;
  records: CaseRecord[];
  canWrite: boolean;
}) {
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
        ...(d.outcome === 'penalty'
          ? [
              {
                key: 'document',
                label: t('review.decision.document'),
                children: <DecisionDocument c={c} records={records} canWrite={canWrite} />,
              },
            ]
          : []),
      ]}
    />
  );
}
