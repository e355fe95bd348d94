import { call, urlOf } from './call.js';
import { publicApi } from './public.js';
import type {
  CatalogRule,
  CircumstanceInput,
  DecisionBody,
  OpinionBody,
  QualificationBody,
  ReviewSubmitBody,
} from './types.js';
import type { DisputeDecision } from '../../shared/review-vocabulary.js';

/** 法制审核: the catalog, review rounds, opinions, disputes and the staffing indicator. */
export const reviewApi = {
  catalog: (signal?: AbortSignal) => publicApi.reviewCatalog(signal),
  publishCatalog: (rules: CatalogRule[]) => call('POST /api/v1/review-catalog', { body: { rules } }),

  /** The reviewers' queue: pending reviews by due date. */
  queue: (signal?: AbortSignal) => call('GET /api/v1/legal-reviews', { signal }),
  get: (id: string, signal?: AbortSignal) =>
    call('GET /api/v1/legal-reviews/:id', { params: { id }, signal }),
  ofCase: (caseId: string, signal?: AbortSignal) =>
    call('GET /api/v1/cases/:id/legal-reviews', { params: { id: caseId }, signal }),
  submit: (caseId: string, body: ReviewSubmitBody) =>
    call('POST /api/v1/cases/:id/legal-reviews', { params: { id: caseId }, body }),
  extend: (id: string, reason: string) =>
    call('POST /api/v1/legal-reviews/:id/extension', { params: { id }, body: { reason } }),
  opinion: (id: string, body: OpinionBody) =>
    call('POST /api/v1/legal-reviews/:id/opinion', { params: { id }, body }),
  dispute: (id: string, position: string) =>
    call('POST /api/v1/legal-reviews/:id/dispute', { params: { id }, body: { position } }),
  coordinate: (id: string, decision: DisputeDecision, reason: string) =>
    call('POST /api/v1/legal-reviews/:id/coordination', { params: { id }, body: { decision, reason } }),
  declareConflict: (id: string, reason: string) =>
    call('POST /api/v1/legal-reviews/:id/conflict', { params: { id }, body: { reason } }),
  opinionDocumentUrl: (id: string) => urlOf('GET /api/v1/legal-reviews/:id/opinion.docx', { id }),

  staffing: (signal?: AbortSignal) => call('GET /api/v1/review/staffing', { signal }),
  reviewers: (signal?: AbortSignal) => call('GET /api/v1/review/reviewers', { signal }),
  setQualification: (userId: string, body: QualificationBody) =>
    call('PUT /api/v1/users/:id/legal-qualification', { params: { id: userId }, body }),
};

/** The decision of a case and the check of a draft against the catalog and the procedure. */
export const decisionApi = {
  get: (caseId: string, signal?: AbortSignal) =>
    call('GET /api/v1/cases/:id/decision', { params: { id: caseId }, signal }),
  check: (caseId: string, body: DecisionBody & { circumstances?: CircumstanceInput[] }) =>
    call('POST /api/v1/cases/:id/decision/check', { params: { id: caseId }, body }),
  decide: (caseId: string, body: DecisionBody) =>
    call('POST /api/v1/cases/:id/decision', { params: { id: caseId }, body }),
  /** The party's side: the notice's receipt, the window's end, pending hearing requests. */
  procedure: (caseId: string, signal?: AbortSignal) =>
    call('GET /api/v1/cases/:id/decision/procedure', { params: { id: caseId }, signal }),
  /** The 行政处罚决定书 generated again from the decision (a new version, with the reason). */
  regenerateDocument: (caseId: string, reason: string) =>
    call('POST /api/v1/cases/:id/decision/document', { params: { id: caseId }, body: { reason } }),
};
