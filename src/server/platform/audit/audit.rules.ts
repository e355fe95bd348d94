import { createHash } from 'node:crypto';

/** Pure rules of the hash-chained audit log. */

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so equal values always give equal digests. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function digestOf(state: unknown): string | null {
  return state === undefined || state === null ? null : sha256Hex(canonicalJson(state));
}

export type ChainFields = {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  objectType: string;
  objectId: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  detail: string;
  prevHash: string;
};

/** The entry hash covers every field of the entry and the previous entry's hash. */
export function entryHash(f: ChainFields): string {
  return sha256Hex(
    canonicalJson([
      f.seq,
      f.at,
      f.actorId,
      f.actorName,
      f.action,
      f.objectType,
      f.objectId,
      f.beforeDigest,
      f.afterDigest,
      f.detail,
      f.prevHash,
    ]),
  );
}

export type ChainBreak = { seq: number; reason: 'sequence_gap' | 'prev_hash_mismatch' | 'hash_mismatch' };

/**
 * Checks a run of entries that follows `prev` (the previous entry's seq and hash).
 * Returns the last good entry as `tail`, and the first break if there is one.
 */
export function checkRun(
  prev: { seq: number; hash: string },
  entries: (ChainFields & { hash: string })[],
): { ok: boolean; tail: { seq: number; hash: string }; broken?: ChainBreak } {
  let tail = prev;
  for (const e of entries) {
    const broken: ChainBreak | undefined =
      e.seq !== tail.seq + 1
        ? { seq: tail.seq + 1, reason: 'sequence_gap' }
        : e.prevHash !== tail.hash
          ? { seq: e.seq, reason: 'prev_hash_mismatch' }
          : entryHash(e) !== e.hash
            ? { seq: e.seq, reason: 'hash_mismatch' }
            : undefined;
    if (broken) return { ok: false, tail, broken };
    tail = { seq: e.seq, hash: e.hash };
  }
  return { ok: true, tail };
}
