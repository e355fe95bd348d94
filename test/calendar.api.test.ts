import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t.close());

describe('calendar endpoints', () => {
  it('answers for a day', async () => {
    expect((await t.anonymous.get('/api/v1/calendar/days/2026-10-01')).json()).toEqual({
      date: '2026-10-01',
      workday: false,
      name: '国庆节',
      provisional: false,
    });
    expect((await t.anonymous.get('/api/v1/calendar/days/2026-10-10')).json()).toEqual({
      date: '2026-10-10',
      workday: true,
      name: '国庆节',
      provisional: false,
    });
    expect((await t.anonymous.get('/api/v1/calendar/days/2026-11-26')).json()).toEqual({
      date: '2026-11-26',
      workday: true,
      provisional: false,
    });
  });

  it('adds working days across the Spring Festival and National Day', async () => {
    const due = async (from: string, days: number) =>
      (await t.anonymous.get(`/api/v1/calendar/add-working-days?from=${from}&days=${days}`)).json<{
        due: string;
        provisional: boolean;
      }>();
    expect(await due('2026-02-13', 2)).toMatchObject({ due: '2026-02-24', provisional: false });
    expect(await due('2026-09-24', 7)).toMatchObject({ due: '2026-10-12', provisional: false });
    expect(await due('2026-12-25', 7)).toMatchObject({ due: '2027-01-06', provisional: true });
  });

  it('rejects bad dates and day counts with 400', async () => {
    for (const url of [
      '/api/v1/calendar/days/2026-02-30',
      '/api/v1/calendar/days/yesterday',
      '/api/v1/calendar/add-working-days?from=2026-01-01',
      '/api/v1/calendar/add-working-days?from=2026-01-01&days=-1',
      '/api/v1/calendar/add-working-days?from=2026-01-01&days=1.5',
      '/api/v1/calendar/add-working-days?from=2026-01-01&days=100000',
    ]) {
      const res = await t.anonymous.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(errorCode(res)).toBe('VALIDATION_FAILED');
    }
  });

  it('lets an administrator load 2027 without a release, after which 2027 is no longer provisional', async () => {
    const before = (await t.anonymous.get('/api/v1/calendar/days/2027-02-08')).json<unknown>();
    expect(before).toEqual({ date: '2027-02-08', workday: true, provisional: true });
    const schedule = {
      year: 2027,
      papers: ['(test) 国务院办公厅关于2027年部分节假日安排的通知'],
      days: [
        { name: '春节', date: '2027-02-06', isOffDay: false },
        ...[
          '2027-02-07',
          '2027-02-08',
          '2027-02-09',
          '2027-02-10',
          '2027-02-11',
          '2027-02-12',
          '2027-02-13',
        ].map((date) => ({ name: '春节', date, isOffDay: true })),
      ],
    };
    const res = await admin.post('/api/v1/calendar/years', schedule);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ year: 2027, dayCount: 8 });
    expect((await t.anonymous.get('/api/v1/calendar/days/2027-02-08')).json()).toEqual({
      date: '2027-02-08',
      workday: false,
      name: '春节',
      provisional: false,
    });
    expect((await t.anonymous.get('/api/v1/calendar/days/2027-02-06')).json()).toMatchObject({
      workday: true,
      provisional: false,
    });
    // 2027-01-01 is no longer a known holiday: the loaded schedule is the authority
    expect(
      (await t.anonymous.get('/api/v1/calendar/add-working-days?from=2027-02-05&days=1')).json(),
    ).toMatchObject({ due: '2027-02-06', provisional: false });
    const years = (await admin.get('/api/v1/calendar/years')).json<{
      items: { year: number; dayCount: number; source: string }[];
    }>();
    expect(years.items.map((y) => [y.year, y.dayCount, y.source.split(':')[0]])).toEqual([
      [2024, 36, 'shipped'],
      [2025, 33, 'shipped'],
      [2026, 39, 'shipped'],
      [2027, 8, 'upload'],
    ]);
    const detail = (await admin.get('/api/v1/calendar/years/2027')).json<{
      provisional: boolean;
      days: unknown[];
    }>();
    expect(detail.provisional).toBe(false);
    expect(detail.days).toHaveLength(8);
    expect((await admin.get('/api/v1/calendar/years/2030')).json()).toEqual({
      year: 2030,
      provisional: true,
      days: [],
    });
  });

  it('rejects a malformed schedule with the bad fields named', async () => {
    const res = await admin.post('/api/v1/calendar/years', {
      year: 2028,
      days: [
        { name: '元旦', date: '2028-01-01', isOffDay: true },
        { name: '春节', date: '2028-01-26', isOffDay: false },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'CALENDAR_INVALID', details: { fields: [{ path: 'days.1.isOffDay' }] } },
    });
    expect((await admin.get('/api/v1/calendar/years/2028')).json()).toMatchObject({ provisional: true });
  });

  it('is refused to staff other than administrators', async () => {
    const officer = await t.login('officer1');
    const res = await officer.post('/api/v1/calendar/years', { year: 2029, days: [] });
    expect(res.statusCode).toBe(403);
  });
});
