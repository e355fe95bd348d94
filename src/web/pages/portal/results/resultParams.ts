import {
  DISCLOSURE_KINDS,
  PUBLIC_PARTY_TYPES,
  type DisclosureKind,
  type PublicPartyType,
} from '../../../../shared/publicity-vocabulary.js';

/** The portal's search of published decisions, as the address holds it (shareable, back-button safe). */
export interface ResultFilters {
  q?: string;
  kind?: DisclosureKind;
  year?: number;
  unit?: string;
  partyType?: PublicPartyType;
  page: number;
}

export const PAGE_SIZE = 10;

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;

export function filtersFrom(params: URLSearchParams): ResultFilters {
  const q = params.get('q')?.trim().slice(0, 100);
  const kind = oneOf(DISCLOSURE_KINDS, params.get('kind'));
  const year = Number(params.get('year'));
  const unit = params.get('unit');
  const partyType = oneOf(PUBLIC_PARTY_TYPES, params.get('partyType'));
  return {
    ...(q ? { q } : {}),
    ...(kind ? { kind } : {}),
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {}),
    ...(unit && /^[0-9a-f-]{36}$/i.test(unit) ? { unit } : {}),
    ...(partyType ? { partyType } : {}),
    page: Math.max(1, Math.floor(Number(params.get('page') ?? 1)) || 1),
  };
}

/** The address of a search (`/results?q=…&page=2`); page 1 and empty filters are left out. */
export function resultsHref(f: ResultFilters): string {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.kind) p.set('kind', f.kind);
  if (f.year) p.set('year', String(f.year));
  if (f.unit) p.set('unit', f.unit);
  if (f.partyType) p.set('partyType', f.partyType);
  if (f.page > 1) p.set('page', String(f.page));
  const qs = p.toString();
  return qs ? `/results?${qs}` : '/results';
}

/** Whether any filter narrows the search. */
export function isFiltered(f: ResultFilters): boolean {
  return Boolean(f.q || f.kind || f.year || f.unit || f.partyType);
}
