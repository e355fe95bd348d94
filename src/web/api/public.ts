import { call } from './call.js';

export const V1 = '/api/v1';
export const seg = (value: string | number): string => encodeURIComponent(String(value));

/** Read-only endpoints of the public portal (no session). */
export const publicApi = {
  officer: (certificateNo: string, signal?: AbortSignal) =>
    call('GET /api/v1/public/officers/:certificateNo', { params: { certificateNo }, signal }),
  /** The catalog of major decisions in force (重大执法决定法制审核目录清单). */
  reviewCatalog: (signal?: AbortSignal) => call('GET /api/v1/public/legal-review-catalog', { signal }),
};
