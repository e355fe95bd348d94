import type { Readable } from 'node:stream';
import { AppError } from '../errors.js';

/** What `put` reports: the content hash (the blob's name), its size, and whether it was already stored. */
export type StoredBlob = { sha256: string; size: number; existed: boolean };

/** An inclusive byte range `[start, end]`, as in an HTTP `Range: bytes=start-end` header. */
export type ByteRange = { start: number; end: number };

/**
 * Content-addressed, write-once storage for evidence (audio, video, scans).
 *
 * A blob is named by the SHA-256 of its bytes. The application can add blobs and read them, never
 * overwrite or delete them; only the operator's `sanxiang gc` removes blobs no row refers to. Every implementation streams: memory stays flat whatever the size.
 */
export interface BlobStore {
  readonly kind: 'local' | 's3';
  /** Streams `input` into the store while hashing (SHA-256); flat memory for any size. Refuses more than maxBytes (throws BlobTooLargeError, nothing kept). If a blob with the same hash exists, the new copy is discarded and existed=true. */
  put(input: NodeJS.ReadableStream | Readable, options?: { maxBytes?: number }): Promise<StoredBlob>;
  /** A read stream of the whole blob, or of the inclusive byte range [start, end] (for HTTP Range playback). Throws BlobNotFoundError. */
  get(sha256: string, range?: ByteRange): Promise<Readable>;
  /** Size and last change (a put of bytes already stored counts as a change), or null when absent. */
  stat(sha256: string): Promise<{ size: number; modifiedAt: Date } | null>;
  /** Re-reads the blob and checks its hash equals its name (tamper check). Throws BlobNotFoundError when absent. */
  verify(sha256: string): Promise<boolean>;
  /**
   * Maintenance only (`sanxiang gc`, never a request): the blobs, or the temporary files of puts that
   * never finished (a crashed process), each with its name, size and last change.
   */
  listStored(area: StoreArea): AsyncIterable<StoredObject>;
  /** Maintenance only: removes one blob or temporary file (gc has checked no row refers to it). */
  removeStored(area: StoreArea, name: string): Promise<void>;
}

/** What maintenance lists: `blobs` (named by their hash) or `tmp` (puts in progress or abandoned). */
export type StoreArea = 'blobs' | 'tmp';
export type StoredObject = { name: string; size: number; modifiedAt: Date };

/** A temporary file's name as puts make it (a random UUID): anything else is refused before a path is built. */
export function assertTemporaryName(name: string): void {
  if (!/^[0-9a-f-]{36}$/.test(name)) throw new InvalidBlobHashError();
}

/** The blob asked for is not in the store (maps to HTTP 404). */
export class BlobNotFoundError extends AppError<'NOT_FOUND'> {
  constructor(readonly sha256: string) {
    super('NOT_FOUND', { what: 'blob', id: sha256 });
    this.name = 'BlobNotFoundError';
  }
}

/** The input was longer than the allowed maximum; nothing was kept (maps to HTTP 413). */
export class BlobTooLargeError extends AppError<'PAYLOAD_TOO_LARGE'> {
  constructor(readonly maxBytes: number) {
    super('PAYLOAD_TOO_LARGE', { maxBytes });
    this.name = 'BlobTooLargeError';
  }
}

/** A blob name that is not 64 lowercase hex characters; refused before any path or key is built (HTTP 400). */
export class InvalidBlobHashError extends AppError<'BAD_REQUEST'> {
  constructor() {
    super('BAD_REQUEST', { reason: 'invalid_blob_hash' });
    this.name = 'InvalidBlobHashError';
  }
}

/**
 * A byte range that is malformed (negative, not an integer, end before start) or starts at or past
 * the end of the blob (HTTP 416 semantics; the route decides the status). Carries the blob size when known.
 */
export class InvalidBlobRangeError extends AppError<'BAD_REQUEST'> {
  constructor(
    readonly range: ByteRange,
    readonly size?: number,
  ) {
    super('BAD_REQUEST', { reason: 'invalid_range', ...range, ...(size === undefined ? {} : { size }) });
    this.name = 'InvalidBlobRangeError';
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** True for exactly 64 lowercase hex characters: the only strings ever used to build a path or key. */
export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}

/** Throws InvalidBlobHashError unless `value` is a SHA-256 in lowercase hex. */
export function assertSha256Hex(value: string): void {
  if (!isSha256Hex(value)) throw new InvalidBlobHashError();
}

/** Checks the shape of a range (integers, 0 <= start <= end); throws InvalidBlobRangeError. */
export function assertRangeShape(range: ByteRange): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new InvalidBlobRangeError(range);
  }
}

/**
 * The concrete inclusive range to read from a blob of `size` bytes: the whole blob when no range is
 * given (`null` for an empty blob, which has no bytes to address), else the range with its end
 * clamped to the last byte, as HTTP does. A range starting at or past the end is refused.
 */
export function resolveRange(range: ByteRange | undefined, size: number): ByteRange | null {
  if (range === undefined) return size === 0 ? null : { start: 0, end: size - 1 };
  assertRangeShape(range);
  if (range.start >= size) throw new InvalidBlobRangeError(range, size);
  return { start: range.start, end: Math.min(range.end, size - 1) };
}

/** Checks `maxBytes` (a non-negative integer, or absent for no limit) and returns the limit to apply. */
export function byteLimit(maxBytes: number | undefined): number {
  if (maxBytes === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    throw new RangeError(`maxBytes must be a non-negative integer, got ${String(maxBytes)}`);
  }
  return maxBytes;
}
