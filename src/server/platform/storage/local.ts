import { randomUUID } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { link, mkdir, open, readdir, rename, rm, stat, utimes, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertSha256Hex,
  assertTemporaryName,
  BlobNotFoundError,
  byteLimit,
  resolveRange,
  type BlobStore,
  type ByteRange,
  type StoreArea,
  type StoredBlob,
  type StoredObject,
} from './blob-store.js';
import { HashMeter, sha256OfStream } from './hashing.js';

/** Options of the local store: the folder that holds the blobs (created when missing). */
export type LocalBlobStoreOptions = { dir: string };

/** Errors of `link` meaning "this file system has no hard links": fall back to check-then-rename. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

const READ_ONLY = 0o444;

/**
 * Blobs in a local folder: `dir/<aa>/<bb>/<sha256>` (aa, bb: the first two byte pairs of the hash),
 * read-only files. A put writes `dir/tmp/<random>` while hashing, fsyncs it, then links it under its
 * hash name (a hard link never replaces an existing file, so two writers cannot clobber each other),
 * fsyncs the folder and removes the temporary name. Temporary files of a crashed process stay in
 * `dir/tmp` until `sanxiang gc` removes them after its grace period; gc also removes blobs no row
 * refers to. Nothing else ever deletes a file here.
 */
export class LocalBlobStore implements BlobStore {
  readonly kind = 'local' as const;
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = path.resolve(dir);
  }

  /** The file of a blob; only ever built from a validated hash. */
  pathOf(sha256: string): string {
    assertSha256Hex(sha256);
    return path.join(this.#dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** The folder that holds temporary files of puts in progress. */
  get tmpDir(): string {
    return path.join(this.#dir, 'tmp');
  }

  async put(input: NodeJS.ReadableStream | Readable, options?: { maxBytes?: number }): Promise<StoredBlob> {
    const meter = new HashMeter(byteLimit(options?.maxBytes));
    await mkdir(this.tmpDir, { recursive: true });
    const tmpPath = path.join(this.tmpDir, randomUUID());
    try {
      await writeDurably(input, meter, tmpPath);
      const sha256 = meter.sha256();
      const existed = !(await this.commit(tmpPath, sha256));
      // a blob stored again is young again: gc's grace period protects it until its row is written
      if (existed) await utimes(this.pathOf(sha256), new Date(), new Date()).catch(() => undefined);
      return { sha256, size: meter.bytesSeen, existed };
    } catch (error) {
      // The input may still be open when the failure came from our side.
      if ('destroy' in input && typeof input.destroy === 'function') input.destroy();
      throw error;
    } finally {
      await rm(tmpPath, { force: true }).catch(() => undefined);
    }
  }

  async get(sha256: string, range?: ByteRange): Promise<Readable> {
    const handle = await this.openBlob(sha256);
    try {
      const { size } = await handle.stat();
      const span = resolveRange(range, size);
      // An empty blob has no range to address: its stream is simply empty.
      return span === null ? handle.createReadStream() : handle.createReadStream(span);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async stat(sha256: string): Promise<{ size: number; modifiedAt: Date } | null> {
    try {
      const info = await stat(this.pathOf(sha256));
      return { size: info.size, modifiedAt: info.mtime };
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  async verify(sha256: string): Promise<boolean> {
    return (await sha256OfStream(await this.get(sha256))) === sha256;
  }

  async *listStored(area: StoreArea): AsyncIterable<StoredObject> {
    if (area === 'tmp') {
      for (const name of await entries(this.tmpDir)) yield await this.described(name, this.tmpPath(name));
      return;
    }
    for (const a of await entries(this.#dir)) {
      if (!/^[0-9a-f]{2}$/.test(a)) continue;
      for (const b of await entries(path.join(this.#dir, a))) {
        for (const name of await entries(path.join(this.#dir, a, b))) {
          if (/^[0-9a-f]{64}$/.test(name) && name.startsWith(a + b))
            yield await this.described(name, this.pathOf(name));
        }
      }
    }
  }

  async removeStored(area: StoreArea, name: string): Promise<void> {
    await rm(area === 'tmp' ? this.tmpPath(name) : this.pathOf(name), { force: true });
  }

  private tmpPath(name: string): string {
    assertTemporaryName(name);
    return path.join(this.tmpDir, name);
  }

  private async described(name: string, file: string): Promise<StoredObject> {
    const info = await stat(file);
    return { name, size: info.size, modifiedAt: info.mtime };
  }

  /** Opens a blob for reading; BlobNotFoundError when absent. */
  private async openBlob(sha256: string): Promise<FileHandle> {
    const file = this.pathOf(sha256);
    try {
      return await open(file, 'r');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') throw new BlobNotFoundError(sha256);
      throw error;
    }
  }

  /** Gives the finished temporary file its hash name; false when that blob already existed (kept as is). */
  private async commit(tmpPath: string, sha256: string): Promise<boolean> {
    const target = this.pathOf(sha256);
    const shard = path.dirname(target);
    const created = await mkdir(shard, { recursive: true });
    const placed = await placeWithoutOverwrite(tmpPath, target);
    if (!placed) return false;
    await fsyncDir(shard);
    if (created !== undefined) {
      // New shard folders must themselves be recorded in their parents.
      await fsyncDir(path.dirname(shard));
      await fsyncDir(this.#dir);
    }
    return true;
  }
}

/** Streams `input` through `meter` into a new file, then fsyncs and makes it read-only. */
async function writeDurably(
  input: NodeJS.ReadableStream | Readable,
  meter: HashMeter,
  file: string,
): Promise<void> {
  const handle = await open(file, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL, 0o600);
  try {
    await pipeline(input, meter, async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) await writeAll(handle, chunk);
    });
    await handle.sync();
    await handle.chmod(READ_ONLY);
  } finally {
    await handle.close();
  }
}

/** Writes the whole buffer (a write may be partial). */
async function writeAll(handle: FileHandle, chunk: Buffer): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

/**
 * Puts `source` at `target` unless `target` exists; false when it did. A hard link is atomic and
 * never replaces a file. Where the file system has no hard links, a check then a rename is used: a
 * concurrent put of the same hash may then replace the file, but only with identical bytes.
 */
async function placeWithoutOverwrite(source: string, target: string): Promise<boolean> {
  try {
    await link(source, target);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return false;
    if (code === undefined || !NO_HARD_LINKS.has(code)) throw error;
  }
  if (await exists(target)) return false;
  await rename(source, target);
  return true;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/** Flushes a folder's entries (new names) to disk. */
async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The names in a folder; none when it does not exist. */
async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}
