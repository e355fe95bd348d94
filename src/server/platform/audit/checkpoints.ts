import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database.js';
import type { AuditLog, VerifyResult } from './audit-log.js';

/** What a checkpoint signs: the number of entries and the chain's head hash at a moment. */
export function checkpointPayload(c: { entries: number; head: string; at: string }): string {
  return `sanxiang-audit-checkpoint:v1|${c.entries}|${c.head}|${c.at}`;
}

export type CheckpointProblem = 'bad_signature' | 'truncated' | 'rechained';
export type FullVerifyResult = VerifyResult & {
  checkpoint?: { entries: number; at: string; ok: boolean; problem?: CheckpointProblem };
};

/**
 * Signed checkpoints of the audit chain (security.md): the entry count and head hash, signed with an
 * Ed25519 key kept outside the database (a key file; `AUDIT_KEY_FILE`, made on first use with mode
 * 0600). Someone who can write the database can recompute the chain's hashes or drop its newest
 * entries — the chain alone would still verify — but cannot sign a checkpoint: `verify` checks the chain
 * against every checkpoint, so re-chaining and truncation fail. Checkpoints are exported, with the
 * public key, for publication.
 */
export class AuditCheckpoints {
  #key: KeyObject | undefined;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly keyFile: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private privateKey(): KeyObject {
    if (this.#key) return this.#key;
    if (!fs.existsSync(this.keyFile)) {
      fs.mkdirSync(path.dirname(this.keyFile), { recursive: true, mode: 0o700 });
      const { privateKey } = generateKeyPairSync('ed25519');
      fs.writeFileSync(this.keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
        mode: 0o600,
        flag: 'wx',
      });
    }
    this.#key = createPrivateKey(fs.readFileSync(this.keyFile));
    return this.#key;
  }

  /** The public key (PEM) and its id (the first 16 hex digits of the SHA-256 of its DER form). */
  publicKey(): { pem: string; keyId: string; key: KeyObject } {
    const key = createPublicKey(this.privateKey());
    const der = key.export({ type: 'spki', format: 'der' });
    return {
      pem: key.export({ type: 'spki', format: 'pem' }).toString(),
      keyId: createHash('sha256').update(der).digest('hex').slice(0, 16),
      key,
    };
  }

  /** Signs the chain's head now (unless the last checkpoint already covers every entry). */
  async write(): Promise<{ entries: number; head: string; at: string; written: boolean }> {
    const last = await this.db
      .selectFrom('auditEntry')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const entries = last?.seq ?? 0;
    const head = last?.hash ?? '';
    const previous = await this.latest();
    if (previous && previous.entries === entries) return { ...previous, written: false };
    const at = this.now().toISOString();
    const { keyId } = this.publicKey();
    const signature = sign(
      null,
      Buffer.from(checkpointPayload({ entries, head, at })),
      this.privateKey(),
    ).toString('base64');
    await this.db.insertInto('auditCheckpoint').values({ entries, head, at, keyId, signature }).execute();
    return { entries, head, at, written: true };
  }

  latest() {
    return this.db
      .selectFrom('auditCheckpoint')
      .selectAll()
      .orderBy('entries', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /** Every checkpoint with the public key, for publication (`sanxiang export-checkpoints`). */
  async export() {
    const { pem, keyId } = this.publicKey();
    const checkpoints = await this.db.selectFrom('auditCheckpoint').selectAll().orderBy('entries').execute();
    return {
      algorithm: 'Ed25519',
      keyId,
      publicKey: pem,
      payload: checkpointPayload({ entries: 0, head: '<head>', at: '<at>' }),
      checkpoints,
    };
  }

  /** The chain, then the chain against each checkpoint (signature, still present, same hash at its entry). */
  async verify(): Promise<FullVerifyResult> {
    const chain = await this.audit.verify();
    const checkpoints = await this.db.selectFrom('auditCheckpoint').selectAll().orderBy('entries').execute();
    const latest = checkpoints.at(-1);
    if (!latest) return chain;
    const { key } = this.publicKey();
    for (const c of checkpoints) {
      const problem = await this.problemOf(c, key);
      if (problem)
        return { ...chain, ok: false, checkpoint: { entries: c.entries, at: c.at, ok: false, problem } };
    }
    return { ...chain, checkpoint: { entries: latest.entries, at: latest.at, ok: true } };
  }

  private async problemOf(
    c: { entries: number; head: string; at: string; signature: string },
    key: KeyObject,
  ): Promise<CheckpointProblem | null> {
    const signed = verify(null, Buffer.from(checkpointPayload(c)), key, Buffer.from(c.signature, 'base64'));
    if (!signed) return 'bad_signature';
    if (c.entries === 0) return null;
    const entry = await this.db
      .selectFrom('auditEntry')
      .select('hash')
      .where('seq', '=', c.entries)
      .executeTakeFirst();
    if (!entry) return 'truncated';
    return entry.hash === c.head ? null : 'rechained';
  }
}
