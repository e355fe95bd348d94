import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { publicResultsApi } from '../../../api/publicity.js';
import { t } from '../../../i18n/index.js';
import { usePageTitle } from '../usePageTitle.js';
import { Pager } from './Pager.js';
import { ResultItem } from './ResultItem.js';
import { ResultSearchForm } from './ResultSearchForm.js';
import { PAGE_SIZE, filtersFrom, resultsHref } from './resultParams.js';

/** 执法结果公示: the published decisions, searched by word and filtered; withdrawn ones stay listed. */
export function ResultsPage() {
  const [params] = useSearchParams();
  const filters = filtersFrom(params);
  const { page, ...where } = filters;

  const facets = useQuery({
    queryKey: ['public', 'decision-filters'],
    queryFn: ({ signal }) => publicResultsApi.filters(signal),
    staleTime: 5 * 60_000,
  });
  const list = useQuery({
    queryKey: ['public', 'decisions', filters],
    queryFn: ({ signal }) => publicResultsApi.list({ ...where, page, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
  const back = resultsHref(filters);
  usePageTitle(
    page > 1
      ? t('portal.results.titleOfPage', { title: t('portal.results.title'), page })
      : t('portal.results.title'),
  );

  let status: string;
  // a new search shows the previous answer until its own arrives: its count must not pass for the new one
  if (list.isPending || list.isPlaceholderData) status = t('portal.results.loading');
  else if (list.isError) status = '';
  else if (filters.q) status = t('portal.results.countFor', { q: filters.q, total: list.data.total });
  else status = t('portal.results.count', { total: list.data.total });

  return (
    <div className="portal-container portal-page">
      <section aria-labelledby="results-title" className="portal-panel">
        <h2 id="results-title" className="portal-page__title">
          {t('portal.results.title')}
        </h2>
        <p className="portal-muted">{t('portal.results.lead')}</p>
        <ResultSearchForm key={params.toString()} filters={filters} facets={facets.data} />

        <div className="portal-results">
          <p className="portal-results__count" aria-live="polite">
            {status}
          </p>
          {list.isError && (
            <p className="portal-notice portal-notice--warn" role="alert">
              {t('portal.results.error')}
            </p>
          )}
          {list.data && list.data.items.length === 0 && (
            <p className="portal-notice portal-notice--info">{t('portal.results.empty')}</p>
          )}
          {list.data && list.data.items.length > 0 && (
            <ul
              className={`portal-result-list${list.isPlaceholderData ? ' portal-result-list--stale' : ''}`}
              aria-busy={list.isFetching}
            >
              {list.data.items.map((item) => (
                <li key={item.id}>
                  <ResultItem item={item} back={back} />
                </li>
              ))}
            </ul>
          )}
          {list.data && (
            <Pager
              page={page}
              total={list.data.total}
              pageSize={PAGE_SIZE}
              hrefOf={(p) => resultsHref({ ...filters, page: p })}
            />
          )}
        </div>
      </section>
    </div>
  );
}
