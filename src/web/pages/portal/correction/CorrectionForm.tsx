import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/client.js';
import { errorText } from '../../../components/formErrors.js';
import { publicResultsApi } from '../../../api/publicity.js';
import { t } from '../../../i18n/index.js';

type Field = 'content' | 'contact';

/** The decision the request is about (`?item=<id>`): its title, or a note when it is not published. */
function useItem(itemId: string | null) {
  return useQuery({
    queryKey: ['public', 'decision', itemId ?? '', 'current'],
    queryFn: ({ signal }) => publicResultsApi.get(itemId ?? '', signal),
    enabled: itemId !== null,
    retry: false,
  });
}

/** 纠错申请: what is wrong and how to reach the applicant; the answer is a tracking code. */
export function CorrectionForm() {
  const [params, setParams] = useSearchParams();
  const itemId = params.get('item');
  const item = useItem(itemId);
  const [content, setContent] = useState('');
  const [contact, setContact] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const receiptRef = useRef<HTMLHeadingElement>(null);

  const send = useMutation({
    mutationFn: () =>
      publicResultsApi.submitCorrection({
        ...(item.data ? { publicId: item.data.id } : {}),
        content: content.trim(),
        contact: contact.trim(),
      }),
    onError: (error) => {
      if (!isApiError(error)) return setFailure(t('common.unexpectedError'));
      const byField: Partial<Record<Field, string>> = {};
      for (const fe of error.fieldErrors) {
        const field = fe.path.split('.').pop();
        if (field === 'content' || field === 'contact') byField[field] = fe.message;
      }
      setErrors(byField);
      // what the fields do not show, with the server's reasons (not the bare 请求参数无效)
      const elsewhere = error.fieldErrors.some((fe) => {
        const field = fe.path.split('.').pop();
        return field !== 'content' && field !== 'contact';
      });
      setFailure(Object.keys(byField).length > 0 && !elsewhere ? null : errorText(error));
    },
  });

  // the receipt takes the focus, so that a screen reader reads the tracking code
  useEffect(() => {
    if (send.isSuccess) receiptRef.current?.focus();
  }, [send.isSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!content.trim())
      missing.content = t('portal.correction.required', { field: t('portal.correction.content') });
    if (!contact.trim())
      missing.contact = t('portal.correction.required', { field: t('portal.correction.contact') });
    setErrors(missing);
    setFailure(null);
    if (Object.keys(missing).length === 0) send.mutate();
  }

  if (send.isSuccess) {
    return (
      <div className="portal-receipt" role="status">
        <h3 className="portal-receipt__title" tabIndex={-1} ref={receiptRef}>
          {t('portal.correction.received')}
        </h3>
        <p>{t('portal.correction.receivedText')}</p>
        <p className="portal-receipt__code">
          <span>{t('portal.correction.trackingCode')}</span>
          <strong data-testid="tracking-code">{send.data.trackingCode}</strong>
        </p>
        <p>
          <Link
            to={`/correction?code=${encodeURIComponent(send.data.trackingCode)}`}
            className="portal-link"
            onClick={() => send.reset()}
          >
            {t('portal.correction.lookupTitle')}
          </Link>
        </p>
        <button
          type="button"
          className="portal-button portal-button--secondary"
          onClick={() => {
            send.reset();
            setContent('');
            setContact('');
          }}
        >
          {t('portal.correction.another')}
        </button>
      </div>
    );
  }

  const describe = (field: Field, hint: string) =>
    errors[field] ? `${hint} correction-${field}-error` : hint;

  return (
    <form className="portal-form" onSubmit={onSubmit} noValidate aria-labelledby="correction-form-title">
      <h3 id="correction-form-title" className="portal-section-title">
        {t('portal.correction.formTitle')}
      </h3>
      {failure && (
        <p className="portal-notice portal-notice--warn" role="alert">
          {failure}
        </p>
      )}
      <div className="portal-field">
        <span className="portal-field__label" id="correction-item-label">
          {t('portal.correction.item')}
        </span>
        <div className="portal-correction-item" aria-labelledby="correction-item-label" role="group">
          {itemId === null && <span className="portal-muted-inline">{t('portal.correction.itemNone')}</span>}
          {itemId !== null && item.isPending && <span>{t('portal.correction.itemLoading')}</span>}
          {itemId !== null && item.isError && (
            <span className="portal-muted-inline">{t('portal.correction.itemMissing')}</span>
          )}
          {item.data && (
            <>
              <Link to={`/results/${item.data.id}`} className="portal-link">
                {item.data.title}
              </Link>
              {item.data.documentNumber && (
                <span className="portal-muted-inline">{item.data.documentNumber}</span>
              )}
            </>
          )}
          {itemId !== null && (
            <button
              type="button"
              className="portal-text-button"
              onClick={() => {
                const next = new URLSearchParams(params);
                next.delete('item');
                setParams(next, { replace: true });
              }}
            >
              {t('portal.correction.itemClear')}
            </button>
          )}
        </div>
      </div>
      <div className="portal-field">
        <label htmlFor="correction-content" className="portal-field__label">
          {t('portal.correction.content')}
          <span aria-hidden="true" className="portal-required">
            *
          </span>
        </label>
        <p id="correction-content-hint" className="portal-field__hint">
          {t('portal.correction.contentHint')}
        </p>
        <textarea
          id="correction-content"
          name="content"
          className="portal-textarea"
          rows={6}
          maxLength={5000}
          required
          value={content}
          aria-invalid={errors.content ? true : undefined}
          aria-describedby={describe('content', 'correction-content-hint')}
          onChange={(e) => setContent(e.target.value)}
        />
        {errors.content && (
          <p id="correction-content-error" className="portal-field-error" role="alert">
            {errors.content}
          </p>
        )}
      </div>
      <div className="portal-field">
        <label htmlFor="correction-contact" className="portal-field__label">
          {t('portal.correction.contact')}
          <span aria-hidden="true" className="portal-required">
            *
          </span>
        </label>
        <p id="correction-contact-hint" className="portal-field__hint">
          {t('portal.correction.contactHint')}
        </p>
        <input
          id="correction-contact"
          name="contact"
          className="portal-input portal-input--block"
          type="text"
          autoComplete="tel"
          maxLength={200}
          required
          value={contact}
          aria-invalid={errors.contact ? true : undefined}
          aria-describedby={describe('contact', 'correction-contact-hint')}
          onChange={(e) => setContact(e.target.value)}
        />
        {errors.contact && (
          <p id="correction-contact-error" className="portal-field-error" role="alert">
            {errors.contact}
          </p>
        )}
      </div>
      <button type="submit" className="portal-button" disabled={send.isPending}>
        {send.isPending ? t('portal.correction.submitting') : t('portal.correction.submit')}
      </button>
    </form>
  );
}
