import { Readable } from 'node:stream';

/**
 * Media types accepted as evidence, recognised from the file's first bytes (never from its name):
 * security.md "type sniffing (not the file name)".
 */
export type SniffedType = { mime: string; extension: string };

/** Bytes read before deciding; MPEG-TS needs its second sync byte at offset 188. */
export const SNIFF_BYTES = 512;

const ascii = (b: Buffer, start: number, end: number) => b.subarray(start, end).toString('latin1');

export function sniffMediaType(head: Buffer): SniffedType | undefined {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
    return { mime: 'image/jpeg', extension: 'jpg' };
  if (
    head.length >= 8 &&
    head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return { mime: 'image/png', extension: 'png' };
  }
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (brand === 'qt  ') return { mime: 'video/quicktime', extension: 'mov' };
    if (brand.startsWith('M4A')) return { mime: 'audio/mp4', extension: 'm4a' };
    if (brand.startsWith('3g')) return { mime: 'video/3gpp', extension: '3gp' };
    if (brand === 'heic' || brand === 'heix' || brand === 'mif1')
      return { mime: 'image/heic', extension: 'heic' };
    return { mime: 'video/mp4', extension: 'mp4' };
  }
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3)
    return { mime: 'video/webm', extension: 'webm' };
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF') {
    const form = ascii(head, 8, 12);
    if (form === 'AVI ') return { mime: 'video/x-msvideo', extension: 'avi' };
    if (form === 'WAVE') return { mime: 'audio/wav', extension: 'wav' };
  }
  if (head.length >= 3 && ascii(head, 0, 3) === 'ID3') return { mime: 'audio/mpeg', extension: 'mp3' };
  if (head.length >= 2 && head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)
    return { mime: 'audio/mpeg', extension: 'mp3' };
  if (head.length >= 5 && ascii(head, 0, 5) === '#!AMR') return { mime: 'audio/amr', extension: 'amr' };
  if (head.length > 188 && head[0] === 0x47 && head[188] === 0x47)
    return { mime: 'video/mp2t', extension: 'ts' };
  return undefined;
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
