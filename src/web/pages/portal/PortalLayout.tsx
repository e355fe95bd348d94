import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Emblem } from '../../components/Emblem.js';
import { t } from '../../i18n/index.js';
import { LargeTextToggle, useLargeText } from './largeText.js';
import { PortalFooter } from './PortalFooter.js';
import { PORTAL_NAV } from './sections.js';
import '../../styles/portal.css';
import '../../styles/portal-site.css';

export function PortalLayout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const [largeText, setLargeText] = useLargeText();

  // After an in-app navigation, move focus to the content so keyboard and screen-reader users land there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className={largeText ? 'portal portal--large' : 'portal'}>
      <a className="portal-skip" href="#main">
        {t('portal.skipToContent')}
      </a>
      <header className="portal-header">
        <div className="portal-header__inner">
          <Link to="/" className="portal-brand">
            <span className="portal-brand__mark">
              <Emblem size={52} />
            </span>
            <h1 className="portal-brand__title">
              <span className="portal-brand__body">{t('common.bodyName')}</span>
              <span className="portal-brand__name">{t('common.portalName')}</span>
            </h1>
          </Link>
          <div className="portal-header__tools">
            <LargeTextToggle on={largeText} onChange={setLargeText} />
            <Link to="/login" className="portal-login">
              {t('portal.staffLogin')}
            </Link>
          </div>
        </div>
        <nav className="portal-nav" aria-label={t('portal.mainNav')}>
          <ul className="portal-nav__list">
            {PORTAL_NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className="portal-nav__link">
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} className="portal-main" tabIndex={-1}>
        <Outlet />
      </main>
      <PortalFooter />
    </div>
  );
}
