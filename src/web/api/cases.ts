import { DetailedError, Upload } from 'tus-js-client';
import { call, urlOf } from './call.js';
import { ApiError, errorFromBody, getCsrfToken, notifyUnauthorized } from './client.js';
import { V1, seg } from './public.js';
import type {
  ApprovalRequestBody,
  CaseQuery,
  CreateCaseBody,
  DeadlineWithin,
  MediaCreated,
  MediaUploadMeta,
  PeriodBody,
  RecordBody,
} from './types.js';
import type { Stage } from '../../shared/case-vocabulary.js';
import { t } from '../i18n/index.js';

export const casesApi = {
  list: (query: CaseQuery, signal?: AbortSignal) => call('GET /api/v1/cases', { query, signal }),
  get: (id: string, signal?: AbortSignal) => call('GET /api/v1/cases/:id', { params: { id }, signal }),
  create: (body: CreateCaseBody) => call('POST /api/v1/cases', { body }),
  advance: (id: string, to: Stage) =>
    call('POST /api/v1/cases/:id/advance', { params: { id }, body: { to } }),
  timeline: (id: string, signal?: AbortSignal) =>
    call('GET /api/v1/cases/:id/timeline', { params: { id }, signal }),
  periods: (id: string, signal?: AbortSignal) =>
    call('GET /api/v1/cases/:id/periods', { params: { id }, signal }),
  openPeriod: (id: string, body: PeriodBody) =>
    call('POST /api/v1/cases/:id/periods', { params: { id }, body }),
  endPeriod: (id: string, periodId: string, endedOn: string) =>
    call('POST /api/v1/cases/:id/periods/:periodId/end', { params: { id, periodId }, body: { endedOn } }),
  approvals: (id: string, signal?: AbortSignal) =>
    call('GET /api/v1/cases/:id/approvals', { params: { id }, signal }),
  requestApproval: (id: string, body: ApprovalRequestBody) =>
    call('POST /api/v1/cases/:id/approvals', { params: { id }, body }),
  caseFile: (id: string, signal?: AbortSignal) =>
    call('GET /api/v1/cases/:id/case-file', { params: { id }, signal }),
  archiveUrl: (id: string) => urlOf('GET /api/v1/cases/:id/archive', { id }),
};

export const approvalsApi = {
  inbox: (signal?: AbortSignal) => call('GET /api/v1/approvals', { signal }),
  /** Cases waiting for the head's 立案 approval (approved by moving the case to 调查取证). */
  filings: (signal?: AbortSignal) => call('GET /api/v1/approvals/filings', { signal }),
  decide: (id: string, grant: boolean, reason: string) =>
    call('POST /api/v1/approvals/:id/decide', { params: { id }, body: { grant, reason } }),
};

export const deadlinesApi = {
  list: (within: DeadlineWithin, signal?: AbortSignal) =>
    call('GET /api/v1/deadlines', { query: { within }, signal }),
};

export const recordsApi = {
  templates: (signal?: AbortSignal) => call('GET /api/v1/record-templates', { signal }),
  list: (caseId: string, signal?: AbortSignal) =>
    call('GET /api/v1/cases/:id/records', { params: { id: caseId }, signal }),
  create: (caseId: string, body: RecordBody) =>
    call('POST /api/v1/cases/:id/records', { params: { id: caseId }, body }),
  addVersion: (recordId: string, body: Omit<RecordBody, 'type'>) =>
    call('POST /api/v1/records/:id/versions', { params: { id: recordId }, body }),
  sign: (recordId: string) => call('POST /api/v1/records/:id/sign', { params: { id: recordId } }),
  seal: (recordId: string) => call('POST /api/v1/records/:id/seal', { params: { id: recordId } }),
  documentUrl: (recordId: string) => urlOf('GET /api/v1/records/:id/document', { id: recordId }),
};

export interface UploadHandle {
  promise: Promise<MediaCreated>;
  abort: () => void;
}

/** Files from this size on go through tus: chunked, retried on a dropped link, resumable after a reload. */
export const RESUMABLE_MIN_BYTES = 8 * 1024 * 1024;
const TUS_CHUNK_BYTES = 8 * 1024 * 1024;

function tusErrorOf(err: unknown): ApiError {
  const response = err instanceof DetailedError ? err.originalResponse : null;
  if (!response) return new ApiError(0, 'NETWORK_ERROR', t('common.networkError'));
  let body: unknown = null;
  try {
    body = JSON.parse(response.getBody());
  } catch {
    body = null;
  }
  if (response.getStatus() === 401) notifyUnauthorized();
  return errorFromBody(response.getStatus(), body);
}

/** A resumable upload (tus 1.0, `/api/v1/uploads`): the server registers it as media when the last byte arrives. */
function uploadResumable(
  caseId: string,
  file: File,
  meta: MediaUploadMeta,
  onProgress: (percent: number) => void,
): UploadHandle {
  let upload: Upload | undefined;
  const promise = new Promise<MediaCreated>((resolve, reject) => {
    const metadata: Record<string, string> = {
      caseId,
      activity: meta.activity,
      capturedAt: meta.capturedAt,
      filename: file.name,
    };
    if (meta.device) metadata.device = meta.device;
    if (meta.location) metadata.location = meta.location;
    if (meta.continuous !== undefined) metadata.continuous = String(meta.continuous);
    if (meta.insideHome !== undefined) metadata.insideHome = String(meta.insideHome);
    if (meta.homeConsent !== undefined) metadata.homeConsent = String(meta.homeConsent);
    const created = new Upload(file, {
      endpoint: `${V1}/uploads`,
      chunkSize: TUS_CHUNK_BYTES,
      retryDelays: [0, 1000, 3000, 5000, 10000, 20000],
      removeFingerprintOnSuccess: true,
      metadata,
      headers: { 'x-csrf-token': getCsrfToken() ?? '' },
      onProgress: (sent, total) => onProgress(total > 0 ? Math.min(99, Math.floor((sent / total) * 100)) : 0),
      onSuccess: ({ lastResponse }) => {
        try {
          onProgress(100);
          resolve(JSON.parse(lastResponse.getBody()) as MediaCreated);
        } catch {
          reject(new ApiError(lastResponse.getStatus(), 'NETWORK_ERROR', t('common.networkError')));
        }
      },
      onError: (err) => reject(tusErrorOf(err)),
    });
    upload = created;
    // the same file chosen again after a reload continues where it stopped
    void created.findPreviousUploads().then((previous) => {
      const last = previous[0];
      if (last) created.resumeFromPreviousUpload(last);
      created.start();
    });
  });
  return {
    promise,
    abort: () => {
      void upload?.abort();
    },
  };
}

export const mediaApi = {
  list: (caseId: string, signal?: AbortSignal) =>
    call('GET /api/v1/cases/:id/media', { params: { id: caseId }, signal }),
  contentUrl: (mediaId: string) => urlOf('GET /api/v1/media/:id/content', { id: mediaId }),

  /**
   * Upload one file: small ones as multipart with XMLHttpRequest (which reports upload progress),
   * large ones resumable through tus. `onProgress` receives 0–100.
   */
  upload(
    caseId: string,
    file: File,
    meta: MediaUploadMeta,
    onProgress: (percent: number) => void,
  ): UploadHandle {
    if (file.size >= RESUMABLE_MIN_BYTES) return uploadResumable(caseId, file, meta, onProgress);
    const xhr = new XMLHttpRequest();
    const promise = new Promise<MediaCreated>((resolve, reject) => {
      const form = new FormData();
      // Text fields first: the server reads them as the parts arrive.
      form.append('activity', meta.activity);
      form.append('capturedAt', meta.capturedAt);
      if (meta.device) form.append('device', meta.device);
      if (meta.location) form.append('location', meta.location);
      if (meta.continuous !== undefined) form.append('continuous', String(meta.continuous));
      if (meta.insideHome !== undefined) form.append('insideHome', String(meta.insideHome));
      if (meta.homeConsent !== undefined) form.append('homeConsent', String(meta.homeConsent));
      form.append('file', file, file.name);

      xhr.open('POST', `${V1}/cases/${seg(caseId)}/media`);
      xhr.responseType = 'text';
      xhr.setRequestHeader('accept', 'application/json');
      const token = getCsrfToken();
      if (token) xhr.setRequestHeader('x-csrf-token', token);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) {
          onProgress(Math.min(99, Math.floor((event.loaded / event.total) * 100)));
        }
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
          resolve(body as MediaCreated);
          return;
        }
        if (xhr.status === 401) notifyUnauthorized();
        reject(errorFromBody(xhr.status, body));
      };
      xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', t('common.networkError')));
      xhr.onabort = () => reject(new ApiError(0, 'ABORTED', t('cases.media.aborted')));
      xhr.send(form);
    });
    return { promise, abort: () => xhr.abort() };
  },
};
