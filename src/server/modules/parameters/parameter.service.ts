import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import type { Actor, AuditLog } from '../../platform/audit/audit-log.js';
import type { Clock } from '../../platform/clock.js';
import { z } from 'zod';
import type { Db, Executor } from '../../platform/db/database.js';
import { parseJson } from '../../platform/db/json.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { CaseKind, MediaStorageRule } from '../cases/case.rules.js';
import {
  DOCUMENT_SETTINGS,
  PARAMETER_DEFINITIONS,
  type DocumentSettingKey,
} from './parameter.definitions.js';

/** Configurable rule parameters: the stored value when valid, else the default. */
export class ParameterService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async get(key: string, db: Executor = this.db): Promise<unknown> {
    const def = PARAMETER_DEFINITIONS[key];
    if (!def) throw notFound('parameter', key);
    const row = await db.selectFrom('parameter').select('value').where('key', '=', key).executeTakeFirst();
    if (!row) return def.default;
    const parsed = def.schema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : def.default;
  }

  async casePattern(kind: CaseKind): Promise<string> {
    return String(await this.get(`case.numberPattern.${kind}`));
  }

  async mediaStorageRule(db?: Executor): Promise<MediaStorageRule> {
    return (await this.get('media.storageRule', db)) as MediaStorageRule;
  }

  /** The 陈述申辩 window in working days (parameter `procedure.statementDays`). */
  async statementDays(db?: Executor): Promise<number> {
    return Number(await this.get('procedure.statementDays', db));
  }

  /** What documents print by name (blank while unset). */
  async documentSettings(db?: Executor): Promise<Record<DocumentSettingKey, string>> {
    const keys = Object.keys(DOCUMENT_SETTINGS) as DocumentSettingKey[];
    const values = await Promise.all(keys.map(async (k) => String(await this.get(k, db)).trim()));
    return Object.fromEntries(keys.map((k, i) => [k, values[i] ?? ''])) as Record<DocumentSettingKey, string>;
  }

  async list() {
    const rows = await this.db.selectFrom('parameter').selectAll().execute();
    return Object.entries(PARAMETER_DEFINITIONS).map(([key, def]) => {
      const row = rows.find((r) => r.key === key);
      return {
        key,
        label: def.label,
        source: def.source,
        default: def.default,
        value: row ? parseJson(z.unknown(), row.value, 'parameter.value') : def.default,
        updatedAt: row?.updatedAt ?? null,
      };
    });
  }

  async set(principal: Principal, key: string, value: unknown) {
    return this.setAs(actorOf(principal), key, value);
  }

  /** Sets a parameter as `actor` (a signed-in administrator, or the system seeding the demo). */
  async setAs(actor: Actor, key: string, value: unknown) {
    const def = PARAMETER_DEFINITIONS[key];
    if (!def) throw notFound('parameter', key);
    const parsed = def.schema.safeParse(value);
    if (!parsed.success) {
      throw new AppError('VALIDATION_FAILED', {
        fields: parsed.error.issues.map((i) => ({ path: 'value', message: i.message })),
      });
    }
    const before = await this.get(key);
    const now = this.clock().toISOString();
    const json = JSON.stringify(parsed.data);
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('parameter')
        .values({ key, value: json, updatedAt: now, updatedBy: actor.id })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({ value: json, updatedAt: now, updatedBy: actor.id }),
        )
        .execute();
      await this.audit.append(tx, actor, {
        action: 'parameter.set',
        objectType: 'parameter',
        objectId: key,
        before: { value: before },
        after: { value: parsed.data },
      });
    });
    return (await this.list()).find((p) => p.key === key);
  }
}
