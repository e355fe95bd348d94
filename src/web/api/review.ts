import { api } from './client.js';
import { V1, publicApi, seg } from './public.js';
import type {
  CaseDecision,
  CatalogRule,
  CircumstanceInput,
  DecisionBody,
  DecisionCheck,
  LegalReview,
  OpinionBody,
  QualificationBody,
  ReviewCatalog,
  ReviewSubmitBody,
  ReviewerInfo,
  Staffing,
} from './types.js';
import type { DisputeDecision } from '../../shared/review-vocabulary.js';

/** 法制审核: the catalog, review rounds, opinions, disputes and the staffing indicator. */
export const reviewApi = {
  catalog: (signal?: AbortSignal) => publicApi.reviewCatalog(signal),
  publishCatalog: (rules: CatalogRule[]) => api.post<ReviewCatalog>(`${V1}/review-catalog`, { rules }),

  /** The reviewers' queue: pending reviews by due date. */
  queue: (signal?: AbortSignal) =>
    api.get<{ items: LegalReview[] }>(`${V1}/legal-reviews`, undefined, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<LegalReview>(`${V1}/legal-reviews/${seg(id)}`, undefined, signal),
  ofCase: (caseId: string, signal?: AbortSignal) =>
    api.get<{ items: LegalReview[] }>(`${V1}/cases/${seg(caseId)}/legal-reviews`, undefined, signal),
  submit: (caseId: string, body: ReviewSubmitBody) =>
    api.post<LegalReview>(`${V1}/cases/${seg(caseId)}/legal-reviews`, body),
  extend: (id: string, reason: string) =>
    api.post<{ due: string }>(`${V1}/legal-reviews/${seg(id)}/extension`, { reason }),
  opinion: (id: string, body: OpinionBody) =>
    api.post<LegalReview>(`${V1}/legal-reviews/${seg(id)}/opinion`, body),
  dispute: (id: string, position: string) =>
    api.post<LegalReview>(`${V1}/legal-reviews/${seg(id)}/dispute`, { position }),
  coordinate: (id: string, decision: DisputeDecision, reason: string) =>
    api.post<LegalReview>(`${V1}/legal-reviews/${seg(id)}/coordination`, { decision, reason }),
  declareConflict: (id: string, reason: string) =>
    api.post<LegalReview>(`${V1}/legal-reviews/${seg(id)}/conflict`, { reason }),
  opinionDocumentUrl: (id: string) => `${V1}/legal-reviews/${seg(id)}/opinion.docx`,

  staffing: (signal?: AbortSignal) => api.get<Staffing>(`${V1}/review/staffing`, undefined, signal),
  reviewers: (signal?: AbortSignal) =>
    api.get<{ items: ReviewerInfo[] }>(`${V1}/review/reviewers`, undefined, signal),
  setQualification: (userId: string, body: QualificationBody) =>
    api.put<unknown>(`${V1}/users/${seg(userId)}/legal-qualification`, body),
};

/** The decision of a case and the check of a draft against the catalog and the procedure. */
export const decisionApi = {
  get: (caseId: string, signal?: AbortSignal) =>
    api.get<CaseDecision>(`${V1}/cases/${seg(caseId)}/decision`, undefined, signal),
  check: (caseId: string, body: DecisionBody & { circumstances?: CircumstanceInput[] }) =>
    api.post<DecisionCheck>(`${V1}/cases/${seg(caseId)}/decision/check`, body),
  decide: (caseId: string, body: DecisionBody) =>
    api.post<CaseDecision>(`${V1}/cases/${seg(caseId)}/decision`, body),
};
