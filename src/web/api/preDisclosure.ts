import type { ApiBody, ApiKey, ApiQuery, ApiResponse } from '../../shared/contracts/api.js';
import { call, urlOf } from './call.js';
import { ApiError, errorFromBody, getCsrfToken, notifyUnauthorized } from './client.js';
import { V1, seg } from './public.js';
import { t } from '../i18n/index.js';

/** The web's names for the 事前公开 shapes, all from the shared API table (never restated). */
export type PreDisclosure = ApiResponse<'GET /api/v1/pre-disclosures/:id'>;
export type PreDisclosureListItem = ApiResponse<'GET /api/v1/pre-disclosures'>['items'][number];
export type PreDisclosureQuery = ApiQuery<'GET /api/v1/pre-disclosures'>;
export type PreDisclosureCreateBody = ApiBody<'POST /api/v1/pre-disclosures'>;
export type PreDisclosureEditBody = ApiBody<'PUT /api/v1/pre-disclosures/:id'>;
export type PreDisclosureCheckBody = ApiBody<'POST /api/v1/pre-disclosures/:id/check'>;
export type PreDisclosureBody = PreDisclosure['body'];
export type PreDisclosureTable = NonNullable<PreDisclosureBody['table']>;
export type PreDisclosureAttachment = PreDisclosureBody['attachments'][number];
export type PreDisclosureStepView = PreDisclosure['steps'][number];

/** The template download (a route without parameters: its path as the API table names it). */
const POWERS_TEMPLATE = 'GET /api/v1/pre-disclosure-templates/powers.xlsx' satisfies ApiKey;

export interface UploadHandle<T> {
  promise: Promise<T>;
  abort: () => void;
}

/**
 * One file as multipart (field `file`) with XMLHttpRequest, which reports upload progress (0–100);
 * an error answer becomes the ApiError with the server's reason (and its `details.fields`).
 */
function uploadFile(
  path: string,
  file: File,
  onProgress: (percent: number) => void,
): UploadHandle<PreDisclosure> {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<PreDisclosure>((resolve, reject) => {
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.open('POST', path);
    xhr.responseType = 'text';
    xhr.setRequestHeader('accept', 'application/json');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress(Math.min(99, Math.floor((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body !== null) {
        onProgress(100);
        resolve(body as PreDisclosure);
        return;
      }
      if (xhr.status === 401) notifyUnauthorized();
      reject(errorFromBody(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', t('common.networkError')));
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', t('preDisclosure.attachments.aborted')));
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}

/** 事前公开 in the back office: the items, their content, the 填报 → 审核 → 审批 steps, uploads. */
export const preDisclosuresApi = {
  list: (query: PreDisclosureQuery, signal?: AbortSignal) =>
    call('GET /api/v1/pre-disclosures', { query, signal }),
  get: (id: string, signal?: AbortSignal) =>
    call('GET /api/v1/pre-disclosures/:id', { params: { id }, signal }),
  create: (body: PreDisclosureCreateBody) => call('POST /api/v1/pre-disclosures', { body }),
  edit: (id: string, body: PreDisclosureEditBody) =>
    call('PUT /api/v1/pre-disclosures/:id', { params: { id }, body }),
  submit: (id: string) => call('POST /api/v1/pre-disclosures/:id/submit', { params: { id } }),
  check: (id: string, body: PreDisclosureCheckBody) =>
    call('POST /api/v1/pre-disclosures/:id/check', { params: { id }, body }),
  sendBack: (id: string, reason: string) =>
    call('POST /api/v1/pre-disclosures/:id/return', { params: { id }, body: { reason } }),
  approve: (id: string) => call('POST /api/v1/pre-disclosures/:id/approve', { params: { id } }),
  withdraw: (id: string, reason: string) =>
    call('POST /api/v1/pre-disclosures/:id/withdraw', { params: { id }, body: { reason } }),
  /** Adds a PDF, Word document or image to the item's working copy. */
  attach: (id: string, file: File, onProgress: (percent: number) => void) =>
    uploadFile(`${V1}/pre-disclosures/${seg(id)}/attachments`, file, onProgress),
  /** Replaces the 权责清单 table from an .xlsx of the template (all rows or none). */
  importPowers: (id: string, file: File, onProgress: (percent: number) => void) =>
    uploadFile(`${V1}/pre-disclosures/${seg(id)}/powers-import`, file, onProgress),
  /** The public address of an attachment (answers only once a version holding it is published). */
  publicAttachmentUrl: (id: string, sha256: string) =>
    urlOf('GET /api/v1/public/pre-disclosures/:id/attachments/:sha256', { id, sha256 }),
  /** The address of the 权责清单 template (.xlsx). */
  powersTemplateUrl: () => POWERS_TEMPLATE.slice(POWERS_TEMPLATE.indexOf(' ') + 1),
};
