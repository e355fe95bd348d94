import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnvOf, createTestApp, type Client, type TestApp } from './support/app.js';
import { runCommand } from './support/cli.js';
import {
  buildCase,
  caseUnderInvestigation,
  mp4Bytes,
  recordingOf,
  uploadMedia,
} from './support/factories.js';

/**
 * A flipped byte in a stored recording (found by the attack on a running instance: it was served as if
 * intact, with the original hash shown) is detected: reading it breaks the answer instead of ending it,
 * and `sanxiang verify-blobs` names it and exits 1.
 */
let t: TestApp;
let officer1: Client;
let mediaId = '';
let sha256 = '';
const bytes = mp4Bytes('body-camera footage '.repeat(2000));
beforeAll(async () => {
  t = await createTestApp();
  officer1 = await t.login('officer1');
  const head = await t.login('head');
  const c = await caseUnderInvestigation(t, officer1, head);
  ({ id: mediaId, sha256 } = await recordingOf(t, officer1, c.id, bytes));
});
afterAll(async () => t.close());

const cliEnv = () => cliEnvOf(t);

const verifyBlobs = () => runCommand(['verify-blobs'], cliEnv());

describe('stored recordings', () => {
  it('serve intact bytes and verify; a changed byte is refused on reading and named by verify-blobs', async () => {
    const good = await officer1.get(`/api/v1/media/${mediaId}/content`);
    expect(good.statusCode).toBe(200);
    expect(createHash('sha256').update(good.rawPayload).digest('hex')).toBe(sha256);
    const before = await verifyBlobs();
    expect(before.code).toBe(0);
    expect(before.lines.at(-1)).toContain('"ok":true');

    // flip one byte in the middle of the stored file
    const file = path.join(t.config.dataDir, 'blobs', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    fs.chmodSync(file, 0o644);
    const stored = fs.readFileSync(file);
    const at = Math.floor(stored.length / 2);
    stored[at] = (stored[at] ?? 0) ^ 0xff;
    fs.writeFileSync(file, stored);

    let served: Buffer | null = null;
    try {
      const bad = await officer1.get(`/api/v1/media/${mediaId}/content`);
      served = bad.rawPayload;
    } catch {
      served = null; // the answer broke off: not served as intact
    }
    if (served !== null) expect(createHash('sha256').update(served).digest('hex')).not.toBe(sha256);
    if (served !== null) expect(served.length).toBeLessThan(bytes.length);

    const after = await verifyBlobs();
    expect(after.code).toBe(1);
    expect(after.lines).toContainEqual(JSON.stringify({ sha256, mediaIds: [mediaId], problem: 'corrupt' }));
    fs.rmSync(file);
    expect((await verifyBlobs()).lines).toContainEqual(
      JSON.stringify({ sha256, mediaIds: [mediaId], problem: 'missing' }),
    );
  });
});

describe('refused uploads', () => {
  const blobFiles = () =>
    fs
      .readdirSync(path.join(t.config.dataDir, 'blobs'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /^[0-9a-f]{64}$/.test(e.name)).length;

  it('leave no stored file: fields are checked before the file is stored', async () => {
    const c = await buildCase(t, officer1);
    const head = await t.login('head');
    await head.post(`/api/v1/cases/${c.id}/advance`, { to: 'investigation' });
    const before = blobFiles();
    const future = await uploadMedia(
      officer1,
      c.id,
      {
        activity: 'onsite_inspection',
        capturedAt: new Date(t.clock.now().getTime() + 3_600_000).toISOString(),
      },
      mp4Bytes('never stored, captured in the future'),
    );
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('采集时间不能晚于当前时间');
    const badActivity = await uploadMedia(
      officer1,
      c.id,
      { activity: 'nothing', capturedAt: new Date(t.clock.now().getTime() - 60_000).toISOString() },
      mp4Bytes('never stored, bad activity'),
    );
    expect(badActivity.statusCode).toBe(400);
    // the file before its fields
    const boundary = '----sanxiangfilefirst';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.mp4"\r\nContent-Type: video/mp4\r\n\r\n`,
      ),
      mp4Bytes('never stored, file first'),
      Buffer.from(
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="activity"\r\n\r\nonsite_inspection\r\n--${boundary}--\r\n`,
      ),
    ]);
    const fileFirst = await officer1.request('POST', `/api/v1/cases/${c.id}/media`, payload, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(fileFirst.statusCode).toBe(400);
    expect(blobFiles()).toBe(before);
  });
});
