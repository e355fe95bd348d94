import { sql, type ExpressionBuilder, type Insertable, type Updateable } from 'kysely';
import type { DialectName, Executor } from '../../platform/db/database.js';
import type {
  ApprovalRequestTable,
  CaseDeadlineTable,
  CaseEventTable,
  CasePeriodTable,
  Database,
  EnforcementCaseTable,
} from '../../platform/db/schema.js';
import { contains } from '../../platform/db/text-search.js';
import { nextInCounter } from '../../platform/db/counters.js';
import { markWritten } from '../../platform/audit/row-seals.js';

export type CaseRow = Awaited<ReturnType<typeof caseRepository.find>> & object;

export type CaseFilter = {
  q?: string | undefined;
  kind?: EnforcementCaseTable['kind'] | undefined;
  stage?: EnforcementCaseTable['stage'] | undefined;
  departmentIds?: readonly string[] | undefined;
  /** Also include cases where this account is an assigned officer. */
  assignedTo?: string | undefined;
  page: number;
  pageSize: number;
};

/** Cases of the given departments, or on which the account is an assigned officer. */
function caseScope(departmentIds: readonly string[], assignedTo: string | undefined) {
  return (eb: ExpressionBuilder<Database, 'enforcementCase'>) =>
    eb.or([
      eb('enforcementCase.departmentId', 'in', [...departmentIds, '']),
      ...(assignedTo
        ? [
            eb.exists(
              eb
                .selectFrom('caseOfficer')
                .select('caseOfficer.caseId')
                .whereRef('caseOfficer.caseId', '=', 'enforcementCase.id')
                .where('caseOfficer.accountId', '=', assignedTo)
                .where('caseOfficer.removedAt', 'is', null),
            ),
          ]
        : []),
    ]);
}

export const caseRepository = {
  find(db: Executor, id: string) {
    return db.selectFrom('enforcementCase').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /**
   * The case, read to be written: on PostgreSQL the row is locked (FOR NO KEY UPDATE) until the
   * transaction ends, so writers of the same case take turns; SQLite has a single writer already.
   * Rows that only reference the case (records, events) are not held up.
   */
  findForWrite(db: Executor, id: string, dialect: DialectName) {
    const query = db.selectFrom('enforcementCase').selectAll().where('id', '=', id);
    return (dialect === 'postgres' ? query.forNoKeyUpdate() : query).executeTakeFirst();
  },

  insert(db: Executor, row: Insertable<EnforcementCaseTable>) {
    markWritten(db, 'enforcementCase', row.id);
    return db.insertInto('enforcementCase').values(row).execute();
  },

  update(db: Executor, id: string, patch: Updateable<EnforcementCaseTable>) {
    markWritten(db, 'enforcementCase', id, patch);
    return db.updateTable('enforcementCase').set(patch).where('id', '=', id).execute();
  },

  /** The next number of a kind in a year, atomically (platform/db/counters.ts). */
  nextNumber(db: Executor, kind: EnforcementCaseTable['kind'], year: number): Promise<number> {
    return nextInCounter(db, 'case_number_counter', kind, year);
  },

  async list(db: Executor, f: CaseFilter) {
    let query = db.selectFrom('enforcementCase');
    if (f.q) {
      const q = f.q;
      query = query.where((eb) =>
        eb.or([
          contains(sql.ref('enforcementCase.title'), q),
          contains(sql.ref('enforcementCase.number'), q),
          contains(sql.ref('enforcementCase.partyName'), q),
        ]),
      );
    }
    if (f.kind) query = query.where('kind', '=', f.kind);
    if (f.stage) query = query.where('stage', '=', f.stage);
    if (f.departmentIds) query = query.where(caseScope(f.departmentIds, f.assignedTo));
    const [rows, count] = await Promise.all([
      query
        .selectAll()
        .orderBy('createdAt', 'desc')
        .orderBy('number', 'desc')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },

  headers(db: Executor, ids: readonly string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('enforcementCase')
      .select(['id', 'number', 'title'])
      .where('id', 'in', ids)
      .execute();
  },

  officers(db: Executor, caseId: string) {
    return db
      .selectFrom('caseOfficer')
      .innerJoin('account', 'account.id', 'caseOfficer.accountId')
      .select([
        'caseOfficer.accountId',
        'account.name',
        'account.active',
        'caseOfficer.assignedAt',
        'caseOfficer.removedAt',
        'caseOfficer.removedReason',
      ])
      .where('caseOfficer.caseId', '=', caseId)
      .orderBy('caseOfficer.assignedAt')
      .execute();
  },

  isAssigned(db: Executor, caseId: string, accountId: string) {
    return db
      .selectFrom('caseOfficer')
      .select('accountId')
      .where('caseId', '=', caseId)
      .where('accountId', '=', accountId)
      .where('removedAt', 'is', null)
      .executeTakeFirst()
      .then((r) => r !== undefined);
  },

  async assignOfficers(db: Executor, caseId: string, accountIds: readonly string[], at: string) {
    if (accountIds.length === 0) return;
    await db
      .insertInto('caseOfficer')
      .values(
        accountIds.map((accountId) => ({
          caseId,
          accountId,
          assignedAt: at,
          removedAt: null,
          removedReason: null,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['caseId', 'accountId'])
          .doUpdateSet({ assignedAt: at, removedAt: null, removedReason: null }),
      )
      .execute();
  },

  removeOfficer(db: Executor, caseId: string, accountId: string, at: string, reason: string) {
    return db
      .updateTable('caseOfficer')
      .set({ removedAt: at, removedReason: reason })
      .where('caseId', '=', caseId)
      .where('accountId', '=', accountId)
      .execute();
  },

  /** Certificates (not revoked) of the given accounts, latest validity first. */
  certificates(db: Executor, accountIds: readonly string[]) {
    if (accountIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('officerCertificate')
      .select(['accountId', 'certificateNo', 'validUntil', 'revokedAt'])
      .where('accountId', 'in', accountIds)
      .orderBy('validUntil', 'desc')
      .execute();
  },

  rolesOf(db: Executor, accountIds: readonly string[]) {
    if (accountIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('accountRole')
      .select(['accountId', 'role'])
      .where('accountId', 'in', accountIds)
      .execute();
  },

  accounts(db: Executor, ids: readonly string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('account')
      .select(['id', 'name', 'active', 'departmentId'])
      .where('id', 'in', ids)
      .execute();
  },

  /** A clue's department (a case names only a clue of its own unit). */
  clueDepartment(db: Executor, id: string) {
    return db.selectFrom('clue').select(['id', 'departmentId']).where('id', '=', id).executeTakeFirst();
  },

  // ---- approvals ----
  insertApproval(db: Executor, row: Insertable<ApprovalRequestTable>) {
    return db.insertInto('approvalRequest').values(row).execute();
  },
  findApproval(db: Executor, id: string) {
    return db.selectFrom('approvalRequest').selectAll().where('id', '=', id).executeTakeFirst();
  },
  updateApproval(db: Executor, id: string, patch: Updateable<ApprovalRequestTable>) {
    return db
      .updateTable('approvalRequest')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
  },
  approvalsOf(db: Executor, caseId: string) {
    return db
      .selectFrom('approvalRequest')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('requestedAt')
      .execute();
  },
  /** Open cases in `initiated` (waiting for the 立案 approval), oldest first. */
  pendingFilings(db: Executor, departmentIds: readonly string[] | undefined) {
    let query = db
      .selectFrom('enforcementCase')
      .selectAll()
      .where('stage', '=', 'initiated')
      .where('status', '=', 'open');
    if (departmentIds) query = query.where('departmentId', 'in', [...departmentIds, '']);
    return query.orderBy('createdAt').orderBy('number').execute();
  },
  pendingApprovals(db: Executor, departmentIds: readonly string[] | undefined) {
    let query = db
      .selectFrom('approvalRequest')
      .innerJoin('enforcementCase', 'enforcementCase.id', 'approvalRequest.caseId')
      .selectAll('approvalRequest')
      .select(['enforcementCase.number as caseNumber', 'enforcementCase.title as caseTitle'])
      .where('approvalRequest.status', '=', 'pending');
    if (departmentIds) query = query.where('enforcementCase.departmentId', 'in', [...departmentIds, '']);
    return query.orderBy('approvalRequest.requestedAt').execute();
  },

  // ---- periods and deadlines ----
  periods(db: Executor, caseId: string) {
    return db
      .selectFrom('casePeriod')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('startedOn')
      .execute();
  },
  insertPeriod(db: Executor, row: Insertable<CasePeriodTable>) {
    return db.insertInto('casePeriod').values(row).execute();
  },
  endPeriod(db: Executor, id: string, endedOn: string) {
    return db
      .updateTable('casePeriod')
      .set({ endedOn })
      .where('id', '=', id)
      .where('endedOn', 'is', null)
      .executeTakeFirst();
  },
  deadlines(db: Executor, caseId: string) {
    return db.selectFrom('caseDeadline').selectAll().where('caseId', '=', caseId).orderBy('due').execute();
  },
  async saveDeadline(db: Executor, row: CaseDeadlineTable) {
    await db
      .insertInto('caseDeadline')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['caseId', 'kind']).doUpdateSet({
          startsOn: row.startsOn,
          days: row.days,
          unit: row.unit,
          due: row.due,
          provisional: row.provisional,
          status: row.status,
          updatedAt: row.updatedAt,
        }),
      )
      .execute();
  },
  openDeadlines(
    db: Executor,
    departmentIds: readonly string[] | undefined,
    assignedTo: string | undefined,
    dueBy: string,
  ) {
    let query = db
      .selectFrom('caseDeadline')
      .innerJoin('enforcementCase', 'enforcementCase.id', 'caseDeadline.caseId')
      .selectAll('caseDeadline')
      .select([
        'enforcementCase.number as caseNumber',
        'enforcementCase.title as caseTitle',
        'enforcementCase.stage',
      ])
      .where('caseDeadline.status', 'in', ['open', 'paused'])
      .where('caseDeadline.due', '<=', dueBy);
    if (departmentIds) query = query.where(caseScope(departmentIds, assignedTo));
    return query.orderBy('caseDeadline.due').limit(500).execute();
  },

  // ---- timeline ----
  async appendEvent(
    db: Executor,
    row: {
      id: string;
      caseId: string;
      at: string;
      actorId: string | null;
      actorName: string;
      type: CaseEventTable['type'];
      summary: string;
      detail: string;
    },
  ) {
    const last = await db
      .selectFrom('caseEvent')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('caseId', '=', row.caseId)
      .executeTakeFirst();
    await db
      .insertInto('caseEvent')
      .values({ ...row, seq: Number(last?.seq ?? 0) + 1 })
      .execute();
  },
  events(db: Executor, caseId: string) {
    return db.selectFrom('caseEvent').selectAll().where('caseId', '=', caseId).orderBy('seq').execute();
  },
};
