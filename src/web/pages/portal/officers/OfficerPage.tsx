import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../../api/client.js';
import { errorText } from '../../../components/formErrors.js';
import { publicApi } from '../../../api/public.js';
import type { PublicOfficer } from '../../../api/types.js';
import { formatDate } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { usePageTitle } from '../usePageTitle.js';
import { CertificateStatusBadge } from './CertificateStatusBadge.js';
import '../../../styles/portal-officers.css';

function StatusNote({ officer }: { officer: PublicOfficer }) {
  const note = t(`portal.officers.statusNote.${officer.status}`, { date: formatDate(officer.validUntil) });
  return (
    <p className={`officer-card__status officer-card__status--${officer.status}`}>
      <span className="portal-sr-only">{t('portal.officers.status')}</span>
      <CertificateStatusBadge status={officer.status} large />
      <span>{note}</span>
    </p>
  );
}

function OfficerCard({ officer }: { officer: PublicOfficer }) {
  const rows: [string, ReactNode][] = [
    [t('portal.officers.name'), officer.name],
    [t('portal.officers.body'), officer.body],
    [t('portal.officers.unit'), officer.unit],
    [t('portal.officers.certificateNo'), officer.certificateNo],
    [t('portal.officers.area'), officer.area ?? t('portal.officers.areaUnknown')],
    [t('portal.officers.category'), officer.category],
    [
      t('portal.officers.validity'),
      t('portal.officers.validRange', {
        from: formatDate(officer.validFrom),
        until: formatDate(officer.validUntil),
      }),
    ],
    [t('portal.officers.status'), <CertificateStatusBadge status={officer.status} />],
  ];
  return (
    <article className="officer-card" aria-labelledby="officer-name">
      <h2 id="officer-name" className="portal-page__title officer-card__name">
        {officer.name}
      </h2>
      <StatusNote officer={officer} />
      <div className="officer-card__body">
        <dl className="portal-dl officer-card__details">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <section className="officer-qr" aria-labelledby="officer-qr-title">
          <h3 id="officer-qr-title" className="officer-qr__title">
            {t('portal.officers.qrTitle')}
          </h3>
          <figure className="officer-qr__figure">
            <img
              className="officer-qr__image"
              src={publicApi.officerQr(officer.certificateNo, 'svg')}
              alt={t('portal.officers.qrAlt', { name: officer.name, no: officer.certificateNo })}
              width={200}
              height={200}
            />
            <figcaption className="officer-qr__hint">{t('portal.officers.qrHint')}</figcaption>
          </figure>
          <p className="officer-qr__text">{t('portal.officers.qrText')}</p>
          <p className="officer-qr__download">
            <a
              className="portal-link"
              href={publicApi.officerQr(officer.certificateNo, 'png')}
              download={`${officer.certificateNo}.png`}
            >
              {t('portal.officers.qrDownload')}
            </a>
          </p>
        </section>
      </div>
    </article>
  );
}

/** One officer's public page (`/officers/:certificateNo`, the address the QR code holds). */
export function OfficerPage() {
  const { certificateNo = '' } = useParams();
  const location = useLocation();
  const state: unknown = location.state;
  const back =
    typeof state === 'object' && state !== null && 'back' in state && typeof state.back === 'string'
      ? state.back
      : '/officers';

  const query = useQuery({
    queryKey: ['public', 'officer', certificateNo],
    queryFn: ({ signal }) => publicApi.officer(certificateNo, signal),
    retry: false,
  });
  const notFound = query.isError && isApiError(query.error) && query.error.status === 404;
  usePageTitle(
    query.data
      ? `${query.data.name} - ${t('portal.officers.title')}`
      : notFound
        ? t('portal.officers.notFoundTitle')
        : undefined,
  );

  let content: ReactNode;
  if (query.isPending) content = <p className="portal-muted">{t('common.loading')}</p>;
  else if (query.isError)
    content = (
      <>
        <h2 className="portal-page__title">
          {notFound ? t('portal.officers.notFoundTitle') : t('portal.officers.title')}
        </h2>
        <p className="portal-notice portal-notice--warn" role="alert">
          {notFound ? t('portal.officers.notFound', { no: certificateNo }) : errorText(query.error)}
        </p>
      </>
    );
  else content = <OfficerCard officer={query.data} />;

  return (
    <div className="portal-container portal-page">
      <p className="officer-back">
        <Link to={back} className="portal-link">
          {t('portal.officers.backToList')}
        </Link>
      </p>
      <div className="portal-panel">{content}</div>
    </div>
  );
}
