import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from './support/app.js';
import { buildCase, caseInDecision, decidedCase, decisionDraft, disclosureOf } from './support/factories.js';

/**
 * The rows every list endpoint returns, per department: staff of a branch bureau see none of 执法一科's
 * cases, reviews, deadlines, approvals or disclosures; the bureau's head and the case-wide functions
 * see them. (The access matrix checks each route's status codes; this checks what the lists hold.)
 */
let t: TestApp;
let officer1: Client;
let head: Client;
const branch: Record<'head' | 'filler' | 'officer', Client | undefined> = {
  head: undefined,
  filler: undefined,
  officer: undefined,
};
let reviewCaseId = '';
let decidedCaseId = '';
let filingCaseId = '';
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  head = await t.login('head');
  const admin = await t.login('admin');
  const branchId = (
    await t.services.database.db
      .selectFrom('department')
      .select('id')
      .where('name', '=', '清城分局')
      .executeTakeFirstOrThrow()
  ).id;
  for (const role of ['head', 'filler', 'officer'] as const) {
    const res = await admin.post('/api/v1/users', {
      username: `branch_${role}`,
      name: `分局${role}`,
      password: 'demo12345',
      departmentId: branchId,
      roles: [role],
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    branch[role] = await t.login(`branch_${role}`);
  }
  // 执法一科: a case in legal review, a decided case with its disclosure, a pending approval
  const reviewed = await caseInDecision(t, officer1, head, 300000);
  reviewCaseId = reviewed.id;
  const submitted = await officer1.post(`/api/v1/cases/${reviewed.id}/legal-reviews`, {
    draft: decisionDraft(300000),
  });
  if (submitted.statusCode !== 201) throw new Error(submitted.body);
  decidedCaseId = (await decidedCase(t, officer1, head)).id;
  await disclosureOf(await t.login('filler'), decidedCaseId);
  await officer1.post(`/api/v1/cases/${reviewed.id}/approvals`, {
    kind: 'suspension',
    reason: '等待检测结果',
  });
  // and a case waiting for the head's 立案 approval
  filingCaseId = (await buildCase(t, officer1)).id;
});
afterAll(async () => t.close());

const LISTS: { url: string; caseIdsOf: (body: unknown) => string[] }[] = [
  {
    url: '/api/v1/cases?pageSize=200',
    caseIdsOf: (b) => (b as { items: { id: string }[] }).items.map((i) => i.id),
  },
  {
    url: '/api/v1/legal-reviews',
    caseIdsOf: (b) => (b as { items: { caseId: string }[] }).items.map((i) => i.caseId),
  },
  {
    url: '/api/v1/deadlines',
    caseIdsOf: (b) => (b as { items: { caseId: string }[] }).items.map((i) => i.caseId),
  },
  {
    url: '/api/v1/approvals',
    caseIdsOf: (b) => (b as { items: { caseId: string }[] }).items.map((i) => i.caseId),
  },
  {
    url: '/api/v1/approvals/filings',
    caseIdsOf: (b) => (b as { items: { caseId: string }[] }).items.map((i) => i.caseId),
  },
  {
    url: '/api/v1/disclosures?pageSize=200',
    caseIdsOf: (b) => (b as { items: { caseId: string }[] }).items.map((i) => i.caseId),
  },
];

describe('what list endpoints return, by department', () => {
  for (const list of LISTS) {
    it(`${list.url}: a branch bureau's staff see no row of another unit's cases; the bureau's head does`, async () => {
      const ours = [reviewCaseId, decidedCaseId, filingCaseId];
      for (const client of [branch.head, branch.filler, branch.officer]) {
        if (!client) throw new Error('no client');
        const res = await client.get(list.url);
        if (res.statusCode === 403) continue; // the role has no such list at all
        expect(res.statusCode, res.body).toBe(200);
        const ids = list.caseIdsOf(res.json());
        for (const id of ours) expect(ids).not.toContain(id);
      }
      const all = await head.get(list.url);
      expect(all.statusCode).toBe(200);
      expect(ours.some((id) => list.caseIdsOf(all.json()).includes(id))).toBe(true);
    });
  }
});
