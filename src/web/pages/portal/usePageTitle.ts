import { useEffect } from 'react';
import { t } from '../../i18n/index.js';

/** The site's name as the browser tab shows it after a page's title. */
export const siteTitle = (): string => `${t('common.bodyName')}${t('common.portalName')}`;

/**
 * Sets the document title to "<page> - <site>" while the page is shown (screen readers announce
 * it, tabs and bookmarks carry it); `undefined` leaves the title alone until the page knows it.
 */
export function usePageTitle(page: string | undefined): void {
  useEffect(() => {
    if (page === undefined) return;
    document.title = t('portal.pageTitle', { page, site: siteTitle() });
  }, [page]);
}
