import { sql, type Kysely } from 'kysely';

/**
 * Issue 14: what the system published as defaults says true things in words.
 * - The default 法制审核目录清单 was published on first use with effective_from 1970-01-01 (shown as
 *   "自 1970-01-01 起施行"); it took effect the day it was published: that day (China time).
 * - Its rules' sources, and the default 案卷评查 checklist's, carried internal markers ([S], [?],
 *   阈值可配置, the implementation plan's section numbers); every catalog version (a published one
 *   starts as a copy of the previous) gets the same sources in words, only where the text is
 *   exactly the old default's.
 * The texts are written out here (a migration never changes with the code). Never edit once landed.
 */
const PLAN =
  '《清远市生态环境局关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的实施方案》';

const CATALOG_SOURCES: Record<string, string> = {
  '《广东省重大行政执法决定法制审核办法》第十条；责令停产整治（《生态环境行政处罚办法》第八条）同责令停产停业 [?]':
    '《广东省重大行政执法决定法制审核办法》第十条；责令停产整治（《生态环境行政处罚办法》第八条）由本局比照责令停产停业列入',
  '《生态环境行政处罚办法》第八条；重于限制从业，列入目录 [?]':
    '《生态环境行政处罚办法》第八条；禁止从业重于限制从业，由本局列入目录',
  '《行政处罚法》第六十三条；《生态环境行政处罚办法》第八十九条 [S]；阈值可配置 [?]':
    '《行政处罚法》第六十三条；《生态环境行政处罚办法》第八十九条；较大数额的标准由本局确定',
  '实施方案 二(三)3；《广东省重大行政执法决定法制审核办法》第十条': `${PLAN}“明确审核范围”；《广东省重大行政执法决定法制审核办法》第十条`,
  '实施方案 二(三)3': `${PLAN}“明确审核范围”`,
};

const CHECKLIST_SOURCES: Record<string, string> = {
  '参照《广东省行政执法案卷评查标准》（粤司〔2019〕20号相关配套）整理；分值为本局设定 [?]':
    '参照《广东省行政执法案卷评查标准》（粤司〔2019〕20号相关配套）整理；分值为本局设定',
};

/** An ISO instant's date in China (UTC+8). */
const chinaDateOf = (iso: string): string | null => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
};

const sourcesInWords = (rules: string): string => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rules);
  } catch {
    return rules;
  }
  if (!Array.isArray(parsed)) return rules;
  let changed = false;
  const next = parsed.map((rule: unknown) => {
    if (typeof rule !== 'object' || rule === null) return rule;
    const source = (rule as { source?: unknown }).source;
    const words = typeof source === 'string' ? CATALOG_SOURCES[source] : undefined;
    if (words === undefined) return rule;
    changed = true;
    return { ...rule, source: words };
  });
  return changed ? JSON.stringify(next) : rules;
};

// Column aliases without underscores: the app's CamelCasePlugin leaves them as they are.
export async function up(db: Kysely<unknown>): Promise<void> {
  const catalogs = await sql<{ id: string; ef: string; pa: string; pb: string | null; rules: string }>`
    select id, effective_from as ef, published_at as pa, published_by as pb, rules from review_catalog
  `.execute(db);
  for (const row of catalogs.rows) {
    const publishedOn = chinaDateOf(row.pa);
    // the system's default, dated before it was published: in force from the day it was published
    const effectiveFrom =
      row.pb === null && publishedOn !== null && row.ef < publishedOn ? publishedOn : row.ef;
    const rules = sourcesInWords(row.rules);
    if (effectiveFrom === row.ef && rules === row.rules) continue;
    await sql`update review_catalog set effective_from = ${effectiveFrom}, rules = ${rules} where id = ${row.id}`.execute(
      db,
    );
  }
  for (const [old, words] of Object.entries(CHECKLIST_SOURCES)) {
    await sql`update evaluation_checklist set source = ${words} where source = ${old}`.execute(db);
  }
}

/** The old texts and the made-up date are not restored. */
export async function down(): Promise<void> {}
