import { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type/core';

/**
 * Media types accepted as evidence, recognised from the file's first bytes (never from its name):
 * security.md "type sniffing (not the file name)". The `file-type` package detects what the bytes
 * are; the allow-list below decides what is accepted and under which MIME type and extension.
 */
export type SniffedType = { mime: string; extension: string };

/** Bytes read before deciding: what `file-type` needs for reliable detection (its own sample size). */
export const SNIFF_BYTES = 4100;

/**
 * `file-type`'s answer (`mime ext`) → what is stored. Variants of an accepted container are named as
 * stored rows name them (`audio/x-m4a` → `audio/mp4`, `video/vnd.avi` → `video/x-msvideo`, …).
 * Everything else is refused, among it MPEG layer I/II audio: a UTF-16LE text's byte-order mark
 * FF FE reads as a layer I frame header, so only layer III (`mp3`) is taken for audio/mpeg.
 */
const ACCEPTED: ReadonlyMap<string, SniffedType> = new Map([
  ['image/jpeg jpg', { mime: 'image/jpeg', extension: 'jpg' }],
  ['image/png png', { mime: 'image/png', extension: 'png' }],
  ['image/heic heic', { mime: 'image/heic', extension: 'heic' }],
  ['image/heif heic', { mime: 'image/heic', extension: 'heic' }],
  ['video/mp4 mp4', { mime: 'video/mp4', extension: 'mp4' }],
  ['video/x-m4v m4v', { mime: 'video/mp4', extension: 'mp4' }],
  ['video/quicktime mov', { mime: 'video/quicktime', extension: 'mov' }],
  ['video/3gpp 3gp', { mime: 'video/3gpp', extension: '3gp' }],
  ['video/3gpp2 3g2', { mime: 'video/3gpp', extension: '3gp' }],
  ['video/webm webm', { mime: 'video/webm', extension: 'webm' }],
  ['video/vnd.avi avi', { mime: 'video/x-msvideo', extension: 'avi' }],
  ['video/mp2t mts', { mime: 'video/mp2t', extension: 'ts' }],
  ['audio/x-m4a m4a', { mime: 'audio/mp4', extension: 'm4a' }],
  ['audio/wav wav', { mime: 'audio/wav', extension: 'wav' }],
  ['audio/mpeg mp3', { mime: 'audio/mpeg', extension: 'mp3' }],
  ['audio/amr amr', { mime: 'audio/amr', extension: 'amr' }],
]);

/**
 * Attachments of published information (事前公开): PDF, Word (.docx; .doc is an OLE compound file)
 * and images — what a visitor's browser opens or downloads safely.
 */
export const DOCUMENT_TYPES: ReadonlyMap<string, SniffedType> = new Map([
  ['application/pdf pdf', { mime: 'application/pdf', extension: 'pdf' }],
  [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document docx',
    {
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: 'docx',
    },
  ],
  ['application/x-cfb cfb', { mime: 'application/msword', extension: 'doc' }],
  ['image/jpeg jpg', { mime: 'image/jpeg', extension: 'jpg' }],
  ['image/png png', { mime: 'image/png', extension: 'png' }],
]);

/** The accepted type of a file from its first `SNIFF_BYTES` bytes, or undefined when it is refused. */
export async function sniffMediaType(head: Buffer): Promise<SniffedType | undefined> {
  return sniffType(head, ACCEPTED);
}

/** What `file-type` detects in `head`, if `accepted` takes it (under the name it gives). */
export async function sniffType(
  head: Buffer,
  accepted: ReadonlyMap<string, SniffedType>,
): Promise<SniffedType | undefined> {
  let detected;
  try {
    detected = await fileTypeFromBuffer(head);
  } catch {
    return undefined; // bytes file-type cannot parse (a malformed archive, …) are not accepted
  }
  return detected && accepted.get(`${detected.mime} ${detected.ext}`);
}

/**
 * Reads the first `count` bytes of a stream (fewer if it is shorter) and returns them with a
 * stream that yields the whole content again, head included; memory stays bounded.
 */
export async function peek(source: Readable, count: number): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = (source as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < count) {
    const next = await iterator.next();
    if (next.done) break;
    chunks.push(next.value);
    length += next.value.length;
  }
  const buffered = Buffer.concat(chunks);
  async function* replay(): AsyncGenerator<Buffer> {
    if (buffered.length > 0) yield buffered;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head: buffered.subarray(0, count), stream: Readable.from(replay(), { objectMode: false }) };
}
