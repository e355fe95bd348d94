import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { publicApi } from '../../../api/public.js';
import type { PublicOfficer, PublicOfficerFilters } from '../../../api/types.js';
import { formatDate } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { Pager } from '../results/Pager.js';
import { usePageTitle } from '../usePageTitle.js';
import { CertificateStatusBadge } from './CertificateStatusBadge.js';
import {
  PAGE_SIZE,
  officerFiltersFrom,
  officerHref,
  officersHref,
  type OfficerFilters,
} from './officerParams.js';
import '../../../styles/portal-officers.css';

/** The search box and the unit filter; searching goes to `/officers?…` (page 1). */
function OfficerSearch({
  filters,
  units,
}: {
  filters: OfficerFilters;
  units: PublicOfficerFilters['units'];
}) {
  const navigate = useNavigate();
  const [q, setQ] = useState(filters.q ?? '');
  const [unit, setUnit] = useState(filters.unit ?? '');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = q.trim();
    void navigate(officersHref({ ...(text ? { q: text } : {}), ...(unit ? { unit } : {}), page: 1 }));
  }

  return (
    <form className="portal-search officer-search" role="search" onSubmit={onSubmit} noValidate>
      <div className="officer-search__fields">
        <div className="portal-field officer-search__q">
          <label htmlFor="officers-q">{t('portal.officers.searchLabel')}</label>
          <input
            id="officers-q"
            name="q"
            className="portal-input"
            type="search"
            autoComplete="off"
            maxLength={100}
            placeholder={t('portal.officers.placeholder')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <div className="portal-field">
          <label htmlFor="officers-unit">{t('portal.officers.unitLabel')}</label>
          <select
            id="officers-unit"
            name="unit"
            className="portal-select"
            value={unit}
            onChange={(e) => setUnit(e.target.value)}
          >
            <option value="">{t('portal.officers.allUnits')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="officer-search__actions">
          <button type="submit" className="portal-button">
            {t('portal.officers.submit')}
          </button>
        </div>
      </div>
      {(filters.q || filters.unit) && (
        <p className="portal-filters__reset">
          <Link to="/officers" className="portal-link">
            {t('portal.officers.reset')}
          </Link>
        </p>
      )}
    </form>
  );
}

/** One certificate in the list: the name links to the officer's page; the status is always shown. */
function OfficerItem({ officer, back }: { officer: PublicOfficer; back: string }) {
  const titleId = `officer-${officer.certificateNo}`;
  const rows: [string, string][] = [
    [t('portal.officers.certificateNo'), officer.certificateNo],
    [t('portal.officers.unit'), t('portal.officers.unitOf', { body: officer.body, unit: officer.unit })],
    [t('portal.officers.area'), officer.area ?? t('portal.officers.areaUnknown')],
    [t('portal.officers.category'), officer.category],
    [
      t('portal.officers.validity'),
      t('portal.officers.validRange', {
        from: formatDate(officer.validFrom),
        until: formatDate(officer.validUntil),
      }),
    ],
  ];
  return (
    <article className={`officer-item officer-item--${officer.status}`} aria-labelledby={titleId}>
      <div className="officer-item__head">
        <h3 id={titleId} className="officer-item__name">
          <Link to={officerHref(officer.certificateNo)} state={{ back }} className="officer-item__link">
            {officer.name}
          </Link>
        </h3>
        <CertificateStatusBadge status={officer.status} />
      </div>
      <dl className="officer-item__meta">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

/** 执法人员: every officer's certificate, searched by name or number and filtered by unit, paged. */
export function OfficersPage() {
  const [params] = useSearchParams();
  const filters = officerFiltersFrom(params);
  const { page, ...where } = filters;
  usePageTitle(t('portal.officers.title'));

  const facets = useQuery({
    queryKey: ['public', 'officer-filters'],
    queryFn: ({ signal }) => publicApi.officerFilters(signal),
    staleTime: 5 * 60_000,
  });
  const list = useQuery({
    queryKey: ['public', 'officers', filters],
    queryFn: ({ signal }) => publicApi.officers({ ...where, page, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

  // the address the certificate lookup used to answer at, kept for links already shared
  const legacyNo = params.get('no')?.trim();
  if (legacyNo) return <Navigate to={officerHref(legacyNo)} replace />;

  const back = officersHref(filters);
  let status: string;
  // a new search shows the previous answer until its own arrives: its count must not pass for the new one
  if (list.isPending || list.isPlaceholderData) status = t('portal.officers.loading');
  else if (list.isError) status = '';
  else if (filters.q) status = t('portal.officers.countFor', { q: filters.q, total: list.data.total });
  else status = t('portal.officers.count', { total: list.data.total });

  return (
    <div className="portal-container portal-page">
      <section aria-labelledby="officers-title" className="portal-panel">
        <h2 id="officers-title" className="portal-page__title">
          {t('portal.officers.title')}
        </h2>
        <p className="portal-muted">{t('portal.officers.lead')}</p>
        <OfficerSearch key={params.toString()} filters={filters} units={facets.data?.units ?? []} />

        <div className="portal-results">
          <p className="portal-results__count" aria-live="polite">
            {status}
          </p>
          {list.isError && (
            <p className="portal-notice portal-notice--warn" role="alert">
              {t('portal.officers.error')}
            </p>
          )}
          {list.data && list.data.items.length === 0 && (
            <p className="portal-notice portal-notice--info">{t('portal.officers.empty')}</p>
          )}
          {list.data && list.data.items.length > 0 && (
            <ul
              className={`officer-list${list.isPlaceholderData ? ' portal-result-list--stale' : ''}`}
              aria-label={t('portal.officers.listLabel')}
              aria-busy={list.isFetching}
            >
              {list.data.items.map((o) => (
                <li key={o.certificateNo}>
                  <OfficerItem officer={o} back={back} />
                </li>
              ))}
            </ul>
          )}
          {list.data && (
            <Pager
              page={page}
              total={list.data.total}
              pageSize={PAGE_SIZE}
              hrefOf={(p) => officersHref({ ...filters, page: p })}
            />
          )}
        </div>
      </section>
    </div>
  );
}
