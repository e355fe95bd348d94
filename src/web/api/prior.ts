import { call, urlOf } from './call.js';

/** 事前公开 on the portal (no session): the sections in force, one item and its versions, attachments. */
export const publicPriorApi = {
  sections: (signal?: AbortSignal) => call('GET /api/v1/public/pre-disclosures', { signal }),
  get: (id: string, signal?: AbortSignal) =>
    call('GET /api/v1/public/pre-disclosures/:id', { params: { id }, signal }),
  version: (id: string, version: number, signal?: AbortSignal) =>
    call('GET /api/v1/public/pre-disclosures/:id/versions/:version', { params: { id, version }, signal }),
  attachmentUrl: (id: string, sha256: string) =>
    urlOf('GET /api/v1/public/pre-disclosures/:id/attachments/:sha256', { id, sha256 }),
};
