import type { ChangeFrequency } from '../../../shared/portal-pages.js';

/** One address of the sitemap: a path of the portal, with when it last changed if known. */
export interface SitemapEntry {
  /** The portal path, starting with `/` (`/results/<id>`). */
  path: string;
  /** ISO 8601 (a date or a timestamp). */
  lastmod?: string | null;
  changefreq?: ChangeFrequency;
  priority?: number;
}

/** The sitemaps protocol's limit of addresses per file (and the index's of files). */
export const SITEMAP_LIMIT = 50_000;
export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text made safe for XML content and attributes (the five entities the protocol asks for). */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** An absolute address: the base (no trailing slash) and a path whose segments are percent-encoded. */
export function absoluteUrl(base: string, path: string): string {
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(decodeURIComponentSafe(segment)))
    .join('/');
  return `${base}${encoded.startsWith('/') ? encoded : `/${encoded}`}`;
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function lastmodOf(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  // W3C Datetime: a date, or a moment with its offset; stored timestamps are ISO 8601 UTC
  return /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)
    ? value
    : undefined;
}

/** A `<urlset>` document of the entries (at most `SITEMAP_LIMIT`). */
export function urlset(base: string, entries: readonly SitemapEntry[]): string {
  const lines = entries.map((e) => {
    const parts = [`<loc>${xmlEscape(absoluteUrl(base, e.path))}</loc>`];
    const lastmod = lastmodOf(e.lastmod);
    if (lastmod) parts.push(`<lastmod>${lastmod}</lastmod>`);
    if (e.changefreq) parts.push(`<changefreq>${e.changefreq}</changefreq>`);
    if (e.priority !== undefined)
      parts.push(`<priority>${Math.min(1, Math.max(0, e.priority)).toFixed(1)}</priority>`);
    return `  <url>${parts.join('')}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="${SITEMAP_NS}">`,
    ...lines,
    '</urlset>',
    '',
  ].join('\n');
}

/** A `<sitemapindex>` document naming each part by its path (`/sitemaps/decisions-2.xml`). */
export function sitemapIndex(base: string, parts: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<sitemapindex xmlns="${SITEMAP_NS}">`,
    ...parts.map((p) => `  <sitemap><loc>${xmlEscape(absoluteUrl(base, p))}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** The parts of a sitemap too large for one file: `<source>-<n>` for each source's slices of `limit`. */
export function partsOf(counts: readonly { name: string; count: number }[], limit = SITEMAP_LIMIT): string[] {
  return counts.flatMap(({ name, count }) =>
    Array.from({ length: Math.ceil(count / limit) }, (_, i) => `${name}-${i + 1}`),
  );
}

/**
 * robots.txt: everything public may be crawled except the back office, the sign-in page, the API and
 * the service-window display; the sitemap's address.
 */
export function robotsTxt(base: string): string {
  return [
    'User-agent: *',
    'Disallow: /admin',
    'Disallow: /login',
    'Disallow: /api/',
    'Disallow: /display',
    'Allow: /',
    '',
    `Sitemap: ${base}/sitemap.xml`,
    '',
  ].join('\n');
}
