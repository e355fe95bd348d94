import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { t } from '../../i18n/index.js';
import type { PortalSection } from './sections.js';
import { usePageTitle } from './usePageTitle.js';

/** A tidy "under construction" page for portal sections that are not built yet. */
export function PlaceholderPage({ section, links }: { section: PortalSection; links?: ReactNode }) {
  usePageTitle(t(`portal.nav.${section}`));
  return (
    <div className="portal-container portal-page">
      <section className="portal-panel" aria-labelledby="section-title">
        <h2 id="section-title" className="portal-page__title">
          {t(`portal.nav.${section}`)}
        </h2>
        <p className="portal-muted">{t(`portal.sectionText.${section}`)}</p>
        {links}
        <div className="portal-empty">
          <svg viewBox="0 0 64 64" width="64" height="64" aria-hidden="true" focusable="false">
            <rect
              x="8"
              y="14"
              width="48"
              height="38"
              rx="4"
              fill="#e6eef8"
              stroke="#0b4a8b"
              strokeWidth="2"
            />
            <path d="M16 26h32M16 34h24M16 42h16" stroke="#0b4a8b" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <p className="portal-empty__title">{t('common.underConstruction')}</p>
          <p className="portal-muted">{t('common.underConstructionText')}</p>
          <Link to="/" className="portal-link">
            {t('common.backHome')}
          </Link>
        </div>
      </section>
    </div>
  );
}
