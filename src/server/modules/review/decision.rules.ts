import type { IsoDate, Period, WorkingCalendar } from '../../platform/calendar/calendar.rules.js';
import { noticeWindows, STATEMENT_WINDOW, type PartyType, type Waiver } from './procedure.rules.js';
import {
  classify,
  heavierThanNotice,
  reviewPassed,
  substanceDifferences,
  substanceHash,
  type CatalogRule,
  type DecisionSubstance,
  type Penalty,
} from './review.rules.js';
import type { SubstancePart } from '../../../shared/review-vocabulary.js';

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
  | 'PRIOR_NOTICE_NOT_SERVED'
  | 'STATEMENT_WINDOW_OPEN'
  | 'HEARING_PENDING'
  | 'DECISION_DATE_INVALID';

export type DecisionBlocker = { code: DecisionBlockerCode; missing: string[] };

/** The facts of a case the gate decides on. */
export type DecisionSnapshot = {
  partyType: PartyType;
  /** The rules of the catalog version in force. */
  catalog: readonly CatalogRule[];
  /** The types of the case's records (any version). */
  recordTypes: ReadonlySet<string>;
  /** The review rounds in order: the substance each approved or not, the circumstances flagged with it, when decided. */
  reviews: readonly {
    id: string;
    status: string;
    substanceHash: string;
    circumstances: readonly string[];
    /** The round's number and the substance of its draft, to say how a decision differs from it. */
    round?: number;
    substance?: DecisionSubstance | null;
    /** The place of the round's opinion (法制审核意见书) among the case's records, in the order made. */
    opinionOrder?: number | null;
  }[];
  /**
   * The 集体讨论 records (latest version of each): their place among the case's records, and which of
   * attendees, opinions and conclusion they lack. Absent: every `collective_discussion` counts.
   */
  discussions?: readonly { order: number; lacking: readonly string[] }[];
  disputes: readonly { reviewId: string; decision: string | null }[];
  /** The latest prior notice (the one made last) and the party's answer to it. */
  notice: NoticeSnapshot | null;
  /** The 陈述申辩 window (parameter `procedure.statementDays`); the default when absent. */
  statementWindow?: Period;
  /** Hearing requests not yet held (no hearing record after them) nor withdrawn: the dates received. */
  pendingHearingRequests?: readonly IsoDate[];
  /** The 立案 date: no decision before it. */
  filedOn?: IsoDate | null;
  /** Working days around the notice (the statement and hearing request window). */
  calendar: WorkingCalendar;
};

export type NoticeSnapshot = {
  issuedOn: IsoDate;
  hearingRight: boolean;
  penalties: readonly Penalty[];
  /**
   * The party's receipt of the notice (收到本告知书之日起): its service date, or the date a waiver
   * answering it says it was received; null while it is not served.
   */
  receivedOn: IsoDate | null;
  /** What a written waiver made after this notice gave up; null without one. */
  waived: Waiver | null;
};

/** The draft decision: its substance, and circumstances the caller flags beyond the reviews' (the check). */
export type DecisionDraft = DecisionSubstance & {
  /** The date the decision bears. */
  decidedOn: IsoDate;
  circumstances?: readonly string[] | undefined;
};

export type DecisionGate = {
  blockers: DecisionBlocker[];
  /** Whether the draft is a major decision (it matches a catalog rule). */
  major: boolean;
  matched: CatalogRule[];
  /** The passed review of the same substance, when there is one. */
  approvedReviewId: string | null;
  /**
   * When the latest round passed with another substance: that round and the parts in which the draft
   * differs from it (the refusal's `details.reason` `differs_from_approved`).
   */
  differsFrom: ApprovedDifference | null;
};

export type ApprovedDifference = { reviewId: string; round: number | null; parts: SubstancePart[] };

/**
 * The last day of the windows still running after the party received the notice (the statement
 * window, and with the hearing right the hearing request window, less what a waiver gave up); null
 * when there is nothing to wait for, or the notice has not been received (nothing runs yet).
 */
export function noticeWindowEnds(
  calendar: WorkingCalendar,
  notice: Pick<NoticeSnapshot, 'receivedOn' | 'hearingRight' | 'waived'>,
  statementWindow: Period = STATEMENT_WINDOW,
): IsoDate | null {
  const from = notice.receivedOn;
  if (from === null) return null;
  const ends = noticeWindows(notice, statementWindow).map((p) => calendar.due(from, p).due);
  return ends.sort().at(-1) ?? null;
}

/** The fields a 集体讨论 record must carry to count (APL Art. 57 para 2; domain-rules §4b). */
export const DISCUSSION_FIELDS = ['attendees', 'opinions', 'conclusion'] as const;

/**
 * What keeps the 集体讨论 from counting: none made (`record:collective_discussion`), the best one
 * lacking fields (`collective_discussion_incomplete:attendees,opinions`), or every complete one made
 * before the legal review passed (`collective_discussion_before_review`).
 */
export function discussionMissing(s: DecisionSnapshot, opinionOrder: number | null): string[] {
  if (!s.discussions)
    return s.recordTypes.has('collective_discussion') ? [] : ['record:collective_discussion'];
  if (s.discussions.length === 0) return ['record:collective_discussion'];
  const complete = s.discussions.filter((d) => d.lacking.length === 0);
  if (complete.length === 0) {
    const fewest = [...s.discussions].sort((a, b) => a.lacking.length - b.lacking.length)[0];
    return [`collective_discussion_incomplete:${fewest?.lacking.join(',') ?? ''}`];
  }
  if (opinionOrder !== null && !complete.some((d) => d.order > opinionOrder))
    return ['collective_discussion_before_review'];
  return [];
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
  const differsFrom = passed ? null : differenceFromApproved(s, draft);
  const blockers: DecisionBlocker[] = [];
  if (major) {
    // a major decision needs a passed review of the same substance (domain-rules §3); when the latest
    // round passed with other content, the blocker says in what the draft differs from it
    if (!passed)
      blockers.push({
        code: 'LEGAL_REVIEW_REQUIRED',
        missing: [
          differsFrom
            ? `differs_from_approved:${differsFrom.round ?? ''}:${differsFrom.parts.join(',')}`
            : 'legal_review',
        ],
      });
    // complex or major cases need 集体讨论 before the decision (APL Art. 57): one that records who
    // attended, each one's opinion and the conclusion, held after the legal review it discusses
    const discussed = discussionMissing(s, passed?.opinionOrder ?? null);
    if (discussed.length > 0) blockers.push({ code: 'COLLECTIVE_DISCUSSION_REQUIRED', missing: discussed });
  }
  // the decision date: not in the future, not before 立案 (APL Art. 54, 57; MEE-30 Art. 57 runs from 立案)
  if (draft.decidedOn > today)
    blockers.push({ code: 'DECISION_DATE_INVALID', missing: [`decided_on_after_today:${today}`] });
  if (s.filedOn && draft.decidedOn < s.filedOn)
    blockers.push({ code: 'DECISION_DATE_INVALID', missing: [`decided_on_before_filing:${s.filedOn}`] });
  if (draft.outcome === 'penalty') {
    if (!s.notice) blockers.push({ code: 'PRIOR_NOTICE_REQUIRED', missing: ['record:prior_notice'] });
    else {
      // no heavier penalty than notified (APL Art. 45)
      const over = heavierThanNotice(draft.penalties, s.notice.penalties);
      if (over.length > 0) blockers.push({ code: 'NOTICE_EXCEEDED', missing: over });
      // 陈述申辩, and with the hearing right the hearing request, run from the party's receipt of the
      // notice (APL Art. 44-45, 62, 64), unless waived in writing after it
      const running = noticeWindows(s.notice, s.statementWindow).length > 0;
      if (running && s.notice.receivedOn === null)
        blockers.push({ code: 'PRIOR_NOTICE_NOT_SERVED', missing: ['service:prior_notice'] });
      const due = noticeWindowEnds(s.calendar, s.notice, s.statementWindow);
      // the decision is made after the windows end: neither today nor its date inside them
      if (due !== null && (today <= due || draft.decidedOn <= due))
        blockers.push({ code: 'STATEMENT_WINDOW_OPEN', missing: [`window_until:${due}`] });
    }
    // no decision while a requested hearing is pending (APL Art. 64; domain-rules §4b)
    const pending = s.pendingHearingRequests ?? [];
    if (pending.length > 0)
      blockers.push({ code: 'HEARING_PENDING', missing: pending.map((on) => `hearing_request:${on}`) });
    else if (s.recordTypes.has('hearing_notice') && !s.recordTypes.has('hearing_record'))
      blockers.push({ code: 'HEARING_PENDING', missing: ['record:hearing_record'] });
  }
  return {
    blockers,
    major,
    matched,
    approvedReviewId: passed?.id ?? null,
    differsFrom: major && !passed ? differsFrom : null,
  };
}

/** The latest round, when it passed and its draft is known: how the draft differs from it. */
function differenceFromApproved(s: DecisionSnapshot, draft: DecisionDraft): ApprovedDifference | null {
  const latest = s.reviews.at(-1);
  if (!latest?.substance) return null;
  const dispute = s.disputes.find((d) => d.reviewId === latest.id);
  if (!reviewPassed(latest, dispute)) return null;
  const parts = substanceDifferences(draft, latest.substance);
  return parts.length > 0 ? { reviewId: latest.id, round: latest.round ?? null, parts } : null;
}

/** The blocker a refused decision is reported under: a missing legal review first, else the first. */
export function refusal(blockers: readonly DecisionBlocker[]): DecisionBlocker | undefined {
  return blockers.find((b) => b.code === 'LEGAL_REVIEW_REQUIRED') ?? blockers[0];
}
