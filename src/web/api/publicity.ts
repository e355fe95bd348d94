import { call } from './call.js';
import type {
  CorrectionAnswerBody,
  CorrectionBody,
  CorrectionQuery,
  DisclosureCheckBody,
  DisclosureHoldBody,
  DisclosureQuery,
  DisclosureWithdrawBody,
  PublicDecisionQuery,
  RedactionMark,
  SummaryEdit,
  TokenCreateBody,
} from './types.js';

/** 行政执法公示 in the back office: the items, their redaction and the 填报 → 审核 → 审批 steps. */
export const disclosuresApi = {
  list: (query: DisclosureQuery, signal?: AbortSignal) => call('GET /api/v1/disclosures', { query, signal }),
  get: (id: string, signal?: AbortSignal) => call('GET /api/v1/disclosures/:id', { params: { id }, signal }),
  editSummary: (id: string, summary: SummaryEdit) =>
    call('PUT /api/v1/disclosures/:id/summary', { params: { id }, body: { summary } }),
  /** The whole list of the item's marks (masks and unmasks), replacing the stored one. */
  setMarks: (id: string, marks: RedactionMark[]) =>
    call('PUT /api/v1/disclosures/:id/marks', { params: { id }, body: { marks } }),
  submit: (id: string) => call('POST /api/v1/disclosures/:id/submit', { params: { id } }),
  hold: (id: string, body: DisclosureHoldBody) =>
    call('POST /api/v1/disclosures/:id/hold', { params: { id }, body }),
  check: (id: string, body: DisclosureCheckBody) =>
    call('POST /api/v1/disclosures/:id/check', { params: { id }, body }),
  approve: (id: string) => call('POST /api/v1/disclosures/:id/approve', { params: { id } }),
  sendBack: (id: string, comment: string) =>
    call('POST /api/v1/disclosures/:id/return', { params: { id }, body: { comment } }),
  withdraw: (id: string, body: DisclosureWithdrawBody) =>
    call('POST /api/v1/disclosures/:id/withdraw', { params: { id }, body }),
  reopen: (id: string, reason: string) =>
    call('POST /api/v1/disclosures/:id/reopen', { params: { id }, body: { reason } }),
};

/** 纠错申请 received from the portal, and their answers. */
export const correctionsApi = {
  list: (query: CorrectionQuery, signal?: AbortSignal) => call('GET /api/v1/corrections', { query, signal }),
  answer: (id: string, body: CorrectionAnswerBody) =>
    call('POST /api/v1/corrections/:id/answer', { params: { id }, body }),
};

/** Integrator tokens of the data feeds (administrators). */
export const apiTokensApi = {
  list: (signal?: AbortSignal) => call('GET /api/v1/api-tokens', { signal }),
  create: (body: TokenCreateBody) => call('POST /api/v1/api-tokens', { body }),
  revoke: (id: string) => call('POST /api/v1/api-tokens/:id/revoke', { params: { id } }),
};

/** 执法结果公示 and 纠错申请 on the portal (no session). */
export const publicResultsApi = {
  list: (query: PublicDecisionQuery, signal?: AbortSignal) =>
    call('GET /api/v1/public/decisions', { query, signal }),
  filters: (signal?: AbortSignal) => call('GET /api/v1/public/decision-filters', { signal }),
  get: (id: string, signal?: AbortSignal) =>
    call('GET /api/v1/public/decisions/:id', { params: { id }, signal }),
  version: (id: string, version: number, signal?: AbortSignal) =>
    call('GET /api/v1/public/decisions/:id/versions/:version', { params: { id, version }, signal }),
  submitCorrection: (body: CorrectionBody) => call('POST /api/v1/public/corrections', { body }),
  correction: (trackingCode: string, signal?: AbortSignal) =>
    call('GET /api/v1/public/corrections/:trackingCode', { params: { trackingCode }, signal }),
};
