import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { publicPriorApi } from '../../../api/prior.js';
import { formatDate } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { usePageTitle } from '../usePageTitle.js';
import '../../../styles/portal-prior.css';

/**
 * 事前公开 (`/prior`): the eleven sections in the order of the rules, each with the items in force,
 * their responsible unit and publication date; a section without items says so.
 */
export function PriorPage() {
  usePageTitle(t('portal.nav.prior'));
  const query = useQuery({
    queryKey: ['public', 'prior'],
    queryFn: ({ signal }) => publicPriorApi.sections(signal),
  });

  let content: ReactNode;
  if (query.isPending) content = <p className="portal-muted">{t('portal.prior.loading')}</p>;
  else if (query.isError)
    content = (
      <p className="portal-notice portal-notice--warn" role="alert">
        {t('portal.prior.error')}
      </p>
    );
  else
    content = (
      <>
        <nav aria-label={t('portal.prior.sectionsNav')} className="prior-toc">
          <ol className="prior-toc__list">
            {query.data.sections.map((s) => (
              <li key={s.code}>
                <a href={`#prior-${s.code}`} className="portal-link">
                  {s.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        {query.data.sections.map((s) => (
          <section
            key={s.code}
            id={`prior-${s.code}`}
            className="prior-section"
            aria-labelledby={`prior-${s.code}-title`}
          >
            <h3 id={`prior-${s.code}-title`} className="portal-section-title">
              {s.title}
            </h3>
            {s.items.length === 0 ? (
              <p className="portal-muted">{t('portal.prior.sectionEmpty')}</p>
            ) : (
              <ul className="prior-items">
                {s.items.map((i) => (
                  <li key={i.id} className="prior-items__item">
                    <Link to={`/prior/items/${i.id}`} className="portal-link prior-items__title">
                      {i.title}
                    </Link>
                    <span className="portal-meta">
                      <span>{i.department}</span>
                      <span>{t('portal.prior.publishedOn', { date: formatDate(i.publishedAt) })}</span>
                      <span>{t('portal.prior.versionLine', { version: i.version })}</span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {s.code === 'review_catalog' && (
              <p>
                <Link to="/prior/legal-review-catalog" className="portal-link">
                  {t('review.portal.link')}
                </Link>
              </p>
            )}
            {s.code === 'officers' && (
              <p>
                <Link to="/officers" className="portal-link">
                  {t('portal.prior.officersLink')}
                </Link>
              </p>
            )}
          </section>
        ))}
      </>
    );

  return (
    <div className="portal-container portal-page">
      <section className="portal-panel" aria-labelledby="prior-title">
        <h2 id="prior-title" className="portal-page__title">
          {t('portal.nav.prior')}
        </h2>
        <p className="portal-muted">{t('portal.prior.lead')}</p>
        {content}
      </section>
    </div>
  );
}
