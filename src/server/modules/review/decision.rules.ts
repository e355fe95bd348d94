import type { IsoDate, WorkingCalendar } from '../../platform/calendar/calendar.rules.js';
import { noticeWindow, type PartyType } from './procedure.rules.js';
import {
  classify,
  heavierThanNotice,
  reviewPassed,
  substanceHash,
  type CatalogRule,
  type DecisionSubstance,
  type Penalty,
} from './review.rules.js';

/**
 * The decision gate (docs/domain-rules.md §3, §4, §4b): pure, over a snapshot of the case that the
 * service reads inside the transaction that writes the decision (as `cases/blockers.rules.ts` does
 * for the stages).
 */

/** What stops a decision; each is also an error code (src/shared/error-codes.ts). */
export type DecisionBlockerCode =
  | 'LEGAL_REVIEW_REQUIRED'
  | 'COLLECTIVE_DISCUSSION_REQUIRED'
  | 'PRIOR_NOTICE_REQUIRED'
  | 'NOTICE_EXCEEDED'
  | 'STATEMENT_WINDOW_OPEN'
  | 'HEARING_PENDING';

export type DecisionBlocker = { code: DecisionBlockerCode; missing: string[] };

/** The facts of a case the gate decides on. */
export type DecisionSnapshot = {
  partyType: PartyType;
  /** The rules of the catalog version in force. */
  catalog: readonly CatalogRule[];
  /** The types of the case's records (any version). */
  recordTypes: ReadonlySet<string>;
  /** The review rounds: the substance each approved or not, and the circumstances flagged with it. */
  reviews: readonly { id: string; status: string; substanceHash: string; circumstances: readonly string[] }[];
  disputes: readonly { reviewId: string; decision: string | null }[];
  /** The latest prior notice (the one made last): its date, hearing right and proposed penalties. */
  notice: { issuedOn: IsoDate; hearingRight: boolean; penalties: readonly Penalty[] } | null;
  /** Working days around the notice (the statement and hearing request window). */
  calendar: WorkingCalendar;
};

/** The draft decision: its substance, and circumstances the caller flags beyond the reviews' (the check). */
export type DecisionDraft = DecisionSubstance & { circumstances?: readonly string[] | undefined };

export type DecisionGate = {
  blockers: DecisionBlocker[];
  /** Whether the draft is a major decision (it matches a catalog rule). */
  major: boolean;
  matched: CatalogRule[];
  /** The passed review of the same substance, when there is one. */
  approvedReviewId: string | null;
};

/** The last day of the statement (and, with the hearing right, hearing request) window after a notice. */
export function noticeWindowEnds(
  calendar: WorkingCalendar,
  notice: { issuedOn: IsoDate; hearingRight: boolean },
): IsoDate {
  return calendar.due(notice.issuedOn, noticeWindow(notice.hearingRight)).due;
}

/** What stops this decision today: every blocker, in the order the API reports them. */
export function decisionBlockers(s: DecisionSnapshot, draft: DecisionDraft, today: IsoDate): DecisionGate {
  const circumstances = [
    ...(draft.circumstances ?? []),
    ...(s.recordTypes.has('hearing_record') ? ['after_hearing'] : []),
    ...s.reviews.flatMap((r) => r.circumstances),
  ];
  const matched = classify(s.catalog, draft, s.partyType, circumstances);
  const major = matched.length > 0;
  const hash = substanceHash(draft);
  const passed = s.reviews.find(
    (r) =>
      r.substanceHash === hash &&
      reviewPassed(
        r,
        s.disputes.find((d) => d.reviewId === r.id),
      ),
  );
  const blockers: DecisionBlocker[] = [];
  if (major) {
    // a major decision needs a passed review of the same substance (domain-rules §3)
    if (!passed) blockers.push({ code: 'LEGAL_REVIEW_REQUIRED', missing: ['legal_review'] });
    // complex or major cases need 集体讨论 before the decision (APL Art. 57)
    if (!s.recordTypes.has('collective_discussion'))
      blockers.push({ code: 'COLLECTIVE_DISCUSSION_REQUIRED', missing: ['record:collective_discussion'] });
  }
  if (draft.outcome === 'penalty') {
    if (!s.notice) blockers.push({ code: 'PRIOR_NOTICE_REQUIRED', missing: ['record:prior_notice'] });
    else {
      // no heavier penalty than notified (APL Art. 45)
      const over = heavierThanNotice(draft.penalties, s.notice.penalties);
      if (over.length > 0) blockers.push({ code: 'NOTICE_EXCEEDED', missing: over });
      if (!s.recordTypes.has('statement_waiver')) {
        // 陈述申辩, and with hearing rights the hearing request, run after the notice (APL Art. 44-45, 64)
        const due = noticeWindowEnds(s.calendar, s.notice);
        if (today <= due) blockers.push({ code: 'STATEMENT_WINDOW_OPEN', missing: [`window_until:${due}`] });
      }
    }
    // no decision while a requested hearing is pending (domain-rules §4b)
    if (s.recordTypes.has('hearing_notice') && !s.recordTypes.has('hearing_record'))
      blockers.push({ code: 'HEARING_PENDING', missing: ['record:hearing_record'] });
  }
  return { blockers, major, matched, approvedReviewId: passed?.id ?? null };
}

/** The blocker a refused decision is reported under: a missing legal review first, else the first. */
export function refusal(blockers: readonly DecisionBlocker[]): DecisionBlocker | undefined {
  return blockers.find((b) => b.code === 'LEGAL_REVIEW_REQUIRED') ?? blockers[0];
}
