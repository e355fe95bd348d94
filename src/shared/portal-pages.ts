/** How often a page changes, as a sitemap says it (a hint to search engines). */
export type ChangeFrequency = 'always' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'never';

export interface PortalPage {
  path: string;
  changefreq: ChangeFrequency;
  /** 0.0–1.0: the page's weight among the site's own pages. */
  priority: number;
}

/**
 * The portal's fixed pages: the sitemap lists them before every module's items (published decisions,
 * 事前公开 items …), and the browser tests visit each. A fixed portal page added to the web's routes
 * gets its line here; the display screen (`/display`) is for the service window, not for search engines.
 */
export const PORTAL_PAGES: readonly PortalPage[] = [
  { path: '/', changefreq: 'daily', priority: 1 },
  { path: '/prior', changefreq: 'weekly', priority: 0.8 },
  { path: '/prior/legal-review-catalog', changefreq: 'monthly', priority: 0.6 },
  { path: '/results', changefreq: 'daily', priority: 0.9 },
  { path: '/statistics', changefreq: 'monthly', priority: 0.5 },
  { path: '/officers', changefreq: 'weekly', priority: 0.6 },
  { path: '/correction', changefreq: 'yearly', priority: 0.3 },
];
