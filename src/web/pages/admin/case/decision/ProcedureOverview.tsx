import type { ReactNode } from 'react';
import { Button, Flex, Grid, Steps, Tag, Typography } from 'antd';
import { FileAddOutlined, SendOutlined } from '@ant-design/icons';
import type { CaseDecision, CaseRecord, DecisionProcedureState, LegalReview } from '../../../../api/types.js';
import { STATUS_COLORS } from '../../../../components/StatusTag.js';
import { formatDate } from '../../../../format.js';
import { t } from '../../../../i18n/index.js';

/** Records the steps offer to make (the existing record form, preset to the type). */
export const PROCEDURE_RECORDS = [
  'prior_notice',
  'statement_waiver',
  'statement_record',
  'hearing_request',
  'hearing_withdrawal',
  'hearing_notice',
  'hearing_record',
  'hearing_report',
  'collective_discussion',
] as const;
export type ProcedureRecord = (typeof PROCEDURE_RECORDS)[number];
/** What a step offers: a record to make, or the service of the prior notice. */
export type ProcedureAction = ProcedureRecord | 'serve_notice';

type StepStatus = 'wait' | 'process' | 'finish' | 'error';

interface StepState {
  key: string;
  title: string;
  done: boolean;
  error?: boolean;
  text: string;
  tags?: string[];
  actions: ProcedureAction[];
}

export interface ProcedureFacts {
  records: readonly CaseRecord[];
  reviews: readonly LegalReview[];
  decision: CaseDecision | null;
  /** Whether the draft is a major decision: from the last check or the latest round; null when unknown. */
  major: boolean | null;
  /** The party's side as the server computes it: the notice's receipt, the window's end, hearing requests. */
  procedure: DecisionProcedureState | null;
  /** Today, `YYYY-MM-DD`. */
  today: string;
}

function noticeStep(records: readonly CaseRecord[], p: DecisionProcedureState | null): StepState {
  const notice = records.filter((r) => r.type === 'prior_notice').at(-1);
  const base = { key: 'notice', title: t('review.procedure.notice'), actions: ['prior_notice' as const] };
  if (!notice) return { ...base, done: false, text: t('review.procedure.noticeNone') };
  const issuedOn =
    typeof notice.fields['issuedOn'] === 'string' ? notice.fields['issuedOn'] : notice.createdAt;
  const number = notice.documentNumber ?? p?.notice?.documentNumber;
  return {
    ...base,
    done: true,
    text: t('review.procedure.noticeDone', { date: formatDate(issuedOn) }),
    tags: [
      ...(number ? [number] : []),
      ...(notice.fields['hearingRight'] === true ? [t('review.procedure.noticeHearing')] : []),
    ],
  };
}

/**
 * 陈述申辩/听证: from the party's receipt of the notice (APL Art. 44-45, 62-64) — not served yet, the
 * window running to its end, a hearing requested, held or withdrawn, or the rights waived in writing.
 */
function statementStep(
  records: readonly CaseRecord[],
  noticed: boolean,
  p: DecisionProcedureState | null,
  today: string,
): StepState {
  const has = (type: string) => records.some((r) => r.type === type);
  const base = { key: 'statement', title: t('review.procedure.statement') };
  const n = p?.notice ?? null;
  if (has('hearing_record') && has('hearing_report'))
    return { ...base, done: true, text: t('review.procedure.hearingDone'), actions: [] };
  if (has('hearing_record'))
    return { ...base, done: false, text: t('review.procedure.hearingHeld'), actions: ['hearing_report'] };
  const requested = p?.pendingHearingRequests.at(-1);
  if (requested)
    return {
      ...base,
      done: false,
      text: t('review.procedure.hearingRequested', { date: formatDate(requested) }),
      actions: has('hearing_notice')
        ? ['hearing_record', 'hearing_withdrawal']
        : ['hearing_notice', 'hearing_withdrawal'],
    };
  if (!noticed || !n)
    return { ...base, done: false, text: t('review.procedure.statementWaiting'), actions: [] };
  if (n.waived && n.windowEnds === null && (n.waived.statement || n.receivedOn === null))
    return { ...base, done: true, text: t('review.procedure.waived'), actions: [] };
  if (n.receivedOn === null)
    return {
      ...base,
      done: false,
      error: false,
      text: t('review.procedure.noticeNotServed'),
      actions: ['serve_notice', 'statement_waiver'],
    };
  const received = t('review.procedure.noticeReceived', { date: formatDate(n.receivedOn) });
  if (n.windowEnds !== null && today <= n.windowEnds)
    return {
      ...base,
      done: false,
      text: `${received}；${t('review.procedure.windowRunning', { end: formatDate(n.windowEnds) })}`,
      tags: has('statement_record') ? [t('review.procedure.statementHeard')] : [],
      actions: [
        'statement_waiver',
        'statement_record',
        ...(n.hearingRight ? (['hearing_request'] as const) : []),
      ],
    };
  return {
    ...base,
    done: true,
    text: n.windowEnds
      ? `${received}；${t('review.procedure.windowEnded', { end: formatDate(n.windowEnds) })}`
      : received,
    actions: [],
  };
}

function reviewStep(reviews: readonly LegalReview[], major: boolean | null): StepState {
  const base = { key: 'review', title: t('review.procedure.review'), actions: [] };
  const latest = [...reviews].sort((a, b) => b.round - a.round)[0];
  if (!latest) {
    if (major === false) return { ...base, done: true, text: t('review.procedure.reviewNotNeeded') };
    return {
      ...base,
      done: false,
      text: major === null ? t('review.procedure.reviewUnknown') : t('review.procedure.reviewNone'),
    };
  }
  if (latest.status === 'pending')
    return {
      ...base,
      done: false,
      text: t('review.procedure.reviewPending', { due: formatDate(latest.due) }),
    };
  if (latest.passed)
    return { ...base, done: true, text: t('review.procedure.reviewPassed', { round: latest.round }) };
  const disputed = latest.dispute && latest.dispute.decision === null;
  return {
    ...base,
    done: false,
    error: true,
    text: disputed ? t('review.procedure.reviewDisputed') : t('review.procedure.reviewReturned'),
  };
}

/** The five steps before a penalty decision and where the case stands in each (pure). */
export function procedureSteps({
  records,
  reviews,
  decision,
  major,
  procedure,
  today,
}: ProcedureFacts): StepState[] {
  const notice = noticeStep(records, procedure);
  const discussed = records.some((r) => r.type === 'collective_discussion');
  return [
    notice,
    statementStep(records, notice.done, procedure, today),
    reviewStep(reviews, major),
    {
      key: 'discussion',
      title: t('review.procedure.discussion'),
      done: discussed,
      text: discussed
        ? t('review.procedure.discussionDone')
        : major === false
          ? t('review.procedure.discussionNotNeeded')
          : t('review.procedure.discussionNone'),
      actions: discussed ? [] : ['collective_discussion'],
    },
    {
      key: 'decision',
      title: t('review.procedure.decision'),
      done: decision !== null,
      text: decision
        ? t('review.procedure.decisionDone', { date: formatDate(decision.decidedOn) })
        : t('review.procedure.decisionNone'),
      actions: [],
    },
  ];
}

interface Props extends ProcedureFacts {
  /** Present when the user may make records now: opens the record form preset to the type. */
  onRecord?: (type: ProcedureRecord) => void;
  /** Present when the user may serve the notice now: opens the service form preset to it. */
  onServeNotice?: () => void;
}

/** 告知 → 陈述申辩/听证 → 法制审核 → 集体讨论 → 决定, each with its state and the records to make. */
export function ProcedureOverview({ onRecord, onServeNotice, ...facts }: Props) {
  const screens = Grid.useBreakpoint();
  const steps = procedureSteps(facts);
  const open = steps.findIndex((s) => !s.done);
  // Every step done: no step is current.
  const current = open < 0 ? steps.length : open;
  const statusOf = (s: StepState, i: number): StepStatus => {
    if (s.done) return 'finish';
    if (s.error) return 'error';
    return i === current ? 'process' : 'wait';
  };
  return (
    <Steps
      className="procedure-steps"
      current={current}
      aria-label={t('review.procedure.title')}
      // Titles beside the icons on wide screens, below them where five steps share less room.
      titlePlacement={screens.xl ? 'horizontal' : 'vertical'}
      responsive
      items={steps.map((s, i) => {
        const content: ReactNode = (
          <Flex vertical gap={4} align={screens.xl ? 'flex-start' : 'center'}>
            <Typography.Text type={s.error ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
              {s.text}
            </Typography.Text>
            {s.tags?.map((tag) => (
              <Tag key={tag} color={STATUS_COLORS.pending}>
                {tag}
              </Tag>
            ))}
            {s.actions.map((type) =>
              type === 'serve_notice'
                ? onServeNotice && (
                    <Button
                      key={type}
                      size="small"
                      type="primary"
                      ghost
                      icon={<SendOutlined />}
                      onClick={onServeNotice}
                    >
                      {t('review.procedure.serveNotice')}
                    </Button>
                  )
                : onRecord && (
                    <Button
                      key={type}
                      size="small"
                      type="dashed"
                      icon={<FileAddOutlined />}
                      onClick={() => onRecord(type)}
                    >
                      {t(`review.procedure.records.${type}`)}
                    </Button>
                  ),
            )}
          </Flex>
        );
        return { key: s.key, title: s.title, status: statusOf(s, i), content };
      })}
    />
  );
}
