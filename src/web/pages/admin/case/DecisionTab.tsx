import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Form, Spin, Tag, Typography } from 'antd';
import { recordsApi } from '../../../api/cases.js';
import { isApiError } from '../../../api/client.js';
import { decisionApi, reviewApi } from '../../../api/review.js';
import type {
  CaseDecision,
  CaseRecord,
  CaseView,
  DecisionCheck,
  DecisionProcedureState,
  LegalReview,
} from '../../../api/types.js';
import { executionApi } from '../../../api/execution.js';
import { useRecordTemplates } from '../../../components/caseLabels.js';
import { QueryError } from '../../../components/QueryError.js';
import { t } from '../../../i18n/index.js';
import { caseDecisionKey, caseReviewsKey } from '../review/reviewQueries.js';
import { caseKey, type CasePermissions } from './caseContext.js';
import { DecisionView } from './decision/DecisionView.js';
import { DraftForm } from './decision/DraftForm.js';
import { fromDraft, noticeFieldsOf, type DraftValues } from './decision/draftForm.js';
import { ProcedureOverview, type ProcedureRecord } from './decision/ProcedureOverview.js';
import { ReviewRounds } from './decision/ReviewRounds.js';
import { RecordFormModal } from './RecordFormModal.js';
import { ServiceModal } from './execution/ServiceModal.js';
import dayjs from 'dayjs';

type RecordDialog = { type: ProcedureRecord; fields?: Record<string, unknown> } | null;

interface StageProps {
  c: CaseView;
  perms: CasePermissions;
  records: CaseRecord[];
  rounds: LegalReview[];
  decision: CaseDecision | null;
  procedure: DecisionProcedureState | null;
}

/** 送达告知书: the service form, preset to the latest notice (it needs the case's execution facts). */
function NoticeService({ c, recordId, onClose }: { c: CaseView; recordId: string; onClose: () => void }) {
  const x = useQuery({
    queryKey: [...caseKey(c.id), 'execution'],
    queryFn: ({ signal }) => executionApi.get(c.id, signal),
  });
  if (x.isError) return <QueryError error={x.error} onRetry={() => void x.refetch()} />;
  if (!x.data) return null;
  return <ServiceModal c={c} x={x.data} recordId={recordId} onClose={onClose} />;
}

function DecisionStage({ c, perms, records, rounds, decision, procedure }: StageProps) {
  const templates = useRecordTemplates();
  const [form] = Form.useForm<DraftValues>();
  // A check answers for the records and rounds it saw: a new record or round makes it void.
  const facts = `${records.length}|${rounds.map((r) => `${r.id}:${r.status}:${r.dispute?.decision ?? ''}`).join(',')}`;
  const [checked, setChecked] = useState<{ result: DecisionCheck; facts: string } | null>(null);
  const check = checked?.facts === facts ? checked.result : null;
  const [recordDialog, setRecordDialog] = useState<RecordDialog>(null);
  const [serving, setServing] = useState(false);
  const latest = [...rounds].sort((a, b) => b.round - a.round)[0];
  // The form starts once from the latest round's draft: a refetch never overwrites what is typed.
  const [start] = useState(() => ({ values: fromDraft(latest?.draft), round: latest?.round }));

  const inStage = c.stage === 'decision' && c.status === 'open';
  const major = check?.major ?? (latest ? latest.matchedRules.length > 0 : (decision?.major ?? null));
  const pending = rounds.find((r) => r.status === 'pending');
  const stagePerms = { write: perms.write && inStage, approve: perms.approve && inStage };
  const openRecord = (type: ProcedureRecord) =>
    setRecordDialog({
      type,
      fields:
        type === 'prior_notice'
          ? noticeFieldsOf(form.getFieldsValue(true) as DraftValues, check?.hearingRight)
          : undefined,
    });

  return (
    <Flex vertical gap={16}>
      {!inStage && (c.stage === 'initiated' || c.stage === 'investigation') && (
        <Alert type="info" showIcon title={t('review.procedure.notInStage')} />
      )}
      <Card type="inner" size="small" title={t('review.procedure.title')}>
        <ProcedureOverview
          records={records}
          reviews={rounds}
          decision={decision}
          major={major}
          procedure={procedure}
          today={dayjs().format('YYYY-MM-DD')}
          onRecord={stagePerms.write && templates.data && !decision ? openRecord : undefined}
          onServeNotice={
            stagePerms.write && !decision && procedure?.notice ? () => setServing(true) : undefined
          }
        />
      </Card>

      {decision ? (
        <Card type="inner" size="small" title={t('review.decision.title')} className="decision-card">
          <DecisionView c={c} decision={decision} records={records} canWrite={perms.write} />
        </Card>
      ) : (
        (stagePerms.write || stagePerms.approve) && (
          <Card
            type="inner"
            size="small"
            title={t('review.draft.title')}
            extra={start.round ? <Tag>{t('review.draft.fromRound', { round: start.round })}</Tag> : null}
          >
            <Typography.Paragraph type="secondary">{t('review.draft.hint')}</Typography.Paragraph>
            <DraftForm
              c={c}
              form={form}
              initialValues={start.values}
              perms={stagePerms}
              pending={pending}
              check={check}
              onCheck={(result) => setChecked(result ? { result, facts } : null)}
            />
          </Card>
        )
      )}

      <Card type="inner" size="small" title={t('review.rounds.title')}>
        <ReviewRounds c={c} reviews={rounds} records={records} open={!decision && inStage} />
      </Card>

      {serving && procedure?.notice && (
        <NoticeService c={c} recordId={procedure.notice.recordId} onClose={() => setServing(false)} />
      )}

      {recordDialog && templates.data && (
        <RecordFormModal
          c={c}
          templates={templates.data}
          presetType={recordDialog.type}
          presetFields={recordDialog.fields}
          onClose={() => setRecordDialog(null)}
        />
      )}
    </Flex>
  );
}

/** 审核决定: the procedure before the decision, the draft (check, review, decide), the review rounds. */
export function DecisionTab({ c, perms }: { c: CaseView; perms: CasePermissions }) {
  const records = useQuery({
    queryKey: [...caseKey(c.id), 'records'],
    queryFn: ({ signal }) => recordsApi.list(c.id, signal),
  });
  const reviews = useQuery({
    queryKey: caseReviewsKey(c.id),
    queryFn: ({ signal }) => reviewApi.ofCase(c.id, signal),
  });
  const procedure = useQuery({
    queryKey: [...caseKey(c.id), 'procedure'],
    queryFn: ({ signal }) => decisionApi.procedure(c.id, signal),
  });
  const decision = useQuery({
    queryKey: caseDecisionKey(c.id),
    queryFn: async ({ signal }) => {
      try {
        return await decisionApi.get(c.id, signal);
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });

  if (records.isError) return <QueryError error={records.error} onRetry={() => void records.refetch()} />;
  if (reviews.isError) return <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} />;
  if (decision.isError) return <QueryError error={decision.error} onRetry={() => void decision.refetch()} />;
  if (procedure.isError)
    return <QueryError error={procedure.error} onRetry={() => void procedure.refetch()} />;
  if (!records.data || !reviews.data || decision.data === undefined || !procedure.data) return <Spin />;
  return (
    <DecisionStage
      c={c}
      perms={perms}
      records={records.data.items}
      rounds={reviews.data.items}
      decision={decision.data}
      procedure={procedure.data}
    />
  );
}
