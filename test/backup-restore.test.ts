import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { MANIFEST, type BackupManifest } from '../src/server/backup.js';
import { bootstrap } from '../src/server/bootstrap.js';
import { parseConfig } from '../src/server/config.js';
import { LocalBlobStore } from '../src/server/platform/storage/local.js';
import { cliEnvOf, Client, createTestApp, dropSchema, freshEnv, type TestEnv } from './support/app.js';
import { runCommand } from './support/cli.js';
import { decidedCase, disclosureAt, mp4Bytes, recordingOf } from './support/factories.js';

/**
 * `sanxiang backup` and `sanxiang restore` (issue 12): a round trip on the suite's database — the
 * backup verifies before it reports success, the restore goes into an empty installation and
 * verifies the audit chain and checkpoints, every sealed row and every blob; damage is refused.
 */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-backup-'));
const backupDir = path.join(root, 'backup');
const bytes = mp4Bytes('footage to keep '.repeat(300));
let sourceEnv: TestEnv;
let schema: string | undefined;
let mediaId = '';
let caseId = '';
let auditEntries = 0;
let blobCount = 0;
const cleanups: (() => Promise<void> | void)[] = [];

const cli = runCommand;

beforeAll(async () => {
  const t = await createTestApp();
  const officer1 = await t.login('officer1');
  const head = await t.login('head');
  caseId = (await decidedCase(t, officer1, head)).id;
  await disclosureAt(t, caseId, 'published');
  mediaId = (await recordingOf(t, officer1, caseId, bytes)).id;
  sourceEnv = cliEnvOf(t);
  schema = t.config.database.kind === 'postgres' ? t.config.database.schema : undefined;
  const backedUp = await cli(['backup', '--to', backupDir], sourceEnv);
  if (backedUp.code !== 0) throw new Error(`backup: ${backedUp.out} ${backedUp.err}`);
  auditEntries = Number(
    (
      await t.services.database.db
        .selectFrom('auditEntry')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  blobCount = (await t.services.database.db.selectFrom('media').select('sha256').distinct().execute()).length;
  // the source is gone: its database, data folder and key
  await t.close();
}, 120_000);
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  await dropSchema(schema);
  fs.rmSync(root, { recursive: true, force: true });
});

/** A new, empty installation on the same database server (same schema name: the dump holds it). */
function target(): TestEnv {
  const { env, dataDir } = freshEnv();
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  return { ...env, DATABASE_SCHEMA: schema, SANXIANG_MODE: 'production' };
}

describe('backup', () => {
  it('writes the database, the blobs and the key with their hashes, verified before success', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, MANIFEST), 'utf8')) as BackupManifest;
    expect(blobCount).toBeGreaterThan(0);
    expect(manifest.blobs).toMatchObject({ copied: true, count: blobCount });
    expect(manifest.audit.entries).toBeGreaterThan(10);
    expect(manifest.files.map((f) => f.file)).toContain(path.join('keys', 'audit-checkpoint-ed25519.pem'));
    expect(fs.statSync(path.join(backupDir, 'keys', 'audit-checkpoint-ed25519.pem')).mode & 0o777).toBe(
      0o600,
    );
  });

  it('refuses a folder that is not empty', async () => {
    const { code, err } = await cli(['backup', '--to', backupDir], target());
    expect(code).toBe(1);
    expect(err).toContain('not empty');
  });
});

describe('restore', () => {
  it('refuses a damaged database file before restoring anything', async () => {
    const copy = path.join(root, 'damaged-db');
    fs.cpSync(backupDir, copy, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(copy, MANIFEST), 'utf8')) as BackupManifest;
    const db = path.join(copy, manifest.files[0]?.file ?? '');
    fs.appendFileSync(db, 'x');
    const env = target();
    const { code, err } = await cli(['restore', '--from', copy], env);
    expect(code).toBe(1);
    expect(err).toContain('damaged');
  });

  it('restores into an empty installation and verifies chain, checkpoints, rows and blobs; the app serves it', async () => {
    const env = target();
    const { code, out, err } = await cli(['restore', '--from', backupDir], env);
    expect(code, out + err).toBe(0);
    const result = JSON.parse(out) as {
      ok: boolean;
      audit: { entries: number; checkpoint: { ok: boolean } };
      verifiedBlobs: { checked: number };
    };
    expect(result).toMatchObject({
      ok: true,
      audit: { entries: auditEntries, checkpoint: { ok: true } },
      verifiedBlobs: { checked: blobCount },
    });

    const { services } = await bootstrap(parseConfig(env));
    const app = await buildApp(services);
    try {
      const officer1 = new Client(app);
      expect(
        (await officer1.post('/api/v1/auth/login', { username: 'officer1', password: 'demo12345' }))
          .statusCode,
      ).toBe(200);
      expect((await officer1.get(`/api/v1/cases/${caseId}`)).statusCode).toBe(200);
      const content = await officer1.get(`/api/v1/media/${mediaId}/content`);
      expect(content.statusCode).toBe(200);
      expect(content.rawPayload.equals(bytes)).toBe(true);
      expect(
        (await app.inject({ method: 'GET', url: '/api/v1/public/decisions' })).json<{ total: number }>()
          .total,
      ).toBe(1);
    } finally {
      await app.close();
      await services.database.close();
    }
    // a second restore into the now full installation is refused
    const again = await cli(['restore', '--from', backupDir], env);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/exists|not empty/);
    await dropSchema(schema);
  });

  it('does not report success when a blob in the backup was changed', async () => {
    const copy = path.join(root, 'damaged-blob');
    fs.cpSync(backupDir, copy, { recursive: true });
    const store = new LocalBlobStore(path.join(copy, 'blobs'));
    for await (const o of store.listStored('blobs')) {
      fs.chmodSync(store.pathOf(o.name), 0o644);
      fs.appendFileSync(store.pathOf(o.name), 'tampered');
    }
    const { code, out } = await cli(['restore', '--from', copy], target());
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      ok: false,
      verifiedBlobs: {
        ok: false,
        problems: expect.arrayContaining([expect.objectContaining({ problem: 'missing' })]) as unknown,
      },
    });
    await dropSchema(schema);
  });
});
