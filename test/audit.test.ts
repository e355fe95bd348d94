import { spawnSync } from 'node:child_process';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRun, entryHash, GENESIS_HASH } from '../src/server/platform/audit/audit.rules.js';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

type Verify = { ok: boolean; entries: number; head: string; brokenAt?: { seq: number; reason: string } };

async function withActivity() {
  t = await createTestApp();
  const admin = await t.login('admin');
  const depts = (await admin.get('/api/v1/departments')).json<{
    items: { id: string; parentId: string | null }[];
  }>();
  const rootId = depts.items.find((d) => d.parentId === null)?.id ?? '';
  for (let i = 0; i < 3; i += 1) {
    await admin.post('/api/v1/departments', { name: `审计测试${i}`, parentId: rootId, kind: 'department' });
  }
  return { t, admin };
}

describe('audit chain', () => {
  it('writes an entry for each change, in the same transaction, and verifies', async () => {
    const { t, admin } = await withActivity();
    const entries = await t.services.database.db
      .selectFrom('auditEntry')
      .selectAll()
      .orderBy('seq')
      .execute();
    const actions = entries.map((e) => e.action);
    expect(actions.filter((a) => a === 'department.create').length).toBe(1 + 18 + 3);
    expect(actions).toContain('user.create');
    expect(actions).toContain('calendar.year.import');
    expect(actions).toContain('auth.login');
    const created = entries.filter((e) => e.action === 'department.create').at(-1);
    expect(created).toMatchObject({ actorName: 'admin', objectType: 'department', beforeDigest: null });
    expect(created?.afterDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    const res = await admin.get('/api/v1/audit/verify');
    const v = res.json<Verify>();
    expect(v.ok).toBe(true);
    expect(v.entries).toBe(entries.length + 0);
    expect(v.head).toBe(entries.at(-1)?.hash);
  });

  it('detects an edited row and names it', async () => {
    const { t, admin } = await withActivity();
    const target = await t.services.database.db
      .selectFrom('auditEntry')
      .select('seq')
      .where('action', '=', 'user.create')
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    await sql`update audit_entry set actor_name = 'someone-else' where seq = ${target.seq}`.execute(
      t.services.database.db,
    );
    const v = (await admin.get('/api/v1/audit/verify')).json<Verify>();
    expect(v.ok).toBe(false);
    expect(v.brokenAt).toEqual({ seq: target.seq, reason: 'hash_mismatch' });
    expect(v.entries).toBe(target.seq - 1);
  });

  it('detects a row rewritten with a fresh hash (the next entry no longer links)', async () => {
    const { t, admin } = await withActivity();
    const db = t.services.database.db;
    const row = await db.selectFrom('auditEntry').selectAll().where('seq', '=', 5).executeTakeFirstOrThrow();
    const forged = { ...row, detail: '{"forged":true}' };
    await sql`update audit_entry set detail = ${forged.detail}, hash = ${entryHash(forged)} where seq = 5`.execute(
      db,
    );
    const v = (await admin.get('/api/v1/audit/verify')).json<Verify>();
    expect(v.brokenAt).toEqual({ seq: 6, reason: 'prev_hash_mismatch' });
  });

  it('detects a deleted row', async () => {
    const { t, admin } = await withActivity();
    await sql`delete from audit_entry where seq = 3`.execute(t.services.database.db);
    const v = (await admin.get('/api/v1/audit/verify')).json<Verify>();
    expect(v).toMatchObject({ ok: false, entries: 2, brokenAt: { seq: 3, reason: 'sequence_gap' } });
  });

  it('rolls back the audit entry with a failed change', async () => {
    t = await createTestApp();
    const { db } = t.services.database;
    const before = await db
      .selectFrom('auditEntry')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      db.transaction().execute(async (tx) => {
        await t?.services.audit.append(
          tx,
          { id: null, name: 'test' },
          { action: 'x', objectType: 'y', objectId: 'z' },
        );
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    const after = await db
      .selectFrom('auditEntry')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect((await t.services.audit.verify()).ok).toBe(true);
  });

  it('keeps the chain intact under concurrent writers', async () => {
    const { t, admin } = await withActivity();
    const depts = (await admin.get('/api/v1/departments')).json<{
      items: { id: string; parentId: string | null }[];
    }>();
    const rootId = depts.items.find((d) => d.parentId === null)?.id ?? '';
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        admin.post('/api/v1/departments', { name: `并发${i}`, parentId: rootId, kind: 'branch' }),
      ),
    );
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    expect((await t.services.audit.verify()).ok).toBe(true);
  });

  it('verifies from the command line and exits 1 when broken', async () => {
    const { t } = await withActivity();
    const env = {
      ...process.env,
      DATA_DIR: t.config.dataDir,
      DATABASE_SCHEMA: t.config.database.kind === 'postgres' ? t.config.database.schema : '',
    };
    const cli = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli-main.ts', 'verify-audit'], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const good = cli();
    expect(good.stdout, good.stderr).toContain('"ok":true');
    expect(good.status).toBe(0);
    await sql`update audit_entry set action = 'nothing' where seq = 2`.execute(t.services.database.db);
    const bad = cli();
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('"brokenAt":{"seq":2,"reason":"hash_mismatch"}');
  });
});

describe('chain rules', () => {
  it('checks a run against its predecessor', () => {
    const f = {
      seq: 1,
      at: 'a',
      actorId: null,
      actorName: 'x',
      action: 'a',
      objectType: 'o',
      objectId: '1',
      beforeDigest: null,
      afterDigest: null,
      detail: '{}',
      prevHash: GENESIS_HASH,
    };
    const e = { ...f, hash: entryHash(f) };
    expect(checkRun({ seq: 0, hash: GENESIS_HASH }, [e])).toEqual({
      ok: true,
      tail: { seq: 1, hash: e.hash },
    });
    expect(checkRun({ seq: 0, hash: GENESIS_HASH }, [{ ...e, objectId: '2' }])).toMatchObject({
      ok: false,
      tail: { seq: 0 },
      broken: { seq: 1, reason: 'hash_mismatch' },
    });
  });
});
