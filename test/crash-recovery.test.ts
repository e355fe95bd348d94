import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/platform/db/database.js';
import { dialectUnderTest, dropSchema, freshEnv } from './support/app.js';
import { runCommand } from './support/cli.js';
import { loginOver, startChildServer, type ChildServer, type HttpClient } from './support/child-server.js';
import { CREDIT_CODE } from './support/factories.js';

/**
 * Issue 12: the kill -9 test, in the suite on both databases. The real server (a child process) takes
 * concurrent writers on several cases and is killed with SIGKILL in the middle of the load; started
 * again on the same data folder and database, it has every write it acknowledged (a 201), each
 * exactly once with its audit entry, each case's record order without gaps; the audit chain verifies
 * against the checkpoint signed before the kill, and every sealed row against its audit entry.
 */
const CASES = 5;
const WRITERS_PER_CASE = 12; // 60 concurrent writers
const RECORDS_PER_WRITER = 40; // far more than get written before the kill
const KILL_AFTER_ACKS = 150; // acknowledged writes of the load, then SIGKILL

const { env, dataDir, schema } = freshEnv();
let server: ChildServer | undefined;
afterAll(async () => {
  await server?.kill();
  await dropSchema(schema);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

type Written = { caseId: string; id: string; title: string };

/** Runs a command in this process against the server's environment: its exit code and last JSON line. */
async function cli(command: string): Promise<{ code: number; result: Record<string, unknown> }> {
  const { code, last } = await runCommand([command], env);
  return { code, result: last };
}

async function openCases(officer: HttpClient): Promise<string[]> {
  const officers = (await officer.get('/api/v1/officers?page=1&pageSize=50')).json<{
    items: { accountId: string; username: string }[];
  }>();
  const officerIds = officers.items
    .filter((o) => ['officer1', 'officer2'].includes(o.username))
    .map((o) => o.accountId);
  expect(officerIds).toHaveLength(2);
  const ids: string[] = [];
  for (let k = 0; k < CASES; k += 1) {
    const res = await officer.post('/api/v1/cases', {
      kind: 'penalty',
      title: `断电恢复测试案${k}`,
      party: { type: 'organization', name: `清远市某某化工有限公司${k}`, creditCode: CREDIT_CODE },
      officerIds,
    });
    if (res.status !== 201) throw new Error(`case creation: ${res.status} ${res.body}`);
    ids.push(res.json<{ id: string }>().id);
  }
  return ids;
}

describe(`crash recovery: kill -9 under concurrent writes (${dialectUnderTest})`, () => {
  it('keeps every acknowledged write; the audit chain and its checkpoints verify after restart', async () => {
    const started = Date.now();
    server = await startChildServer(env);
    const officer1 = await loginOver(server.baseUrl, 'officer1');
    const officer2 = await loginOver(server.baseUrl, 'officer2');
    const caseIds = await openCases(officer1);

    const attempted = new Set<string>();
    const acknowledged: Written[] = [];
    const refused: string[] = [];
    const write = async (client: HttpClient, caseId: string, title: string) => {
      attempted.add(title);
      const res = await client.post(`/api/v1/cases/${caseId}/records`, {
        type: 'inquiry_record',
        title,
        content: `${title}：询问内容`,
      });
      if (res.status !== 201) {
        refused.push(`${title}: ${res.status} ${res.body}`);
        return false;
      }
      acknowledged.push({ caseId, id: res.json<{ id: string }>().id, title });
      return true;
    };

    // before the load: a record on each case, then the chain's head signed (the CLI, as cron runs it)
    for (const [k, caseId] of caseIds.entries()) await write(officer1, caseId, `案${k}-预备`);
    const checkpoint = await cli('checkpoint');
    expect(checkpoint).toMatchObject({ code: 0, result: { written: true } });
    const signedEntries = Number(checkpoint.result.entries);

    // the load: 60 writers, each adding records to its case one after another until the server dies
    const before = acknowledged.length;
    let killed: Promise<void> | undefined;
    const writer = async (caseIndex: number, w: number) => {
      const client = w % 2 === 0 ? officer1 : officer2;
      const caseId = caseIds[caseIndex] ?? '';
      for (let r = 0; r < RECORDS_PER_WRITER; r += 1) {
        try {
          if (!(await write(client, caseId, `案${caseIndex}-写入者${w}-第${r}份`))) return;
        } catch {
          return; // no answer: the server is gone
        }
        if (!killed && acknowledged.length - before >= KILL_AFTER_ACKS) killed = server?.kill();
      }
    };
    await Promise.all(
      Array.from({ length: CASES * WRITERS_PER_CASE }, (_, i) => writer(i % CASES, Math.floor(i / CASES))),
    );
    expect(killed, 'the load ended before the kill').toBeDefined();
    await killed;
    expect(server.child.signalCode).toBe('SIGKILL');
    expect(refused, 'every answer before the kill was a 201').toEqual([]);
    const loadMs = Date.now() - started;

    // the same data folder and database, a new process
    server = await startChildServer(env);
    const reader = await loginOver(server.baseUrl, 'officer1');
    for (const caseId of caseIds) {
      const listed = (await reader.get(`/api/v1/cases/${caseId}/records`)).json<{
        items: { id: string; title: string }[];
      }>();
      const present = new Map(listed.items.map((r) => [r.id, r.title]));
      expect(present.size, 'no record twice').toBe(listed.items.length);
      const missing = acknowledged
        .filter((w) => w.caseId === caseId && present.get(w.id) !== w.title)
        .map((w) => w.title);
      expect(missing, `acknowledged writes missing after the restart (case ${caseId})`).toEqual([]);
      // anything else present is a write the server committed but could not answer before it died
      expect(listed.items.filter((r) => !attempted.has(r.title)).map((r) => r.title)).toEqual([]);
    }
    const admin = await loginOver(server.baseUrl, 'admin');
    const verified = (await admin.get('/api/v1/audit/verify')).json<{
      ok: boolean;
      entries: number;
      checkpoint?: { ok: boolean; entries: number };
    }>();
    expect(verified, JSON.stringify(verified)).toMatchObject({ ok: true, checkpoint: { ok: true } });
    expect(verified.entries).toBeGreaterThan(signedEntries);
    await server.stop();

    // with the server stopped: the CLI's verification, and the rows against their audit entries
    const verifyAudit = await cli('verify-audit');
    expect(verifyAudit, JSON.stringify(verifyAudit.result)).toMatchObject({
      code: 0,
      result: { ok: true, checkpoint: { ok: true } },
    });
    // every sealed row (the cases, their records) matches the digest its audit entry sealed
    const verifyData = await cli('verify-data');
    expect(verifyData, JSON.stringify(verifyData.result)).toMatchObject({ code: 0, result: { ok: true } });
    const database = await openDatabase(parseConfig(env).database);
    try {
      const { db } = database;
      const signed = await db
        .selectFrom('auditCheckpoint')
        .select('entries')
        .where('entries', '=', signedEntries)
        .executeTakeFirst();
      expect(signed, 'the checkpoint signed before the kill is kept').toBeDefined();
      const rows = await db
        .selectFrom('caseRecord')
        .select(['id', 'caseId', 'seq'])
        .where('caseId', 'in', caseIds)
        .orderBy('caseId')
        .orderBy('seq')
        .execute();
      for (const caseId of caseIds) {
        const seqs = rows.filter((r) => r.caseId === caseId).map((r) => r.seq);
        expect(seqs, `case ${caseId}: the record order has no gaps`).toEqual(
          Array.from({ length: seqs.length }, (_, i) => i + 1),
        );
      }
      // each record committed with its audit entry, and no audit entry without its record
      const entries = await db
        .selectFrom('auditEntry')
        .select('detail')
        .where('action', '=', 'case.record_added')
        .execute();
      const audited = entries.map((e) => (JSON.parse(e.detail) as { recordId: string }).recordId);
      expect([...audited].sort()).toEqual(rows.map((r) => r.id).sort());
    } finally {
      await database.close();
    }

    const committedUnanswered = (await countRecords(caseIds)) - acknowledged.length;
    console.info(
      `crash recovery (${dialectUnderTest}): ${acknowledged.length} acknowledged, ` +
        `${committedUnanswered} committed but unanswered at the kill; load ${loadMs} ms, total ${Date.now() - started} ms`,
    );
  }, 120_000);
});

async function countRecords(caseIds: string[]): Promise<number> {
  const database = await openDatabase(parseConfig(env).database);
  try {
    const row = await database.db
      .selectFrom('caseRecord')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('caseId', 'in', caseIds)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await database.close();
  }
}
