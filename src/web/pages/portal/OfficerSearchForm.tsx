import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../i18n/index.js';
import { officersHref } from './officers/officerParams.js';

interface Props {
  idPrefix: string;
}

/** The home page's officer search: a name or a certificate number, answered by the 执法人员 list. */
export function OfficerSearchForm({ idPrefix }: Props) {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const inputId = `${idPrefix}-officer-q`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = value.trim();
    void navigate(officersHref({ ...(q ? { q } : {}), page: 1 }));
  }

  return (
    <form className="portal-search" role="search" onSubmit={onSubmit} noValidate>
      <label htmlFor={inputId} className="portal-search__label">
        {t('portal.officers.searchLabel')}
      </label>
      <div className="portal-search__row">
        <input
          id={inputId}
          name="q"
          className="portal-input"
          type="search"
          autoComplete="off"
          maxLength={100}
          placeholder={t('portal.officers.placeholder')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="portal-button">
          {t('portal.officers.submit')}
        </button>
      </div>
    </form>
  );
}
