import type { ReactNode } from 'react';
import { Button, Flex, Grid, Steps, Tag, Typography } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import type { CaseDecision, CaseRecord, LegalReview } from '../../../../api/types.js';
import { STATUS_COLORS } from '../../../../components/StatusTag.js';
import { formatDate } from '../../../../format.js';
import { t } from '../../../../i18n/index.js';

/** Records the steps offer to make (the existing record form, preset to the type). */
export const PROCEDURE_RECORDS = [
  'prior_notice',
  'statement_waiver',
  'statement_record',
  'hearing_notice',
  'hearing_record',
  'hearing_report',
  'collective_discussion',
] as const;
export type ProcedureRecord = (typeof PROCEDURE_RECORDS)[number];

type StepStatus = 'wait' | 'process' | 'finish' | 'error';

interface StepState {
  key: string;
  title: string;
  done: boolean;
  error?: boolean;
  text: string;
  tags?: string[];
  actions: ProcedureRecord[];
}

export interface ProcedureFacts {
  records: readonly CaseRecord[];
  reviews: readonly LegalReview[];
  decision: CaseDecision | null;
  /** Whether the draft is a major decision: from the last check or the latest round; null when unknown. */
  major: boolean | null;
}

function noticeStep(records: readonly CaseRecord[]): StepState {
  const notice = records.filter((r) => r.type === 'prior_notice').at(-1);
  const base = { key: 'notice', title: t('review.procedure.notice'), actions: ['prior_notice' as const] };
  if (!notice) return { ...base, done: false, text: t('review.procedure.noticeNone') };
  const issuedOn =
    typeof notice.fields['issuedOn'] === 'string' ? notice.fields['issuedOn'] : notice.createdAt;
  return {
    ...base,
    done: true,
    text: t('review.procedure.noticeDone', { date: formatDate(issuedOn) }),
    tags: notice.fields['hearingRight'] === true ? [t('review.procedure.noticeHearing')] : [],
  };
}

function statementStep(records: readonly CaseRecord[], noticed: boolean): StepState {
  const has = (type: string) => records.some((r) => r.type === type);
  const base = { key: 'statement', title: t('review.procedure.statement') };
  if (has('statement_waiver'))
    return { ...base, done: true, text: t('review.procedure.waived'), actions: [] };
  if (has('hearing_record') && has('hearing_report'))
    return { ...base, done: true, text: t('review.procedure.hearingDone'), actions: [] };
  if (has('hearing_record'))
    return { ...base, done: false, text: t('review.procedure.hearingHeld'), actions: ['hearing_report'] };
  if (has('hearing_notice'))
    return { ...base, done: false, text: t('review.procedure.hearingPending'), actions: ['hearing_record'] };
  if (has('statement_record'))
    return { ...base, done: true, text: t('review.procedure.statementHeard'), actions: ['hearing_notice'] };
  return {
    ...base,
    done: false,
    text: t('review.procedure.statementWaiting'),
    actions: noticed ? ['statement_waiver', 'statement_record', 'hearing_notice'] : [],
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
export function procedureSteps({ records, reviews, decision, major }: ProcedureFacts): StepState[] {
  const notice = noticeStep(records);
  const discussed = records.some((r) => r.type === 'collective_discussion');
  return [
    notice,
    statementStep(records, notice.done),
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
}

/** 告知 → 陈述申辩/听证 → 法制审核 → 集体讨论 → 决定, each with its state and the records to make. */
export function ProcedureOverview({ onRecord, ...facts }: Props) {
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
            {onRecord &&
              s.actions.map((type) => (
                <Button
                  key={type}
                  size="small"
                  type="dashed"
                  icon={<FileAddOutlined />}
                  onClick={() => onRecord(type)}
                >
                  {t(`review.procedure.records.${type}`)}
                </Button>
              ))}
          </Flex>
        );
        return { key: s.key, title: s.title, status: statusOf(s, i), content };
      })}
    />
  );
}
