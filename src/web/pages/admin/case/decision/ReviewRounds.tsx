import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Collapse, Descriptions, Empty, Flex, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { reviewApi } from '../../../../api/review.js';
import type { CaseRecord, CaseView, LegalReview } from '../../../../api/types.js';
import { canAccess, useSession } from '../../../../auth/session.js';
import { ReasonModal } from '../../../../components/ReasonModal.js';
import { checklistEntries, checklistLabel, penaltiesText } from '../../../../components/reviewLabels.js';
import { ReviewDueTag, ReviewStatusTag } from '../../../../components/StatusTag.js';
import { formatDate, formatDateTime } from '../../../../format.js';
import { t } from '../../../../i18n/index.js';
import { DisputeView } from '../../review/DisputeView.js';
import { ChecklistView } from '../../review/OpinionView.js';
import { invalidateReview, useReviewDueSoon } from '../../review/reviewQueries.js';
import { useStaffNames } from '../caseContext.js';
import { CoordinationModal } from './CoordinationModal.js';

type Dialog = { kind: 'dispute' | 'extension' | 'coordination'; review: LegalReview } | null;

/** The reviewer's name as written into the 法制审核意见书 (for users who may not read the staff list). */
function opinionReviewer(r: LegalReview, records: readonly CaseRecord[]): string | undefined {
  const reviewer = records.find((x) => x.id === r.opinionRecordId)?.fields['reviewer'];
  return typeof reviewer === 'string' && reviewer.trim() ? reviewer : undefined;
}

function RoundCard({
  c,
  review: r,
  records,
  open,
  onAction,
}: {
  c: CaseView;
  review: LegalReview;
  records: readonly CaseRecord[];
  open: boolean;
  onAction: (dialog: Dialog) => void;
}) {
  const user = useSession();
  const nameOf = useStaffNames(c);
  const dueSoon = useReviewDueSoon();
  const problems = checklistEntries(r.checklist).filter((x) => x.entry?.ok === false);
  return (
    <Card
      size="small"
      className="review-round"
      title={
        <Flex gap={8} wrap align="center">
          <span>{t('review.roundN', { round: r.round })}</span>
          <ReviewStatusTag review={r} />
          <ReviewDueTag review={r} dueSoon={dueSoon(r)} />
        </Flex>
      }
      extra={
        <Space size={0} wrap>
          {open && r.abilities.dispute && (
            <Button type="link" size="small" onClick={() => onAction({ kind: 'dispute', review: r })}>
              {t('review.dispute.raise')}
            </Button>
          )}
          {open && r.abilities.extend && (
            <Button type="link" size="small" onClick={() => onAction({ kind: 'extension', review: r })}>
              {t('review.extension.action')}
            </Button>
          )}
          {open && r.abilities.coordinate && (
            <Button type="link" size="small" onClick={() => onAction({ kind: 'coordination', review: r })}>
              {t('review.dispute.coordinate')}
            </Button>
          )}
          {canAccess(user, 'reviews') && (
            <Link to={`/admin/reviews/${r.id}`} className="ant-btn-link-like">
              {t('review.queue.view')}
            </Link>
          )}
          {r.status !== 'pending' && (
            <Button
              type="link"
              size="small"
              icon={<DownloadOutlined />}
              href={reviewApi.opinionDocumentUrl(r.id)}
              download
            >
              {t('review.opinion.download')}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'submittedAt',
            label: t('review.rounds.submittedAt'),
            children: t('common.separated', { a: formatDateTime(r.submittedAt), b: nameOf(r.submittedBy) }),
          },
          { key: 'receivedOn', label: t('review.rounds.receivedOn'), children: formatDate(r.receivedOn) },
          { key: 'due', label: t('review.rounds.due'), children: formatDate(r.due) },
          ...(r.extensionReason
            ? [{ key: 'extension', label: t('review.rounds.extensionReason'), children: r.extensionReason }]
            : []),
          {
            key: 'penalties',
            label: t('review.rounds.penalties'),
            children: penaltiesText(r.draft.penalties),
          },
          {
            key: 'rules',
            label: t('review.rounds.rules'),
            children:
              r.matchedRules.length > 0 ? r.matchedRules.map((m) => m.text).join('；') : t('common.none'),
          },
          {
            key: 'reviewer',
            label: t('review.rounds.reviewer'),
            children: r.reviewerId
              ? t('common.separated', {
                  a: nameOf(r.reviewerId, opinionReviewer(r, records)),
                  b: formatDateTime(r.decidedAt),
                })
              : t('common.none'),
          },
        ]}
      />
      {r.opinion && (
        <div className="review-round__opinion">
          <Typography.Text type="secondary">
            {t('common.labelColon', { label: t('review.rounds.opinion') })}
          </Typography.Text>
          <span className="pre-wrap">{r.opinion}</span>
          {problems.length > 0 && (
            <ul className="plain-list" style={{ marginTop: 6 }}>
              {problems.map(({ key, entry }) => (
                <li key={key}>
                  {t('common.labelValue', {
                    label: checklistLabel(key),
                    value: entry?.note ?? t('review.checkProblem'),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {r.checklist && (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'checklist',
              label: t('review.rounds.checklist'),
              children: <ChecklistView checklist={r.checklist} />,
            },
          ]}
        />
      )}
      {r.dispute && (
        <div style={{ marginTop: 8 }}>
          <DisputeView dispute={r.dispute} nameOf={nameOf} />
        </div>
      )}
    </Card>
  );
}

/** The review rounds of the case, newest first, with the officer's dispute and the head's actions. */
export function ReviewRounds({
  c,
  reviews,
  records,
  open,
}: {
  c: CaseView;
  reviews: readonly LegalReview[];
  records: readonly CaseRecord[];
  /** The case still takes these actions (in 审核决定, no decision yet); who may act, the server says. */
  open: boolean;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <>
      {reviews.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.rounds.empty')} />
      ) : (
        <Flex vertical gap={12}>
          {[...reviews]
            .sort((a, b) => b.round - a.round)
            .map((r) => (
              <RoundCard key={r.id} c={c} review={r} records={records} open={open} onAction={setDialog} />
            ))}
        </Flex>
      )}
      {dialog?.kind === 'dispute' && (
        <ReasonModal
          title={t('review.dispute.raiseTitle')}
          hint={t('review.dispute.raiseHint')}
          label={t('review.dispute.position')}
          okText={t('review.dispute.raise')}
          submit={(position) => reviewApi.dispute(dialog.review.id, position)}
          onDone={async () => {
            await invalidateReview(queryClient, c.id, dialog.review.id);
            void message.success(t('review.dispute.raised'));
          }}
          onClose={close}
        />
      )}
      {dialog?.kind === 'extension' && (
        <ReasonModal
          title={t('review.extension.title', { round: dialog.review.round })}
          hint={t('review.extension.hint', { due: dialog.review.due })}
          label={t('review.extension.reason')}
          okText={t('review.extension.action')}
          submit={(reason) => reviewApi.extend(dialog.review.id, reason)}
          onDone={async ({ due }) => {
            await invalidateReview(queryClient, c.id, dialog.review.id);
            void message.success(t('review.extension.done', { due }));
          }}
          onClose={close}
        />
      )}
      {dialog?.kind === 'coordination' && <CoordinationModal review={dialog.review} onClose={close} />}
    </>
  );
}
