import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type Client, type TestApp } from './support/app.js';
import { caseBody, userId } from './support/factories.js';

/**
 * A case's team and clue come from the creator's unit (found by the attack on a running instance:
 * `POST /cases` stored another department's clue and officer lists without the creator).
 */
let t: TestApp;
let officer1: Client;
let branchOfficerId = '';
let branchClueId = '';
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  const admin = await t.login('admin');
  const branchId = (
    await t.services.database.db
      .selectFrom('department')
      .select('id')
      .where('name', '=', '英德分局')
      .executeTakeFirstOrThrow()
  ).id;
  for (const [username, no] of [
    ['yd1', '44189001'],
    ['yd2', '44189002'],
  ] as const) {
    const made = await admin.post('/api/v1/users', {
      username,
      name: `英德${username}`,
      password: 'demo12345',
      departmentId: branchId,
      roles: ['officer'],
    });
    if (made.statusCode !== 201) throw new Error(made.body);
    const cert = await admin.post('/api/v1/officers', {
      accountId: made.json<{ id: string }>().id,
      certificateNo: no,
      category: '生态环境保护综合执法',
      issuer: '广东省人民政府',
      issuedOn: '2024-01-01',
      validUntil: '2029-12-31',
    });
    if (cert.statusCode !== 201) throw new Error(cert.body);
  }
  branchOfficerId = await userId(t, 'yd1');
  const yd1 = await t.login('yd1');
  const clue = await yd1.post('/api/v1/clues', {
    source: 'complaint',
    title: '群众举报某厂偷排',
    description: '夜间偷排。',
    discoveredOn: '2026-11-20',
  });
  if (clue.statusCode !== 201) throw new Error(clue.body);
  branchClueId = clue.json<{ id: string }>().id;
});
afterAll(async () => t.close());

describe('who is on a new case', () => {
  it('refuses a team without the creator, an officer of another unit, and another unit’s clue', async () => {
    const others = await officer1.post('/api/v1/cases', {
      ...(await caseBody(t)),
      officerIds: [await userId(t, 'officer2'), branchOfficerId],
    });
    expect(others.statusCode).toBe(409);
    expect(others.json<{ error: { code: string; details: { reason: string } } }>().error).toMatchObject({
      code: 'OFFICER_NOT_ELIGIBLE',
      details: { reason: 'creator_not_included' },
    });
    const mixed = await officer1.post('/api/v1/cases', {
      ...(await caseBody(t)),
      officerIds: [await userId(t, 'officer1'), branchOfficerId],
    });
    expect(mixed.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe('other_unit');
    const clue = await officer1.post('/api/v1/cases', { ...(await caseBody(t)), clueId: branchClueId });
    expect(clue.statusCode).toBe(403);
    expect(errorCode(clue)).toBe('FORBIDDEN');
    const unknown = await officer1.post('/api/v1/cases', {
      ...(await caseBody(t)),
      clueId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    // the team of the creator's own unit is accepted
    expect((await officer1.post('/api/v1/cases', await caseBody(t))).statusCode).toBe(201);
  });
});
