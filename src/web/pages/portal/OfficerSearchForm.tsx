import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../i18n/index.js';

interface Props {
  idPrefix: string;
  initialValue?: string;
}

/** Certificate-number search box; submitting goes to `/officers?no=…` (a shareable, QR-friendly address). */
export function OfficerSearchForm({ idPrefix, initialValue = '' }: Props) {
  const navigate = useNavigate();
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);
  const inputId = `${idPrefix}-certificate-no`;
  const errorId = `${idPrefix}-certificate-error`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const no = value.trim();
    if (!no) {
      setError(t('portal.officers.emptyInput'));
      return;
    }
    setError(null);
    void navigate(`/officers?no=${encodeURIComponent(no)}`);
  }

  return (
    <form className="portal-search" role="search" onSubmit={onSubmit} noValidate>
      <label htmlFor={inputId} className="portal-search__label">
        {t('portal.officers.certificateNo')}
      </label>
      <div className="portal-search__row">
        <input
          id={inputId}
          name="certificateNo"
          className="portal-input"
          type="text"
          inputMode="text"
          autoComplete="off"
          maxLength={64}
          placeholder={t('portal.officers.placeholder')}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="portal-button">
          {t('portal.officers.submit')}
        </button>
      </div>
      {error && (
        <p id={errorId} className="portal-field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
