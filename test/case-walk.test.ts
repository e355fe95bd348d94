import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';
import { buildCase, uploadMedia } from './support/factories.js';

let t: TestApp;
let officer1: Client;
let head: Client;
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  head = await t.login('head');
});
afterAll(async () => t.close());

describe('the contract walk, steps 1–4', () => {
  it('creates, files, records and advances a penalty case to 审核决定', async () => {
    const created = await buildCase(t, officer1);
    expect(created).toMatchObject({ stage: 'initiated' });
    // case numbers have a pattern of their own (立案), never that of a decision (清环罚〔2026〕N号)
    expect(created.number).toMatch(/^清环立〔2026〕\d+号$/);

    const filed = await head.post(`/api/v1/cases/${created.id}/advance`, { to: 'investigation' });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json()).toMatchObject({
      stage: 'investigation',
      filedOn: '2026-11-26',
      procedure: 'general',
    });

    const onsite = await officer1.post(`/api/v1/cases/${created.id}/records`, {
      type: 'onsite_inspection_record',
      title: '现场检查笔录',
      content: '现场检查发现废水排放口超标排放。',
    });
    expect(onsite.statusCode, onsite.body).toBe(201);
    expect(onsite.json()).toMatchObject({ type: 'onsite_inspection_record', version: 1 });
    const report = await officer1.post(`/api/v1/cases/${created.id}/records`, {
      type: 'investigation_report',
      title: '案件调查报告',
      content: '经调查，违法事实清楚。',
    });
    expect(report.statusCode).toBe(201);

    const blocked = await head.post(`/api/v1/cases/${created.id}/advance`, { to: 'decision' });
    expect(blocked.statusCode).toBe(409);
    expect(errorCode(blocked)).toBe('AV_RECORD_REQUIRED');
    expect(blocked.json<{ error: { details: { missing: string[] } } }>().error.details.missing).toEqual([
      'media:onsite_inspection',
    ]);

    const video = await uploadMedia(officer1, created.id, {
      activity: 'onsite_inspection',
      capturedAt: '2026-11-26T09:30:00+08:00',
    });
    expect(video.statusCode, video.body).toBe(201);
    expect(video.json()).toMatchObject({ late: false, mimeType: 'video/mp4' });

    const view = await officer1.get(`/api/v1/cases/${created.id}`);
    expect(view.json<{ blockers: unknown[] }>().blockers).toEqual([]);
    const moved = await head.post(`/api/v1/cases/${created.id}/advance`, { to: 'decision' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ stage: 'decision' });

    const timeline = await officer1.get(`/api/v1/cases/${created.id}/timeline`);
    expect(timeline.json<{ items: { type: string }[] }>().items.map((e) => e.type)).toEqual([
      'created',
      'stage_changed',
      'record_added',
      'record_added',
      'media_added',
      'stage_changed',
    ]);
    expect((await t.services.audit.verify()).ok).toBe(true);
  });
});
