import { useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/client.js';
import { errorText } from '../../../components/formErrors.js';
import { publicResultsApi } from '../../../api/publicity.js';
import type { CorrectionPublicStatus } from '../../../api/types.js';
import { formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';

function Status({ status }: { status: CorrectionPublicStatus }) {
  return (
    <article className="portal-result" aria-labelledby="correction-status-title">
      <h4 id="correction-status-title" className="portal-result__title">
        {t('common.labelValue', {
          label: t('portal.correction.status'),
          value: t(`portal.correction.statuses.${status.status}`),
        })}
      </h4>
      <dl className="portal-dl">
        {status.status === 'received' && (
          <div>
            <dt>{t('portal.correction.status')}</dt>
            <dd>{t('portal.correction.pending')}</dd>
          </div>
        )}
        {status.result && (
          <div>
            <dt>{t('portal.correction.result')}</dt>
            <dd>{t(`portal.correction.results.${status.result}`)}</dd>
          </div>
        )}
        {status.answer && (
          <div>
            <dt>{t('portal.correction.answer')}</dt>
            <dd className="portal-pre">{status.answer}</dd>
          </div>
        )}
        {status.answeredAt && (
          <div>
            <dt>{t('portal.correction.answeredAt')}</dt>
            <dd>{formatDateTime(status.answeredAt)}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}

/** 查询办理结果: a tracking code (`/correction?code=…`) and the answer, once given. */
export function CorrectionLookup() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const code = (params.get('code') ?? '').trim();
  const [value, setValue] = useState(code);
  const [error, setError] = useState<string | null>(null);
  const query = useQuery({
    queryKey: ['public', 'correction', code],
    queryFn: ({ signal }) => publicResultsApi.correction(code, signal),
    enabled: code.length > 0,
    retry: false,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = value.trim();
    if (!next) return setError(t('portal.correction.lookupEmpty'));
    setError(null);
    const p = new URLSearchParams(params);
    p.set('code', next);
    void navigate(`/correction?${p.toString()}`);
  }

  let outcome: ReactNode = null;
  if (code && query.isPending) outcome = <p className="portal-muted">{t('common.loading')}</p>;
  else if (code && query.isError) {
    const missing = isApiError(query.error) && [400, 404].includes(query.error.status);
    outcome = (
      <p className="portal-notice portal-notice--warn" role="alert">
        {missing ? t('portal.correction.lookupNotFound') : errorText(query.error)}
      </p>
    );
  } else if (code && query.data) outcome = <Status status={query.data} />;

  return (
    <>
      <form className="portal-search" role="search" onSubmit={onSubmit} noValidate>
        <label htmlFor="correction-code" className="portal-search__label">
          {t('portal.correction.trackingCode')}
        </label>
        <div className="portal-search__row">
          <input
            id="correction-code"
            name="code"
            className="portal-input"
            type="text"
            autoComplete="off"
            maxLength={40}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'correction-code-error' : undefined}
            onChange={(e) => setValue(e.target.value)}
          />
          <button type="submit" className="portal-button">
            {t('portal.correction.lookupSubmit')}
          </button>
        </div>
        {error && (
          <p id="correction-code-error" className="portal-field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      <div aria-live="polite" className="portal-outcome">
        {outcome}
      </div>
    </>
  );
}
