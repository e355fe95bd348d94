import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  PUBLIC_PARTY_TYPES,
  type DisclosureKind,
  type PublicPartyType,
} from '../../../../shared/publicity-vocabulary.js';
import type { PublicDecisionFilters } from '../../../api/types.js';
import { t } from '../../../i18n/index.js';
import { isFiltered, resultsHref, type ResultFilters } from './resultParams.js';

/** The filters start open on a wide screen or when one is set; on a phone they fold away. */
function filtersOpen(filters: ResultFilters): boolean {
  if (filters.kind || filters.year || filters.unit || filters.partyType) return true;
  return typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 601px)').matches;
}

interface Props {
  filters: ResultFilters;
  facets: PublicDecisionFilters | undefined;
}

/** The search box and the four filters; searching goes to `/results?…` (page 1). */
export function ResultSearchForm({ filters, facets }: Props) {
  const navigate = useNavigate();
  const [q, setQ] = useState(filters.q ?? '');
  const [kind, setKind] = useState<string>(filters.kind ?? '');
  const [year, setYear] = useState<string>(filters.year ? String(filters.year) : '');
  const [unit, setUnit] = useState<string>(filters.unit ?? '');
  const [partyType, setPartyType] = useState<string>(filters.partyType ?? '');
  const [open] = useState(() => filtersOpen(filters));
  const chosen = [filters.kind, filters.year, filters.unit, filters.partyType].filter(Boolean).length;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = q.trim();
    void navigate(
      resultsHref({
        ...(text ? { q: text } : {}),
        ...(kind ? { kind: kind as DisclosureKind } : {}),
        ...(year ? { year: Number(year) } : {}),
        ...(unit ? { unit } : {}),
        ...(partyType ? { partyType: partyType as PublicPartyType } : {}),
        page: 1,
      }),
    );
  }

  const kinds = facets?.kinds ?? [];
  const years = facets?.years ?? [];
  const units = facets?.units ?? [];
  // a value in the address that the facets do not list (yet) stays selectable
  const kindOptions = filters.kind && !kinds.includes(filters.kind) ? [...kinds, filters.kind] : kinds;
  const yearOptions = filters.year && !years.includes(filters.year) ? [...years, filters.year] : years;

  return (
    <form className="portal-search portal-results-search" role="search" onSubmit={onSubmit} noValidate>
      <label htmlFor="results-q" className="portal-search__label">
        {t('portal.results.searchLabel')}
      </label>
      <div className="portal-search__row portal-results-search__row">
        <input
          id="results-q"
          name="q"
          className="portal-input"
          type="search"
          autoComplete="off"
          maxLength={100}
          placeholder={t('portal.results.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit" className="portal-button">
          {t('portal.results.submit')}
        </button>
      </div>
      <details className="portal-filters-box" open={open}>
        <summary className="portal-filters-box__summary">
          {chosen > 0 ? t('portal.results.filtersChosen', { count: chosen }) : t('portal.results.filters')}
        </summary>
        <fieldset className="portal-filters">
          <legend className="portal-sr-only">{t('portal.results.filters')}</legend>
          <div className="portal-field">
            <label htmlFor="results-kind">{t('portal.results.kind')}</label>
            <select
              id="results-kind"
              className="portal-select"
              value={kind}
              onChange={(e) => setKind(e.target.value)}
            >
              <option value="">{t('portal.results.all')}</option>
              {kindOptions.map((k) => (
                <option key={k} value={k}>
                  {t(`publicity.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="portal-field">
            <label htmlFor="results-year">{t('portal.results.year')}</label>
            <select
              id="results-year"
              className="portal-select"
              value={year}
              onChange={(e) => setYear(e.target.value)}
            >
              <option value="">{t('portal.results.all')}</option>
              {yearOptions.map((y) => (
                <option key={y} value={y}>
                  {t('portal.results.yearOption', { year: y })}
                </option>
              ))}
            </select>
          </div>
          <div className="portal-field">
            <label htmlFor="results-unit">{t('portal.results.unit')}</label>
            <select
              id="results-unit"
              className="portal-select"
              value={unit}
              onChange={(e) => setUnit(e.target.value)}
            >
              <option value="">{t('portal.results.all')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <div className="portal-field">
            <label htmlFor="results-party">{t('portal.results.partyType')}</label>
            <select
              id="results-party"
              className="portal-select"
              value={partyType}
              onChange={(e) => setPartyType(e.target.value)}
            >
              <option value="">{t('portal.results.all')}</option>
              {PUBLIC_PARTY_TYPES.map((p) => (
                <option key={p} value={p}>
                  {t(`publicity.partyTypes.${p}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      </details>
      {isFiltered(filters) && (
        <p className="portal-filters__reset">
          <Link to="/results" className="portal-link">
            {t('portal.results.reset')}
          </Link>
        </p>
      )}
    </form>
  );
}
