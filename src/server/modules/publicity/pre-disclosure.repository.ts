import type { Insertable, Updateable } from 'kysely';
import type { PreDisclosureSection, PreDisclosureStatus } from '../../../shared/publicity-vocabulary.js';
import type { Executor } from '../../platform/db/database.js';
import type {
  PreDisclosureAttachmentTable,
  PreDisclosureStepTable,
  PreDisclosureTable,
  PreDisclosureVersionTable,
} from '../../platform/db/schema.js';

export type PreDisclosureRow = NonNullable<Awaited<ReturnType<typeof preDisclosureRepository.find>>>;

/** 事前公开 items, their steps, published versions and attachments (Kysely only). */
export const preDisclosureRepository = {
  find(db: Executor, id: string) {
    return db
      .selectFrom('preDisclosure')
      .innerJoin('department', 'department.id', 'preDisclosure.departmentId')
      .selectAll('preDisclosure')
      .select('department.name as departmentName')
      .where('preDisclosure.id', '=', id)
      .executeTakeFirst();
  },

  generated(db: Executor, source: string) {
    return db
      .selectFrom('preDisclosure')
      .selectAll()
      .where('generatedFrom', '=', source)
      .orderBy('createdAt')
      .executeTakeFirst();
  },

  insert(db: Executor, row: Insertable<PreDisclosureTable>) {
    return db.insertInto('preDisclosure').values(row).execute();
  },

  /** A change made only if the item is still in `status` (a concurrent step loses: false). */
  async move(db: Executor, id: string, status: PreDisclosureStatus, change: Updateable<PreDisclosureTable>) {
    const result = await db
      .updateTable('preDisclosure')
      .set(change)
      .where('id', '=', id)
      .where('status', '=', status)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async list(
    db: Executor,
    f: {
      departments?: string[] | undefined;
      section?: PreDisclosureSection | undefined;
      status?: PreDisclosureStatus | undefined;
      dueFrom?: string | undefined;
      dueBy?: string | undefined;
      page: number;
      pageSize: number;
    },
  ) {
    let q = db
      .selectFrom('preDisclosure')
      .innerJoin('department', 'department.id', 'preDisclosure.departmentId');
    if (f.departments) q = q.where('preDisclosure.departmentId', 'in', [...f.departments, '']);
    if (f.section) q = q.where('preDisclosure.section', '=', f.section);
    if (f.status) q = q.where('preDisclosure.status', '=', f.status);
    if (f.dueBy || f.dueFrom) q = q.where('preDisclosure.status', 'in', ['draft', 'submitted', 'checked']);
    if (f.dueBy) q = q.where('preDisclosure.due', '<=', f.dueBy);
    if (f.dueFrom) q = q.where('preDisclosure.due', '>=', f.dueFrom);
    const [items, count] = await Promise.all([
      q
        .selectAll('preDisclosure')
        .select('department.name as departmentName')
        .orderBy('preDisclosure.section')
        .orderBy('preDisclosure.createdAt')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  },

  async insertStep(db: Executor, row: Omit<Insertable<PreDisclosureStepTable>, 'seq'>) {
    const last = await db
      .selectFrom('preDisclosureStep')
      .select((eb) => eb.fn.max('seq').as('s'))
      .where('itemId', '=', row.itemId)
      .executeTakeFirst();
    await db
      .insertInto('preDisclosureStep')
      .values({ ...row, seq: Number(last?.s ?? 0) + 1 })
      .execute();
  },

  steps(db: Executor, itemId: string) {
    return db
      .selectFrom('preDisclosureStep')
      .leftJoin('account', 'account.id', 'preDisclosureStep.actorId')
      .select([
        'preDisclosureStep.step',
        'preDisclosureStep.comment',
        'preDisclosureStep.at',
        'account.name as actorName',
      ])
      .where('preDisclosureStep.itemId', '=', itemId)
      .orderBy('preDisclosureStep.seq')
      .execute();
  },

  // ---- published versions ----
  insertVersion(db: Executor, row: Insertable<PreDisclosureVersionTable>) {
    return db.insertInto('preDisclosureVersion').values(row).execute();
  },
  supersede(db: Executor, itemId: string, at: string) {
    return db
      .updateTable('preDisclosureVersion')
      .set({ supersededAt: at })
      .where('itemId', '=', itemId)
      .where('supersededAt', 'is', null)
      .execute();
  },
  versions(db: Executor, itemId: string) {
    return db
      .selectFrom('preDisclosureVersion')
      .select(['version', 'publishedAt', 'supersededAt'])
      .where('itemId', '=', itemId)
      .orderBy('version', 'desc')
      .execute();
  },
  version(db: Executor, itemId: string, version: number) {
    return db
      .selectFrom('preDisclosureVersion')
      .selectAll()
      .where('itemId', '=', itemId)
      .where('version', '=', version)
      .executeTakeFirst();
  },
  /** Every item in force on the portal (published, not withdrawn) with its current version. */
  inForce(db: Executor) {
    return db
      .selectFrom('preDisclosure')
      .innerJoin('preDisclosureVersion', (j) =>
        j
          .onRef('preDisclosureVersion.itemId', '=', 'preDisclosure.id')
          .onRef('preDisclosureVersion.version', '=', 'preDisclosure.publishedVersion'),
      )
      .select([
        'preDisclosure.id',
        'preDisclosure.section',
        'preDisclosureVersion.title',
        'preDisclosureVersion.version',
        'preDisclosureVersion.publishedAt',
        'preDisclosureVersion.departmentName',
      ])
      .where('preDisclosure.publishedVersion', 'is not', null)
      .orderBy('preDisclosure.createdAt')
      .execute();
  },

  /** Items in force for the sitemap, in a stable order. */
  async inForcePage(db: Executor, offset: number, limit: number) {
    return db
      .selectFrom('preDisclosure')
      .select(['id', 'publishedAt'])
      .where('publishedVersion', 'is not', null)
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
  },
  async inForceCount(db: Executor): Promise<number> {
    const row = await db
      .selectFrom('preDisclosure')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('publishedVersion', 'is not', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  // ---- attachments ----
  insertAttachment(db: Executor, row: Insertable<PreDisclosureAttachmentTable>) {
    return db
      .insertInto('preDisclosureAttachment')
      .values(row)
      .onConflict((oc) => oc.columns(['itemId', 'sha256']).doNothing())
      .execute();
  },
  async blobHashes(db: Executor): Promise<Set<string>> {
    const rows = await db.selectFrom('preDisclosureAttachment').select('sha256').distinct().execute();
    return new Set(rows.map((r) => r.sha256));
  },
  async blobReferenced(db: Executor, sha256: string): Promise<boolean> {
    return (
      (await db
        .selectFrom('preDisclosureAttachment')
        .select('itemId')
        .where('sha256', '=', sha256)
        .executeTakeFirst()) !== undefined
    );
  },
};
