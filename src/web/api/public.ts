import { api } from './client.js';
import type { PublicOfficer } from './types.js';

export const V1 = '/api/v1';
export const seg = (value: string | number): string => encodeURIComponent(String(value));

/** Read-only endpoints of the public portal (no session). */
export const publicApi = {
  officer: (certificateNo: string, signal?: AbortSignal) =>
    api.get<PublicOfficer>(`${V1}/public/officers/${seg(certificateNo)}`, undefined, signal),
};
