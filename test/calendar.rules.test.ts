import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  WorkingCalendar,
  addDays,
  isIsoDate,
  scheduleProblems,
  type ScheduleFile,
  type YearSchedule,
} from '../src/server/platform/calendar/calendar.rules.js';

function shipped(year: number): YearSchedule {
  const file = JSON.parse(
    fs.readFileSync(path.join('data/holidays', `${year}.json`), 'utf8'),
  ) as ScheduleFile;
  return { year, days: new Map(file.days.map((d) => [d.date, { name: d.name, isOffDay: d.isOffDay }])) };
}
const cal = new WorkingCalendar(new Map([2024, 2025, 2026].map((y) => [y, shipped(y)])));

describe('working days (domain-rules §0)', () => {
  it('marks the 2026 Spring Festival off and its make-up Saturdays as working days', () => {
    expect(cal.day('2026-02-14')).toEqual({
      date: '2026-02-14',
      workday: true,
      name: '春节',
      provisional: false,
    });
    for (const d of ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23'])
      expect(cal.isWorkday(d)).toBe(false);
    expect(cal.day('2026-02-23').name).toBe('春节');
    expect(cal.isWorkday('2026-02-24')).toBe(true);
    expect(cal.isWorkday('2026-02-28')).toBe(true); // Saturday, make-up day
    expect(cal.isWorkday('2026-03-01')).toBe(false); // an ordinary Sunday
  });

  it('counts across the Spring Festival: the start day is not counted', () => {
    // Fri 02-13 + 1 → Sat 02-14 (make-up working day)
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    // + 2 → the holiday runs 02-15..02-23, so the next working day is Tue 02-24
    expect(cal.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    // 5 working days from 02-12 (Thu): 13, 14, 24, 25, 26
    expect(cal.addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
    // started on a holiday: 7 working days from 02-17 are 24, 25, 26, 27, 28(Sat), 03-02, 03-03
    expect(cal.addWorkingDays('2026-02-17', 7)).toBe('2026-03-03');
  });

  it('handles Mid-Autumn, National Day and their make-up days in 2026', () => {
    expect(cal.day('2026-09-20')).toMatchObject({ workday: true, name: '国庆节' }); // Sunday, make-up
    expect(cal.day('2026-09-25')).toMatchObject({ workday: false, name: '中秋节' });
    expect(cal.day('2026-10-01')).toMatchObject({ workday: false, name: '国庆节' });
    expect(cal.day('2026-10-10')).toMatchObject({ workday: true, name: '国庆节' }); // Saturday, make-up
    // 3 working days from 09-30: 10-08, 10-09, 10-10 (Saturday make-up day)
    expect(cal.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    // 7 working days from 09-24 (Thu): 09-28, 09-29, 09-30, 10-08, 10-09, 10-10, 10-12
    expect(cal.addWorkingDays('2026-09-24', 7)).toBe('2026-10-12');
    // 5 working days from 09-18 (Fri): 09-20 (Sun make-up), 21, 22, 23, 24
    expect(cal.addWorkingDays('2026-09-18', 5)).toBe('2026-09-24');
  });

  it('moves a calendar-day period that ends on a rest day to the next working day', () => {
    // 15 days from 09-16 end on 10-01 (National Day) → 10-08
    expect(cal.addCalendarDays('2026-09-16', 15)).toBe('2026-10-08');
    // 15 days from 09-20 end on 10-05 → 10-08
    expect(cal.due('2026-09-20', { days: 15, unit: 'calendar_days' })).toEqual({
      due: '2026-10-08',
      provisional: false,
    });
    // ends on a working day: stays
    expect(cal.addCalendarDays('2026-10-01', 15)).toBe('2026-10-16');
    // ends on a make-up Saturday: stays
    expect(cal.addCalendarDays('2026-09-30', 10)).toBe('2026-10-10');
  });

  it('answers provisionally for 2027, which has no official schedule yet', () => {
    expect(cal.day('2027-01-04')).toEqual({ date: '2027-01-04', workday: true, provisional: true });
    expect(cal.day('2027-01-02')).toEqual({ date: '2027-01-02', workday: false, provisional: true });
    // fixed-date statutory holidays are known without the notice; lunar ones are not
    expect(cal.day('2027-01-01')).toEqual({
      date: '2027-01-01',
      workday: false,
      name: '元旦',
      provisional: true,
    });
    expect(cal.day('2027-10-01')).toMatchObject({ workday: false, name: '国庆节', provisional: true });
    // reaching into 2027 makes the whole answer provisional: 12-29, 12-30, 12-31, 01-04, 01-05
    expect(cal.due('2026-12-28', { days: 5, unit: 'working_days' })).toEqual({
      due: '2027-01-05',
      provisional: true,
    });
    expect(cal.due('2026-12-21', { days: 5, unit: 'working_days' })).toEqual({
      due: '2026-12-28',
      provisional: false,
    });
  });

  it('treats 0 days as the start day itself', () => {
    expect(cal.addWorkingDays('2026-10-01', 0)).toBe('2026-10-01');
    expect(cal.addCalendarDays('2026-10-01', 0)).toBe('2026-10-01');
  });

  it('validates dates strictly', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('schedule uploads', () => {
  it('accepts the shipped files', () => {
    for (const y of [2024, 2025, 2026]) {
      const file = JSON.parse(
        fs.readFileSync(path.join('data/holidays', `${y}.json`), 'utf8'),
      ) as ScheduleFile;
      expect(scheduleProblems(file)).toEqual([]);
    }
  });

  it('names each bad day', () => {
    const problems = scheduleProblems({
      year: 2027,
      days: [
        { name: '元旦', date: '2027-01-01', isOffDay: true },
        { name: '元旦', date: '2026-12-31', isOffDay: true },
        { name: '元旦', date: '2027-01-01', isOffDay: true },
        { name: '春节', date: '2027-02-03', isOffDay: false }, // a Wednesday cannot be a make-up day
        { name: '春节', date: '2027-02-30', isOffDay: true },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'days.1.date',
      'days.2.date',
      'days.3.isOffDay',
      'days.4.date',
    ]);
  });

  it('takes only web addresses as the notices’ links (no javascript:), titles as text', () => {
    const problems = scheduleProblems({
      year: 2027,
      papers: [
        'https://www.gov.cn/zhengce/content/2026.htm',
        '国务院办公厅关于2027年部分节假日安排的通知',
        'javascript:alert(1)',
        ' JavaScript:x',
        'data:text/html,x',
      ],
      days: [],
    });
    expect(problems).toEqual([
      { path: 'papers.2', message: '链接应为 http(s) 网址' },
      { path: 'papers.3', message: '链接应为 http(s) 网址' },
      { path: 'papers.4', message: '链接应为 http(s) 网址' },
    ]);
  });
});
