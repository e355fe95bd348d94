import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/client.js';
import { publicApi } from '../../api/public.js';
import type { PublicOfficer } from '../../api/types.js';
import { t } from '../../i18n/index.js';
import { formatDate } from '../../format.js';
import { OfficerSearchForm } from './OfficerSearchForm.js';

function OfficerResult({ officer }: { officer: PublicOfficer }) {
  return (
    <article className="portal-result" aria-labelledby="officer-result-title">
      <h3 id="officer-result-title" className="portal-result__title">
        {t('portal.officers.resultTitle')}
      </h3>
      <dl className="portal-dl">
        <div>
          <dt>{t('portal.officers.name')}</dt>
          <dd>{officer.name}</dd>
        </div>
        <div>
          <dt>{t('portal.officers.certificateNo')}</dt>
          <dd>{officer.certificateNo}</dd>
        </div>
        <div>
          <dt>{t('portal.officers.unit')}</dt>
          <dd>{officer.unit}</dd>
        </div>
        <div>
          <dt>{t('portal.officers.category')}</dt>
          <dd>{officer.category}</dd>
        </div>
        <div>
          <dt>{t('portal.officers.validity')}</dt>
          <dd>
            {t('portal.officers.validRange', {
              from: formatDate(officer.validFrom),
              until: formatDate(officer.validUntil),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('portal.officers.status')}</dt>
          <dd>
            <span className={`portal-status portal-status--${officer.status}`}>
              {t(`status.certificate.${officer.status}`)}
            </span>
            <span className="portal-status__note">{t(`portal.officers.statusNote.${officer.status}`)}</span>
          </dd>
        </div>
      </dl>
    </article>
  );
}

export function OfficerLookupPage() {
  const [params] = useSearchParams();
  const no = (params.get('no') ?? '').trim();

  const query = useQuery({
    queryKey: ['public', 'officer', no],
    queryFn: ({ signal }) => publicApi.officer(no, signal),
    enabled: no.length > 0,
    retry: false,
  });

  let outcome: ReactNode = null;
  if (no && query.isPending) {
    outcome = <p className="portal-muted">{t('common.loading')}</p>;
  } else if (no && query.isError) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    outcome = (
      <p className="portal-notice portal-notice--warn" role="alert">
        {notFound
          ? t('portal.officers.notFound')
          : isApiError(query.error)
            ? query.error.message
            : t('common.unexpectedError')}
      </p>
    );
  } else if (no && query.data) {
    outcome = <OfficerResult officer={query.data} />;
  }

  return (
    <div className="portal-container portal-page">
      <section aria-labelledby="officers-title" className="portal-panel">
        <h2 id="officers-title" className="portal-page__title">
          {t('portal.officers.title')}
        </h2>
        <p className="portal-muted">{t('portal.officers.lead')}</p>
        <OfficerSearchForm key={no} idPrefix="lookup" initialValue={no} />
        <div aria-live="polite" className="portal-outcome">
          {outcome}
        </div>
      </section>
    </div>
  );
}
