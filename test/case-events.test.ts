import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_EVENT_LABELS, caseEventLabel } from '../src/shared/case-event-labels.js';
import { CASE_EVENT_DETAILS, CASE_EVENT_TYPES, caseEventSchema } from '../src/shared/case-events.js';
import { CaseEvents, type CaseEventInput } from '../src/server/modules/cases/case-events.js';
import type { Db } from '../src/server/platform/db/database.js';
import { createTestApp, type Client, type TestApp } from './support/app.js';
import { archivedCase, caseReadyForDecision } from './support/factories.js';

// Type-level: an unknown event type, a detail of another type, or a wrong column value does not compile
// (`npm run check` fails if any of these lines stops being an error).
export const wrongEvents: CaseEventInput[] = [
  // @ts-expect-error an event type that is not in CASE_EVENT_TYPES
  { type: 'bogus', summary: '', detail: {} },
  // @ts-expect-error stage_changed carries from/to stages, not a record id
  { type: 'stage_changed', summary: '', detail: { recordId: 'r1' } },
  // @ts-expect-error a stage that does not exist
  { type: 'stage_changed', summary: '', detail: { from: 'initiated', to: 'bogus' } },
];
export const wrongColumn = (db: Db) =>
  db
    .updateTable('enforcementCase')
    // @ts-expect-error enforcementCase.stage is a Stage
    .set({ stage: 'bogus' })
    .execute();

describe('the case event list', () => {
  it('gives every event type a label and a detail schema, and nothing else', () => {
    expect(new Set(CASE_EVENT_TYPES).size).toBe(CASE_EVENT_TYPES.length);
    expect(Object.keys(CASE_EVENT_LABELS).sort()).toEqual([...CASE_EVENT_TYPES].sort());
    expect(Object.keys(CASE_EVENT_DETAILS).sort()).toEqual([...CASE_EVENT_TYPES].sort());
    for (const type of CASE_EVENT_TYPES) {
      expect(CASE_EVENT_LABELS[type].trim(), type).not.toBe('');
      expect(caseEventLabel(type)).toBe(CASE_EVENT_LABELS[type]);
    }
    expect(caseEventLabel('from_a_newer_server')).toBe('from_a_newer_server');
  });
});

describe('the events the server records', () => {
  let t: TestApp;
  let officer1: Client;
  let head: Client;
  beforeAll(async () => {
    t = await createTestApp();
    officer1 = await t.login('officer1');
    head = await t.login('head');
  });
  afterAll(async () => t.close());

  it('are in the list, with a label, and their details match their schemas', async () => {
    const archived = await archivedCase(t, officer1, head);
    const inDecision = await caseReadyForDecision(t, officer1, head);
    const items: unknown[] = [];
    for (const c of [archived, inDecision]) {
      const res = await officer1.get(`/api/v1/cases/${c.id}/timeline`);
      expect(res.statusCode).toBe(200);
      items.push(...res.json<{ items: unknown[] }>().items);
    }
    const types = new Set<string>();
    for (const item of items) {
      const parsed = caseEventSchema.safeParse(item);
      expect(parsed.success, JSON.stringify(item)).toBe(true);
      if (parsed.success) types.add(parsed.data.type);
    }
    for (const type of types) expect(caseEventLabel(type)).not.toBe(type);
    expect([...types]).toEqual(
      expect.arrayContaining([
        'created',
        'stage_changed',
        'approval_requested',
        'approval_granted',
        'record_added',
        'media_added',
      ]),
    );
  });

  it('refuses to write a detail that does not match its type’s schema', async () => {
    const c = await archivedCase(t, officer1, head);
    const events = new CaseEvents(t.services.audit, t.clock.now);
    const before = (await officer1.get(`/api/v1/cases/${c.id}/timeline`)).json<{ items: unknown[] }>();
    // A detail built at run time (e.g. from a spread or stored data) escapes the type check.
    const detail: unknown = JSON.parse('{"from":"initiated","to":"bogus"}');
    const input = { type: 'stage_changed', summary: '进入bogus阶段', detail } as CaseEventInput;
    await expect(
      t.services.database.db
        .transaction()
        .execute((tx) => events.record(tx, { id: null, name: 'test' }, c.id, input)),
    ).rejects.toThrow(/stage_changed does not match its detail schema: to: /);
    const after = (await officer1.get(`/api/v1/cases/${c.id}/timeline`)).json<{ items: unknown[] }>();
    expect(after.items).toHaveLength(before.items.length);
  });
});
