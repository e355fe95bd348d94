import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../../api/client.js';
import { publicResultsApi } from '../../../api/publicity.js';
import type { PublicDecision } from '../../../api/types.js';
import { formatDate } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { usePageTitle } from '../usePageTitle.js';
import { WithdrawnNote } from './ResultItem.js';

function Summary({ d }: { d: PublicDecision }) {
  const s = d.summary;
  const rows: [string, ReactNode][] = [
    [t('portal.results.fields.documentNumber'), s.documentNumber ?? t('common.none')],
    [t('portal.results.fields.caseName'), s.caseName],
    [t('portal.results.fields.partyType'), t(`publicity.partyTypes.${s.partyType}`)],
    [t('portal.results.fields.facts'), <span className="portal-pre">{s.facts}</span>],
    [t('portal.results.fields.basis'), <span className="portal-pre">{s.basis}</span>],
    [t('portal.results.fields.decision'), <span className="portal-pre">{s.decision}</span>],
    [t('portal.results.fields.body'), s.body],
    [t('portal.results.fields.decidedOn'), formatDate(s.decidedOn)],
  ];
  return (
    <section className="portal-result" aria-labelledby="decision-summary">
      <h3 id="decision-summary" className="portal-result__title">
        {t('portal.results.summaryTitle')}
      </h3>
      <dl className="portal-dl">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Versions({ d, current }: { d: PublicDecision; current: number }) {
  return (
    <section aria-labelledby="decision-versions" className="portal-decision__section">
      <h3 id="decision-versions" className="portal-section-title">
        {t('portal.results.versionsTitle')}
      </h3>
      <ol className="portal-versions">
        {[...d.versions]
          .sort((a, b) => b.version - a.version)
          .map((v) => {
            const viewing = v.version === d.version;
            return (
              <li key={v.version} className="portal-versions__item">
                <Link
                  to={`/results/${d.id}/v/${v.version}`}
                  className="portal-link portal-versions__link"
                  aria-current={viewing ? 'page' : undefined}
                >
                  {t('portal.results.versionLine', { version: v.version })}
                </Link>
                <span>{t('portal.results.versionPublished', { date: formatDate(v.publishedAt) })}</span>
                {v.supersededAt && (
                  <span>{t('portal.results.versionSuperseded', { date: formatDate(v.supersededAt) })}</span>
                )}
                {v.withdrawnAt && (
                  <span className="portal-versions__withdrawn">
                    {t('portal.results.versionWithdrawn', { date: formatDate(v.withdrawnAt) })}
                  </span>
                )}
                {v.version === current && (
                  <span className="portal-badge">{t('portal.results.versionCurrent')}</span>
                )}
                {viewing && (
                  <span className="portal-badge portal-badge--viewing">
                    {t('portal.results.versionViewing')}
                  </span>
                )}
              </li>
            );
          })}
      </ol>
    </section>
  );
}

/**
 * One published decision (`/results/:id`, or a version's permalink `/results/:id/v/:version`): the
 * summary, the full text, the versions and a way to ask for a correction. A withdrawn one says so.
 */
export function DecisionPage() {
  const { id = '', version } = useParams();
  const location = useLocation();
  const wanted = version === undefined ? undefined : Number(version);
  const back = (location.state as { back?: unknown } | null)?.back;
  const backHref = typeof back === 'string' && back.startsWith('/results') ? back : '/results';

  const query = useQuery({
    queryKey: ['public', 'decision', id, wanted ?? 'current'],
    queryFn: ({ signal }) =>
      wanted === undefined ? publicResultsApi.get(id, signal) : publicResultsApi.version(id, wanted, signal),
    retry: false,
  });
  usePageTitle(
    query.data
      ? query.data.version === wanted
        ? `${query.data.title}（${t('portal.results.versionLine', { version: query.data.version })}）`
        : query.data.title
      : query.isError
        ? t('portal.results.notFound')
        : t('portal.results.title'),
  );

  let body: ReactNode;
  if (query.isPending) {
    body = <p className="portal-muted">{t('portal.results.loading')}</p>;
  } else if (query.isError) {
    const missing = isApiError(query.error) && [400, 404].includes(query.error.status);
    body = (
      <p className="portal-notice portal-notice--warn" role="alert">
        {missing ? t('portal.results.notFound') : t('portal.results.error')}
      </p>
    );
  } else {
    const d = query.data;
    const current = d.versions.find((v) => v.supersededAt === null)?.version ?? d.version;
    const shown = d.versions.find((v) => v.version === d.version);
    body = (
      <>
        <h2 id="decision-title" className="portal-page__title">
          {d.title}
        </h2>
        <p className="portal-meta">
          {d.documentNumber && <span>{d.documentNumber}</span>}
          <span>{t(`publicity.kinds.${d.kind}`)}</span>
          <span>{d.unit}</span>
          <span>{t('portal.results.publishedOn', { date: formatDate(d.publishedAt) })}</span>
          <span>{t('portal.results.versionLine', { version: d.version })}</span>
        </p>
        {d.withdrawal && <WithdrawnNote withdrawal={d.withdrawal} />}
        {d.version !== current && shown?.supersededAt && (
          <p className="portal-notice portal-notice--info">
            {t('portal.results.viewingOld', { version: d.version, date: formatDate(shown.supersededAt) })}{' '}
            <Link to={`/results/${d.id}`} className="portal-link">
              {t('portal.results.viewCurrent')}
            </Link>
          </p>
        )}
        <Summary d={d} />
        <section aria-labelledby="decision-fulltext" className="portal-decision__section">
          <h3 id="decision-fulltext" className="portal-section-title">
            {t('portal.results.fullTextTitle')}
          </h3>
          <p className="portal-muted">{t('portal.results.fullTextNote')}</p>
          <div className="portal-fulltext">{d.fullText}</div>
        </section>
        <Versions d={d} current={current} />
        <section aria-labelledby="decision-correction" className="portal-decision__section">
          <h3 id="decision-correction" className="portal-section-title">
            {t('portal.nav.correction')}
          </h3>
          <p className="portal-muted">{t('portal.results.correctionHint')}</p>
          <Link
            to={`/correction?item=${encodeURIComponent(d.id)}`}
            className="portal-button portal-button--link"
          >
            {t('portal.results.correctionLink')}
          </Link>
        </section>
      </>
    );
  }

  return (
    <div className="portal-container portal-page">
      <article className="portal-panel portal-decision" aria-labelledby="decision-title">
        <p className="portal-breadcrumb">
          <Link to={backHref} className="portal-link">
            {t('portal.results.back')}
          </Link>
        </p>
        {body}
      </article>
    </div>
  );
}
