import { randomUUID } from 'node:crypto';
import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import { hasPermission } from '../../platform/auth/permissions.js';
import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import type { Db, Executor } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/errors.js';
import { inScope } from '../org/org.rules.js';
import type { CaseAccess } from './case-access.js';
import { FILING_CHECK_EXTENSION_DAYS, FILING_CHECK_PERIOD } from './case.rules.js';
import type { CreateCaseInput } from './case.schema.js';
import type { CaseService } from './case.service.js';

export { CLUE_SOURCES, CLUE_STATUSES, type ClueSource } from '../../../shared/case-vocabulary.js';
import type { ClueSource, ClueStatus } from '../../../shared/case-vocabulary.js';

type ClueRow = NonNullable<Awaited<ReturnType<typeof findClue>>>;
const findClue = (db: Executor, id: string) =>
  db.selectFrom('clue').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * Clues (案源/线索): a complaint, an inspection finding, a random inspection, a transfer or a
 * monitoring alert, checked within the 立案 period (15 days, +15 with approval; MEE-30 Art. 18 [S])
 * and ended by 立案, 不予立案 (with a reason) or 移送 (with the receipt).
 */
export class ClueService {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly cases: CaseService,
    private readonly calendar: CalendarService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  private async present(c: ClueRow) {
    const days = FILING_CHECK_PERIOD.days + (c.extended === 1 ? FILING_CHECK_EXTENSION_DAYS : 0);
    const { due, provisional } = await this.calendar.due(c.discoveredOn, {
      days,
      unit: FILING_CHECK_PERIOD.unit,
    });
    const today = chinaDate(this.clock());
    return {
      id: c.id,
      source: c.source,
      title: c.title,
      description: c.description,
      partyName: c.partyName,
      location: c.location,
      discoveredOn: c.discoveredOn,
      departmentId: c.departmentId,
      status: c.status,
      extended: c.extended === 1,
      checkDue: due,
      checkDays: days,
      provisional,
      overdue: c.status === 'open' && due < today,
      resolution: c.resolution,
      transferTo: c.transferTo,
      transferReceipt: c.transferReceipt,
      caseId: c.caseId,
      createdAt: c.createdAt,
      resolvedAt: c.resolvedAt,
    };
  }

  async create(
    principal: Principal,
    input: {
      source: ClueSource;
      title: string;
      description: string;
      partyName?: string | undefined;
      location?: string | undefined;
      discoveredOn: string;
    },
  ) {
    if (input.discoveredOn > chinaDate(this.clock())) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'discoveredOn', message: '发现日期不能晚于今天' }],
      });
    }
    const row = {
      id: randomUUID(),
      source: input.source,
      title: input.title,
      description: input.description,
      partyName: input.partyName ?? null,
      location: input.location ?? null,
      discoveredOn: input.discoveredOn,
      departmentId: principal.departmentId,
      status: 'open' as const,
      extended: 0,
      resolution: null,
      transferTo: null,
      transferReceipt: null,
      caseId: null,
      createdBy: principal.id,
      createdAt: this.clock().toISOString(),
      resolvedAt: null,
    };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('clue').values(row).execute();
      await this.audit.append(tx, actorOf(principal), {
        action: 'clue.create',
        objectType: 'clue',
        objectId: row.id,
        after: row,
      });
    });
    return this.present(row);
  }

  private async readable(principal: Principal, id: string): Promise<ClueRow> {
    const c = await findClue(this.db, id);
    if (!c) throw notFound('clue', id);
    if (
      !hasPermission(principal.roles, 'case.read') ||
      !inScope(await this.access.scopeOf(principal), c.departmentId)
    ) {
      throw new AppError('FORBIDDEN', { reason: 'clue_scope' });
    }
    return c;
  }

  async get(principal: Principal, id: string) {
    return this.present(await this.readable(principal, id));
  }

  async list(principal: Principal, status: ClueStatus | undefined) {
    const scope = await this.access.scopeOf(principal);
    let q = this.db.selectFrom('clue').selectAll();
    if (!scope.all) q = q.where('departmentId', 'in', [...scope.ids, '']);
    if (status) q = q.where('status', '=', status);
    const rows = await q.orderBy('discoveredOn', 'desc').limit(500).execute();
    return { items: await Promise.all(rows.map((r) => this.present(r))) };
  }

  private async open(principal: Principal, id: string, permission: 'case.write' | 'case.approve') {
    const c = await this.readable(principal, id);
    if (!hasPermission(principal.roles, permission)) throw new AppError('FORBIDDEN', { permission });
    if (c.status !== 'open') throw new AppError('CLUE_RESOLVED', { status: c.status });
    return c;
  }

  private async resolve(principal: Principal, c: ClueRow, patch: Partial<ClueRow>, action: string) {
    const now = this.clock().toISOString();
    await this.db.transaction().execute(async (tx) => {
      const res = await tx
        .updateTable('clue')
        .set({ ...patch, resolvedAt: patch.status === 'open' ? null : now })
        .where('id', '=', c.id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw new AppError('CLUE_RESOLVED');
      await this.audit.append(tx, actorOf(principal), {
        action,
        objectType: 'clue',
        objectId: c.id,
        before: c,
        after: { ...c, ...patch },
      });
    });
    return this.get(principal, c.id);
  }

  /** 立案: opens a case from the clue (the case's discovery date is the clue's). */
  async file(principal: Principal, id: string, input: Omit<CreateCaseInput, 'clueId' | 'discoveredOn'>) {
    const c = await this.open(principal, id, 'case.write');
    const created = await this.cases.create(principal, { ...input, discoveredOn: c.discoveredOn }, c.id);
    const clue = await this.resolve(
      principal,
      c,
      { status: 'filed', caseId: created.id, resolution: `立案：${created.number}` },
      'clue.file',
    );
    return { clue, case: created };
  }

  /** 不予立案, with the reason (the head decides). */
  async reject(principal: Principal, id: string, reason: string) {
    const c = await this.open(principal, id, 'case.approve');
    return this.resolve(principal, c, { status: 'not_filed', resolution: reason }, 'clue.reject');
  }

  /** 移送: to another authority, with the receipt (回执). */
  async transfer(principal: Principal, id: string, to: string, receipt: string) {
    const c = await this.open(principal, id, 'case.approve');
    return this.resolve(
      principal,
      c,
      { status: 'transferred', transferTo: to, transferReceipt: receipt, resolution: `移送${to}` },
      'clue.transfer',
    );
  }

  /** The approved extension of the check period (+15 days, once). */
  async extend(principal: Principal, id: string, reason: string) {
    const c = await this.open(principal, id, 'case.approve');
    if (c.extended === 1) throw new AppError('EXTENSION_LIMIT', { max: FILING_CHECK_EXTENSION_DAYS });
    // extended only while the 15 days still run (MEE-30 Art. 18 [S])
    const { due } = await this.calendar.due(c.discoveredOn, FILING_CHECK_PERIOD);
    if (due < chinaDate(this.clock()))
      throw new AppError('APPROVAL_NOT_APPLICABLE', {
        kind: 'clue_extension',
        reason: 'period_expired',
        due,
      });
    return this.resolve(
      principal,
      c,
      { extended: 1, status: 'open', resolution: `延长核查期限：${reason}` },
      'clue.extend',
    );
  }
}
