import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { TokenScope } from '../../../shared/publicity-vocabulary.js';
import { actorOf, type Principal } from './auth.service.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { AppError, notFound } from '../errors.js';

/** What an integrator's request carries once its token is accepted. */
export type Integrator = { tokenId: string; name: string; scope: TokenScope };

const TOKEN_PREFIX = 'sxk_';
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Integrator tokens (`Authorization: Bearer …`): made and revoked by an administrator, shown once,
 * stored as a SHA-256 hash, scoped to one feed; every use is written to the audit log.
 */
export class ApiTokens {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, name: string, scope: TokenScope) {
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const row = {
      id: randomUUID(),
      name,
      scope,
      tokenHash: hashOf(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      createdBy: principal.id,
      createdAt: this.clock().toISOString(),
      revokedAt: null,
      revokedBy: null,
      lastUsedAt: null,
    };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('apiToken').values(row).execute();
      await this.audit.append(tx, actorOf(principal), {
        action: 'api_token.create',
        objectType: 'api_token',
        objectId: row.id,
        after: { ...row, tokenHash: undefined },
      });
    });
    return { ...(await this.present(row.id)), token };
  }

  async list() {
    return { items: await this.rows() };
  }

  private rows(id?: string) {
    let q = this.db
      .selectFrom('apiToken')
      .innerJoin('account', 'account.id', 'apiToken.createdBy')
      .select([
        'apiToken.id',
        'apiToken.name',
        'apiToken.scope',
        'apiToken.prefix',
        'account.name as createdBy',
        'apiToken.createdAt',
        'apiToken.revokedAt',
        'apiToken.lastUsedAt',
      ])
      .orderBy('apiToken.createdAt', 'desc');
    if (id !== undefined) q = q.where('apiToken.id', '=', id);
    return q.execute();
  }

  private async present(id: string) {
    const [item] = await this.rows(id);
    if (!item) throw notFound('api_token', id);
    return item;
  }

  async revoke(principal: Principal, id: string) {
    await this.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('apiToken').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound('api_token', id);
      if (row.revokedAt !== null) return;
      await tx
        .updateTable('apiToken')
        .set({ revokedAt: this.clock().toISOString(), revokedBy: principal.id })
        .where('id', '=', id)
        .execute();
      await this.audit.append(tx, actorOf(principal), {
        action: 'api_token.revoke',
        objectType: 'api_token',
        objectId: id,
      });
    });
    return this.present(id);
  }

  /**
   * The integrator of a request: 401 `TOKEN_INVALID` without a valid, unrevoked token, 403
   * `TOKEN_SCOPE` with a token of another scope. The use is audited (route and query).
   */
  async authenticate(header: string | undefined, scope: TokenScope, use: string): Promise<Integrator> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match?.[1]) throw new AppError('TOKEN_INVALID');
    const token = match[1];
    const row = await this.db
      .selectFrom('apiToken')
      .select(['id', 'name', 'scope', 'revokedAt'])
      .where('tokenHash', '=', hashOf(token))
      .executeTakeFirst();
    if (!row || row.revokedAt !== null) throw new AppError('TOKEN_INVALID');
    if (row.scope !== scope) throw new AppError('TOKEN_SCOPE', { scope: row.scope, required: scope });
    const now = this.clock().toISOString();
    await this.db.transaction().execute(async (tx) => {
      await tx.updateTable('apiToken').set({ lastUsedAt: now }).where('id', '=', row.id).execute();
      await this.audit.append(
        tx,
        { id: null, name: `token:${row.name}` },
        {
          action: 'api_token.use',
          objectType: 'api_token',
          objectId: row.id,
          detail: { use },
        },
      );
    });
    return { tokenId: row.id, name: row.name, scope: row.scope };
  }
}
