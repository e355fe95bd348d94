import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/client.js';
import { publicPriorApi } from '../../../api/prior.js';
import { formatDate } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { usePageTitle } from '../usePageTitle.js';
import { PriorBody } from './PriorBody.js';
import '../../../styles/portal-prior.css';

/**
 * One 事前公开 item (`/prior/items/:id`), or an earlier version's permalink
 * (`/prior/items/:id/v/:version`): its content, and every published version with its dates.
 */
export function PriorItemPage() {
  const { id = '', version } = useParams();
  const wanted = version === undefined ? undefined : Number(version);
  const query = useQuery({
    queryKey: ['public', 'prior', id, wanted ?? 'current'],
    queryFn: ({ signal }) =>
      wanted === undefined ? publicPriorApi.get(id, signal) : publicPriorApi.version(id, wanted, signal),
    retry: false,
  });
  usePageTitle(
    query.data
      ? query.data.current
        ? query.data.title
        : `${query.data.title}（${t('portal.prior.versionLine', { version: query.data.version })}）`
      : query.isError
        ? t('portal.prior.notFound')
        : t('portal.nav.prior'),
  );

  let body: ReactNode;
  if (query.isPending) body = <p className="portal-muted">{t('portal.prior.loading')}</p>;
  else if (query.isError) {
    const missing = isApiError(query.error) && [400, 404].includes(query.error.status);
    body = (
      <p className="portal-notice portal-notice--warn" role="alert">
        {missing ? t('portal.prior.notFound') : t('portal.prior.error')}
      </p>
    );
  } else {
    const d = query.data;
    const shown = d.versions.find((v) => v.version === d.version);
    body = (
      <>
        <h2 id="prior-item-title" className="portal-page__title">
          {d.title}
        </h2>
        <p className="portal-meta">
          <span>{d.sectionTitle}</span>
          <span>{d.department}</span>
          <span>{t('portal.prior.publishedOn', { date: formatDate(d.publishedAt) })}</span>
          <span>{t('portal.prior.versionLine', { version: d.version })}</span>
        </p>
        {!d.current && (
          <p className="portal-notice portal-notice--info">
            {t('portal.prior.viewingOld', {
              version: d.version,
              date: formatDate(shown?.supersededAt ?? d.publishedAt),
            })}{' '}
            <Link to={`/prior/items/${d.id}`} className="portal-link">
              {t('portal.prior.viewCurrent')}
            </Link>
          </p>
        )}
        <PriorBody item={d} />
        <section aria-labelledby="prior-versions" className="portal-decision__section">
          <h3 id="prior-versions" className="portal-section-title">
            {t('portal.prior.versionsTitle')}
          </h3>
          <ol className="portal-versions">
            {d.versions.map((v) => (
              <li key={v.version} className="portal-versions__item">
                <Link
                  to={`/prior/items/${d.id}/v/${v.version}`}
                  className="portal-link portal-versions__link"
                  aria-current={v.version === d.version ? 'page' : undefined}
                >
                  {t('portal.prior.versionLine', { version: v.version })}
                </Link>
                <span>{t('portal.prior.publishedOn', { date: formatDate(v.publishedAt) })}</span>
                {v.supersededAt ? (
                  <span>{t('portal.prior.supersededOn', { date: formatDate(v.supersededAt) })}</span>
                ) : (
                  <span className="portal-badge">{t('portal.prior.inForce')}</span>
                )}
              </li>
            ))}
          </ol>
        </section>
      </>
    );
  }

  return (
    <div className="portal-container portal-page">
      <article className="portal-panel portal-decision" aria-labelledby="prior-item-title">
        <p className="portal-breadcrumb">
          <Link to="/prior" className="portal-link">
            {t('portal.prior.back')}
          </Link>
        </p>
        {body}
      </article>
    </div>
  );
}
