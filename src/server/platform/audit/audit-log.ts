import { lockForSequence, type Db, type DialectName, type Tx } from '../db/database.js';
import {
  GENESIS_HASH,
  canonicalJson,
  checkRun,
  digestOf,
  entryHash,
  type ChainBreak,
} from './audit.rules.js';
import { takeSeals } from './row-seals.js';

/** Who did it: a signed-in account, or the system itself (CLI, start-up, sweeps). */
/** `name` is the account name (recorded in the audit log); `displayName` the person's name, for timelines. */
export type Actor = { id: string | null; name: string; displayName?: string };
export const SYSTEM_ACTOR: Actor = { id: null, name: 'system' };

export type AuditEvent = {
  action: string;
  objectType: string;
  objectId: string;
  before?: unknown;
  after?: unknown;
  detail?: Record<string, unknown>;
};

const AUDIT_LOCK_ID = 0x5a3_0001;
const VERIFY_BATCH = 1000;

export type VerifyResult = { ok: boolean; entries: number; head: string; brokenAt?: ChainBreak };

/**
 * The append-only, SHA-256-chained audit log. `append` must run inside the transaction of the
 * change it records, so both commit or neither does.
 */
export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly dialect: DialectName,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async append(tx: Tx, actor: Actor, event: AuditEvent): Promise<number> {
    const seals = await takeSeals(tx);
    await lockForSequence(tx, this.dialect, AUDIT_LOCK_ID);
    const last = await tx
      .selectFrom('auditEntry')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const fields = {
      seq: (last?.seq ?? 0) + 1,
      at: this.now().toISOString(),
      actorId: actor.id,
      actorName: actor.name,
      action: event.action,
      objectType: event.objectType,
      objectId: event.objectId,
      beforeDigest: digestOf(event.before),
      afterDigest: digestOf(event.after),
      detail: canonicalJson(seals ? { ...event.detail, sealedRows: seals } : (event.detail ?? {})),
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    await tx
      .insertInto('auditEntry')
      .values({ ...fields, hash: entryHash(fields) })
      .execute();
    return fields.seq;
  }

  /** Recomputes the whole chain in batches; names the first broken entry. */
  async verify(): Promise<VerifyResult> {
    let tail = { seq: 0, hash: GENESIS_HASH };
    for (;;) {
      const rows = await this.db
        .selectFrom('auditEntry')
        .selectAll()
        .where('seq', '>', tail.seq)
        .orderBy('seq')
        .limit(VERIFY_BATCH)
        .execute();
      if (rows.length === 0) break;
      const run = checkRun(tail, rows);
      tail = run.tail;
      if (run.broken) return { ok: false, entries: tail.seq, head: tail.hash, brokenAt: run.broken };
    }
    return { ok: true, entries: tail.seq, head: tail.hash };
  }

  async list(page: number, pageSize: number) {
    const [items, count] = await Promise.all([
      this.db
        .selectFrom('auditEntry')
        .select(['seq', 'at', 'actorName', 'action', 'objectType', 'objectId', 'hash'])
        .orderBy('seq', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      this.db
        .selectFrom('auditEntry')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  }
}
