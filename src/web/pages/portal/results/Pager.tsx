import { Link } from 'react-router';
import { t } from '../../../i18n/index.js';

interface Props {
  page: number;
  total: number;
  pageSize: number;
  hrefOf: (page: number) => string;
}

/** Page links: previous, the pages around the current one, next (on a phone: previous, n / m, next). */
export function Pager({ page, total, pageSize, hrefOf }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const from = Math.max(1, page - 2);
  const to = Math.min(pages, page + 2);
  const numbers = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return (
    <nav className="portal-pager" aria-label={t('portal.results.pager')}>
      {page > 1 ? (
        <Link to={hrefOf(page - 1)} className="portal-pager__link" rel="prev">
          {t('portal.results.previous')}
        </Link>
      ) : (
        <span className="portal-pager__link portal-pager__link--disabled" aria-disabled="true">
          {t('portal.results.previous')}
        </span>
      )}
      <ul className="portal-pager__pages">
        {numbers.map((n) => (
          <li key={n}>
            {n === page ? (
              <span className="portal-pager__link portal-pager__link--current" aria-current="page">
                <span className="portal-sr-only">{t('portal.results.pageN', { page: n })}</span>
                <span aria-hidden="true">{n}</span>
              </span>
            ) : (
              <Link
                to={hrefOf(n)}
                className="portal-pager__link"
                aria-label={t('portal.results.pageN', { page: n })}
              >
                {n}
              </Link>
            )}
          </li>
        ))}
      </ul>
      <span className="portal-pager__of">{t('portal.results.pageOf', { page, pages })}</span>
      {page < pages ? (
        <Link to={hrefOf(page + 1)} className="portal-pager__link" rel="next">
          {t('portal.results.next')}
        </Link>
      ) : (
        <span className="portal-pager__link portal-pager__link--disabled" aria-disabled="true">
          {t('portal.results.next')}
        </span>
      )}
    </nav>
  );
}
