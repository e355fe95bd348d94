import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG_RULES } from '../src/server/modules/review/review.rules.js';
import { up as catalogSources } from '../src/server/platform/db/migrations/20261214_0017_catalog_sources.js';
import { INTERNAL_MARKER } from '../src/shared/legal-sources.js';
import { createTestApp, type TestApp } from './support/app.js';

type Catalog = { version: number; effectiveFrom: string; publishedAt: string; rules: { source: string }[] };

/**
 * The default 法制审核目录清单 (issue 14): in force from the day it was first put in force, not
 * 1970-01-01, and its sources in words (the portal and the back office read the same answer).
 */
describe('the default review catalog', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('is in force from the day it was first used, with its sources in words', async () => {
    t.clock.set('2026-11-26T17:30:00.000Z'); // 2026-11-27 01:30 in China
    const portal = (await t.anonymous.get('/api/v1/public/legal-review-catalog')).json<Catalog>();
    expect(portal).toMatchObject({ version: 1, effectiveFrom: '2026-11-27' });
    for (const rule of portal.rules) expect(rule.source).not.toMatch(INTERNAL_MARKER);
    expect(portal.rules.map((r) => r.source)).toContain(
      '《清远市生态环境局关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的实施方案》“明确审核范围”',
    );

    // a clock set back before that day reads the same version; nothing new is published
    t.clock.set('2026-11-20T02:00:00.000Z');
    expect((await t.anonymous.get('/api/v1/public/legal-review-catalog')).json<Catalog>()).toEqual(portal);
    t.clock.set('2026-12-01T02:00:00.000Z');
    expect((await t.anonymous.get('/api/v1/public/legal-review-catalog')).json<Catalog>()).toEqual(portal);
  });
});

describe('migration 0017: the default published before this fix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const OLD_SOURCES: Record<string, string> = {
    suspend:
      '《广东省重大行政执法决定法制审核办法》第十条；责令停产整治（《生态环境行政处罚办法》第八条）同责令停产停业 [?]',
    ban_practice: '《生态环境行政处罚办法》第八条；重于限制从业，列入目录 [?]',
    large_amount: '《行政处罚法》第六十三条；《生态环境行政处罚办法》第八十九条 [S]；阈值可配置 [?]',
    after_hearing: '实施方案 二(三)3；《广东省重大行政执法决定法制审核办法》第十条',
    public_interest: '实施方案 二(三)3',
    social_impact: '实施方案 二(三)3',
    complex: '实施方案 二(三)3',
  };

  it('dates it the day it was published and puts its sources in words, as the code now does', async () => {
    const { db } = t.services.database;
    const oldRules = DEFAULT_CATALOG_RULES.map((r) => ({ ...r, source: OLD_SOURCES[r.id] ?? r.source }));
    await db
      .insertInto('reviewCatalog')
      .values({
        id: 'old-default',
        version: 1,
        rules: JSON.stringify(oldRules),
        effectiveFrom: '1970-01-01',
        publishedBy: null,
        publishedAt: '2026-11-20T16:30:00.000Z', // 2026-11-21 in China
      })
      .execute();
    await db
      .insertInto('reviewCatalog')
      .values({
        id: 'edited',
        version: 2,
        rules: JSON.stringify([{ ...oldRules[4], text: '较大数额（本局修改）' }]),
        effectiveFrom: '2026-11-25',
        publishedBy: 'someone',
        publishedAt: '2026-11-25T02:00:00.000Z',
      })
      .execute();

    await catalogSources(db as unknown as Kysely<unknown>);
    await catalogSources(db as unknown as Kysely<unknown>); // twice changes nothing more

    const rows = await db.selectFrom('reviewCatalog').selectAll().orderBy('version').execute();
    expect(rows.map((r) => r.effectiveFrom)).toEqual(['2026-11-21', '2026-11-25']);
    const first = JSON.parse(rows[0]?.rules ?? '[]') as { source: string }[];
    expect(first).toEqual(JSON.parse(JSON.stringify(DEFAULT_CATALOG_RULES)));
    const edited = JSON.parse(rows[1]?.rules ?? '[]') as { text: string; source: string }[];
    expect(edited).toEqual([
      expect.objectContaining({
        text: '较大数额（本局修改）',
        source: '《行政处罚法》第六十三条；《生态环境行政处罚办法》第八十九条；较大数额的标准由本局确定',
      }),
    ]);
    const count = await sql<{ n: number }>`select count(*) as n from review_catalog`.execute(db);
    expect(Number(count.rows[0]?.n)).toBe(2);
  });
});
