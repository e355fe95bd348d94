import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonObject, parseJson, StoredJsonError } from '../src/server/platform/db/json.js';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';
import { buildCase } from './support/factories.js';

describe('parseJson', () => {
  const schedule = z.array(z.object({ dueOn: z.string(), amountCents: z.number() }));

  it('returns the parsed value with the schema’s type', () => {
    const items = parseJson(schedule, '[{"dueOn":"2026-12-01","amountCents":5000}]', 'paymentPlan.schedule');
    expect(items).toEqual([{ dueOn: '2026-12-01', amountCents: 5000 }]);
    expect(parseJson(jsonObject, '{}', 'caseRecord.fields')).toEqual({});
  });

  it('names the column and the bad path when the stored shape differs', () => {
    const parse = () =>
      parseJson(schedule, '[{"dueOn":"2026-12-01","amountCents":"50"}]', 'paymentPlan.schedule');
    expect(parse).toThrow(StoredJsonError);
    expect(parse).toThrow(
      /^Stored JSON in paymentPlan\.schedule does not match its schema: 0\.amountCents: /,
    );
  });

  it('names the column when the text is not JSON at all', () => {
    expect(() => parseJson(jsonObject, '{"issuedOn":', 'caseRecord.fields')).toThrow(
      /^Stored JSON in caseRecord\.fields does not match its schema: not JSON/,
    );
    expect(() => parseJson(jsonObject, '[1]', 'caseRecord.fields')).toThrow(/caseRecord\.fields.*\(value\)/);
  });
});

describe('a JSON column that does not parse', () => {
  let t: TestApp;
  let officer1: Client;
  beforeAll(async () => {
    t = await createTestApp();
    officer1 = await t.login('officer1');
  });
  afterAll(async () => t.close());

  it('answers a plain 500 with a request id, not a wrong shape', async () => {
    const c = await buildCase(t, officer1);
    const ok = await officer1.get(`/api/v1/cases/${c.id}/timeline`);
    expect(ok.statusCode).toBe(200);
    await t.services.database.db
      .updateTable('caseEvent')
      .set({ detail: '["not", "an", "object"]' })
      .where('caseId', '=', c.id)
      .execute();
    const broken = await officer1.get(`/api/v1/cases/${c.id}/timeline`);
    expect(broken.statusCode).toBe(500);
    expect(errorCode(broken)).toBe('INTERNAL_ERROR');
    expect(
      broken.json<{ error: { details: { requestId?: string } } }>().error.details.requestId,
    ).toBeTruthy();
  });
});
