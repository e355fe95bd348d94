import { z } from 'zod';
import { disclosureSummary } from '../../../shared/contracts/publicity.js';
import type { Db, DialectName } from '../../platform/db/database.js';
import { parseJson } from '../../platform/db/json.js';
import { notFound } from '../../platform/errors.js';
import type { SitemapSource } from '../site/sitemap.service.js';
import { disclosureRepository as repo, type PublicFilter, type PublicRow } from './disclosure.repository.js';

const listSummary = z.object({ excerpt: z.string(), decision: z.string() });
const publicContent = z.object({ summary: disclosureSummary, fullText: z.string() });

/**
 * 执法结果公示 on the portal: reads only the public listing and the stored snapshots (redacted when
 * published), never a draft, a held-back item or the original text.
 */
export class PublicDecisions {
  constructor(
    private readonly db: Db,
    private readonly dialect: DialectName,
  ) {}

  private item(r: Omit<PublicRow, 'searchTerms'>) {
    const s = parseJson(listSummary, r.summary, 'publicDecision.summary');
    const withdrawn = r.status === 'withdrawn' && r.withdrawnAt !== null;
    return {
      id: r.id,
      version: r.version,
      status: r.status,
      kind: r.kind,
      title: r.title,
      documentNumber: r.documentNumber,
      partyType: r.partyType,
      decidedOn: r.decidedOn,
      publishedAt: r.publishedAt,
      unit: r.unitName,
      excerpt: s.excerpt,
      withdrawal: withdrawn ? { reason: r.withdrawalReason ?? '', withdrawnAt: r.withdrawnAt ?? '' } : null,
      ...(withdrawn ? { reason: r.withdrawalReason ?? '' } : {}),
    };
  }

  async list(filter: PublicFilter, page: number, pageSize: number) {
    const { items, total } = await repo.publicList(this.db, this.dialect, filter, page, pageSize);
    return { items: items.map((r) => this.item(r)), total };
  }

  filters() {
    return repo.publicFacets(this.db);
  }

  /** The decisions on the portal (`/results/<id>`, withdrawn ones too: they stay, with the reason) for the sitemap. */
  readonly sitemapSource: SitemapSource = {
    name: 'decisions',
    count: () => repo.publicCount(this.db),
    list: async (offset, limit) =>
      (await repo.publicIds(this.db, offset, limit)).map((r) => ({
        path: `/results/${r.id}`,
        lastmod: r.changedAt,
        changefreq: 'monthly' as const,
      })),
  };

  /** One published decision: the version in force (or a given one: the permalink) and the history. */
  async get(id: string, version?: number) {
    const row = await repo.publicOne(this.db, id);
    if (!row) throw notFound('decision', id);
    const versions = await repo.versions(this.db, id);
    const shown =
      version === undefined
        ? versions.find((v) => v.version === row.version)
        : versions.find((v) => v.version === version);
    if (!shown) throw notFound('decision_version', `${id}/${version ?? row.version}`);
    const content = parseJson(publicContent, shown.content, 'disclosureVersion.content');
    const item = this.item(row);
    return {
      ...item,
      version: shown.version,
      publishedAt: shown.publishedAt,
      title: content.summary.caseName,
      documentNumber: content.summary.documentNumber,
      summary: content.summary,
      fullText: content.fullText,
      versions: versions.map((v) => ({
        version: v.version,
        publishedAt: v.publishedAt,
        supersededAt: v.supersededAt,
        withdrawnAt: v.withdrawnAt,
      })),
    };
  }
}
