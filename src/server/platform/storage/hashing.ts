import { createHash } from 'node:crypto';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobTooLargeError } from './blob-store.js';

/**
 * A pass-through stream that hashes (SHA-256) and counts the bytes going through it, and fails with
 * BlobTooLargeError as soon as more than `maxBytes` have arrived (before passing the excess on).
 */
export class HashMeter extends Transform {
  readonly #hash = createHash('sha256');
  #size = 0;
  #digest: string | undefined;

  constructor(private readonly maxBytes: number = Number.POSITIVE_INFINITY) {
    super();
  }

  /**
   * Bytes seen so far. (Not named `size` or `length`: lib-storage would take such a property for the
   * length of the whole body.)
   */
  get bytesSeen(): number {
    return this.#size;
  }

  /** The SHA-256 of everything seen, in lowercase hex; call after the stream has finished. */
  sha256(): string {
    this.#digest ??= this.#hash.digest('hex');
    return this.#digest;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#size += chunk.length;
    if (this.#size > this.maxBytes) {
      callback(new BlobTooLargeError(this.maxBytes));
      return;
    }
    this.#hash.update(chunk);
    callback(null, chunk);
  }
}

/** The SHA-256 (lowercase hex) of everything `source` yields, read with flat memory. */
export async function sha256OfStream(source: NodeJS.ReadableStream | Readable): Promise<string> {
  return (await digestsOfStream(source, ['sha256'])).sha256;
}

/** Fingerprint algorithms: SHA-256 names every blob; SM3 (GB/T 32905) is kept beside it when configured. */
export type Fingerprint = 'sha256' | 'sm3';

/** The digests (lowercase hex) of everything `source` yields, each algorithm once, in one pass. */
export async function digestsOfStream<A extends Fingerprint>(
  source: NodeJS.ReadableStream | Readable,
  algorithms: readonly A[],
): Promise<Record<A, string>> {
  const hashes = algorithms.map((a) => [a, createHash(a)] as const);
  await pipeline(source, async (chunks: AsyncIterable<Buffer>) => {
    for await (const chunk of chunks) for (const [, h] of hashes) h.update(chunk);
  });
  return Object.fromEntries(hashes.map(([a, h]) => [a, h.digest('hex')])) as Record<A, string>;
}

/** A pass-through stream that computes one digest of the bytes going through it (`digest()` once it has ended). */
export class DigestTap extends Transform {
  readonly #hash;
  #digest: string | undefined;

  constructor(algorithm: Fingerprint) {
    super();
    this.#hash = createHash(algorithm);
  }

  digest(): string {
    this.#digest ??= this.#hash.digest('hex');
    return this.#digest;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#hash.update(chunk);
    callback(null, chunk);
  }
}

/**
 * A stream of the first `count` bytes of `source`; the rest is not read (the source is destroyed),
 * and a source that ends early is an error. Guards against servers that send more than the asked range.
 */
export function firstBytes(source: Readable, count: number): Readable {
  async function* take(): AsyncGenerator<Buffer> {
    let left = count;
    try {
      if (left === 0) return;
      for await (const chunk of source as AsyncIterable<Buffer>) {
        const part = chunk.length > left ? chunk.subarray(0, left) : chunk;
        left -= part.length;
        yield part;
        if (left === 0) return;
      }
      throw new Error(`stream ended ${left} bytes short of the expected ${count}`);
    } finally {
      source.destroy();
    }
  }
  return Readable.from(take(), { objectMode: false });
}

/** A stored blob whose bytes no longer hash to its name: it was changed on disk or in the bucket. */
export class BlobCorruptError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`blob ${expected} is corrupt: its bytes hash to ${actual}`);
    this.name = 'BlobCorruptError';
  }
}

/**
 * A pass-through for a whole blob on its way out: it hashes the bytes and, at the end, fails with
 * BlobCorruptError when they do not hash to the blob's name — the reader's stream breaks instead of
 * ending as if the file were intact (an HTTP answer is cut short), and `onCorrupt` is told.
 */
export function verifyingStream(expected: string, onCorrupt: (err: BlobCorruptError) => void): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      const actual = hash.digest('hex');
      if (actual === expected) {
        callback();
        return;
      }
      const err = new BlobCorruptError(expected, actual);
      onCorrupt(err);
      callback(err);
    },
  });
}
