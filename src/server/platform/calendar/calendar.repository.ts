import type { Executor } from '../db/database.js';

export const calendarRepository = {
  async loadDays(db: Executor, fromYear: number, toYear: number) {
    const [years, days] = await Promise.all([
      db
        .selectFrom('calendarYear')
        .select('year')
        .where('year', '>=', fromYear)
        .where('year', '<=', toYear)
        .execute(),
      db
        .selectFrom('calendarDay')
        .select(['date', 'year', 'name', 'isOffDay'])
        .where('year', '>=', fromYear)
        .where('year', '<=', toYear)
        .execute(),
    ]);
    return { years: years.map((y) => y.year), days };
  },

  listYears(db: Executor) {
    return db
      .selectFrom('calendarYear')
      .leftJoin('calendarDay', 'calendarDay.year', 'calendarYear.year')
      .select((eb) => [
        'calendarYear.year',
        'calendarYear.papers',
        'calendarYear.source',
        'calendarYear.importedAt',
        eb.fn.count<number>('calendarDay.date').as('dayCount'),
      ])
      .groupBy(['calendarYear.year', 'calendarYear.papers', 'calendarYear.source', 'calendarYear.importedAt'])
      .orderBy('calendarYear.year')
      .execute();
  },

  findYear(db: Executor, year: number) {
    return db.selectFrom('calendarYear').selectAll().where('year', '=', year).executeTakeFirst();
  },

  async replaceYear(
    db: Executor,
    row: { year: number; papers: string; source: string; importedAt: string; importedBy: string | null },
    days: { date: string; name: string; isOffDay: boolean }[],
  ) {
    await db.deleteFrom('calendarDay').where('year', '=', row.year).execute();
    await db.deleteFrom('calendarYear').where('year', '=', row.year).execute();
    await db.insertInto('calendarYear').values(row).execute();
    if (days.length > 0) {
      await db
        .insertInto('calendarDay')
        .values(
          days.map((d) => ({ date: d.date, year: row.year, name: d.name, isOffDay: d.isOffDay ? 1 : 0 })),
        )
        .execute();
    }
  },
};
