import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeOf } from '../src/server/modules/records/evaluation.rules.js';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';
import { archivedCase, buildCase } from './support/factories.js';

let t: TestApp;
let officer1: Client;
let head: Client;
let reviewer: Client;
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  head = await t.login('head');
  reviewer = await t.login('reviewer');
});
afterAll(async () => t.close());

type Checklist = { id: string; version: number; items: { key: string; maxScore: number }[] };

describe('案卷评查', () => {
  it('grades at the band edges', () => {
    expect(gradeOf(90, 100)).toBe('优秀');
    expect(gradeOf(89, 100)).toBe('良好');
    expect(gradeOf(80, 100)).toBe('良好');
    expect(gradeOf(60, 100)).toBe('合格');
    expect(gradeOf(59, 100)).toBe('不合格');
  });

  it('scores an archived case file against the checklist in force, and only archived ones', async () => {
    const checklist = (await reviewer.get('/api/v1/evaluation-checklist')).json<Checklist>();
    expect(checklist.items.reduce((s, i) => s + i.maxScore, 0)).toBe(100);
    const open = await buildCase(t, officer1);
    const full = checklist.items.map((i) => ({ key: i.key, score: i.maxScore }));
    expect(
      errorCode(
        await reviewer.post(`/api/v1/cases/${open.id}/evaluations`, {
          checklistId: checklist.id,
          scores: full,
          comment: '',
        }),
      ),
    ).toBe('CONFLICT');

    const c = await archivedCase(t, officer1, head);
    const scores = checklist.items.map((i) => ({ key: i.key, score: i.key === 'evidence' ? 5 : i.maxScore }));
    const res = await reviewer.post(`/api/v1/cases/${c.id}/evaluations`, {
      checklistId: checklist.id,
      scores,
      comment: '证据不足',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ total: 85, maxTotal: 100, grade: '良好' });
    const tooHigh = scores.map((s) => (s.key === 'law' ? { ...s, score: 16 } : s));
    expect(
      (
        await reviewer.post(`/api/v1/cases/${c.id}/evaluations`, {
          checklistId: checklist.id,
          scores: tooHigh,
          comment: '',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await reviewer.post(`/api/v1/cases/${c.id}/evaluations`, {
          checklistId: checklist.id,
          scores: scores.slice(1),
          comment: '',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await officer1.post(`/api/v1/cases/${c.id}/evaluations`, {
          checklistId: checklist.id,
          scores,
          comment: '',
        })
      ).statusCode,
    ).toBe(403);
    const timeline = (await officer1.get(`/api/v1/cases/${c.id}/timeline`)).json<{
      items: { type: string }[];
    }>();
    expect(timeline.items.at(-1)?.type).toBe('evaluated');
  });

  it('publishes a new checklist version; earlier evaluations keep theirs', async () => {
    const v1 = (await reviewer.get('/api/v1/evaluation-checklist')).json<Checklist>();
    const published = await reviewer.post('/api/v1/evaluation-checklist', {
      name: '行政执法案卷评查表（2027版）',
      source: '本局2027年评查方案',
      items: [
        { key: 'legality', label: '合法性', maxScore: 60 },
        { key: 'standard', label: '规范性', maxScore: 40 },
      ],
    });
    expect(published.json()).toMatchObject({ version: v1.version + 1 });
    expect((await reviewer.get('/api/v1/evaluation-checklist')).json<Checklist>().version).toBe(
      v1.version + 1,
    );
    expect(
      (
        await officer1.post('/api/v1/evaluation-checklist', {
          name: 'x',
          source: 'y',
          items: [{ key: 'a', label: 'b', maxScore: 1 }],
        })
      ).statusCode,
    ).toBe(403);
  });
});
