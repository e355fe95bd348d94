/** The portal's officer search, as the address holds it (`/officers?q=…&unit=…&page=2`: shareable). */
export interface OfficerFilters {
  q?: string;
  unit?: string;
  page: number;
}

export const PAGE_SIZE = 10;

export function officerFiltersFrom(params: URLSearchParams): OfficerFilters {
  const q = params.get('q')?.trim().slice(0, 100);
  const unit = params.get('unit');
  return {
    ...(q ? { q } : {}),
    ...(unit && /^[0-9a-f-]{36}$/i.test(unit) ? { unit } : {}),
    page: Math.max(1, Math.floor(Number(params.get('page') ?? 1)) || 1),
  };
}

/** The address of a search; page 1 and empty filters are left out. */
export function officersHref(f: OfficerFilters): string {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.unit) p.set('unit', f.unit);
  if (f.page > 1) p.set('page', String(f.page));
  const qs = p.toString();
  return qs ? `/officers?${qs}` : '/officers';
}

/** The officer's public page (the address the QR code holds). */
export const officerHref = (certificateNo: string): string =>
  `/officers/${encodeURIComponent(certificateNo)}`;
