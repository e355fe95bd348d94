import { call, urlOf } from './call.js';
import type { PublicOfficerQuery } from './types.js';

export const V1 = '/api/v1';
export const seg = (value: string | number): string => encodeURIComponent(String(value));

/** Read-only endpoints of the public portal (no session). */
export const publicApi = {
  officer: (certificateNo: string, signal?: AbortSignal) =>
    call('GET /api/v1/public/officers/:certificateNo', { params: { certificateNo }, signal }),
  /** The officer list (every certificate, expired and revoked ones marked). */
  officers: (query: PublicOfficerQuery, signal?: AbortSignal) =>
    call('GET /api/v1/public/officers', { query, signal }),
  /** The units of the officer list's filter. */
  officerFilters: (signal?: AbortSignal) => call('GET /api/v1/public/officer-filters', { signal }),
  /** The QR code of an officer's page, as an image address. */
  officerQr: (certificateNo: string, format: 'svg' | 'png') =>
    format === 'svg'
      ? urlOf('GET /api/v1/public/officers/:certificateNo/qr.svg', { certificateNo })
      : urlOf('GET /api/v1/public/officers/:certificateNo/qr.png', { certificateNo }),
  /** The catalog of major decisions in force (重大执法决定法制审核目录清单). */
  reviewCatalog: (signal?: AbortSignal) => call('GET /api/v1/public/legal-review-catalog', { signal }),
};
