import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Emblem } from '../../components/Emblem.js';
import { t } from '../../i18n/index.js';
import { LargeTextToggle, useLargeText } from './largeText.js';
import { PortalFooter } from './PortalFooter.js';
import { usePortalMenu } from './portalMenu.js';
import { PORTAL_NAV } from './sections.js';
import '../../styles/portal.css';
import '../../styles/portal-site.css';
import '../../styles/portal-phone.css';

export function PortalLayout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const [largeText, setLargeText] = useLargeText();
  const headerRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // on a phone the menu is a drawer; what lies behind it is inert while it is open
  const menu = usePortalMenu(() => [
    headerRef.current,
    mainRef.current,
    rootRef.current?.querySelector(':scope > .portal-footer') ?? null,
  ]);

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
    <div ref={rootRef} className={largeText ? 'portal portal--large' : 'portal'}>
      <a className="portal-skip" href="#main">
        {t('portal.skipToContent')}
      </a>
      <header className="portal-header">
        <div className="portal-header__inner" ref={headerRef}>
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
            <button
              type="button"
              ref={menu.buttonRef}
              className="portal-menu-button"
              aria-expanded={menu.open}
              aria-controls="portal-nav"
              onClick={menu.toggle}
            >
              <span className="portal-menu-button__icon" aria-hidden="true" />
              {t('portal.menu')}
            </button>
          </div>
        </div>
        {menu.open && (
          <div className="portal-menu-backdrop" aria-hidden="true" onClick={() => menu.close(true)} />
        )}
        <nav
          id="portal-nav"
          ref={menu.drawerRef}
          className={menu.open ? 'portal-nav portal-nav--open' : 'portal-nav'}
          aria-label={t('portal.mainNav')}
        >
          <div className="portal-nav__head">
            <span className="portal-nav__title">{t('portal.menu')}</span>
            <button type="button" className="portal-nav__close" onClick={() => menu.close(true)}>
              {t('portal.menuClose')}
            </button>
          </div>
          <ul className="portal-nav__list">
            {PORTAL_NAV.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.to === '/'}
                  className="portal-nav__link"
                  onClick={() => {
                    if (!menu.open) return;
                    menu.close(false);
                    // the page shown already: the drawer closes onto its content
                    if (item.to === pathname) requestAnimationFrame(() => mainRef.current?.focus());
                  }}
                >
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
