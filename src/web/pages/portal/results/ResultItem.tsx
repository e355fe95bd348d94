import { Link } from 'react-router';
import type { PublicDecisionItem } from '../../../api/types.js';
import { formatDate } from '../../../format.js';
import { t } from '../../../i18n/index.js';

/** The note of a withdrawn decision: when, and the reason published with it (with a badge unless `plain`). */
export function WithdrawnNote({
  withdrawal,
  plain = false,
}: {
  withdrawal: { reason: string; withdrawnAt: string };
  plain?: boolean;
}) {
  return (
    <p className="portal-withdrawn">
      {!plain && (
        <span className="portal-badge portal-badge--withdrawn">{t('portal.results.withdrawn')}</span>
      )}
      <span>
        {t('portal.results.withdrawnNote', {
          date: formatDate(withdrawal.withdrawnAt),
          reason: withdrawal.reason,
        })}
      </span>
    </p>
  );
}

/** One published decision in the list; a withdrawn one stays, marked 已撤回 with the reason and date. */
export function ResultItem({ item, back }: { item: PublicDecisionItem; back: string }) {
  const titleId = `result-${item.id}`;
  const withdrawn = item.withdrawal !== null;
  return (
    <article
      className={`portal-result-item${withdrawn ? ' portal-result-item--withdrawn' : ''}`}
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className="portal-result-item__title">
        {withdrawn && (
          <span className="portal-badge portal-badge--withdrawn portal-result-item__badge">
            {t('portal.results.withdrawn')}
          </span>
        )}
        <Link to={`/results/${item.id}`} state={{ back }} className="portal-result-item__link">
          {item.title}
        </Link>
      </h3>
      <p className="portal-meta">
        {item.documentNumber && <span>{item.documentNumber}</span>}
        <span>{t(`publicity.kinds.${item.kind}`)}</span>
        <span>{item.unit}</span>
        <span>{t(`publicity.partyTypes.${item.partyType}`)}</span>
        <span>{t('portal.results.decidedOn', { date: formatDate(item.decidedOn) })}</span>
      </p>
      <p className="portal-result-item__excerpt">{item.excerpt}</p>
      {item.withdrawal && <WithdrawnNote withdrawal={item.withdrawal} plain />}
    </article>
  );
}
