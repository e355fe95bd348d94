import { Readable } from 'node:stream';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { peek, sniffMediaType, SNIFF_BYTES } from '../src/server/modules/records/media-type.rules.js';

/**
 * Media types from the file's first bytes (security.md "type sniffing"): real byte samples, built
 * here, of each accepted type and of files that must be refused whatever their name.
 */

const bytes = (...parts: (Buffer | string | number[])[]) =>
  Buffer.concat(
    parts.map((p) =>
      Buffer.isBuffer(p) ? p : typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p),
    ),
  );
const u32le = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const u32be = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const u16le = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};

/** An ISO-BMFF file: an `ftyp` box with the given major brand, then a `free` and an `mdat` box. */
function isoBmff(major: string, compatible: string[]): Buffer {
  const ftyp = bytes(u32be(16 + 4 * compatible.length), 'ftyp', major, u32be(0x200), ...compatible);
  return bytes(ftyp, u32be(8), 'free', u32be(8 + 64), 'mdat', Buffer.alloc(64, 0x11));
}

/** MPEG-1 layer III frames, 128 kbit/s at 44.1 kHz (FF FB 90 64): 417 bytes each. */
function mp3Frames(count: number): Buffer {
  const frame = bytes([0xff, 0xfb, 0x90, 0x64], Buffer.alloc(417 - 4, 0x55));
  return Buffer.concat(Array.from({ length: count }, () => frame));
}

/** An ID3v2.3 tag (a title and a picture of `pictureBytes`) in front of MP3 frames. */
function id3Mp3(pictureBytes: number): Buffer {
  const frame = (id: string, body: Buffer) => bytes(id, u32be(body.length), [0, 0], body);
  const frames = bytes(
    frame('TIT2', bytes([0x00], '2024-05-01 onsite inspection')),
    frame(
      'APIC',
      bytes([0x00], 'image/jpeg', [0x00, 0x03, 0x00], [0xff, 0xd8, 0xff], Buffer.alloc(pictureBytes)),
    ),
  );
  const size = frames.length;
  const syncsafe = [(size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f];
  return bytes('ID3', [0x03, 0x00, 0x00], syncsafe, frames, mp3Frames(4));
}

/** A WebM EBML header (DocType `webm`, or another DocType) followed by the start of a Segment. */
function ebml(docType: string): Buffer {
  const children = bytes(
    [0x42, 0x86, 0x81, 0x01], // EBMLVersion 1
    [0x42, 0xf7, 0x81, 0x01], // EBMLReadVersion 1
    [0x42, 0xf2, 0x81, 0x04], // EBMLMaxIDLength 4
    [0x42, 0xf3, 0x81, 0x08], // EBMLMaxSizeLength 8
    [0x42, 0x82, 0x80 | docType.length],
    docType,
    [0x42, 0x87, 0x81, 0x04], // DocTypeVersion 4
    [0x42, 0x85, 0x81, 0x02], // DocTypeReadVersion 2
  );
  return bytes(
    [0x1a, 0x45, 0xdf, 0xa3, 0x80 | children.length],
    children,
    [0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
  );
}

function riff(form: string, body: Buffer): Buffer {
  return bytes('RIFF', u32le(4 + body.length), form, body);
}

/** A RIFF AVI: the `hdrl` list with an `avih` main header. */
const avi = () => {
  const avih = bytes('avih', u32le(56), u32le(33_333), Buffer.alloc(52));
  const hdrl = bytes('LIST', u32le(4 + avih.length), 'hdrl', avih);
  return riff('AVI ', bytes(hdrl, 'LIST', u32le(4 + 16), 'movi', Buffer.alloc(16)));
};

/** A RIFF WAVE: 16-bit mono PCM at 8 kHz and 100 samples. */
const wav = () => {
  const fmt = bytes('fmt ', u32le(16), u16le(1), u16le(1), u32le(8000), u32le(16_000), u16le(2), u16le(16));
  return riff('WAVE', bytes(fmt, 'data', u32le(200), Buffer.alloc(200, 0x01)));
};

/** AMR-NB storage format: the magic line, then 12.2 kbit/s frames (header 0x3C, 32 bytes each). */
const amr = () => bytes('#!AMR\n', ...Array.from({ length: 5 }, () => bytes([0x3c], Buffer.alloc(31, 0x22))));

/** MPEG-TS: 188-byte packets, each starting with the sync byte 0x47. */
const mpegTs = () =>
  Buffer.concat(
    Array.from({ length: 3 }, (_, i) => bytes([0x47, 0x40, 0x00, 0x10 | i], Buffer.alloc(184, 0xff))),
  );

const jpeg = () =>
  bytes(
    [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10],
    'JFIF',
    [0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00],
    [0xff, 0xdb, 0x00, 0x43, 0x00],
    Buffer.alloc(64, 0x10),
    [0xff, 0xd9],
  );

/** A real 4×4 PNG. */
const png = () =>
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGPg9uqGIwbiOABkQw4BHFmXxAAAAABJRU5ErkJggg==',
    'base64',
  );

const ACCEPTED: [name: string, sample: () => Buffer, mime: string, extension: string][] = [
  ['JPEG', jpeg, 'image/jpeg', 'jpg'],
  ['PNG', png, 'image/png', 'png'],
  ['MP4 (isom)', () => isoBmff('isom', ['isom', 'iso2', 'avc1', 'mp41']), 'video/mp4', 'mp4'],
  ['MP4 (mp42)', () => isoBmff('mp42', ['mp42', 'isom']), 'video/mp4', 'mp4'],
  ['QuickTime', () => isoBmff('qt  ', ['qt  ']), 'video/quicktime', 'mov'],
  ['M4A', () => isoBmff('M4A ', ['M4A ', 'mp42', 'isom']), 'audio/mp4', 'm4a'],
  ['3GP', () => isoBmff('3gp4', ['3gp4', 'isom']), 'video/3gpp', '3gp'],
  ['HEIC', () => isoBmff('heic', ['mif1', 'heic']), 'image/heic', 'heic'],
  ['HEIF (mif1)', () => isoBmff('mif1', ['mif1', 'heic']), 'image/heic', 'heic'],
  ['WebM', () => ebml('webm'), 'video/webm', 'webm'],
  ['AVI', avi, 'video/x-msvideo', 'avi'],
  ['WAV', wav, 'audio/wav', 'wav'],
  ['MP3 (frames)', () => mp3Frames(6), 'audio/mpeg', 'mp3'],
  ['MP3 (ID3 tag, then frames)', () => id3Mp3(100), 'audio/mpeg', 'mp3'],
  ['MP3 (ID3 tag with a cover larger than the sniffed head)', () => id3Mp3(64 * 1024), 'audio/mpeg', 'mp3'],
  ['AMR', amr, 'audio/amr', 'amr'],
  ['MPEG-TS', mpegTs, 'video/mp2t', 'ts'],
];

const utf16leText = () =>
  bytes(
    [0xff, 0xfe],
    Buffer.from('现场检查笔录\r\nOn-site inspection record, page 1\r\n'.repeat(40), 'utf16le'),
  );

const REFUSED: [name: string, sample: () => Buffer][] = [
  ['UTF-16LE text with its byte-order mark FF FE', utf16leText],
  ['UTF-16LE text of a single character', () => bytes([0xff, 0xfe], Buffer.from('A', 'utf16le'))],
  [
    'UTF-16BE text with its byte-order mark FE FF',
    () =>
      bytes([0xfe, 0xff], Buffer.from('现场检查笔录 On-site inspection\r\n'.repeat(40), 'utf16le').swap16()),
  ],
  ['plain text', () => Buffer.from('现场检查笔录\nOn-site inspection record\n'.repeat(40), 'utf8')],
  [
    'a PDF',
    () =>
      bytes(
        '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
        '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
      ),
  ],
  [
    'a ZIP',
    () => Buffer.from(zipSync({ 'evidence.mp4': strToU8('not a video'), 'readme.txt': strToU8('hi') })),
  ],
  ['an ELF executable', () => bytes([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], Buffer.alloc(600))],
  ['a Windows executable', () => bytes('MZ', [0x90, 0x00, 0x03], Buffer.alloc(600))],
  ['an empty file', () => Buffer.alloc(0)],
  ['a single byte', () => Buffer.from([0xff])],
  [
    'MPEG layer I audio (a frame header like FF FE)',
    () => bytes([0xff, 0xfe, 0x41, 0x00], Buffer.alloc(400)),
  ],
  ['Matroska (not WebM)', () => ebml('matroska')],
  ['an AVIF image (ISO-BMFF, not accepted)', () => isoBmff('avif', ['avif', 'mif1'])],
];

describe('media types from the first bytes', () => {
  it.each(ACCEPTED)('accepts %s', async (_name, sample, mime, extension) => {
    expect(await sniffMediaType(sample())).toEqual({ mime, extension });
  });

  it.each(ACCEPTED)('accepts %s from the head of a longer stream', async (_name, sample, mime, extension) => {
    const whole = bytes(sample(), Buffer.alloc(3 * SNIFF_BYTES, 0xa5));
    const { head, stream } = await peek(
      Readable.from([whole.subarray(0, 1000), whole.subarray(1000)]),
      SNIFF_BYTES,
    );
    expect(head.length).toBe(SNIFF_BYTES);
    expect(await sniffMediaType(head)).toEqual({ mime, extension });
    const replayed: Buffer[] = [];
    for await (const chunk of stream) replayed.push(chunk as Buffer);
    expect(Buffer.concat(replayed).equals(whole)).toBe(true);
  });

  it.each(REFUSED)('refuses %s', async (_name, sample) => {
    expect(await sniffMediaType(sample())).toBeUndefined();
  });

  it('refuses a UTF-16LE text file whatever its first character (issue 12)', async () => {
    for (const text of ['A', '现', '\u00ff', '\ufbff', '\r\n', '0']) {
      const file = bytes([0xff, 0xfe], Buffer.from(text.repeat(300), 'utf16le'));
      expect(await sniffMediaType(file)).toBeUndefined();
    }
  });
});
