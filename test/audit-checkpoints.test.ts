import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH } from '../src/server/platform/audit/audit.rules.js';
import { createTestApp, type TestApp } from './support/app.js';

/**
 * Signed checkpoints of the audit chain: the attack on a running instance (a) edited a row and
 * recomputed every later hash, and (b) deleted the newest rows — the chain alone verified both times.
 * With a checkpoint signed by a key outside the database, both fail.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  const rootId =
    (await admin.get('/api/v1/departments'))
      .json<{ items: { id: string; parentId: string | null }[] }>()
      .items.find((d) => d.parentId === null)?.id ?? '';
  for (let i = 0; i < 4; i += 1)
    await admin.post('/api/v1/departments', { name: `检查点${i}`, parentId: rootId, kind: 'department' });
});
afterAll(async () => t.close());

const db = () => t.services.database.db;

/** Rewrites the chain from `seq` on with every hash recomputed, as an attacker with the database could. */
async function rechainFrom(seq: number) {
  const rows = await db().selectFrom('auditEntry').selectAll().orderBy('seq').execute();
  let prev = rows.find((r) => r.seq === seq - 1)?.hash ?? GENESIS_HASH;
  for (const r of rows.filter((x) => x.seq >= seq)) {
    const fields = { ...r, prevHash: prev };
    const hash = entryHash(fields);
    await db()
      .updateTable('auditEntry')
      .set({ prevHash: prev, hash, detail: r.detail })
      .where('seq', '=', r.seq)
      .execute();
    prev = hash;
  }
}

describe('audit checkpoints', () => {
  it('signs the head with a key outside the database and exports it for publication', async () => {
    const written = await t.services.checkpoints.write();
    expect(written.written).toBe(true);
    expect((await t.services.checkpoints.write()).written).toBe(false); // nothing new since
    expect(fs.statSync(t.config.auditKeyFile).mode & 0o777).toBe(0o600);
    const published = await t.services.checkpoints.export();
    expect(published).toMatchObject({ algorithm: 'Ed25519', checkpoints: [{ entries: written.entries }] });
    expect(published.publicKey).toContain('BEGIN PUBLIC KEY');
    const admin = await t.login('admin');
    const verified = (await admin.get('/api/v1/audit/verify')).json<{
      ok: boolean;
      checkpoint: { ok: boolean };
    }>();
    expect(verified).toMatchObject({ ok: true, checkpoint: { ok: true, entries: written.entries } });
  });

  it('detects an edited entry whose later hashes were recomputed', async () => {
    const target = 3;
    const row = await db()
      .selectFrom('auditEntry')
      .selectAll()
      .where('seq', '=', target)
      .executeTakeFirstOrThrow();
    await db()
      .updateTable('auditEntry')
      .set({ actorName: 'someone-else' })
      .where('seq', '=', target)
      .execute();
    await rechainFrom(target);
    const result = await t.services.checkpoints.verify();
    expect(result.brokenAt).toBeUndefined(); // the chain alone looks fine…
    expect(result).toMatchObject({ ok: false, checkpoint: { ok: false, problem: 'rechained' } });
    // restore
    await db()
      .updateTable('auditEntry')
      .set({ actorName: row.actorName })
      .where('seq', '=', target)
      .execute();
    await rechainFrom(target);
    expect((await t.services.checkpoints.verify()).ok).toBe(true);
  });

  it('detects the newest entries deleted, and a forged checkpoint', async () => {
    const last = (await t.services.checkpoints.latest())?.entries ?? 0;
    const saved = await db()
      .selectFrom('auditEntry')
      .selectAll()
      .where('seq', '>=', last - 1)
      .execute();
    await db()
      .deleteFrom('auditEntry')
      .where('seq', '>=', last - 1)
      .execute();
    expect(await t.services.audit.verify()).toMatchObject({ ok: true }); // the chain alone still verifies
    expect(await t.services.checkpoints.verify()).toMatchObject({
      ok: false,
      checkpoint: { problem: 'truncated' },
    });
    await db().insertInto('auditEntry').values(saved).execute();
    // a checkpoint written into the database without the key does not verify
    const { head } = await t.services.audit.verify();
    const entries = (await t.services.audit.verify()).entries;
    await db()
      .insertInto('auditCheckpoint')
      .values({
        entries: entries + 100,
        head,
        at: '2026-12-07T00:00:00.000Z',
        keyId: 'forged',
        signature: 'AAAA',
      })
      .execute();
    expect(await t.services.checkpoints.verify()).toMatchObject({
      ok: false,
      checkpoint: { problem: 'bad_signature' },
    });
  });
});
