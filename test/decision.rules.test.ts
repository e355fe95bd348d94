import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  WorkingCalendar,
  type ScheduleFile,
  type YearSchedule,
} from '../src/server/platform/calendar/calendar.rules.js';
import {
  decisionBlockers,
  noticeWindowEnds,
  refusal,
  type DecisionDraft,
  type DecisionSnapshot,
  type NoticeSnapshot,
} from '../src/server/modules/review/decision.rules.js';
import {
  DEFAULT_CATALOG_RULES,
  substanceDifferences,
  substanceHash,
} from '../src/server/modules/review/review.rules.js';

/** The decision gate as a pure function over a snapshot (docs/domain-rules.md §3, §4, §4b). */

function shipped(year: number): YearSchedule {
  const file = JSON.parse(
    fs.readFileSync(path.join('data/holidays', `${year}.json`), 'utf8'),
  ) as ScheduleFile;
  return { year, days: new Map(file.days.map((d) => [d.date, { name: d.name, isOffDay: d.isOffDay }])) };
}
const calendar = new WorkingCalendar(new Map([[2026, shipped(2026)]]));

const TODAY = '2026-11-26';

const draft = (fine: number, extra: Partial<DecisionDraft> = {}): DecisionDraft => ({
  decidedOn: TODAY,
  outcome: 'penalty',
  penalties: [{ type: 'fine', amount: fine }],
  facts: '超标排放水污染物。',
  basis: '《中华人民共和国水污染防治法》第八十三条',
  ...extra,
});

/** A case with a notice proposing `fine`, issued on 2026-11-02, waived: nothing else. */
const snapshot = (fine: number, over: Partial<DecisionSnapshot> = {}): DecisionSnapshot => ({
  partyType: 'organization',
  catalog: DEFAULT_CATALOG_RULES,
  recordTypes: new Set(['prior_notice', 'statement_waiver']),
  reviews: [],
  disputes: [],
  notice: {
    issuedOn: '2026-11-02',
    hearingRight: false,
    penalties: [{ type: 'fine', amount: fine }],
    receivedOn: '2026-11-03',
    waived: { statement: true, hearing: true },
  },
  calendar,
  ...over,
});

/** The blocker codes of a decision dated `today` (unless the draft says otherwise). */
const codes = (s: DecisionSnapshot, d: DecisionDraft, today = TODAY) =>
  decisionBlockers(s, d.decidedOn === TODAY ? { ...d, decidedOn: today } : d, today).blockers.map(
    (b) => b.code,
  );
/** The snapshot's notice (every snapshot here has one). */
function noticeOf(s: DecisionSnapshot): NoticeSnapshot {
  if (!s.notice) throw new Error('no notice');
  return s.notice;
}
/** The blockers of a decision dated `today`. */
const blockersOn = (s: DecisionSnapshot, d: DecisionDraft, today: string) =>
  decisionBlockers(s, { ...d, decidedOn: today }, today).blockers;

describe('a minor decision', () => {
  it('passes after the notice and the waiver, without review or collective discussion', () => {
    expect(decisionBlockers(snapshot(1000), draft(1000), TODAY)).toEqual({
      blockers: [],
      major: false,
      matched: [],
      approvedReviewId: null,
      differsFrom: null,
    });
  });

  it('needs the prior notice, and no heavier penalty than notified (amounts and types)', () => {
    expect(decisionBlockers(snapshot(1000, { notice: null }), draft(1000), TODAY).blockers).toEqual([
      { code: 'PRIOR_NOTICE_REQUIRED', missing: ['record:prior_notice'] },
    ]);
    const heavier = draft(1500, {
      penalties: [
        { type: 'fine', amount: 1500 },
        { type: 'warning', amount: undefined },
      ],
    });
    expect(decisionBlockers(snapshot(1000), heavier, TODAY).blockers).toEqual([
      { code: 'NOTICE_EXCEEDED', missing: ['amount:fine', 'penalty:warning'] },
    ]);
    // the notified amount itself is not heavier
    expect(codes(snapshot(1000), draft(1000))).toEqual([]);
  });

  it('is not a penalty: no notice needed', () => {
    expect(codes(snapshot(0, { notice: null }), draft(0, { outcome: 'no_penalty', penalties: [] }))).toEqual(
      [],
    );
  });
});

describe('a major decision (catalog: 较大数额 from 100,000 元 for an organisation)', () => {
  const fine = 300000;
  const hash = substanceHash(draft(fine));
  const review = (id: string, status: string, substance = hash) => ({
    id,
    status,
    substanceHash: substance,
    circumstances: [],
  });
  const withDiscussion = new Set(['prior_notice', 'statement_waiver', 'collective_discussion']);

  it('needs a passed review of the same substance and the collective discussion', () => {
    const gate = decisionBlockers(snapshot(fine), draft(fine), TODAY);
    expect(gate.major).toBe(true);
    expect(gate.matched.map((r) => r.id)).toEqual(['large_amount']);
    expect(gate.blockers).toEqual([
      { code: 'LEGAL_REVIEW_REQUIRED', missing: ['legal_review'] },
      { code: 'COLLECTIVE_DISCUSSION_REQUIRED', missing: ['record:collective_discussion'] },
    ]);
    const passed = decisionBlockers(
      snapshot(fine, { recordTypes: withDiscussion, reviews: [review('r1', 'approved')] }),
      draft(fine),
      TODAY,
    );
    expect(passed).toMatchObject({ blockers: [], major: true, approvedReviewId: 'r1' });
  });

  it('does not count a review of another substance, a pending one, or a returned one upheld', () => {
    const other = substanceHash(draft(fine, { facts: '另一事实。' }));
    for (const reviews of [
      [review('r1', 'approved', other)],
      [review('r1', 'pending')],
      [review('r1', 'returned')],
    ]) {
      const s = snapshot(fine, {
        recordTypes: withDiscussion,
        reviews,
        disputes: [{ reviewId: 'r1', decision: 'uphold_opinion' }],
      });
      expect(codes(s, draft(fine))).toEqual(['LEGAL_REVIEW_REQUIRED']);
    }
    // the document number, summary and date are not the substance
    const s = snapshot(fine, { recordTypes: withDiscussion, reviews: [review('r1', 'approved')] });
    expect(codes(s, { ...draft(fine), facts: ' 超标排放水污染物。 ' })).toEqual([]);
  });

  it('names how a draft differs from the latest round when it passed with other content', () => {
    const approved = {
      ...review('r2', 'approved', substanceHash(draft(fine))),
      round: 2,
      substance: draft(fine),
    };
    const s = snapshot(fine, { recordTypes: withDiscussion, reviews: [approved] });
    const changed = draft(250000, { facts: '另一事实。' });
    const gate = decisionBlockers(s, changed, TODAY);
    expect(gate.differsFrom).toEqual({ reviewId: 'r2', round: 2, parts: ['amounts', 'facts'] });
    expect(gate.blockers).toEqual([
      { code: 'LEGAL_REVIEW_REQUIRED', missing: ['differs_from_approved:2:amounts,facts'] },
    ]);
    // the approved content, or a later round pending: nothing to compare
    expect(decisionBlockers(s, draft(fine), TODAY).differsFrom).toBeNull();
    const pending = { ...review('r3', 'pending', substanceHash(changed)), round: 3, substance: changed };
    const later = decisionBlockers(
      snapshot(fine, { recordTypes: withDiscussion, reviews: [approved, pending] }),
      changed,
      TODAY,
    );
    expect(later.differsFrom).toBeNull();
    expect(later.blockers[0]).toEqual({ code: 'LEGAL_REVIEW_REQUIRED', missing: ['legal_review'] });
  });

  it('compares substances part by part: outcome, penalty types, amounts of the same type, facts, basis', () => {
    const base = draft(1000);
    expect(substanceDifferences(base, draft(1000, { facts: ' 超标排放水污染物。 ' }))).toEqual([]);
    expect(substanceDifferences(base, { ...base, outcome: 'no_penalty', penalties: [] })).toEqual([
      'outcome',
      'penalty_types',
    ]);
    expect(
      substanceDifferences(base, {
        ...base,
        penalties: [{ type: 'fine', amount: 1000 }, { type: 'warning' }],
      }),
    ).toEqual(['penalty_types']);
    expect(
      substanceDifferences(base, {
        ...base,
        penalties: [{ type: 'fine', amount: 500 }, { type: 'warning' }],
      }),
    ).toEqual(['penalty_types', 'amounts']);
    expect(substanceDifferences(base, { ...base, basis: '另一依据' })).toEqual(['basis']);
  });

  it('passes a returned round once the head adopted the unit’s position', () => {
    const s = snapshot(fine, {
      recordTypes: withDiscussion,
      reviews: [review('r1', 'returned')],
      disputes: [{ reviewId: 'r1', decision: 'adopt_unit_position' }],
    });
    expect(decisionBlockers(s, draft(fine), TODAY)).toMatchObject({ blockers: [], approvedReviewId: 'r1' });
  });

  it('is major by the circumstances of a review round, the caller, or a hearing held', () => {
    const small = snapshot(1000, { reviews: [{ ...review('r1', 'returned'), circumstances: ['complex'] }] });
    expect(decisionBlockers(small, draft(1000), TODAY).matched.map((r) => r.id)).toEqual(['complex']);
    const flagged = decisionBlockers(
      snapshot(1000),
      draft(1000, { circumstances: ['public_interest'] }),
      TODAY,
    );
    expect(flagged.matched.map((r) => r.id)).toEqual(['public_interest']);
    const heard = snapshot(1000, {
      recordTypes: new Set(['prior_notice', 'statement_waiver', 'hearing_notice', 'hearing_record']),
    });
    expect(decisionBlockers(heard, draft(1000), TODAY).matched.map((r) => r.id)).toEqual(['after_hearing']);
  });
});

describe("the statement and hearing request window, from the party's receipt of the notice (2026 National Day: 10-01..10-07 off, 10-10 worked)", () => {
  /** A notice issued on 09-24 and received (served by mail) on 09-29, without a waiver. */
  const received = (hearingRight: boolean, over: Partial<NoticeSnapshot> = {}): DecisionSnapshot =>
    snapshot(1000, {
      recordTypes: new Set(['prior_notice']),
      notice: {
        issuedOn: '2026-09-24',
        hearingRight,
        penalties: [{ type: 'fine', amount: 1000 }],
        receivedOn: '2026-09-29',
        waived: null,
        ...over,
      },
    });

  it('runs 3 working days from the receipt, not the issue: 09-30, 10-08, 10-09', () => {
    expect(noticeWindowEnds(calendar, noticeOf(received(false)))).toBe('2026-10-09');
    // counted from the issue date (09-24) it would have ended on 09-30 (09-25..27 are off)
    expect(blockersOn(received(false), draft(1000), '2026-10-08')).toEqual([
      { code: 'STATEMENT_WINDOW_OPEN', missing: ['window_until:2026-10-09'] },
    ]);
    expect(blockersOn(received(false), draft(1000), '2026-10-09').map((b) => b.code)).toEqual([
      'STATEMENT_WINDOW_OPEN',
    ]);
    // the make-up Saturday after it: the window has run
    expect(blockersOn(received(false), draft(1000), '2026-10-10')).toEqual([]);
  });

  it('runs 5 working days with the hearing right, counting the make-up Saturday: to 10-12', () => {
    expect(noticeWindowEnds(calendar, noticeOf(received(true)))).toBe('2026-10-12');
    expect(blockersOn(received(true), draft(1000), '2026-10-12').map((b) => b.code)).toEqual([
      'STATEMENT_WINDOW_OPEN',
    ]);
    expect(blockersOn(received(true), draft(1000), '2026-10-13')).toEqual([]);
  });

  it('takes the statement window from the parameter (procedure.statementDays)', () => {
    const longer = { ...received(false), statementWindow: { days: 4, unit: 'working_days' as const } };
    expect(noticeWindowEnds(calendar, noticeOf(longer), longer.statementWindow)).toBe('2026-10-10');
    expect(blockersOn(longer, draft(1000), '2026-10-10').map((b) => b.code)).toEqual([
      'STATEMENT_WINDOW_OPEN',
    ]);
    expect(blockersOn(longer, draft(1000), '2026-10-12')).toEqual([]);
  });

  it('keeps the decision blocked while the notice is not served: nothing runs yet', () => {
    const unserved = received(false, { receivedOn: null });
    expect(noticeWindowEnds(calendar, noticeOf(unserved))).toBeNull();
    expect(blockersOn(unserved, draft(1000), '2026-12-01')).toEqual([
      { code: 'PRIOR_NOTICE_NOT_SERVED', missing: ['service:prior_notice'] },
    ]);
  });

  it('does not wait once the party waived statement and hearing after this notice', () => {
    const waived = received(true, { receivedOn: null, waived: { statement: true, hearing: true } });
    expect(blockersOn(waived, draft(1000), '2026-09-30')).toEqual([]);
  });

  it('waits for the hearing request window when only the statement was waived', () => {
    const partly = received(true, { waived: { statement: true, hearing: false } });
    expect(noticeWindowEnds(calendar, noticeOf(partly))).toBe('2026-10-12');
    expect(blockersOn(partly, draft(1000), '2026-10-09').map((b) => b.code)).toEqual([
      'STATEMENT_WINDOW_OPEN',
    ]);
    expect(blockersOn(partly, draft(1000), '2026-10-13')).toEqual([]);
  });

  it('refuses a decision dated inside the window even when made after it', () => {
    expect(
      decisionBlockers(received(false), draft(1000, { decidedOn: '2026-10-09' }), '2026-10-12').blockers,
    ).toEqual([{ code: 'STATEMENT_WINDOW_OPEN', missing: ['window_until:2026-10-09'] }]);
  });

  it('waits for a requested hearing to be held or withdrawn', () => {
    const requested = snapshot(1000, { pendingHearingRequests: ['2026-11-05'] });
    expect(decisionBlockers(requested, draft(1000), TODAY).blockers).toEqual([
      { code: 'HEARING_PENDING', missing: ['hearing_request:2026-11-05'] },
    ]);
    const noticed = snapshot(1000, {
      recordTypes: new Set(['prior_notice', 'statement_waiver', 'hearing_notice']),
    });
    expect(decisionBlockers(noticed, draft(1000), TODAY).blockers).toEqual([
      { code: 'HEARING_PENDING', missing: ['record:hearing_record'] },
    ]);
  });
});

describe('the decision date', () => {
  it('is not in the future and not before 立案', () => {
    const filed = snapshot(1000, { filedOn: '2026-10-08' });
    expect(decisionBlockers(filed, draft(1000, { decidedOn: '2026-11-27' }), TODAY).blockers).toEqual([
      { code: 'DECISION_DATE_INVALID', missing: ['decided_on_after_today:2026-11-26'] },
    ]);
    expect(decisionBlockers(filed, draft(1000, { decidedOn: '2026-10-07' }), TODAY).blockers).toEqual([
      { code: 'DECISION_DATE_INVALID', missing: ['decided_on_before_filing:2026-10-08'] },
    ]);
    expect(decisionBlockers(filed, draft(1000, { decidedOn: '2026-10-08' }), TODAY).blockers).toEqual([]);
    expect(decisionBlockers(filed, draft(1000, { decidedOn: TODAY }), TODAY).blockers).toEqual([]);
  });
});

describe('the refusal', () => {
  it('names a missing legal review first, else the first blocker', () => {
    expect(
      refusal([
        { code: 'PRIOR_NOTICE_REQUIRED', missing: [] },
        { code: 'LEGAL_REVIEW_REQUIRED', missing: [] },
      ])?.code,
    ).toBe('LEGAL_REVIEW_REQUIRED');
    expect(
      refusal([
        { code: 'NOTICE_EXCEEDED', missing: [] },
        { code: 'HEARING_PENDING', missing: [] },
      ])?.code,
    ).toBe('NOTICE_EXCEEDED');
    expect(refusal([])).toBeUndefined();
  });
});

describe('the 集体讨论 (APL Art. 57)', () => {
  const approved = (over: Partial<DecisionSnapshot>) =>
    snapshot(300000, {
      reviews: [
        {
          id: 'r1',
          status: 'approved',
          substanceHash: substanceHash(draft(300000)),
          circumstances: [],
          opinionOrder: 5,
        },
      ],
      ...over,
    });
  const missing = (s: DecisionSnapshot) =>
    decisionBlockers(s, draft(300000), TODAY).blockers.find(
      (b) => b.code === 'COLLECTIVE_DISCUSSION_REQUIRED',
    )?.missing;

  it('counts only with attendees, opinions and conclusion, made after the passed review', () => {
    expect(missing(approved({ discussions: [] }))).toEqual(['record:collective_discussion']);
    expect(missing(approved({ discussions: [{ order: 6, lacking: ['attendees', 'opinions'] }] }))).toEqual([
      'collective_discussion_incomplete:attendees,opinions',
    ]);
    expect(missing(approved({ discussions: [{ order: 4, lacking: [] }] }))).toEqual([
      'collective_discussion_before_review',
    ]);
    expect(
      missing(
        approved({
          discussions: [
            { order: 4, lacking: [] },
            { order: 6, lacking: [] },
          ],
        }),
      ),
    ).toBeUndefined();
  });
});
