import type { MessageKey } from '../../i18n/index.js';

export type PortalSection = 'prior' | 'results' | 'statistics' | 'officers' | 'correction';

export interface PortalNavItem {
  to: string;
  label: MessageKey;
  section?: PortalSection;
}

export const PORTAL_NAV: readonly PortalNavItem[] = [
  { to: '/', label: 'portal.nav.home' },
  { to: '/prior', label: 'portal.nav.prior', section: 'prior' },
  { to: '/results', label: 'portal.nav.results', section: 'results' },
  { to: '/statistics', label: 'portal.nav.statistics', section: 'statistics' },
  { to: '/officers', label: 'portal.nav.officers', section: 'officers' },
  { to: '/correction', label: 'portal.nav.correction', section: 'correction' },
];
