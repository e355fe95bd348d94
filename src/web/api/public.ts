import { api } from './client.js';
import type { PublicOfficer, ReviewCatalog } from './types.js';

export const V1 = '/api/v1';
export const seg = (value: string | number): string => encodeURIComponent(String(value));

/** Read-only endpoints of the public portal (no session). */
export const publicApi = {
  officer: (certificateNo: string, signal?: AbortSignal) =>
    api.get<PublicOfficer>(`${V1}/public/officers/${seg(certificateNo)}`, undefined, signal),
  /** The catalog of major decisions in force (重大执法决定法制审核目录清单). */
  reviewCatalog: (signal?: AbortSignal) =>
    api.get<ReviewCatalog>(`${V1}/public/legal-review-catalog`, undefined, signal),
};
