import { Link } from 'react-router';
import { t } from '../../i18n/index.js';
import { OfficerSearchForm } from './OfficerSearchForm.js';
import { PORTAL_NAV } from './sections.js';
import { usePageTitle } from './usePageTitle.js';

const SYSTEMS = [
  { title: 'portal.home.publicity', text: 'portal.home.publicityText' },
  { title: 'portal.home.recording', text: 'portal.home.recordingText' },
  { title: 'portal.home.review', text: 'portal.home.reviewText' },
] as const;

export function HomePage() {
  usePageTitle(t('portal.nav.home'));
  const sections = PORTAL_NAV.flatMap((item) => (item.section ? [{ ...item, section: item.section }] : []));
  return (
    <>
      <section className="portal-hero" aria-labelledby="home-title">
        <div className="portal-container">
          <h2 id="home-title" className="portal-hero__title">
            {t('portal.home.title')}
          </h2>
          <p className="portal-hero__intro">{t('portal.home.intro')}</p>
        </div>
      </section>

      <div className="portal-container portal-home portal-home--grid">
        {/* first in the page: on a phone it comes right after the introduction, not below every card */}
        <section className="portal-panel portal-home__lookup" aria-labelledby="quick-officer-title">
          <h2 id="quick-officer-title" className="portal-section-title">
            {t('portal.home.quickOfficerTitle')}
          </h2>
          <p className="portal-muted">{t('portal.home.quickOfficerText')}</p>
          <OfficerSearchForm idPrefix="home" />
        </section>

        <section className="portal-home__systems" aria-labelledby="systems-title">
          <h2 id="systems-title" className="portal-section-title">
            {t('portal.home.systemsTitle')}
          </h2>
          <ul className="portal-cards portal-cards--three">
            {SYSTEMS.map((s) => (
              <li key={s.title} className="portal-card">
                <h3 className="portal-card__title">{t(s.title)}</h3>
                <p>{t(s.text)}</p>
              </li>
            ))}
          </ul>
        </section>

        <section className="portal-home__tiles" aria-labelledby="sections-title">
          <h2 id="sections-title" className="portal-section-title">
            {t('portal.home.quickLinks')}
          </h2>
          <ul className="portal-tiles">
            {sections.map((s) => (
              <li key={s.to}>
                <Link to={s.to} className="portal-tile">
                  <span className="portal-tile__title">{t(s.label)}</span>
                  <span className="portal-tile__text">{t(`portal.sectionText.${s.section}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
