import { call } from './call.js';
import type {
  ConsentBody,
  CourtApplicationBody,
  DailyPenaltyBody,
  DemandBody,
  LiftBody,
  SeizureTestingBody,
  OrderBody,
  OutcomeBody,
  PaymentBody,
  RecheckBody,
  SeizureBody,
  ServiceBody,
  SummaryDecisionBody,
} from './types.js';

const ofCase = (caseId: string) => ({ id: caseId });

/** 送达执行 through 结案: service, payment, enforcement, seizures, orders to correct, outcomes. */
export const executionApi = {
  get: (caseId: string, signal?: AbortSignal) =>
    call('GET /api/v1/cases/:id/execution', { params: ofCase(caseId), signal }),

  addConsent: (caseId: string, body: ConsentBody) =>
    call('POST /api/v1/cases/:id/service-consents', { params: ofCase(caseId), body }),
  serve: (caseId: string, body: ServiceBody) =>
    call('POST /api/v1/cases/:id/services', { params: ofCase(caseId), body }),

  pay: (caseId: string, body: PaymentBody) =>
    call('POST /api/v1/cases/:id/payments', { params: ofCase(caseId), body }),
  handIn: (caseId: string, paymentId: string, handedInOn: string) =>
    call('POST /api/v1/cases/:id/payments/:paymentId/hand-in', {
      params: { id: caseId, paymentId },
      body: { handedInOn },
    }),
  demand: (caseId: string, body: DemandBody) =>
    call('POST /api/v1/cases/:id/demands', { params: ofCase(caseId), body }),
  applyToCourt: (caseId: string, body: CourtApplicationBody) =>
    call('POST /api/v1/cases/:id/court-applications', { params: ofCase(caseId), body }),

  seize: (caseId: string, body: SeizureBody) =>
    call('POST /api/v1/cases/:id/seizures', { params: ofCase(caseId), body }),
  lift: (caseId: string, seizureId: string, body: LiftBody) =>
    call('POST /api/v1/cases/:id/seizures/:seizureId/lift', { params: { id: caseId, seizureId }, body }),
  /** A period of testing or appraisal, outside the term, told to the party in writing (ACL Art. 25(3)). */
  addTesting: (caseId: string, seizureId: string, body: SeizureTestingBody) =>
    call('POST /api/v1/cases/:id/seizures/:seizureId/testing-periods', {
      params: { id: caseId, seizureId },
      body,
    }),

  order: (caseId: string, body: OrderBody) =>
    call('POST /api/v1/cases/:id/correction-orders', { params: ofCase(caseId), body }),
  recheck: (caseId: string, orderId: string, body: RecheckBody) =>
    call('POST /api/v1/cases/:id/correction-orders/:orderId/rechecks', {
      params: { id: caseId, orderId },
      body,
    }),
  dailyPenalty: (caseId: string, orderId: string, body: DailyPenaltyBody) =>
    call('POST /api/v1/cases/:id/correction-orders/:orderId/daily-penalties', {
      params: { id: caseId, orderId },
      body,
    }),

  addOutcome: (caseId: string, body: OutcomeBody) =>
    call('POST /api/v1/cases/:id/outcomes', { params: ofCase(caseId), body }),
};

/** 简易程序: a decision made on the spot is a case of its own, created in 送达执行. */
export const summaryApi = {
  decide: (body: SummaryDecisionBody) => call('POST /api/v1/summary-decisions', { body }),
  file: (caseId: string, filedOn: string) =>
    call('POST /api/v1/cases/:id/summary-decision/filing', { params: ofCase(caseId), body: { filedOn } }),
};
