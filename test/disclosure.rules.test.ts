import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISCLOSURE_KINDS } from '../src/shared/publicity-vocabulary.js';
import {
  WorkingCalendar,
  type ScheduleFile,
  type YearSchedule,
} from '../src/server/platform/calendar/calendar.rules.js';
import {
  WITHDRAWAL_PERIOD,
  decisionText,
  disclosureKindOf,
  dueState,
  publicPartyType,
  publicationPeriod,
  separationConflict,
} from '../src/server/modules/publicity/disclosure.rules.js';

function shipped(year: number): YearSchedule {
  const file = JSON.parse(
    fs.readFileSync(path.join('data/holidays', `${year}.json`), 'utf8'),
  ) as ScheduleFile;
  return { year, days: new Map(file.days.map((d) => [d.date, { name: d.name, isOffDay: d.isOffDay }])) };
}
const cal = new WorkingCalendar(new Map([2025, 2026].map((y) => [y, shipped(y)])));

describe('publication periods (GD-PUB Art. 21)', () => {
  it('gives every kind its period: 7 working days for penalties and permits, 20 for the rest', () => {
    const due = Object.fromEntries(
      DISCLOSURE_KINDS.map((k) => [k, cal.due('2026-09-28', publicationPeriod(k)).due]),
    );
    // from Monday 09-28: 09-29, 09-30, then the National Day (10-01..10-07), 10-08, 10-09, the make-up
    // Saturday 10-10, 10-12, 10-13 …
    expect(due).toEqual({
      penalty: '2026-10-13',
      permit: '2026-10-13',
      coercion: '2026-10-30',
      inspection: '2026-10-30',
      other: '2026-10-30',
    });
    // across the Spring Festival 2026 (02-15..02-23 off; 02-14 and 02-28 make-up Saturdays): 02-13,
    // 02-14, 02-24, 02-25, 02-26, 02-27 and the make-up Saturday 02-28
    expect(cal.due('2026-02-12', publicationPeriod('penalty')).due).toBe('2026-02-28');
    // a withdrawal: 3 working days
    expect(cal.due('2026-09-30', WITHDRAWAL_PERIOD).due).toBe('2026-10-10');
  });

  it('publishes penalties and 不予处罚, not cases found not established or transferred; seizures as coercion', () => {
    expect(disclosureKindOf('penalty', 'decision', 'penalty')).toBe('penalty');
    expect(disclosureKindOf('penalty', 'decision', 'no_penalty')).toBe('penalty');
    expect(disclosureKindOf('penalty', 'decision', 'not_established')).toBeNull();
    expect(disclosureKindOf('penalty', 'decision', 'transfer')).toBeNull();
    expect(disclosureKindOf('penalty', 'seizure', 'coercion')).toBe('coercion');
    expect(disclosureKindOf('inspection', 'decision', 'penalty')).toBe('inspection');
    expect(disclosureKindOf('permit', 'decision', 'penalty')).toBe('permit');
  });
});

describe('the workflow and the summary', () => {
  it('keeps 填报, 审核 and 审批 with three different people', () => {
    const item = { filledBy: 'a', checkedBy: 'b' };
    expect(separationConflict('submit', 'a', item)).toBeNull();
    expect(separationConflict('check', 'a', { filledBy: 'a', checkedBy: null })).toBe('filler');
    expect(separationConflict('check', 'b', { filledBy: 'a', checkedBy: null })).toBeNull();
    expect(separationConflict('approve', 'a', item)).toBe('filler');
    expect(separationConflict('approve', 'b', item)).toBe('checker');
    expect(separationConflict('approve', 'c', item)).toBeNull();
  });

  it('says where a due date stands', () => {
    expect(dueState('2026-10-13', null, '2026-10-09', '2026-10-12')).toBe('open');
    expect(dueState('2026-10-13', null, '2026-10-12', '2026-10-13')).toBe('due_soon');
    expect(dueState('2026-10-13', null, '2026-10-14', '2026-10-16')).toBe('overdue');
    expect(dueState('2026-10-13', '2026-10-13', '2026-10-20', '2026-10-22')).toBe('met');
    expect(dueState('2026-10-13', '2026-10-14', '2026-10-20', '2026-10-22')).toBe('late');
  });

  it('prints the party type and the decision as GD-PUB Art. 13 asks', () => {
    expect(publicPartyType('person')).toBe('natural_person');
    expect(publicPartyType('individual_business')).toBe('natural_person');
    expect(publicPartyType('organization')).toBe('legal_person');
    expect(
      decisionText('penalty', [
        { type: 'warning' },
        { type: 'fine', amount: 300000 },
        { type: 'confiscate_gains', amount: 1234.5 },
      ]),
    ).toBe('警告；罚款 300,000.00 元；没收违法所得 1,234.50 元');
    expect(decisionText('no_penalty', [])).toBe('不予行政处罚');
  });
});
