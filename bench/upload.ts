/**
 * Upload benchmark (issue: whole-process recording). Starts the real server on SQLite in a temp
 * folder, then in the same run:
 *  1. baseline: copies a test file with `dd bs=1M conv=fsync` (the disk's limit);
 *  2. uploads the same file through `POST /api/v1/cases/{id}/media` (multipart, streamed);
 *  3. uploads it again through tus, interrupted part-way and resumed, and checks the hash.
 * Prints the server's peak RSS growth during each upload and the throughput ratio upload/dd.
 * Size: BENCH_SIZE_MB (default 1024). Run: `npm run bench` (or `npx tsx bench/upload.ts`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const SIZE_MB = Number(process.env.BENCH_SIZE_MB ?? 1024);
const MiB = 1024 * 1024;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function rssKiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** Samples a process's RSS every 20 ms until stopped; returns the peak. */
function sampleRss(pid: number) {
  let peak = rssKiB(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssKiB(pid));
  }, 20);
  return { stop: () => (clearInterval(timer), peak) };
}

type Session = { cookie: string; csrf: string };

function request(
  port: number,
  method: string,
  url: string,
  session: Session | undefined,
  headers: Record<string, string>,
  body?: Buffer | fs.ReadStream | (() => NodeJS.ReadableStream),
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method,
          path: url,
          headers: {
            ...headers,
            ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', reject);
      if (body === undefined) req.end();
      else if (Buffer.isBuffer(body)) req.end(body);
      else {
        const stream = typeof body === 'function' ? body() : body;
        stream.pipe(req);
      }
    },
  );
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-bench-'));
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: path.join(dir, 'data'),
      SANXIANG_MODE: 'demo',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const pid = server.pid ?? 0;
  try {
    for (let i = 0; i < 200; i += 1) {
      const ok = await request(port, 'GET', '/api/v1/health', undefined, {}).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const login = await request(
      port,
      'POST',
      '/api/v1/auth/login',
      undefined,
      { 'content-type': 'application/json' },
      Buffer.from(JSON.stringify({ username: 'officer1', password: 'demo12345' })),
    );
    const session: Session = {
      cookie: String(login.headers['set-cookie']?.[0]?.split(';')[0]),
      csrf: (JSON.parse(login.body) as { csrfToken: string }).csrfToken,
    };
    const officers = JSON.parse(
      (await request(port, 'GET', '/api/v1/officers?status=valid', session, {})).body,
    ) as { items: { accountId: string }[] };
    const created = await request(
      port,
      'POST',
      '/api/v1/cases',
      session,
      { 'content-type': 'application/json' },
      Buffer.from(
        JSON.stringify({
          kind: 'inspection',
          title: '基准测试',
          party: { type: 'organization', name: '测试单位', creditCode: '91441800123456788U' },
          officerIds: officers.items.slice(0, 2).map((o) => o.accountId),
        }),
      ),
    );
    const caseId = (JSON.parse(created.body) as { id: string }).id;

    // the test file: an MP4 header then pseudo-random bytes (not compressible, not all zero)
    const file = path.join(dir, 'video.mp4');
    const block = randomBytes(MiB);
    const fd = fs.openSync(file, 'w');
    const header = Buffer.from('000000186674797069736f6d0000020069736f6d6d703431', 'hex');
    header.copy(block, 0);
    for (let i = 0; i < SIZE_MB; i += 1) {
      block.writeUInt32BE(i, 64);
      fs.writeSync(fd, block);
    }
    fs.closeSync(fd);
    const size = fs.statSync(file).size;
    const expected = createHash('sha256');
    for await (const chunk of fs.createReadStream(file)) expected.update(chunk as Buffer);
    const sha256 = expected.digest('hex');

    // 1. baseline: dd with fsync, the same file, the same disk
    spawnSync('sync');
    let t0 = performance.now();
    const dd = spawnSync('dd', [`if=${file}`, `of=${path.join(dir, 'copy.bin')}`, 'bs=1M', 'conv=fsync'], {
      stdio: 'ignore',
    });
    const ddSeconds = (performance.now() - t0) / 1000;
    if (dd.status !== 0) throw new Error('dd failed');
    fs.rmSync(path.join(dir, 'copy.bin'));

    // 2. multipart upload through the API
    const boundary = `----bench${randomBytes(8).toString('hex')}`;
    const fields = { activity: 'onsite_inspection', capturedAt: new Date().toISOString() };
    const head = Buffer.from(
      Object.entries(fields)
        .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
        .join('') +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="video.mp4"\r\nContent-Type: video/mp4\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    async function* multipartBody() {
      yield head;
      for await (const chunk of fs.createReadStream(file, { highWaterMark: MiB })) yield chunk as Buffer;
      yield tail;
    }
    const { Readable } = await import('node:stream');
    const rssBefore = rssKiB(pid);
    let sampler = sampleRss(pid);
    t0 = performance.now();
    const up = await request(
      port,
      'POST',
      `/api/v1/cases/${caseId}/media`,
      session,
      {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + size + tail.length),
      },
      () => Readable.from(multipartBody()),
    );
    const upSeconds = (performance.now() - t0) / 1000;
    const upPeak = sampler.stop();
    if (up.status !== 201) throw new Error(`upload failed: ${up.status} ${up.body}`);
    const upHash = (JSON.parse(up.body) as { sha256: string }).sha256;

    // 3. tus: interrupted at about 40 %, resumed from the server's offset
    const meta = [
      `caseId ${Buffer.from(caseId).toString('base64')}`,
      `activity ${Buffer.from('investigation').toString('base64')}`,
      `capturedAt ${Buffer.from(new Date().toISOString()).toString('base64')}`,
    ].join(',');
    const tusHeaders = { 'tus-resumable': '1.0.0' };
    const createdUpload = await request(port, 'POST', '/api/v1/uploads', session, {
      ...tusHeaders,
      'upload-length': String(size),
      'upload-metadata': meta,
    });
    const location = String(createdUpload.headers.location);
    const rssBeforeTus = rssKiB(pid);
    sampler = sampleRss(pid);
    const cut = Math.floor(size * 0.4);
    await new Promise<void>((resolve) => {
      const req = http.request({
        host: '127.0.0.1',
        port,
        method: 'PATCH',
        path: location,
        headers: {
          ...tusHeaders,
          'upload-offset': '0',
          'content-type': 'application/offset+octet-stream',
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
        },
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      const src = fs.createReadStream(file, { end: cut - 1 });
      src.pipe(req, { end: false });
      src.on('end', () => setTimeout(() => req.destroy(), 200)); // the link drops before the upload is done
    });
    await new Promise((r) => setTimeout(r, 500));
    const offset = Number(
      (await request(port, 'HEAD', location, session, tusHeaders)).headers['upload-offset'],
    );
    const resumed = await request(
      port,
      'PATCH',
      location,
      session,
      {
        ...tusHeaders,
        'upload-offset': String(offset),
        'content-type': 'application/offset+octet-stream',
        'content-length': String(size - offset),
      },
      fs.createReadStream(file, { start: offset }),
    );
    const tusPeak = sampler.stop();
    const tusHash =
      resumed.status === 200
        ? (JSON.parse(resumed.body) as { sha256: string }).sha256
        : `failed ${resumed.status} ${resumed.body}`;

    const mb = size / MiB;
    const result = {
      sizeMiB: mb,
      ddMiBps: +(mb / ddSeconds).toFixed(1),
      uploadMiBps: +(mb / upSeconds).toFixed(1),
      throughputRatio: +(ddSeconds / upSeconds).toFixed(3),
      peakRssGrowthMiB: +((upPeak - rssBefore) / 1024).toFixed(1),
      uploadHashOk: upHash === sha256,
      tusInterruptedAtMiB: +(offset / MiB).toFixed(1),
      tusPeakRssGrowthMiB: +((tusPeak - rssBeforeTus) / 1024).toFixed(1),
      tusHashOk: tusHash === sha256,
    };
    console.log(JSON.stringify(result, null, 2));
    console.log(
      `upload ${result.uploadMiBps} MiB/s vs dd ${result.ddMiBps} MiB/s → ratio ${result.throughputRatio} (goal ≥ 0.5); ` +
        `server peak RSS growth ${result.peakRssGrowthMiB} MiB (goal < 100); tus resumed at ${result.tusInterruptedAtMiB} MiB, hash ${result.tusHashOk ? 'ok' : 'WRONG'}`,
    );
    fs.mkdirSync('bench/results', { recursive: true });
    fs.writeFileSync(
      `bench/results/upload-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
      JSON.stringify(result, null, 2),
    );
    if (!result.uploadHashOk || !result.tusHashOk) process.exitCode = 1;
  } finally {
    server.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
