import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BlobNotFoundError,
  BlobTooLargeError,
  createBlobStore,
  InvalidBlobHashError,
  InvalidBlobRangeError,
  isSha256Hex,
  LocalBlobStore,
  S3BlobStore,
  type BlobStore,
  type S3BlobStoreOptions,
} from '../src/server/platform/storage/index.js';

const MiB = 1024 * 1024;
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** What the shared suite needs besides the store: a look behind its back. */
type Harness = {
  store: BlobStore;
  /** Names of stored blobs, and anything else left in the store (temporary files, keys, upload parts). */
  contents: () => Promise<{ blobs: string[]; leftovers: string[] }>;
  /** The stored bytes of a blob, read directly. */
  readRaw: (sha256: string) => Promise<Buffer>;
  /** Replaces the stored bytes of a blob directly, as an attacker with storage access would. */
  tamper: (sha256: string, bytes: Buffer) => Promise<void>;
  /** Leaves a temporary file of a put that never finished, as a crashed process would. */
  leaveTemporary: (name: string, bytes: Buffer) => Promise<void>;
  /**
   * The most live memory a 50 MB put may add in this test process: the store's own buffers plus, for
   * S3, what the in-process test server holds of the parts it is receiving. Holding the whole input
   * would cost at least 47.7 MiB.
   */
  putMemoryBound: number;
};

// ---------------------------------------------------------------------------------------------------
// Stream helpers

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A byte stream of `bytes` in chunks of `chunkSize`. */
function streamOf(bytes: Buffer, chunkSize = 64 * 1024): Readable {
  function* chunks() {
    for (let offset = 0; offset < bytes.length; offset += chunkSize) {
      yield bytes.subarray(offset, offset + chunkSize);
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

/**
 * A stream of `total` random bytes made on the fly (never held in memory); `expected()` gives the hash
 * of what was produced. `failAfter` makes the stream fail with an error once that many bytes went out;
 * `eachMiB` is called after every MiB produced.
 */
function generated(total: number, options: { failAfter?: number; eachMiB?: () => void } = {}) {
  const hash = createHash('sha256');
  async function* chunks() {
    for (let sent = 0; sent < total;) {
      if (options.failAfter !== undefined && sent >= options.failAfter)
        throw new Error('source failed mid-way');
      const chunk = randomBytes(Math.min(64 * 1024, total - sent));
      hash.update(chunk);
      sent += chunk.length;
      if (sent % MiB === 0) options.eachMiB?.();
      yield chunk;
    }
  }
  return { stream: Readable.from(chunks(), { objectMode: false }), expected: () => hash.digest('hex') };
}

/** A stream that sends `before` random bytes and is then destroyed without an error (a dropped client). */
function abortedAfter(before: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= before) {
        this.destroy();
        return;
      }
      sent += 64 * 1024;
      this.push(randomBytes(64 * 1024));
    },
  });
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The SHA-256 of a stream; `eachMiB` is called after about every MiB read. */
async function hashOf(stream: Readable, eachMiB?: () => void): Promise<string> {
  const hash = createHash('sha256');
  let sinceCall = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    sinceCall += chunk.length;
    if (sinceCall >= MiB) {
      sinceCall = 0;
      eachMiB?.();
    }
  }
  return hash.digest('hex');
}

/** The hash as `sha256sum` (coreutils) computes it: an oracle independent of the code under test. */
async function sha256sum(bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sanxiang-sum-'));
  try {
    const file = path.join(dir, 'bytes');
    await writeFile(file, bytes);
    return execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0] ?? '';
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** V8's full garbage collection, reached at run time (vitest starts the worker without --expose-gc). */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? (gc as () => void) : () => undefined;
})();

/** JavaScript heap plus Buffer memory still referenced (measured right after a full collection). */
function liveBytes(): number {
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/**
 * Peak memory growth from now on, sampled whenever `sample` is called: live memory (garbage collected
 * first, so only what the code holds on to counts) and resident memory.
 */
function memoryProbe() {
  const baseLive = liveBytes();
  const baseRss = process.memoryUsage.rss();
  let live = baseLive;
  let rss = baseRss;
  const sample = () => {
    rss = Math.max(rss, process.memoryUsage.rss());
    live = Math.max(live, liveBytes());
  };
  return {
    sample,
    growth() {
      sample();
      return { live: live - baseLive, rss: rss - baseRss };
    },
  };
}

const inMiB = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;

// ---------------------------------------------------------------------------------------------------
// The shared suite

/** The behaviour every BlobStore must have, run against each implementation. */
function describeBlobStore(name: string, makeStore: () => Promise<Harness>) {
  describe(`BlobStore: ${name}`, () => {
    it('round-trips bytes under the hash sha256sum gives, with stat and verify', async () => {
      const { store, contents } = await makeStore();
      const bytes = randomBytes(300_001);
      const stored = await store.put(streamOf(bytes, 10_000));
      expect(stored).toEqual({ sha256: await sha256sum(bytes), size: bytes.length, existed: false });
      expect((await collect(await store.get(stored.sha256))).equals(bytes)).toBe(true);
      expect(await store.stat(stored.sha256)).toEqual({
        size: bytes.length,
        modifiedAt: expect.any(Date) as Date,
      });
      expect(await store.verify(stored.sha256)).toBe(true);
      expect(await contents()).toEqual({ blobs: [stored.sha256], leftovers: [] });
    });

    it('lists blobs and leftover temporary files for gc, and removes them by name only', async () => {
      const { store, contents, leaveTemporary } = await makeStore();
      const a = await store.put(streamOf(Buffer.from('kept')));
      const b = await store.put(streamOf(Buffer.from('collected')));
      const leftover = randomUUID();
      await leaveTemporary(leftover, Buffer.from('half a put'));
      const list = async (area: 'blobs' | 'tmp') => {
        const names: string[] = [];
        for await (const o of store.listStored(area)) {
          expect(o.modifiedAt).toBeInstanceOf(Date);
          names.push(o.name);
        }
        return names.sort();
      };
      expect(await list('blobs')).toEqual([a.sha256, b.sha256].sort());
      expect(await list('tmp')).toEqual([leftover]);
      await expect(store.removeStored('tmp', '../escape')).rejects.toThrow();
      await expect(store.removeStored('blobs', '../../etc')).rejects.toThrow();
      await store.removeStored('blobs', b.sha256);
      await store.removeStored('tmp', leftover);
      expect(await list('blobs')).toEqual([a.sha256]);
      expect(await list('tmp')).toEqual([]);
      expect(await store.stat(b.sha256)).toBeNull();
      expect(await contents()).toEqual({ blobs: [a.sha256], leftovers: [] });
    });

    it('stores the empty blob', async () => {
      const { store } = await makeStore();
      const stored = await store.put(streamOf(Buffer.alloc(0)));
      expect(stored).toEqual({ sha256: EMPTY_SHA256, size: 0, existed: false });
      expect((await collect(await store.get(EMPTY_SHA256))).length).toBe(0);
      expect(await store.stat(EMPTY_SHA256)).toEqual({ size: 0, modifiedAt: expect.any(Date) as Date });
      expect(await store.verify(EMPTY_SHA256)).toBe(true);
    });

    it('keeps one copy of the same content (second put: existed)', async () => {
      const { store, contents } = await makeStore();
      const bytes = randomBytes(50_000);
      const first = await store.put(streamOf(bytes));
      const second = await store.put(streamOf(bytes, 777));
      expect(first.existed).toBe(false);
      expect(second).toEqual({ sha256: first.sha256, size: bytes.length, existed: true });
      expect(await contents()).toEqual({ blobs: [first.sha256], leftovers: [] });
    });

    it('keeps one copy when the same content is put concurrently', async () => {
      const { store, contents } = await makeStore();
      const bytes = randomBytes(200_000);
      const results = await Promise.all([store.put(streamOf(bytes)), store.put(streamOf(bytes))]);
      expect(results.map((r) => r.sha256)).toEqual([sha256(bytes), sha256(bytes)]);
      expect(results.some((r) => !r.existed)).toBe(true);
      expect(await contents()).toEqual({ blobs: [sha256(bytes)], leftovers: [] });
      expect(await store.verify(sha256(bytes))).toBe(true);
    });

    it('reads inclusive byte ranges: first byte, middle, last byte, end past the size', async () => {
      const { store } = await makeStore();
      const bytes = randomBytes(10_000);
      const { sha256: id } = await store.put(streamOf(bytes));
      const read = async (start: number, end: number) => collect(await store.get(id, { start, end }));
      expect((await read(0, 0)).equals(bytes.subarray(0, 1))).toBe(true);
      expect((await read(1000, 1999)).equals(bytes.subarray(1000, 2000))).toBe(true);
      expect((await read(9999, 9999)).equals(bytes.subarray(9999))).toBe(true);
      expect((await read(0, 9999)).equals(bytes)).toBe(true);
      expect((await read(9990, 20_000)).equals(bytes.subarray(9990))).toBe(true);
    });

    it('refuses malformed and unsatisfiable ranges', async () => {
      const { store } = await makeStore();
      const { sha256: id } = await store.put(streamOf(randomBytes(100)));
      for (const range of [
        { start: 5, end: 4 },
        { start: -1, end: 4 },
        { start: 0.5, end: 4 },
        { start: 100, end: 200 },
      ]) {
        await expect(store.get(id, range)).rejects.toBeInstanceOf(InvalidBlobRangeError);
      }
    });

    it('round-trips a 50 MB stream generated on the fly with flat memory', { timeout: 180_000 }, async () => {
      const { store, contents, putMemoryBound } = await makeStore();
      const size = 50 * 1000 * 1000;
      const putProbe = memoryProbe();
      const source = generated(size, { eachMiB: putProbe.sample });
      const stored = await store.put(source.stream);
      const put = putProbe.growth();
      expect(stored).toEqual({ sha256: source.expected(), size, existed: false });
      const id = stored.sha256;
      const readProbe = memoryProbe();
      expect(await hashOf(await store.get(id), readProbe.sample)).toBe(id);
      const read = readProbe.growth();
      expect(await store.verify(id)).toBe(true);
      expect(await contents()).toEqual({ blobs: [id], leftovers: [] });
      console.info(
        `[${name}] 50 MB put: peak growth live ${inMiB(put.live)}, RSS ${inMiB(put.rss)}; ` +
          `read: live ${inMiB(read.live)}, RSS ${inMiB(read.rss)}`,
      );
      // Holding the whole input would cost at least 47.7 MiB; the stores hold a few parts at most.
      expect(put.live).toBeLessThan(putMemoryBound);
      expect(read.live).toBeLessThan(8 * MiB);
    });

    it('accepts exactly maxBytes and refuses one byte more, keeping nothing', async () => {
      const { store, contents } = await makeStore();
      const bytes = randomBytes(1000);
      await expect(store.put(streamOf(bytes), { maxBytes: 999 })).rejects.toBeInstanceOf(BlobTooLargeError);
      expect(await contents()).toEqual({ blobs: [], leftovers: [] });
      expect(await store.stat(sha256(bytes))).toBeNull();
      const stored = await store.put(streamOf(bytes), { maxBytes: 1000 });
      expect(stored.size).toBe(1000);
    });

    it('refuses a large stream over maxBytes part-way, keeping nothing', { timeout: 60_000 }, async () => {
      const { store, contents } = await makeStore();
      const source = generated(12 * MiB);
      const error: unknown = await store.put(source.stream, { maxBytes: 11 * MiB }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BlobTooLargeError);
      expect(error).toMatchObject({ status: 413, maxBytes: 11 * MiB });
      expect(source.stream.destroyed).toBe(true);
      expect(await contents()).toEqual({ blobs: [], leftovers: [] });
    });

    it('rejects when the source fails mid-way, keeping nothing', { timeout: 60_000 }, async () => {
      const { store, contents } = await makeStore();
      const source = generated(20 * MiB, { failAfter: 12 * MiB });
      await expect(store.put(source.stream)).rejects.toThrow('source failed mid-way');
      expect(await contents()).toEqual({ blobs: [], leftovers: [] });
    });

    it('rejects when the source is aborted mid-way, keeping nothing', { timeout: 60_000 }, async () => {
      const { store, contents } = await makeStore();
      await expect(store.put(abortedAfter(7 * MiB))).rejects.toThrow();
      expect(await contents()).toEqual({ blobs: [], leftovers: [] });
    });

    it('refuses names that are not a lowercase SHA-256 in get, stat and verify', async () => {
      const { store } = await makeStore();
      const { sha256: id } = await store.put(streamOf(Buffer.from('evidence')));
      const bad = [
        '../etc/passwd',
        `../${id.slice(3)}`,
        id.toUpperCase(),
        id.slice(1),
        `${id}0`,
        `${id}\n`,
        `${id.slice(0, 63)}g`,
        '',
      ];
      for (const name of bad) {
        await expect(store.get(name)).rejects.toBeInstanceOf(InvalidBlobHashError);
        await expect(store.stat(name)).rejects.toBeInstanceOf(InvalidBlobHashError);
        await expect(store.verify(name)).rejects.toBeInstanceOf(InvalidBlobHashError);
      }
    });

    it('reports a missing blob: get and verify throw BlobNotFoundError, stat gives null', async () => {
      const { store } = await makeStore();
      const absent = sha256(Buffer.from('never stored'));
      await expect(store.get(absent)).rejects.toBeInstanceOf(BlobNotFoundError);
      await expect(store.get(absent, { start: 0, end: 0 })).rejects.toBeInstanceOf(BlobNotFoundError);
      await expect(store.verify(absent)).rejects.toBeInstanceOf(BlobNotFoundError);
      expect(await store.stat(absent)).toBeNull();
    });

    it('detects tampering with the stored bytes', async () => {
      const { store, tamper } = await makeStore();
      const bytes = randomBytes(4096);
      const other = await store.put(streamOf(randomBytes(4096)));
      const { sha256: id } = await store.put(streamOf(bytes));
      const edited = Buffer.from(bytes);
      edited[100] = (edited[100] ?? 0) ^ 0xff;
      await tamper(id, edited);
      expect(await store.verify(id)).toBe(false);
      expect(await store.verify(other.sha256)).toBe(true);
    });

    it('never overwrites an existing blob, even a damaged one', async () => {
      const { store, tamper, readRaw } = await makeStore();
      const bytes = randomBytes(4096);
      const { sha256: id } = await store.put(streamOf(bytes));
      const damaged = Buffer.from('damaged');
      await tamper(id, damaged);
      const again = await store.put(streamOf(bytes));
      expect(again).toEqual({ sha256: id, size: bytes.length, existed: true });
      expect((await readRaw(id)).equals(damaged)).toBe(true);
      expect(await store.verify(id)).toBe(false);
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// Local store

let localRoot = '';
beforeAll(async () => {
  localRoot = await mkdtemp(path.join(tmpdir(), 'sanxiang-blobs-'));
});
afterAll(async () => {
  if (localRoot !== '') await rm(localRoot, { recursive: true, force: true });
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

async function makeLocal(): Promise<Harness & { store: LocalBlobStore; dir: string }> {
  const dir = await mkdtemp(path.join(localRoot, 'store-'));
  const store = new LocalBlobStore(dir);
  return {
    store,
    dir,
    // a file stream's chunks, written as they come
    putMemoryBound: 8 * MiB,
    async contents() {
      const files = await filesUnder(dir);
      const blobs = files.filter((f) => !f.startsWith(`tmp${path.sep}`)).map((f) => path.basename(f));
      return { blobs, leftovers: files.filter((f) => f.startsWith(`tmp${path.sep}`)) };
    },
    readRaw: (id) => readFile(store.pathOf(id)),
    async tamper(id, bytes) {
      await chmod(store.pathOf(id), 0o644);
      await writeFile(store.pathOf(id), bytes);
    },
    async leaveTemporary(name, bytes) {
      await mkdir(store.tmpDir, { recursive: true });
      await writeFile(path.join(store.tmpDir, name), bytes);
    },
  };
}

describeBlobStore('local folder', makeLocal);

describe('LocalBlobStore specifics', () => {
  it('stores read-only files at <aa>/<bb>/<sha256> and leaves tmp empty', async () => {
    const { store, dir } = await makeLocal();
    const { sha256: id } = await store.put(streamOf(Buffer.from('body-cam footage')));
    const file = path.join(dir, id.slice(0, 2), id.slice(2, 4), id);
    expect(store.pathOf(id)).toBe(file);
    expect((await stat(file)).mode & 0o777).toBe(0o444);
    expect(await readdir(path.join(dir, 'tmp'))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// S3 store, against s3rver on loopback

const BUCKET = 'evidence';

/**
 * s3rver (in this process, on 127.0.0.1) behind a small front server that adds the two multipart
 * operations s3rver lacks, so that the store's use of them is exercised too: AbortMultipartUpload
 * (removes the parts s3rver keeps on disk) and UploadPartCopy (a ranged GetObject + UploadPart).
 */
class S3Fixture {
  readonly options: Omit<S3BlobStoreOptions, 'prefix'>;
  readonly client: S3Client;
  private constructor(
    private readonly server: Server,
    private readonly dir: string,
    endpoint: string,
  ) {
    this.options = {
      endpoint,
      region: 'us-east-1',
      bucket: BUCKET,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
      partSize: 5 * MiB,
      queueSize: 2,
    };
    this.client = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
  }

  static async start(): Promise<S3Fixture> {
    const dir = await mkdtemp(path.join(tmpdir(), 'sanxiang-s3rver-'));
    const s3rver = new S3rver({
      directory: dir,
      silent: true,
      configureBuckets: [{ name: BUCKET, configs: [] }],
    });
    await s3rver.configureBuckets();
    const handle = s3rver.callback();
    const started: { fixture?: S3Fixture } = {};
    const server = createServer((req, res) => {
      if (started.fixture === undefined) return handle(req, res);
      started.fixture.route(req, res, handle).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    started.fixture = new S3Fixture(server, dir, `http://127.0.0.1:${port}`);
    return started.fixture;
  }

  async stop(): Promise<void> {
    this.client.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await rm(this.dir, { recursive: true, force: true });
  }

  /** Upload ids with parts still kept by s3rver. */
  async openUploads(): Promise<string[]> {
    return readdir(path.join(this.dir, BUCKET, '._S3rver_uploads')).catch(() => []);
  }

  async keys(prefix: string): Promise<string[]> {
    const listed = await this.client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
    return (listed.Contents ?? []).map((o) => (o.Key ?? '').slice(prefix.length));
  }

  private async route(
    req: IncomingMessage,
    res: ServerResponse,
    s3rver: (req: IncomingMessage, res: ServerResponse) => void,
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const uploadId = url.searchParams.get('uploadId');
    if (req.method === 'DELETE' && uploadId !== null) return this.abortUpload(uploadId, req, res);
    const copySource = req.headers['x-amz-copy-source'];
    if (req.method === 'PUT' && uploadId !== null && typeof copySource === 'string') {
      return this.uploadPartCopy(url, uploadId, copySource, req, res);
    }
    s3rver(req, res);
  }

  private async abortUpload(uploadId: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.resume();
    if (!/^[\w-]+$/.test(uploadId)) throw new Error('bad upload id');
    await rm(path.join(this.dir, BUCKET, '._S3rver_uploads', uploadId), { recursive: true, force: true });
    res.statusCode = 204;
    res.end();
  }

  private async uploadPartCopy(
    url: URL,
    uploadId: string,
    copySource: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    req.resume();
    const key = decodeURIComponent(url.pathname.slice(`/${BUCKET}/`.length));
    const source = decodeURIComponent(copySource).replace(/^\//, '').slice(`${BUCKET}/`.length);
    const range = req.headers['x-amz-copy-source-range'];
    const part = await this.client.send(
      new GetObjectCommand({
        Bucket: BUCKET,
        Key: source,
        Range: typeof range === 'string' ? range : undefined,
      }),
    );
    const body = await part.Body?.transformToByteArray();
    const uploaded = await this.client.send(
      new UploadPartCommand({
        Bucket: BUCKET,
        Key: key,
        UploadId: uploadId,
        PartNumber: Number(url.searchParams.get('partNumber')),
        Body: body,
      }),
    );
    const etag = (uploaded.ETag ?? '').replaceAll('"', '&quot;');
    res.setHeader('Content-Type', 'application/xml');
    res.end(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<CopyPartResult><LastModified>${new Date().toISOString()}</LastModified>` +
        `<ETag>${etag}</ETag></CopyPartResult>`,
    );
  }
}

let s3: S3Fixture | undefined;
const s3Stores: S3BlobStore[] = [];
let prefixCount = 0;

beforeAll(async () => {
  s3 = await S3Fixture.start();
});
afterAll(async () => {
  for (const store of s3Stores) store.destroy();
  await s3?.stop();
});

function fixture(): S3Fixture {
  if (s3 === undefined) throw new Error('s3rver not started');
  return s3;
}

/** The smallest parts S3 accepts, so that the memory bound stays well below the 50 MB input. */
const S3_SUITE_PARTS = { partSize: 5 * MiB, queueSize: 2 };

/** An S3 store under its own prefix (a fresh, empty store for each test). */
async function makeS3(extra: Partial<S3BlobStoreOptions> = {}): Promise<Harness & { store: S3BlobStore }> {
  const f = fixture();
  prefixCount += 1;
  const prefix = `test-${prefixCount}/`;
  const options: S3BlobStoreOptions = { ...f.options, prefix, ...S3_SUITE_PARTS, ...extra };
  const store = new S3BlobStore(options);
  s3Stores.push(store);
  const partSize = options.partSize ?? S3_SUITE_PARTS.partSize;
  const queueSize = options.queueSize ?? S3_SUITE_PARTS.queueSize;
  return {
    store,
    // the store's (queueSize + 2) parts (s3.ts), and the parts in flight that s3rver, in this process,
    // receives — each held twice while it buffers and hashes it: 40 MiB with 5 MiB parts (seen: 17–30)
    putMemoryBound: (queueSize + 2) * partSize + 2 * queueSize * partSize,
    async contents() {
      const keys = await f.keys(prefix);
      const uploads = (await f.openUploads()).map((id) => `upload:${id}`);
      const blobs = keys.filter((k) => k.startsWith('blobs/')).map((k) => k.slice('blobs/'.length));
      return { blobs, leftovers: [...keys.filter((k) => !k.startsWith('blobs/')), ...uploads] };
    },
    async readRaw(id) {
      const response = await f.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: store.blobKey(id) }));
      return Buffer.from((await response.Body?.transformToByteArray()) ?? []);
    },
    async tamper(id, bytes) {
      await f.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: store.blobKey(id), Body: bytes }));
    },
    async leaveTemporary(name, bytes) {
      await f.client.send(
        new PutObjectCommand({ Bucket: BUCKET, Key: `${store.tmpPrefix}${name}`, Body: bytes }),
      );
    },
  };
}

describeBlobStore('S3 (s3rver on loopback)', () => makeS3());

describe('S3BlobStore specifics', () => {
  it('copies a blob over the single-copy limit with UploadPartCopy', { timeout: 60_000 }, async () => {
    const { store, contents } = await makeS3({ multipartCopyThreshold: 1 * MiB, copyPartSize: 5 * MiB });
    const source = generated(12 * MiB + 3);
    const stored = await store.put(source.stream);
    expect(stored).toEqual({ sha256: source.expected(), size: 12 * MiB + 3, existed: false });
    expect(await hashOf(await store.get(stored.sha256))).toBe(stored.sha256);
    expect(await store.verify(stored.sha256)).toBe(true);
    expect(await contents()).toEqual({ blobs: [stored.sha256], leftovers: [] });
  });

  it('keys blobs as <prefix>blobs/<sha256>', async () => {
    const store = new S3BlobStore({ ...fixture().options, prefix: '/sanxiang' });
    s3Stores.push(store);
    expect(store.blobKey(EMPTY_SHA256)).toBe(`sanxiang/blobs/${EMPTY_SHA256}`);
    expect(store.tmpPrefix).toBe('sanxiang/tmp/');
    expect(() => store.blobKey('../x')).toThrow(InvalidBlobHashError);
  });

  it('refuses part sizes S3 would reject', () => {
    expect(() => new S3BlobStore({ ...fixture().options, partSize: MiB })).toThrow(RangeError);
    expect(() => new S3BlobStore({ ...fixture().options, multipartCopyThreshold: 6 * 1024 * MiB })).toThrow(
      RangeError,
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Guard and factory

describe('isSha256Hex and createBlobStore', () => {
  it('accepts only 64 lowercase hex characters', () => {
    expect(isSha256Hex(EMPTY_SHA256)).toBe(true);
    for (const bad of [
      EMPTY_SHA256.toUpperCase(),
      EMPTY_SHA256.slice(1),
      `${EMPTY_SHA256}a`,
      '../etc/passwd',
      42,
    ]) {
      expect(isSha256Hex(bad)).toBe(false);
    }
  });

  it('chooses the implementation by kind', () => {
    const local = createBlobStore({ kind: 'local', dir: localRoot });
    expect(local).toBeInstanceOf(LocalBlobStore);
    const remote = createBlobStore({ kind: 's3', ...fixture().options });
    expect(remote).toBeInstanceOf(S3BlobStore);
    expect(remote.kind).toBe('s3');
    if (remote instanceof S3BlobStore) remote.destroy();
  });
});
