import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { publicApi } from '../../api/public.js';
import type { CatalogRule } from '../../api/types.js';
import { formatDate, formatMoney } from '../../format.js';
import { t, tOptional } from '../../i18n/index.js';
import { usePageTitle } from './usePageTitle.js';

function condition(rule: CatalogRule): string {
  switch (rule.kind) {
    case 'penalty_type':
      return rule.penaltyTypes.map((p) => tOptional(`cases.records.penaltyTypes.${p}`, p)).join('、');
    case 'amount':
      return t('review.catalog.thresholds', {
        person: formatMoney(rule.personThreshold),
        organisation: formatMoney(rule.organisationThreshold),
      });
    case 'circumstance':
      return tOptional(`review.circumstances.${rule.circumstance}`, rule.circumstance);
    case 'free':
      return t('review.catalog.freeCondition');
  }
}

/** 事前公开: the catalog of major decisions that need legal review, as in force today. */
export function ReviewCatalogPublicPage() {
  usePageTitle(t('review.portal.title'));
  const catalog = useQuery({
    queryKey: ['public', 'legal-review-catalog'],
    queryFn: ({ signal }) => publicApi.reviewCatalog(signal),
  });
  return (
    <div className="portal-container portal-page">
      <section aria-labelledby="catalog-title" className="portal-panel">
        <p className="portal-breadcrumb">
          <Link to="/prior" className="portal-link">
            {t('portal.nav.prior')}
          </Link>
        </p>
        <h2 id="catalog-title" className="portal-page__title">
          {t('review.portal.title')}
        </h2>
        <p className="portal-muted">{t('review.portal.lead')}</p>
        {catalog.isPending && <p className="portal-muted">{t('review.portal.loading')}</p>}
        {catalog.isError && (
          <p className="portal-notice portal-notice--warn" role="alert">
            {t('review.portal.error')}
          </p>
        )}
        {catalog.data && (
          <>
            <p className="portal-muted">
              {t('review.portal.version', {
                version: catalog.data.version,
                date: formatDate(catalog.data.effectiveFrom),
              })}
            </p>
            <div className="portal-table-wrap">
              <table className="portal-table portal-table--cards">
                <thead>
                  <tr>
                    <th scope="col">{t('review.catalog.index')}</th>
                    <th scope="col">{t('review.catalog.text')}</th>
                    <th scope="col">{t('review.catalog.condition')}</th>
                    <th scope="col">{t('review.catalog.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {catalog.data.rules.map((r, i) => (
                    <tr key={r.id}>
                      <td data-label={t('review.catalog.index')}>{i + 1}</td>
                      <td data-label={t('review.catalog.text')}>{r.text}</td>
                      <td data-label={t('review.catalog.condition')}>{condition(r)}</td>
                      <td data-label={t('review.catalog.source')} className="portal-table__source">
                        {r.source}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
