import { PORTAL_PAGES } from '../../../shared/portal-pages.js';
import { partsOf, SITEMAP_LIMIT, sitemapIndex, urlset, type SitemapEntry } from './sitemap.rules.js';

export type { SitemapEntry } from './sitemap.rules.js';

/**
 * What a module contributes to the sitemap: its public addresses, counted and read in slices (a
 * large source is split over several files). Only what the portal shows to anyone belongs here —
 * never a draft or an item held back.
 */
export interface SitemapSource {
  /** A short lower-case name, unique among the sources (`decisions`): names the source's files. */
  name: string;
  count(): Promise<number>;
  /** `limit` entries from `offset`, in a stable order. */
  list(offset: number, limit: number): Promise<SitemapEntry[]>;
}

/** The portal's fixed pages (`src/shared/portal-pages.ts`). */
export const portalPagesSource: SitemapSource = {
  name: 'pages',
  count: async () => PORTAL_PAGES.length,
  list: async (offset, limit) => PORTAL_PAGES.slice(offset, offset + limit).map((p) => ({ ...p })),
};

/**
 * `/sitemap.xml` for search engines, built from the sources the modules register (`addSource`, wired
 * in `services.ts`): one `<urlset>` while everything fits in one file, else a `<sitemapindex>` of
 * per-source parts (`/sitemaps/<source>-<n>.xml`).
 */
export class Sitemap {
  private readonly sources: SitemapSource[] = [];

  constructor(private readonly limit = SITEMAP_LIMIT) {}

  addSource(source: SitemapSource): void {
    if (!/^[a-z][a-z0-9_]*$/.test(source.name))
      throw new Error(`Sitemap source name "${source.name}" is not allowed`);
    if (this.sources.some((s) => s.name === source.name))
      throw new Error(`Sitemap source "${source.name}" is registered twice`);
    this.sources.push(source);
  }

  /** The document at `/sitemap.xml` (`base`: the portal's address, no trailing slash). */
  async document(base: string): Promise<string> {
    const counts = await Promise.all(
      this.sources.map(async (s) => ({ name: s.name, count: await s.count() })),
    );
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    if (total > this.limit)
      return sitemapIndex(
        base,
        partsOf(counts, this.limit).map((p) => `/sitemaps/${p}.xml`),
      );
    const entries: SitemapEntry[] = [];
    for (const s of this.sources) entries.push(...(await s.list(0, this.limit)));
    return urlset(base, entries);
  }

  /** One part of a large sitemap (`decisions-2`), or null when there is no such part. */
  async part(name: string, base: string): Promise<string | null> {
    const match = /^([a-z][a-z0-9_]*)-([1-9]\d{0,5})$/.exec(name);
    const source = match && this.sources.find((s) => s.name === match[1]);
    if (!match || !source) return null;
    const offset = (Number(match[2]) - 1) * this.limit;
    if (offset >= (await source.count())) return null;
    return urlset(base, await source.list(offset, this.limit));
  }
}
