import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/server/cli.js';
import { uploadsDirOf } from '../src/server/config.js';
import type { LocalBlobStore } from '../src/server/platform/storage/local.js';
import { cliEnvOf, createTestApp, type Client, type TestApp } from './support/app.js';
import { runCommand } from './support/cli.js';
import { caseUnderInvestigation, mp4Bytes, recordingOf } from './support/factories.js';

/**
 * Files that were never cleaned (issue 12, Low): blobs of refused uploads, tus staging files of
 * abandoned uploads, temporary files after a crash. `sanxiang gc` removes only what no row refers to
 * and what is older than the grace period, with a dry-run listing first.
 */
let t: TestApp;
let officer1: Client;
let mediaId = '';
let kept = '';
let orphan = '';
const leftover = randomUUID();
const abandoned = randomUUID();
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  const head = await t.login('head');
  const c = await caseUnderInvestigation(t, officer1, head);
  ({ id: mediaId, sha256: kept } = await recordingOf(t, officer1, c.id, mp4Bytes('kept footage')));
  // what no row refers to: a blob stored by a request that then failed, a crashed put, an abandoned tus upload
  orphan = (await t.services.blobs.put(Readable.from([mp4Bytes('orphan footage')]))).sha256;
  const store = t.services.blobs as LocalBlobStore;
  fs.mkdirSync(store.tmpDir, { recursive: true });
  fs.writeFileSync(path.join(store.tmpDir, leftover), 'half a put');
  const uploads = uploadsDirOf(t.config);
  fs.writeFileSync(path.join(uploads, abandoned), Buffer.alloc(1000));
  fs.writeFileSync(path.join(uploads, `${abandoned}.json`), JSON.stringify({ id: abandoned }));
});
afterAll(async () => t.close());

async function cli(...args: string[]) {
  const { code, lines, last } = await runCommand(['gc', ...args], cliEnvOf(t));
  return {
    code,
    items: lines.slice(0, -1).map((l) => JSON.parse(l) as { kind: string; name: string }),
    last,
  };
}

describe('sanxiang gc', () => {
  it('touches nothing younger than the grace period', async () => {
    t.clock.set(new Date(Date.now() + HOUR).toISOString());
    const result = await t.services.storageGc.run({ dryRun: false, graceMs: 24 * HOUR });
    expect(result.removed).toEqual([]);
  });

  it('lists in a dry run, exactly the unreferenced blob, the temporary file and the abandoned upload', async () => {
    const { code, items } = await cli('--dry-run', '--grace-hours', '0');
    expect(code).toBe(0);
    expect(items.map((i) => `${i.kind}:${i.name}`).sort()).toEqual(
      [`blob:${orphan}`, `temporary:${leftover}`, `upload:${abandoned}`].sort(),
    );
    // a dry run removes nothing
    expect(await t.services.blobs.stat(orphan)).not.toBeNull();
    expect(fs.existsSync(path.join(uploadsDirOf(t.config), abandoned))).toBe(true);
  });

  it('spares a blob stored again within the grace period (its row is being written)', async () => {
    const before = (await t.services.blobs.stat(orphan))?.modifiedAt.getTime() ?? 0;
    await new Promise((r) => setTimeout(r, 20));
    const again = await t.services.blobs.put(Readable.from([mp4Bytes('orphan footage')]));
    expect(again.existed).toBe(true);
    expect((await t.services.blobs.stat(orphan))?.modifiedAt.getTime()).toBeGreaterThan(before);
    t.clock.set(new Date(Date.now() + HOUR).toISOString());
    const result = await t.services.storageGc.run({ dryRun: true, graceMs: 2 * HOUR, kinds: ['blob'] });
    expect(result.removed).toEqual([]);
  });

  it('removes them; the referenced recording still plays and verifies', async () => {
    const { code, items, last } = await cli('--grace-hours', '0');
    expect(code).toBe(0);
    expect(items).toHaveLength(3);
    expect(last).toMatchObject({ count: 3 });
    expect(await t.services.blobs.stat(orphan)).toBeNull();
    expect(await t.services.blobs.stat(kept)).not.toBeNull();
    expect(fs.readdirSync(uploadsDirOf(t.config))).toEqual([]);
    expect(fs.readdirSync((t.services.blobs as LocalBlobStore).tmpDir)).toEqual([]);
    // (the clock moved past the session's life: sign in again)
    officer1 = await t.login('officer1');
    expect((await officer1.get(`/api/v1/media/${mediaId}/content`)).statusCode).toBe(200);
    expect(await runCli(['verify-blobs'], cliEnvOf(t))).toBe(0);
    expect((await cli('--grace-hours', '0')).items).toEqual([]);
  });

  it('refuses a grace period that is not a number', async () => {
    expect((await cli('--grace-hours', 'soon')).code).toBe(2);
  });
});
