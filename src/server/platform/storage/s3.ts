import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  UploadPartCopyCommand,
  type CompletedPart,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import {
  assertRangeShape,
  assertSha256Hex,
  assertTemporaryName,
  BlobNotFoundError,
  byteLimit,
  InvalidBlobRangeError,
  type BlobStore,
  type ByteRange,
  type StoreArea,
  type StoredBlob,
  type StoredObject,
} from './blob-store.js';
import { firstBytes, HashMeter, sha256OfStream } from './hashing.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
/** S3's limits: the smallest part but the last, the most parts, the largest single CopyObject / part. */
const MIN_PART_SIZE = 5 * MiB;
const MAX_PARTS = 10_000;
const MAX_SINGLE_COPY = 5 * GiB;

/** Options of the S3 store (AWS S3, MinIO, Ceph RGW or any S3-compatible object storage). */
export type S3BlobStoreOptions = {
  /** Endpoint URL for S3-compatible services (e.g. `https://minio.internal:9000`); absent for AWS. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (`endpoint/bucket/key`), which MinIO and most self-hosted services need. */
  forcePathStyle?: boolean;
  /** Key prefix for everything this store writes (e.g. `sanxiang/`); a trailing `/` is added. */
  prefix?: string;
  /**
   * Part size of the streamed multipart upload, default 8 MiB (minimum 5 MiB). Memory per put is about
   * (queueSize + 2) × partSize (parts in flight, the part being filled, its final copy): 32 MiB by
   * default. Without `maxBytes` a blob can have at most 10,000 parts (78 GiB at 8 MiB); with `maxBytes`
   * the part size grows so that `maxBytes` fits.
   */
  partSize?: number;
  /** Parts uploaded in parallel per put, default 2. */
  queueSize?: number;
  /** Blobs larger than this are copied from the temporary key with UploadPartCopy; default and maximum 5 GiB. */
  multipartCopyThreshold?: number;
  /** Part size of that multipart copy, default 512 MiB (5 MiB to 5 GiB). */
  copyPartSize?: number;
  /**
   * Send `If-None-Match: *` with the final copy, so that two concurrent puts of the same content cannot
   * replace each other's object even between the existence check and the copy (AWS S3, recent MinIO).
   * Default true; turn off for a service that rejects the header.
   */
  conditionalWrites?: boolean;
  /** The SDK's request checksums (CRC32); `WHEN_REQUIRED` for services that reject them. Default `WHEN_SUPPORTED`. */
  requestChecksumCalculation?: 'WHEN_SUPPORTED' | 'WHEN_REQUIRED';
};

/**
 * Blobs in an S3 bucket under `<prefix>blobs/<sha256>`.
 *
 * A put streams the input to a temporary key `<prefix>tmp/<random>` (multipart, bounded part queue,
 * so flat memory) while hashing; then, unless `blobs/<sha256>` exists, copies it there server-side
 * (CopyObject up to 5 GiB, UploadPartCopy above) and deletes the temporary key. The application never
 * overwrites or deletes a blob. Operators should add bucket lifecycle rules that expire `tmp/` keys
 * and abort incomplete multipart uploads after a day (left by a crashed process), and may enable
 * versioning or Object Lock for write-once protection against stolen credentials.
 */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3' as const;
  readonly #client: S3Client;
  readonly #bucket: string;
  readonly #prefix: string;
  readonly #partSize: number;
  readonly #queueSize: number;
  readonly #copyThreshold: number;
  readonly #copyPartSize: number;
  readonly #conditional: boolean;

  constructor(options: S3BlobStoreOptions) {
    this.#client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? false,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      requestChecksumCalculation: options.requestChecksumCalculation ?? 'WHEN_SUPPORTED',
    });
    this.#bucket = options.bucket;
    this.#prefix = normalizePrefix(options.prefix);
    this.#partSize = within('partSize', options.partSize ?? 8 * MiB, MIN_PART_SIZE, MAX_SINGLE_COPY);
    this.#queueSize = within('queueSize', options.queueSize ?? 2, 1, 64);
    this.#copyThreshold = within(
      'multipartCopyThreshold',
      options.multipartCopyThreshold ?? MAX_SINGLE_COPY,
      0,
      MAX_SINGLE_COPY,
    );
    this.#copyPartSize = within(
      'copyPartSize',
      options.copyPartSize ?? 512 * MiB,
      MIN_PART_SIZE,
      MAX_SINGLE_COPY,
    );
    this.#conditional = options.conditionalWrites ?? true;
  }

  /** The object key of a blob; only ever built from a validated hash. */
  blobKey(sha256: string): string {
    assertSha256Hex(sha256);
    return `${this.#prefix}blobs/${sha256}`;
  }

  /** The key prefix under which puts in progress keep their temporary objects. */
  get tmpPrefix(): string {
    return `${this.#prefix}tmp/`;
  }

  /** Closes the client's connections. */
  destroy(): void {
    this.#client.destroy();
  }

  async put(input: NodeJS.ReadableStream | Readable, options?: { maxBytes?: number }): Promise<StoredBlob> {
    const limit = byteLimit(options?.maxBytes);
    const meter = new HashMeter(limit);
    const tmpKey = `${this.tmpPrefix}${randomUUID()}`;
    try {
      await this.uploadTemporary(input, meter, tmpKey, limit);
      const sha256 = meter.sha256();
      const existed = !(await this.commit(tmpKey, sha256, meter.bytesSeen));
      return { sha256, size: meter.bytesSeen, existed };
    } finally {
      await this.deleteQuietly(tmpKey);
    }
  }

  async get(sha256: string, range?: ByteRange): Promise<Readable> {
    const key = this.blobKey(sha256);
    if (range !== undefined) assertRangeShape(range);
    try {
      const response = await this.#client.send(
        new GetObjectCommand({
          Bucket: this.#bucket,
          Key: key,
          Range: range === undefined ? undefined : `bytes=${range.start}-${range.end}`,
        }),
      );
      const body = response.Body;
      if (!(body instanceof Readable)) throw new Error('S3 GetObject returned no Node.js stream');
      return range === undefined ? body : exactRange(body, range, response.ContentRange);
    } catch (error) {
      if (httpStatus(error) === 404) throw new BlobNotFoundError(sha256);
      if (httpStatus(error) === 416 && range !== undefined) throw new InvalidBlobRangeError(range);
      throw error;
    }
  }

  async stat(sha256: string): Promise<{ size: number; modifiedAt: Date } | null> {
    return this.head(this.blobKey(sha256));
  }

  async verify(sha256: string): Promise<boolean> {
    return (await sha256OfStream(await this.get(sha256))) === sha256;
  }

  async *listStored(area: StoreArea): AsyncIterable<StoredObject> {
    const prefix = area === 'tmp' ? this.tmpPrefix : `${this.#prefix}blobs/`;
    let token: string | undefined;
    do {
      const page = await this.#client.send(
        new ListObjectsV2Command({ Bucket: this.#bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) {
        const name = (o.Key ?? '').slice(prefix.length);
        if (area === 'blobs' ? /^[0-9a-f]{64}$/.test(name) : /^[0-9a-f-]{36}$/.test(name))
          yield { name, size: o.Size ?? 0, modifiedAt: o.LastModified ?? new Date(0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async removeStored(area: StoreArea, name: string): Promise<void> {
    if (area === 'tmp') assertTemporaryName(name);
    const key = area === 'tmp' ? `${this.tmpPrefix}${name}` : this.blobKey(name);
    await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: key }));
  }

  /** The part size for a put: the configured one, grown so that `limit` bytes fit in 10,000 parts. */
  private partSizeFor(limit: number): number {
    return Number.isFinite(limit) ? Math.max(this.#partSize, Math.ceil(limit / MAX_PARTS)) : this.#partSize;
  }

  /** Streams `input` through `meter` to `key`; on any failure both sides stop and the upload is aborted. */
  private async uploadTemporary(
    input: NodeJS.ReadableStream | Readable,
    meter: HashMeter,
    key: string,
    limit: number,
  ): Promise<void> {
    const upload = new Upload({
      client: this.#client,
      params: { Bucket: this.#bucket, Key: key, Body: meter, ContentType: 'application/octet-stream' },
      partSize: this.partSizeFor(limit),
      queueSize: this.#queueSize,
      leavePartsOnError: false,
    });
    const uploading = upload.done().catch((error: unknown) => {
      // Stop reading the input when the upload side fails (otherwise the pipeline waits forever).
      meter.destroy(error instanceof Error ? error : new Error(String(error)));
      throw error;
    });
    const [piped, uploaded] = await Promise.allSettled([pipeline(input, meter), uploading]);
    // The input side's error (source failure, BlobTooLargeError) explains more than the upload's.
    if (piped.status === 'rejected') throw piped.reason;
    if (uploaded.status === 'rejected') throw uploaded.reason;
  }

  /** Copies the temporary object to its blob key unless that exists; false when it did (kept as is). */
  private async commit(tmpKey: string, sha256: string, size: number): Promise<boolean> {
    const key = this.blobKey(sha256);
    if ((await this.head(key)) !== null) return false;
    try {
      if (size > this.#copyThreshold) await this.copyInParts(tmpKey, key, size);
      else await this.copyWhole(tmpKey, key);
    } catch (error) {
      // A concurrent put of the same content won the race (412 / 409 to If-None-Match).
      const status = httpStatus(error);
      if ((status === 412 || status === 409) && (await this.head(key)) !== null) return false;
      throw error;
    }
    return true;
  }

  /** Server-side CopyObject (S3 allows it up to 5 GiB). */
  private async copyWhole(source: string, target: string): Promise<void> {
    await this.#client.send(
      new CopyObjectCommand({
        Bucket: this.#bucket,
        Key: target,
        CopySource: this.copySource(source),
        IfNoneMatch: this.#conditional ? '*' : undefined,
      }),
    );
  }

  /** Server-side multipart copy (UploadPartCopy), for objects over the single-copy limit; up to S3's 5 TiB. */
  private async copyInParts(source: string, target: string, size: number): Promise<void> {
    const created = await this.#client.send(
      new CreateMultipartUploadCommand({
        Bucket: this.#bucket,
        Key: target,
        ContentType: 'application/octet-stream',
      }),
    );
    const uploadId = created.UploadId;
    if (uploadId === undefined) throw new Error('S3 CreateMultipartUpload returned no UploadId');
    try {
      const parts = await this.copyParts(source, target, uploadId, size);
      await this.#client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.#bucket,
          Key: target,
          UploadId: uploadId,
          MultipartUpload: { Parts: parts },
          IfNoneMatch: this.#conditional ? '*' : undefined,
        }),
      );
    } catch (error) {
      await this.#client
        .send(new AbortMultipartUploadCommand({ Bucket: this.#bucket, Key: target, UploadId: uploadId }))
        .catch(() => undefined);
      throw error;
    }
  }

  /** Copies `source` into the multipart upload part by part, in order; returns the parts to complete. */
  private async copyParts(
    source: string,
    target: string,
    uploadId: string,
    size: number,
  ): Promise<CompletedPart[]> {
    const partSize = Math.max(this.#copyPartSize, Math.ceil(size / MAX_PARTS));
    const parts: CompletedPart[] = [];
    for (let start = 0, partNumber = 1; start < size; start += partSize, partNumber += 1) {
      const end = Math.min(start + partSize, size) - 1;
      const result = await this.#client.send(
        new UploadPartCopyCommand({
          Bucket: this.#bucket,
          Key: target,
          UploadId: uploadId,
          PartNumber: partNumber,
          CopySource: this.copySource(source),
          CopySourceRange: `bytes=${start}-${end}`,
        }),
      );
      const etag = result.CopyPartResult?.ETag;
      if (etag === undefined) throw new Error(`S3 UploadPartCopy returned no ETag for part ${partNumber}`);
      parts.push({ PartNumber: partNumber, ETag: etag });
    }
    return parts;
  }

  /** `x-amz-copy-source`: bucket and URL-encoded key. */
  private copySource(key: string): string {
    return `${this.#bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
  }

  /** Size of an object, or null when absent. */
  private async head(key: string): Promise<{ size: number; modifiedAt: Date } | null> {
    try {
      const response = await this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: key }));
      return { size: response.ContentLength ?? 0, modifiedAt: response.LastModified ?? new Date(0) };
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  }

  /** Best-effort removal of a temporary key (absent is fine; a leftover is expired by the lifecycle rule). */
  private async deleteQuietly(key: string): Promise<void> {
    await this.#client
      .send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: key }))
      .catch(() => undefined);
  }
}

/**
 * Checks that a ranged response starts where asked and passes on exactly the bytes asked for (some
 * S3-compatible servers send more than an inclusive `bytes=0-0`, for instance).
 */
function exactRange(body: Readable, range: ByteRange, contentRange: string | undefined): Readable {
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(contentRange ?? '');
  const first = Number(match?.[1]);
  const last = Number(match?.[2]);
  if (match === null || first !== range.start || last < first) {
    body.destroy();
    throw new Error(`S3 answered range ${range.start}-${range.end} with "${contentRange ?? ''}"`);
  }
  const total = match[3] === '*' ? Number.POSITIVE_INFINITY : Number(match[3]);
  const wanted = Math.min(range.end, last, total - 1) - range.start + 1;
  return last - first + 1 === wanted ? body : firstBytes(body, wanted);
}

/** The HTTP status of an SDK error, when it has one. */
function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('$metadata' in error)) return undefined;
  const metadata = error.$metadata;
  if (typeof metadata !== 'object' || metadata === null || !('httpStatusCode' in metadata)) return undefined;
  return typeof metadata.httpStatusCode === 'number' ? metadata.httpStatusCode : undefined;
}

function normalizePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/^\/+/, '');
  return trimmed === '' || trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** Checks a numeric option against its allowed range. */
function within(name: string, value: number, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`S3BlobStore: ${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}
