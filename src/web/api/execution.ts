import { api } from './client.js';
import { V1, seg } from './public.js';
import type {
  CaseOutcome,
  ConsentBody,
  CorrectionOrder,
  CourtApplication,
  CourtApplicationBody,
  DailyPenalty,
  DailyPenaltyBody,
  DemandBody,
  EnforcementDemand,
  ExecutionView,
  LiftBody,
  OrderBody,
  OutcomeBody,
  PaymentBody,
  PaymentEntry,
  Recheck,
  RecheckBody,
  Seizure,
  SeizureBody,
  ServiceBody,
  ServiceConsent,
  ServiceEntry,
  SummaryDecision,
  SummaryDecisionBody,
} from './types.js';

const ofCase = (caseId: string) => `${V1}/cases/${seg(caseId)}`;

/** 送达执行 through 结案: service, payment, enforcement, seizures, orders to correct, outcomes. */
export const executionApi = {
  get: (caseId: string, signal?: AbortSignal) =>
    api.get<ExecutionView>(`${ofCase(caseId)}/execution`, undefined, signal),

  addConsent: (caseId: string, body: ConsentBody) =>
    api.post<ServiceConsent>(`${ofCase(caseId)}/service-consents`, body),
  serve: (caseId: string, body: ServiceBody) => api.post<ServiceEntry>(`${ofCase(caseId)}/services`, body),

  pay: (caseId: string, body: PaymentBody) => api.post<PaymentEntry>(`${ofCase(caseId)}/payments`, body),
  handIn: (caseId: string, paymentId: string, handedInOn: string) =>
    api.post<PaymentEntry>(`${ofCase(caseId)}/payments/${seg(paymentId)}/hand-in`, { handedInOn }),
  demand: (caseId: string, body: DemandBody) =>
    api.post<EnforcementDemand>(`${ofCase(caseId)}/demands`, body),
  applyToCourt: (caseId: string, body: CourtApplicationBody) =>
    api.post<CourtApplication>(`${ofCase(caseId)}/court-applications`, body),

  seize: (caseId: string, body: SeizureBody) => api.post<Seizure>(`${ofCase(caseId)}/seizures`, body),
  lift: (caseId: string, seizureId: string, body: LiftBody) =>
    api.post<Seizure>(`${ofCase(caseId)}/seizures/${seg(seizureId)}/lift`, body),

  order: (caseId: string, body: OrderBody) =>
    api.post<CorrectionOrder>(`${ofCase(caseId)}/correction-orders`, body),
  recheck: (caseId: string, orderId: string, body: RecheckBody) =>
    api.post<Recheck>(`${ofCase(caseId)}/correction-orders/${seg(orderId)}/rechecks`, body),
  dailyPenalty: (caseId: string, orderId: string, body: DailyPenaltyBody) =>
    api.post<DailyPenalty>(`${ofCase(caseId)}/correction-orders/${seg(orderId)}/daily-penalties`, body),

  addOutcome: (caseId: string, body: OutcomeBody) =>
    api.post<CaseOutcome>(`${ofCase(caseId)}/outcomes`, body),
};

/** 简易程序: a decision made on the spot is a case of its own, created in 送达执行. */
export const summaryApi = {
  decide: (body: SummaryDecisionBody) => api.post<SummaryDecision>(`${V1}/summary-decisions`, body),
  file: (caseId: string, filedOn: string) =>
    api.post<SummaryDecision>(`${ofCase(caseId)}/summary-decision/filing`, { filedOn }),
};
