import { sql, type Insertable, type Updateable } from 'kysely';
import type { DialectName, Executor } from '../../platform/db/database.js';
import type {
  CorrectionRequestTable,
  DisclosureStepTable,
  DisclosureTable,
  DisclosureVersionTable,
  PublicDecisionTable,
} from '../../platform/db/schema.js';
import { contains } from '../../platform/db/text-search.js';
import { ftsMatch, splitQuery, tsMatch } from '../../platform/db/search-terms.js';
import type {
  DisclosureKind,
  DisclosureStatus,
  PublicPartyType,
} from '../../../shared/publicity-vocabulary.js';
import { markWritten } from '../../platform/audit/row-seals.js';

export type DisclosureRow = NonNullable<Awaited<ReturnType<typeof disclosureRepository.find>>>;
export type PublicRow = NonNullable<Awaited<ReturnType<typeof disclosureRepository.publicOne>>>;

export type PublicFilter = {
  q?: string | undefined;
  kind?: DisclosureKind | undefined;
  year?: number | undefined;
  unit?: string | undefined;
  partyType?: PublicPartyType | undefined;
};

/** Queries of the publicity module: disclosures, their steps and versions, the public listing. */
export const disclosureRepository = {
  find(db: Executor, id: string) {
    return db.selectFrom('disclosure').selectAll().where('id', '=', id).executeTakeFirst();
  },
  bySource(db: Executor, sourceId: string) {
    return db.selectFrom('disclosure').selectAll().where('sourceId', '=', sourceId).executeTakeFirst();
  },
  ofCase(db: Executor, caseId: string) {
    return db
      .selectFrom('disclosure')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('createdAt')
      .execute();
  },
  insert(db: Executor, row: Insertable<DisclosureTable>) {
    return db.insertInto('disclosure').values(row).execute();
  },
  update(db: Executor, id: string, change: Updateable<DisclosureTable>) {
    return db.updateTable('disclosure').set(change).where('id', '=', id).execute();
  },
  /** A step's change, only from the status it read (a concurrent step makes it update nothing). */
  async move(db: Executor, id: string, from: DisclosureStatus, change: Updateable<DisclosureTable>) {
    const r = await db
      .updateTable('disclosure')
      .set(change)
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  /** A step of the item's history, numbered in order. */
  async insertStep(db: Executor, row: Omit<Insertable<DisclosureStepTable>, 'seq'>) {
    const last = await db
      .selectFrom('disclosureStep')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('disclosureId', '=', row.disclosureId)
      .executeTakeFirst();
    await db
      .insertInto('disclosureStep')
      .values({ ...row, seq: Number(last?.seq ?? 0) + 1 })
      .execute();
  },
  steps(db: Executor, id: string) {
    return db
      .selectFrom('disclosureStep')
      .leftJoin('account', 'account.id', 'disclosureStep.actorId')
      .select([
        'disclosureStep.step',
        'disclosureStep.comment',
        'disclosureStep.at',
        'account.name as actorName',
      ])
      .where('disclosureId', '=', id)
      .orderBy('disclosureStep.seq')
      .execute();
  },
  /** Items in scope (undefined: all departments), filtered, newest decision first, with their case. */
  async list(
    db: Executor,
    filter: {
      departments: readonly string[] | undefined;
      status?: DisclosureStatus | undefined;
      dueBy?: string | undefined;
      /** with `dueBy`: not before this day (due soon, not overdue) */
      dueFrom?: string | undefined;
      departmentId?: string | undefined;
      page: number;
      pageSize: number;
    },
  ) {
    let q = db
      .selectFrom('disclosure')
      .innerJoin('enforcementCase', 'enforcementCase.id', 'disclosure.caseId')
      .innerJoin('department', 'department.id', 'disclosure.departmentId');
    if (filter.departments) q = q.where('disclosure.departmentId', 'in', [...filter.departments, '']);
    if (filter.departmentId) q = q.where('disclosure.departmentId', '=', filter.departmentId);
    if (filter.status) q = q.where('disclosure.status', '=', filter.status);
    if (filter.dueBy) {
      const dueBy = filter.dueBy;
      const dueFrom = filter.dueFrom ?? '0000-01-01';
      // unpublished items due in the range, or published items whose withdrawal is due in it
      q = q.where((eb) =>
        eb.or([
          eb.and([
            eb('disclosure.status', 'in', ['draft', 'submitted', 'checked']),
            eb('disclosure.due', '<=', dueBy),
            eb('disclosure.due', '>=', dueFrom),
          ]),
          eb.and([
            eb('disclosure.status', '=', 'published'),
            eb('disclosure.withdrawalDue', '<=', dueBy),
            eb('disclosure.withdrawalDue', '>=', dueFrom),
          ]),
        ]),
      );
    }
    const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    const items = await q
      .selectAll('disclosure')
      .select([
        'enforcementCase.number as caseNumber',
        'enforcementCase.title as caseTitle',
        'department.name as departmentName',
      ])
      .orderBy('disclosure.due', 'asc')
      .orderBy('disclosure.id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute();
    return { items, total: Number(total?.n ?? 0) };
  },
  caseHeader(db: Executor, id: string) {
    return db
      .selectFrom('disclosure')
      .innerJoin('enforcementCase', 'enforcementCase.id', 'disclosure.caseId')
      .innerJoin('department', 'department.id', 'disclosure.departmentId')
      .select([
        'enforcementCase.number as caseNumber',
        'enforcementCase.title as caseTitle',
        'department.name as departmentName',
      ])
      .where('disclosure.id', '=', id)
      .executeTakeFirstOrThrow();
  },

  // ---- versions and the public listing ----
  insertVersion(db: Executor, row: Insertable<DisclosureVersionTable>) {
    markWritten(db, 'disclosureVersion', row.id);
    return db.insertInto('disclosureVersion').values(row).execute();
  },
  supersede(db: Executor, disclosureId: string, at: string) {
    return db
      .updateTable('disclosureVersion')
      .set({ supersededAt: at })
      .where('disclosureId', '=', disclosureId)
      .where('supersededAt', 'is', null)
      .execute();
  },
  withdrawVersion(db: Executor, versionId: string, at: string, reason: string) {
    return db
      .updateTable('disclosureVersion')
      .set({ withdrawnAt: at, withdrawalReason: reason })
      .where('id', '=', versionId)
      .execute();
  },
  versions(db: Executor, disclosureId: string) {
    return db
      .selectFrom('disclosureVersion')
      .select(['id', 'version', 'publishedAt', 'supersededAt', 'withdrawnAt', 'withdrawalReason', 'content'])
      .where('disclosureId', '=', disclosureId)
      .orderBy('version', 'desc')
      .execute();
  },
  /**
   * The listing row of a published item, replaced in place (an upsert keeps its SQLite rowid, which its
   * FTS row shares: deleting and matching by rowid uses the index, a stored column would scan).
   */
  async savePublic(
    db: Executor,
    dialect: DialectName,
    row: Insertable<PublicDecisionTable> & { id: string; searchTerms: string },
  ) {
    const { id: _id, ...changes } = row;
    await db
      .insertInto('publicDecision')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(changes))
      .execute();
    if (dialect === 'sqlite') {
      const { rows } = await sql<{
        rowid: number;
      }>`select rowid from public_decision where id = ${row.id}`.execute(db);
      const rowid = rows[0]?.rowid;
      await sql`delete from public_decision_fts where rowid = ${rowid}`.execute(db);
      await sql`insert into public_decision_fts (rowid, id, terms) values (${rowid}, ${row.id}, ${row.searchTerms})`.execute(
        db,
      );
    }
  },
  withdrawPublic(db: Executor, id: string, at: string, reason: string) {
    return db
      .updateTable('publicDecision')
      .set({ status: 'withdrawn', withdrawnAt: at, withdrawalReason: reason, changedAt: at })
      .where('id', '=', id)
      .execute();
  },
  publicOne(db: Executor, id: string) {
    return db
      .selectFrom('publicDecision')
      .innerJoin('department', 'department.id', 'publicDecision.departmentId')
      .selectAll('publicDecision')
      .select('department.name as unitName')
      .where('publicDecision.id', '=', id)
      .executeTakeFirst();
  },
  /**
   * The public list: the filters, and the query through the search index (see `search-terms.ts`). The
   * count reads the listing alone; the page walks the date order and stops when it is full (on SQLite
   * the match is written `+rowid in (…)` so that the planner keeps to the order index).
   */
  async publicList(db: Executor, dialect: DialectName, f: PublicFilter, page: number, pageSize: number) {
    const { phrases, singles } = f.q ? splitQuery(f.q) : { phrases: [], singles: [] };
    const filtered = (forPage: boolean) => {
      let q = db.selectFrom('publicDecision');
      if (f.kind) q = q.where('publicDecision.kind', '=', f.kind);
      if (f.year) q = q.where('publicDecision.year', '=', f.year);
      if (f.unit) q = q.where('publicDecision.departmentId', '=', f.unit);
      if (f.partyType) q = q.where('publicDecision.partyType', '=', f.partyType);
      if (phrases.length > 0) {
        if (dialect === 'sqlite') {
          const match = ftsMatch(phrases);
          const rowid = forPage ? sql`+public_decision.rowid` : sql`public_decision.rowid`;
          q = q.where(
            sql<boolean>`${rowid} in (select rowid from public_decision_fts where public_decision_fts match ${match})`,
          );
        } else {
          q = q.where(tsMatch(sql.ref('publicDecision.searchVector'), phrases));
        }
      }
      for (const one of singles) q = q.where(contains(sql.ref('publicDecision.searchTerms'), one));
      return q;
    };
    const total = await filtered(false)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    const items = await filtered(true)
      .innerJoin('department', 'department.id', 'publicDecision.departmentId')
      .select([
        'publicDecision.id',
        'publicDecision.versionId',
        'publicDecision.version',
        'publicDecision.kind',
        'publicDecision.year',
        'publicDecision.departmentId',
        'publicDecision.partyType',
        'publicDecision.decidedOn',
        'publicDecision.publishedAt',
        'publicDecision.status',
        'publicDecision.title',
        'publicDecision.documentNumber',
        'publicDecision.summary',
        'publicDecision.withdrawnAt',
        'publicDecision.withdrawalReason',
        'publicDecision.changedAt',
        'department.name as unitName',
      ])
      .orderBy('publicDecision.decidedOn', 'desc')
      .orderBy('publicDecision.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    return { items, total: Number(total?.n ?? 0) };
  },
  /** The sitemap's slice of the public listing (published or withdrawn: both stay on the portal), by id. */
  async publicCount(db: Executor) {
    const row = await db
      .selectFrom('publicDecision')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },
  publicIds(db: Executor, offset: number, limit: number) {
    return db
      .selectFrom('publicDecision')
      .select(['id', 'changedAt'])
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
  },
  async publicFacets(db: Executor) {
    const kinds = await db.selectFrom('publicDecision').select('kind').distinct().execute();
    const years = await db
      .selectFrom('publicDecision')
      .select('year')
      .distinct()
      .orderBy('year', 'desc')
      .execute();
    const units = await db
      .selectFrom('publicDecision')
      .innerJoin('department', 'department.id', 'publicDecision.departmentId')
      .select(['department.id', 'department.name'])
      .distinct()
      .orderBy('department.name')
      .execute();
    return { kinds: kinds.map((k) => k.kind), years: years.map((y) => Number(y.year)), units };
  },

  // ---- the credit feed ----
  creditSince(db: Executor, since: string | undefined) {
    let q = db
      .selectFrom('disclosureVersion')
      .innerJoin('disclosure', 'disclosure.id', 'disclosureVersion.disclosureId')
      .select([
        'disclosureVersion.id',
        'disclosureVersion.disclosureId',
        'disclosureVersion.version',
        'disclosureVersion.credit',
        'disclosureVersion.publishedAt',
        'disclosureVersion.supersededAt',
        'disclosureVersion.withdrawnAt',
        'disclosureVersion.withdrawalReason',
      ])
      .where('disclosure.kind', 'in', ['penalty', 'permit'])
      .where('disclosureVersion.credit', 'is not', null);
    if (since) {
      const from = `${since}T00:00:00`;
      // China dates: a change on the day `since` (UTC+8) is at or after 16:00 UTC of the day before
      const fromUtc = new Date(Date.parse(`${from}+08:00`)).toISOString();
      q = q.where((eb) =>
        eb.or([
          eb('disclosureVersion.publishedAt', '>=', fromUtc),
          eb('disclosureVersion.withdrawnAt', '>=', fromUtc),
        ]),
      );
    }
    return q.orderBy('disclosureVersion.publishedAt').orderBy('disclosureVersion.id').limit(10_000).execute();
  },

  // ---- correction requests ----
  insertCorrection(db: Executor, row: Insertable<CorrectionRequestTable>) {
    return db.insertInto('correctionRequest').values(row).execute();
  },
  correctionByCode(db: Executor, trackingCode: string) {
    return db
      .selectFrom('correctionRequest')
      .selectAll()
      .where('trackingCode', '=', trackingCode)
      .executeTakeFirst();
  },
  correction(db: Executor, id: string) {
    return db.selectFrom('correctionRequest').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async recentCorrections(db: Executor, requesterHash: string, since: string) {
    const row = await db
      .selectFrom('correctionRequest')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('requesterHash', '=', requesterHash)
      .where('createdAt', '>', since)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },
  correctionView(db: Executor, id: string) {
    return correctionQuery(db)
      .selectAll('correctionRequest')
      .select(['publicDecision.title as publicTitle', 'account.name as answeredByName'])
      .where('correctionRequest.id', '=', id)
      .executeTakeFirst();
  },
  async corrections(db: Executor, status: string | undefined, page: number, pageSize: number) {
    let q = correctionQuery(db);
    if (status === 'received' || status === 'answered') q = q.where('correctionRequest.status', '=', status);
    const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    const items = await q
      .selectAll('correctionRequest')
      .select(['publicDecision.title as publicTitle', 'account.name as answeredByName'])
      .orderBy('correctionRequest.createdAt', 'desc')
      .orderBy('correctionRequest.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    return { items, total: Number(total?.n ?? 0) };
  },
  answerCorrection(db: Executor, id: string, change: Updateable<CorrectionRequestTable>) {
    return db
      .updateTable('correctionRequest')
      .set(change)
      .where('id', '=', id)
      .where('status', '=', 'received')
      .executeTakeFirst();
  },
};

function correctionQuery(db: Executor) {
  return db
    .selectFrom('correctionRequest')
    .leftJoin('publicDecision', 'publicDecision.id', 'correctionRequest.publicId')
    .leftJoin('account', 'account.id', 'correctionRequest.answeredBy');
}
