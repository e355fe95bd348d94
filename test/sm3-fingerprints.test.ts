import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyData } from '../src/server/platform/audit/row-seals.js';
import { digestsOfStream } from '../src/server/platform/storage/hashing.js';
import { cliEnvOf, createTestApp, type Client, type TestApp } from './support/app.js';
import { runCommand } from './support/cli.js';
import { caseUnderInvestigation, mp4Bytes, recordingOf } from './support/factories.js';

/**
 * SM3 (GB/T 32905) fingerprints beside SHA-256, as an option for systems assessed under GB/T 39786
 * (issue 12): on the recording, in the case file's manifest and SM3SUMS, and checked by verify-blobs.
 */
describe('SM3 digest', () => {
  it('gives the standard test vectors of GB/T 32905 appendix A', async () => {
    const digest = async (text: string) =>
      (await digestsOfStream(Readable.from([Buffer.from(text)]), ['sm3'])).sm3;
    expect(await digest('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(await digest('abcd'.repeat(16))).toBe(
      'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732',
    );
  });
});

describe('with SM3_FINGERPRINTS on', () => {
  let t: TestApp;
  let officer1: Client;
  let caseId = '';
  const bytes = mp4Bytes('sm3 footage '.repeat(500));
  const sm3 = createHash('sm3').update(bytes).digest('hex');
  beforeAll(async () => {
    t = await createTestApp({ env: { SM3_FINGERPRINTS: 'true' } });
    officer1 = await t.login('officer1');
    const head = await t.login('head');
    caseId = (await caseUnderInvestigation(t, officer1, head)).id;
  });
  afterAll(async () => t.close());

  const verifyBlobs = () => runCommand(['verify-blobs'], { ...cliEnvOf(t), SM3_FINGERPRINTS: 'true' });

  it('keeps the SM3 of each recording, lists it in the case file and its SM3SUMS', async () => {
    expect((await recordingOf(t, officer1, caseId, bytes)).sm3).toBe(sm3);
    const zip = unzipSync(new Uint8Array((await officer1.get(`/api/v1/cases/${caseId}/archive`)).rawPayload));
    const manifest = JSON.parse(strFromU8(zip['manifest.json'] ?? new Uint8Array())) as {
      fingerprints: string[];
      files: { file: string; sm3?: string }[];
    };
    expect(manifest.fingerprints).toEqual(['sha256', 'sm3']);
    for (const f of manifest.files)
      expect(f.sm3, f.file).toBe(
        createHash('sm3')
          .update(zip[f.file] ?? new Uint8Array())
          .digest('hex'),
      );
    const sums = strFromU8(zip['SM3SUMS'] ?? new Uint8Array());
    expect(sums).toContain(`${sm3}  media/`);
    expect(sums.trim().split('\n')).toHaveLength(manifest.files.length);
    expect((await verifyBlobs()).code).toBe(0);
  });

  it('names a recording whose recorded SM3 no longer matches its bytes', async () => {
    const db = t.services.database.db;
    const m = await db
      .selectFrom('media')
      .select(['id'])
      .where('caseId', '=', caseId)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('media')
      .set({ sm3: '0'.repeat(64) })
      .where('id', '=', m.id)
      .execute();
    const { code, lines } = await verifyBlobs();
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain('sm3_mismatch');
    // and the row itself no longer matches its seal
    expect((await verifyData(db)).problems).toContainEqual(
      expect.objectContaining({ row: `media:${m.id}`, problem: 'changed' }),
    );
  });
});

describe('with SM3_FINGERPRINTS off (the default)', () => {
  it('stores no SM3 and writes no SM3SUMS', async () => {
    const t = await createTestApp();
    try {
      const officer1 = await t.login('officer1');
      const head = await t.login('head');
      const c = await caseUnderInvestigation(t, officer1, head);
      expect((await recordingOf(t, officer1, c.id, mp4Bytes('plain'))).sm3).toBeNull();
      const zip = unzipSync(new Uint8Array((await officer1.get(`/api/v1/cases/${c.id}/archive`)).rawPayload));
      expect(zip['SM3SUMS']).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});
