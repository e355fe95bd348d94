import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  WorkingCalendar,
  type ScheduleFile,
  type YearSchedule,
} from '../src/server/platform/calendar/calendar.rules.js';
import { dailyPenaltyPeriod, dailyPenaltyTotal } from '../src/server/modules/execution/correction.rules.js';
import { closingGaps, type ClosingFacts } from '../src/server/modules/execution/execution.rules.js';
import {
  SETTLED_DUE_ON,
  addMonths,
  allocate,
  courtApplicationProblem,
  courtWindow,
  deferralProblems,
  demandWaitEnds,
  instalmentProblems,
  lateFee,
  moneyOf,
  onsiteCollectionProblem,
  paymentDue,
  toCents,
} from '../src/server/modules/execution/payment.rules.js';
import {
  seizureEndsOn,
  seizureExtensionProblem,
  testingDays,
  testingProblem,
} from '../src/server/modules/execution/seizure.rules.js';
import {
  decisionServiceDue,
  deemedServedOn,
  receiptService,
  receiptServesDecision,
  serviceDate,
  servesDecision,
} from '../src/server/modules/execution/service.rules.js';
import { summaryProblems } from '../src/server/modules/execution/summary.rules.js';

function shipped(year: number): YearSchedule {
  const file = JSON.parse(
    fs.readFileSync(path.join('data/holidays', `${year}.json`), 'utf8'),
  ) as ScheduleFile;
  return { year, days: new Map(file.days.map((d) => [d.date, { name: d.name, isOffDay: d.isOffDay }])) };
}
const cal = new WorkingCalendar(new Map([2025, 2026].map((y) => [y, shipped(y)])));

describe('service (送达)', () => {
  it('serves a decision made on 2026-09-30 within 7 working days across the National Day (APL Art. 61, 85)', () => {
    // 10-01..10-07 off; 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13, 10-14, 10-15
    expect(decisionServiceDue(cal, '2026-09-30')).toEqual({ due: '2026-10-15', provisional: false });
    // an ordinary week: Thu 11-26 → Mon 12-07
    expect(decisionServiceDue(cal, '2026-11-26').due).toBe('2026-12-07');
  });

  it('deems an announcement served 30 days after it, or after the configured period (民事诉讼法 Art. 95)', () => {
    expect(deemedServedOn('2026-11-26')).toBe('2026-12-26');
    expect(deemedServedOn('2026-12-31')).toBe('2027-01-30');
    expect(deemedServedOn('2026-11-26', 60)).toBe('2027-01-25');
    expect(serviceDate('announcement', { announcedOn: '2026-09-25' })).toBe('2026-10-25');
  });

  it('takes the receipt date as the service date for the other methods', () => {
    for (const method of ['direct', 'mail', 'left_at_premises', 'electronic'] as const)
      expect(serviceDate(method, { receivedOn: '2026-11-27' })).toBe('2026-11-27');
    expect(serviceDate('direct', {})).toBeUndefined();
    expect(serviceDate('announcement', { receivedOn: '2026-11-27' })).toBeUndefined();
  });

  it('reads a bare 送达回证 as service of the decision on the day it was made', () => {
    expect(receiptServesDecision({}, '清环罚字〔2026〕第1号')).toBe(true);
    expect(receiptService({}, '2026-11-26')).toEqual({ method: undefined, servedOn: '2026-11-26' });
    expect(receiptService({ method: 'lodged', receivedOn: '2026-11-27' }, '2026-11-30')).toEqual({
      method: 'left_at_premises',
      servedOn: '2026-11-27',
    });
    expect(receiptService({ method: 'announcement', announcedOn: '2026-11-26' }, '2026-11-26').servedOn).toBe(
      '2026-12-26',
    );
  });

  it('counts a receipt for the decision by its number or an unnumbered 处罚决定书, not for other documents', () => {
    const n = '清环罚字〔2026〕第1号';
    expect(receiptServesDecision({ documents: [{ name: '行政处罚决定书', number: n }] }, n)).toBe(true);
    expect(receiptServesDecision({ documents: [{ name: '行政处罚决定书' }] }, n)).toBe(true);
    expect(receiptServesDecision({ documents: [{ name: '不予行政处罚决定书' }] }, n)).toBe(true);
    expect(receiptServesDecision({ documents: [`行政处罚决定书 ${n}`] }, n)).toBe(true);
    expect(receiptServesDecision({ documents: [{ name: '行政处罚决定书', number: '其他号' }] }, n)).toBe(
      false,
    );
    expect(receiptServesDecision({ documents: [{ name: '责令改正违法行为决定书' }] }, n)).toBe(false);

    // a receipt dated before the decision served something else (e.g. the prior notice)
    const decision = { documentNumber: n, decidedOn: '2026-11-26' };
    expect(servesDecision({}, '2026-11-25', decision)).toBe(false);
    expect(servesDecision({}, '2026-11-26', decision)).toBe(true);
  });
});

describe('payment (APL Art. 66-72)', () => {
  it('falls due 15 calendar days after service, moved past a holiday to the next working day', () => {
    expect(paymentDue(cal, '2026-11-26')).toEqual({ due: '2026-12-11', provisional: false });
    expect(paymentDue(cal, '2026-09-20').due).toBe('2026-10-08'); // 10-05 is in the National Day holiday
    expect(paymentDue(cal, '2026-09-15').due).toBe('2026-09-30');
    expect(paymentDue(cal, '2026-12-20').provisional).toBe(true); // 2027 has no loaded schedule here
  });

  it('counts fines and confiscated gains as payable, only fines for late fees', () => {
    expect(
      moneyOf([
        { type: 'fine', amount: 1000.5 },
        { type: 'confiscate_gains', amount: 200 },
        { type: 'warning' },
        { type: 'confiscate_property', amount: 999 },
      ]),
    ).toEqual({ payableCents: 120050, fineCents: 100050 });
  });

  const fine = toCents(10_000);
  const schedule = [{ dueOn: '2026-12-11', amountCents: fine }];

  it('accrues 3 % of the fine per day after the due date, none on the due date itself', () => {
    const at = (asOf: string) => lateFee({ fineCents: fine, schedule, payments: [], asOf, base: 'unpaid' });
    expect(at('2026-12-11')).toEqual({ cents: 0, days: 0, capped: false });
    expect(at('2026-12-12')).toEqual({ cents: toCents(300), days: 1, capped: false });
    expect(at('2026-12-21')).toEqual({ cents: toCents(3000), days: 10, capped: false });
  });

  it('caps the late fee at the fine (day 33: 9,900; day 34 would be 10,200)', () => {
    const at = (asOf: string) => lateFee({ fineCents: fine, schedule, payments: [], asOf, base: 'fine' });
    expect(at('2027-01-13')).toEqual({ cents: toCents(9900), days: 33, capped: false });
    expect(at('2027-01-14')).toEqual({ cents: fine, days: 34, capped: true });
    expect(at('2028-01-01').cents).toBe(fine);
  });

  it('charges the unpaid part or the whole fine after a part payment, per the configured base', () => {
    const payments = [{ paidOn: '2026-12-16', principalCents: toCents(5000) }];
    const args = { fineCents: fine, schedule, payments, asOf: '2026-12-21' };
    // 12-12..12-16: 5 × 300 (the payment day still counts); 12-17..12-21: 5 × 150
    expect(lateFee({ ...args, base: 'unpaid' }).cents).toBe(toCents(2250));
    expect(lateFee({ ...args, base: 'fine' }).cents).toBe(toCents(3000));
    // fully paid on 12-14: three days
    const paid = [{ paidOn: '2026-12-14', principalCents: fine }];
    expect(lateFee({ ...args, payments: paid, base: 'unpaid' })).toMatchObject({
      cents: toCents(900),
      days: 3,
    });
  });

  it('applies money to the fine first: unpaid confiscated gains bear no late fee', () => {
    const f = lateFee({
      fineCents: toCents(1000),
      schedule: [{ dueOn: '2026-12-11', amountCents: toCents(1500) }],
      payments: [{ paidOn: '2026-12-10', principalCents: toCents(1000) }],
      asOf: '2027-01-31',
      base: 'unpaid',
    });
    expect(f.cents).toBe(0);
  });

  it('follows an instalment plan: only overdue instalments bear a late fee, earlier payments stay settled', () => {
    const plan = [
      { dueOn: SETTLED_DUE_ON, amountCents: toCents(2000) },
      { dueOn: '2026-12-31', amountCents: toCents(4000) },
      { dueOn: '2027-01-31', amountCents: toCents(4000) },
    ];
    const payments = [{ paidOn: '2026-12-01', principalCents: toCents(2000) }];
    expect(
      lateFee({ fineCents: fine, schedule: plan, payments, asOf: '2026-12-31', base: 'unpaid' }).cents,
    ).toBe(0);
    // 2027-01-01, 01-02: 3 % of the overdue 4,000 each
    expect(
      lateFee({ fineCents: fine, schedule: plan, payments, asOf: '2027-01-02', base: 'unpaid' }).cents,
    ).toBe(toCents(240));
    expect(allocate(plan, toCents(7000)).map((i) => i.paidCents)).toEqual([
      toCents(2000),
      toCents(4000),
      toCents(1000),
    ]);
  });

  it('requires instalments to sum exactly to the unpaid amount, on increasing future dates', () => {
    const unpaid = toCents(10_000);
    const ok = [
      { dueOn: '2026-12-31', amountCents: toCents(5000) },
      { dueOn: '2027-01-31', amountCents: toCents(5000) },
    ];
    expect(instalmentProblems(ok, unpaid, '2026-11-26')).toEqual([]);
    const short = [
      { dueOn: '2026-12-31', amountCents: toCents(5000) },
      { dueOn: '2027-01-31', amountCents: toCents(4999.99) },
    ];
    expect(instalmentProblems(short, unpaid, '2026-11-26').map((i) => i.path)).toEqual([
      'payload.instalments',
    ]);
    expect(instalmentProblems([...ok].reverse(), unpaid, '2026-11-26').map((i) => i.path)).toEqual([
      'payload.instalments.1.dueOn',
    ]);
    expect(instalmentProblems(ok, unpaid, '2026-12-31').map((i) => i.path)).toContain(
      'payload.instalments.0.dueOn',
    );
    expect(
      instalmentProblems([{ dueOn: '2026-12-31', amountCents: unpaid }], unpaid, '2026-11-26'),
    ).toHaveLength(1);
  });

  it('defers only to a later day than the current due date and today', () => {
    expect(deferralProblems('2027-01-31', '2026-12-11', '2026-11-26')).toEqual([]);
    expect(deferralProblems('2026-12-11', '2026-12-11', '2026-11-26')).toHaveLength(1);
    expect(deferralProblems('2027-01-31', null, '2026-11-26')).toHaveLength(1);
  });

  it('collects on the spot only 100 元 or less after a summary decision, or in the other statutory cases', () => {
    const at = (summary: boolean, yuan: number, ground: 'small_fine' | 'hard_to_execute' | 'remote_area') =>
      onsiteCollectionProblem({ summary, fineCents: toCents(yuan), ground });
    expect(at(true, 100, 'small_fine')).toBeUndefined();
    expect(at(true, 100.01, 'small_fine')).toBe('over_100_yuan');
    expect(at(false, 50, 'small_fine')).toBe('summary_procedure_only');
    expect(at(true, 3000, 'hard_to_execute')).toBeUndefined();
    expect(at(false, 3000, 'hard_to_execute')).toBe('summary_procedure_only');
    expect(at(false, 300_000, 'remote_area')).toBeUndefined();
  });
});

describe('催告 and the court (ACL Art. 53-54)', () => {
  it('waits 10 working days after the 催告 is served, across the National Day', () => {
    // 09-29, 09-30, 10-08, 10-09, 10-10 (make-up), 10-12 … 10-16
    expect(demandWaitEnds(cal, '2026-09-28').due).toBe('2026-10-16');
    expect(demandWaitEnds(cal, '2026-11-26').due).toBe('2026-12-10');
  });

  it('opens the court window when the 6-month litigation period ends and closes it 3 months later', () => {
    expect(courtWindow(cal, '2026-11-26')).toEqual({
      remedyEndsOn: '2027-05-26',
      opensOn: '2027-05-27',
      closesOn: '2027-08-26',
    });
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('moves the end of the litigation period and of the window off rest days (民事诉讼法 Art. 85)', () => {
    // served 04-01: 6 months end on 10-01, National Day (10-01..10-07 off) → 10-08; open from 10-09
    expect(courtWindow(cal, '2026-04-01')).toEqual({
      remedyEndsOn: '2026-10-08',
      opensOn: '2026-10-09',
      closesOn: '2027-01-08',
    });
    // served 2025-08-15: ends 2026-02-15, Spring Festival (02-15..02-23 off) → 02-24; the window's
    // 3 months end on 05-24, a Sunday → 05-25
    expect(courtWindow(cal, '2025-08-15')).toEqual({
      remedyEndsOn: '2026-02-24',
      opensOn: '2026-02-25',
      closesOn: '2026-05-25',
    });
    const window = courtWindow(cal, '2026-04-01');
    const wait = demandWaitEnds(cal, '2026-09-01').due;
    expect(courtApplicationProblem({ appliedOn: '2026-10-08', demandWaitEndsOn: wait, window })).toEqual({
      code: 'COURT_APPLICATION_TOO_EARLY',
      missing: ['remedy_period_until:2026-10-08'],
    });
    expect(
      courtApplicationProblem({ appliedOn: '2026-10-09', demandWaitEndsOn: wait, window }),
    ).toBeUndefined();
    const spring = courtWindow(cal, '2025-08-15');
    const springWait = demandWaitEnds(cal, '2026-01-05').due;
    expect(
      courtApplicationProblem({ appliedOn: '2026-05-25', demandWaitEndsOn: springWait, window: spring }),
    ).toBeUndefined();
    expect(
      courtApplicationProblem({ appliedOn: '2026-05-26', demandWaitEndsOn: springWait, window: spring }),
    ).toEqual({ code: 'COURT_APPLICATION_TOO_LATE', closesOn: '2026-05-25' });
  });

  it('refuses an application before the wait or the remedy period is over, and after the window', () => {
    const window = courtWindow(cal, '2026-03-02'); // remedy ends 09-02, window 09-03 .. 12-02
    const wait = demandWaitEnds(cal, '2026-09-28').due;
    expect(courtApplicationProblem({ appliedOn: '2026-10-20', demandWaitEndsOn: null, window })).toEqual({
      code: 'COURT_APPLICATION_TOO_EARLY',
      missing: ['demand'],
    });
    expect(courtApplicationProblem({ appliedOn: wait, demandWaitEndsOn: wait, window })).toEqual({
      code: 'COURT_APPLICATION_TOO_EARLY',
      missing: ['demand_wait_until:2026-10-16'],
    });
    expect(
      courtApplicationProblem({ appliedOn: '2026-10-17', demandWaitEndsOn: wait, window }),
    ).toBeUndefined();
    expect(
      courtApplicationProblem({ appliedOn: '2026-12-02', demandWaitEndsOn: wait, window }),
    ).toBeUndefined();
    expect(courtApplicationProblem({ appliedOn: '2026-12-03', demandWaitEndsOn: wait, window })).toEqual({
      code: 'COURT_APPLICATION_TOO_LATE',
      closesOn: '2026-12-02',
    });
    const early = courtWindow(cal, '2026-09-01');
    expect(
      courtApplicationProblem({ appliedOn: '2026-10-17', demandWaitEndsOn: wait, window: early }),
    ).toEqual({
      code: 'COURT_APPLICATION_TOO_EARLY',
      missing: ['remedy_period_until:2027-03-01'],
    });
  });
});

describe('seizure (ACL Art. 25)', () => {
  it('runs 30 days from the seizure date, 60 with the one extension', () => {
    expect(seizureEndsOn('2026-11-26', 30, 0)).toBe('2026-12-26');
    expect(seizureEndsOn('2026-11-26', 30, 30)).toBe('2027-01-25');
    expect(seizureEndsOn('2026-09-25', 30, 0)).toBe('2026-10-25'); // a Sunday: the term does not move
  });

  it('leaves testing, inspection, quarantine and appraisal out of the term (ACL Art. 25(3))', () => {
    // seized 09-20; testing 09-28..10-02 across the National Day (5 days), and 10-01..10-06 overlapping
    const periods = [
      { startedOn: '2026-09-28', endsOn: '2026-10-02' },
      { startedOn: '2026-10-01', endsOn: '2026-10-06' },
    ];
    expect(testingDays(periods.slice(0, 1))).toBe(5);
    expect(testingDays(periods)).toBe(9); // 09-28 .. 10-06, each day once
    expect(seizureEndsOn('2026-09-20', 30, 0, 5)).toBe('2026-10-25');
    const s = { seizedOn: '2026-09-20', endsOn: '2026-10-20', liftedOn: null };
    expect(
      testingProblem(
        s,
        { startedOn: '2026-09-28', endsOn: '2026-10-02', toldOn: '2026-09-28' },
        '2026-09-30',
      ),
    ).toBeUndefined();
    expect(
      testingProblem(s, { startedOn: '2026-10-21', endsOn: '2026-10-25', toldOn: '2026-10-21' }, '2026-10-21')
        ?.path,
    ).toBe('startedOn');
    expect(
      testingProblem(s, { startedOn: '2026-09-28', endsOn: '2026-09-27', toldOn: '2026-09-28' }, '2026-09-30')
        ?.path,
    ).toBe('endsOn');
    expect(
      testingProblem(s, { startedOn: '2026-09-28', endsOn: '2026-10-02', toldOn: '2026-10-01' }, '2026-09-30')
        ?.path,
    ).toBe('toldOn');
    expect(
      testingProblem(
        { ...s, liftedOn: '2026-09-29' },
        { startedOn: '2026-09-28', endsOn: '2026-10-02', toldOn: '2026-09-28' },
        '2026-09-30',
      ),
    ).toBeDefined();
  });

  it('extends once, by at most 30 days, while in force — never a second time', () => {
    const s = { extensions: 0, liftedOn: null, endsOn: '2026-12-26' };
    expect(seizureExtensionProblem(s, 30, '2026-12-26')).toBeUndefined();
    expect(seizureExtensionProblem(s, 31, '2026-12-01')).toBe('too_long');
    expect(seizureExtensionProblem(s, 10, '2026-12-27')).toBe('expired');
    expect(seizureExtensionProblem({ ...s, extensions: 1 }, 10, '2026-12-01')).toBe('already_extended');
    expect(seizureExtensionProblem({ ...s, liftedOn: '2026-12-01' }, 10, '2026-12-02')).toBe('lifted');
  });
});

describe('orders to correct and 按日连续处罚', () => {
  it('fines the days from the day after service to the recheck, then on from the last fined day', () => {
    expect(dailyPenaltyPeriod('2026-11-01', '2026-11-20')).toEqual({
      firstDay: '2026-11-02',
      lastDay: '2026-11-20',
      days: 19,
    });
    expect(dailyPenaltyPeriod('2026-11-20', '2026-12-05')).toMatchObject({ days: 15 });
    expect(dailyPenaltyPeriod('2026-11-20', '2026-11-20')).toBeUndefined();
    expect(dailyPenaltyTotal(toCents(10_000), 19)).toBe(toCents(190_000));
  });
});

describe('summary procedure (APL Art. 51)', () => {
  it('allows up to 200 元 for a person and 3,000 元 for an organisation, equal amounts included', () => {
    expect(summaryProblems('person', [{ type: 'fine', amount: 200 }])).toEqual([]);
    expect(summaryProblems('person', [{ type: 'fine', amount: 200.01 }])).toEqual(['fine_over:200']);
    expect(summaryProblems('organization', [{ type: 'fine', amount: 3000 }])).toEqual([]);
    expect(summaryProblems('organization', [{ type: 'fine', amount: 3000.01 }])).toEqual(['fine_over:3000']);
    expect(summaryProblems('individual_business', [{ type: 'fine', amount: 201 }])).toEqual([
      'fine_over:200',
    ]);
  });

  it('always allows a warning, never other penalty types', () => {
    expect(summaryProblems('person', [{ type: 'warning' }])).toEqual([]);
    expect(summaryProblems('organization', [{ type: 'warning' }, { type: 'fine', amount: 3000 }])).toEqual(
      [],
    );
    expect(summaryProblems('person', [{ type: 'confiscate_gains', amount: 50 }])).toEqual([
      'penalty:confiscate_gains',
    ]);
    expect(summaryProblems('person', [])).toEqual(['penalties']);
  });
});

describe('closing (结案)', () => {
  const base: ClosingFacts = {
    terminated: false,
    outcome: 'penalty',
    serviceRequired: true,
    decisionServed: true,
    unpaidCents: 0,
    courtApplied: false,
    openSeizures: [],
    ordersAwaitingRecheck: [],
    collectionsNotHandedIn: [],
    summaryUnfiled: false,
  };

  it('closes a served and paid decision, or one whose enforcement was applied for', () => {
    expect(closingGaps(base)).toEqual([]);
    expect(closingGaps({ ...base, unpaidCents: 100 })).toEqual(['payment']);
    expect(closingGaps({ ...base, unpaidCents: 100, courtApplied: true })).toEqual([]);
  });

  it('needs the decision served, also without money', () => {
    expect(closingGaps({ ...base, decisionServed: false })).toEqual(['service:decision']);
    expect(closingGaps({ ...base, outcome: 'no_penalty', decisionServed: false })).toEqual([
      'service:decision',
    ]);
    expect(
      closingGaps({ ...base, outcome: 'transfer', serviceRequired: false, decisionServed: false }),
    ).toEqual([]);
  });

  it('closes a terminated case without a decision, once its seizures are lifted', () => {
    expect(closingGaps({ ...base, terminated: true, outcome: null, decisionServed: false })).toEqual([]);
    expect(closingGaps({ ...base, terminated: true, outcome: null, openSeizures: ['s1'] })).toEqual([
      'seizure:s1',
    ]);
    expect(closingGaps({ ...base, outcome: null })).toEqual(['decision']);
  });

  it('names every open item', () => {
    expect(
      closingGaps({
        ...base,
        decisionServed: false,
        unpaidCents: 1,
        openSeizures: ['s'],
        ordersAwaitingRecheck: ['o'],
        collectionsNotHandedIn: ['p'],
        summaryUnfiled: true,
        dailyPenaltiesUnserved: ['d'],
      }),
    ).toEqual([
      'service:decision',
      'payment',
      'summary_filing',
      'service:daily_penalty:d',
      'seizure:s',
      'recheck:o',
      'hand_in:p',
    ]);
  });
});
