import { Link } from 'react-router';
import { t } from '../../i18n/index.js';
import { usePageTitle } from './usePageTitle.js';

export function NotFoundPage() {
  usePageTitle(t('common.notFoundTitle'));
  return (
    <div className="portal-container portal-page">
      <section className="portal-panel" aria-labelledby="not-found-title">
        <h2 id="not-found-title" className="portal-page__title">
          {t('common.notFoundTitle')}
        </h2>
        <p className="portal-muted">{t('common.notFoundText')}</p>
        <Link to="/" className="portal-link">
          {t('common.backHome')}
        </Link>
      </section>
    </div>
  );
}
