import { ApiError, api, errorFromBody, getCsrfToken, notifyUnauthorized } from './client.js';
import { V1, seg } from './public.js';
import type {
  ApprovalRequest,
  ApprovalRequestBody,
  CaseFileContents,
  CaseMedia,
  CasePeriod,
  CaseQuery,
  CaseRecord,
  CaseSummary,
  CaseView,
  CreateCaseBody,
  CreatedCase,
  DeadlineItem,
  DeadlineWithin,
  MediaCreated,
  MediaUploadMeta,
  Page,
  PeriodKind,
  RecordBody,
  RecordTemplate,
  Stage,
  TimelineItem,
} from './types.js';
import { t } from '../i18n/index.js';

export const casesApi = {
  list: (query: CaseQuery, signal?: AbortSignal) =>
    api.get<Page<CaseSummary>>(`${V1}/cases`, { ...query }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<CaseView>(`${V1}/cases/${seg(id)}`, undefined, signal),
  create: (body: CreateCaseBody) => api.post<CreatedCase>(`${V1}/cases`, body),
  advance: (id: string, to: Stage) => api.post<CaseView>(`${V1}/cases/${seg(id)}/advance`, { to }),
  timeline: (id: string, signal?: AbortSignal) =>
    api.get<{ items: TimelineItem[] }>(`${V1}/cases/${seg(id)}/timeline`, undefined, signal),
  periods: (id: string, signal?: AbortSignal) =>
    api.get<{ items: CasePeriod[] }>(`${V1}/cases/${seg(id)}/periods`, undefined, signal),
  openPeriod: (id: string, body: { kind: PeriodKind; startedOn: string; note: string }) =>
    api.post<CasePeriod>(`${V1}/cases/${seg(id)}/periods`, body),
  endPeriod: (id: string, periodId: string, endedOn: string) =>
    api.post<CasePeriod>(`${V1}/cases/${seg(id)}/periods/${seg(periodId)}/end`, { endedOn }),
  approvals: (id: string, signal?: AbortSignal) =>
    api.get<{ items: ApprovalRequest[] }>(`${V1}/cases/${seg(id)}/approvals`, undefined, signal),
  requestApproval: (id: string, body: ApprovalRequestBody) =>
    api.post<ApprovalRequest>(`${V1}/cases/${seg(id)}/approvals`, body),
  caseFile: (id: string, signal?: AbortSignal) =>
    api.get<CaseFileContents>(`${V1}/cases/${seg(id)}/case-file`, undefined, signal),
  archiveUrl: (id: string) => `${V1}/cases/${seg(id)}/archive`,
};

export const approvalsApi = {
  inbox: (signal?: AbortSignal) =>
    api.get<{ items: ApprovalRequest[] }>(`${V1}/approvals`, undefined, signal),
  decide: (id: string, grant: boolean, reason: string) =>
    api.post<ApprovalRequest>(`${V1}/approvals/${seg(id)}/decide`, { grant, reason }),
};

export const deadlinesApi = {
  list: (within: DeadlineWithin, signal?: AbortSignal) =>
    api.get<{ items: DeadlineItem[] }>(`${V1}/deadlines`, { within }, signal),
};

export const recordsApi = {
  templates: (signal?: AbortSignal) =>
    api.get<{ items: RecordTemplate[] }>(`${V1}/record-templates`, undefined, signal),
  list: (caseId: string, signal?: AbortSignal) =>
    api.get<{ items: CaseRecord[] }>(`${V1}/cases/${seg(caseId)}/records`, undefined, signal),
  create: (caseId: string, body: RecordBody) =>
    api.post<CaseRecord>(`${V1}/cases/${seg(caseId)}/records`, body),
  addVersion: (recordId: string, body: Omit<RecordBody, 'type'>) =>
    api.post<CaseRecord>(`${V1}/records/${seg(recordId)}/versions`, body),
  sign: (recordId: string) => api.post<CaseRecord>(`${V1}/records/${seg(recordId)}/sign`),
  seal: (recordId: string) => api.post<CaseRecord>(`${V1}/records/${seg(recordId)}/seal`),
  documentUrl: (recordId: string) => `${V1}/records/${seg(recordId)}/document`,
};

export interface UploadHandle {
  promise: Promise<MediaCreated>;
  abort: () => void;
}

export const mediaApi = {
  list: (caseId: string, signal?: AbortSignal) =>
    api.get<{ items: CaseMedia[] }>(`${V1}/cases/${seg(caseId)}/media`, undefined, signal),
  contentUrl: (mediaId: string) => `${V1}/media/${seg(mediaId)}/content`,

  /**
   * Upload one file as multipart with XMLHttpRequest, which reports upload progress (fetch does not).
   * `onProgress` receives 0–100.
   */
  upload(
    caseId: string,
    file: File,
    meta: MediaUploadMeta,
    onProgress: (percent: number) => void,
  ): UploadHandle {
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
