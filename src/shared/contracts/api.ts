import type { z } from 'zod';
import * as audit from './audit.js';
import * as auth from './auth.js';
import * as calendar from './calendar.js';
import * as cases from './cases.js';
import * as common from './common.js';
import * as evaluation from './evaluation.js';
import * as execution from './execution.js';
import * as org from './org.js';
import * as preDisclosure from './pre-disclosure.js';
import * as publicity from './publicity.js';
import * as records from './records.js';
import * as review from './review.js';
import * as site from './site.js';
import * as system from './system.js';

/**
 * Every route of the API with its schemas: the one place where a route's shapes are named.
 * The server registers each route with exactly these schema objects (test/contract.test.ts checks
 * every registered route against this table, both ways); the web derives its request and response
 * types from it (`ApiResponse`, `ApiBody`, `ApiQuery`), so the two cannot drift. `response: 'file'`
 * marks downloads and uploads whose body is not JSON.
 */
export const API = {
  'GET /api/v1/health': { status: 200, response: system.health },
  'GET /api/v1/public/site': { status: 200, response: site.siteInfo },
  'POST /api/v1/auth/login': { body: auth.loginBody, status: 200, response: auth.sessionResponse },
  'POST /api/v1/auth/logout': { status: 204, response: common.noContent },
  'GET /api/v1/auth/me': { status: 200, response: auth.sessionResponse },
  'POST /api/v1/auth/password': { body: auth.changePasswordBody, status: 200, response: auth.csrfResponse },
  'GET /api/v1/calendar/days/:date': { params: calendar.dateParams, status: 200, response: calendar.dayInfo },
  'GET /api/v1/calendar/add-working-days': {
    query: calendar.addWorkingDaysQuery,
    status: 200,
    response: calendar.addWorkingDaysResult,
  },
  'GET /api/v1/calendar/years': { status: 200, response: calendar.calendarYearList },
  'GET /api/v1/calendar/years/:year': {
    params: calendar.yearParams,
    status: 200,
    response: calendar.calendarYear,
  },
  'POST /api/v1/calendar/years': {
    body: calendar.scheduleBody,
    status: 201,
    response: calendar.importedYear,
  },
  'GET /api/v1/departments': { status: 200, response: org.departmentList },
  'POST /api/v1/departments': { body: org.createDepartmentBody, status: 201, response: org.department },
  'PATCH /api/v1/departments/:id': {
    params: common.idParams,
    body: org.updateDepartmentBody,
    status: 200,
    response: org.department,
  },
  'DELETE /api/v1/departments/:id': { params: common.idParams, status: 204, response: common.noContent },
  'GET /api/v1/users': { query: org.userListQuery, status: 200, response: org.userList },
  'POST /api/v1/users': { body: org.createUserBody, status: 201, response: org.user },
  'GET /api/v1/users/:id': { params: common.idParams, status: 200, response: org.user },
  'PATCH /api/v1/users/:id': {
    params: common.idParams,
    body: org.updateUserBody,
    status: 200,
    response: org.user,
  },
  'POST /api/v1/users/:id/password': {
    params: common.idParams,
    body: org.resetPasswordBody,
    status: 204,
    response: common.noContent,
  },
  'GET /api/v1/officers': { query: org.officerListQuery, status: 200, response: org.officerList },
  'POST /api/v1/officers': { body: org.createCertificateBody, status: 201, response: org.officer },
  'PATCH /api/v1/officers/:id': {
    params: common.idParams,
    body: org.updateCertificateBody,
    status: 200,
    response: org.officer,
  },
  'GET /api/v1/public/officers/:certificateNo': {
    params: org.certificateParams,
    status: 200,
    response: org.publicOfficer,
  },
  'GET /api/v1/public/officers': {
    query: org.publicOfficerQuery,
    status: 200,
    response: org.publicOfficerList,
  },
  'GET /api/v1/public/officer-filters': { status: 200, response: org.publicOfficerFilters },
  'GET /api/v1/public/officers/:certificateNo/qr.svg': {
    params: org.certificateParams,
    status: 200,
    response: 'file',
  },
  'GET /api/v1/public/officers/:certificateNo/qr.png': {
    params: org.certificateParams,
    status: 200,
    response: 'file',
  },
  'GET /api/v1/audit/verify': { status: 200, response: audit.auditVerification },
  'GET /api/v1/audit/entries': { query: audit.auditEntryQuery, status: 200, response: audit.auditEntryList },
  'GET /api/v1/parameters': { status: 200, response: system.parameterList },
  'PUT /api/v1/parameters/:key': {
    params: system.parameterParams,
    body: system.parameterBody,
    status: 200,
    response: system.parameter,
  },
  'POST /api/v1/cases': { body: cases.createCaseBody, status: 201, response: cases.createdCase },
  'GET /api/v1/cases': { query: cases.caseListQuery, status: 200, response: cases.caseList },
  'GET /api/v1/cases/:id': { params: common.idParams, status: 200, response: cases.caseView },
  'POST /api/v1/cases/:id/advance': {
    params: common.idParams,
    body: cases.advanceBody,
    status: 200,
    response: cases.caseView,
  },
  'POST /api/v1/cases/:id/officers': {
    params: common.idParams,
    body: cases.addOfficerBody,
    status: 200,
    response: cases.caseView,
  },
  'GET /api/v1/cases/:id/timeline': { params: common.idParams, status: 200, response: cases.timeline },
  'GET /api/v1/cases/:id/periods': { params: common.idParams, status: 200, response: cases.periodList },
  'POST /api/v1/cases/:id/periods': {
    params: common.idParams,
    body: cases.periodBody,
    status: 201,
    response: cases.period,
  },
  'POST /api/v1/cases/:id/periods/:periodId/end': {
    params: cases.periodParams,
    body: cases.endPeriodBody,
    status: 200,
    response: cases.period,
  },
  'GET /api/v1/cases/:id/approvals': { params: common.idParams, status: 200, response: cases.approvalList },
  'POST /api/v1/cases/:id/approvals': {
    params: common.idParams,
    body: cases.approvalRequestBody,
    status: 201,
    response: cases.approval,
  },
  'GET /api/v1/approvals': { status: 200, response: cases.approvalList },
  'GET /api/v1/approvals/filings': { status: 200, response: cases.pendingFilingList },
  'POST /api/v1/approvals/:id/decide': {
    params: common.idParams,
    body: cases.approvalDecisionBody,
    status: 200,
    response: cases.approval,
  },
  'GET /api/v1/deadlines': { query: cases.deadlineListQuery, status: 200, response: cases.deadlineList },
  'POST /api/v1/clues': { body: cases.createClueBody, status: 201, response: cases.clue },
  'GET /api/v1/clues': { query: cases.clueListQuery, status: 200, response: cases.clueList },
  'GET /api/v1/clues/:id': { params: common.idParams, status: 200, response: cases.clue },
  'POST /api/v1/clues/:id/file': {
    params: common.idParams,
    body: cases.fileClueBody,
    status: 201,
    response: cases.filedClue,
  },
  'POST /api/v1/clues/:id/reject': {
    params: common.idParams,
    body: cases.reasonBody,
    status: 200,
    response: cases.clue,
  },
  'POST /api/v1/clues/:id/transfer': {
    params: common.idParams,
    body: cases.transferClueBody,
    status: 200,
    response: cases.clue,
  },
  'POST /api/v1/clues/:id/extend': {
    params: common.idParams,
    body: cases.reasonBody,
    status: 200,
    response: cases.clue,
  },
  'GET /api/v1/record-templates': { status: 200, response: records.recordTemplateList },
  'POST /api/v1/cases/:id/records': {
    params: common.idParams,
    body: records.createRecordBody,
    status: 201,
    response: records.record,
  },
  'GET /api/v1/cases/:id/records': { params: common.idParams, status: 200, response: records.recordList },
  'GET /api/v1/records/:id': { params: common.idParams, status: 200, response: records.record },
  'POST /api/v1/records/:id/versions': {
    params: common.idParams,
    body: records.versionBody,
    status: 201,
    response: records.record,
  },
  'POST /api/v1/records/:id/sign': { params: common.idParams, status: 200, response: records.record },
  'POST /api/v1/records/:id/seal': { params: common.idParams, status: 200, response: records.record },
  'GET /api/v1/records/:id/document': { params: common.idParams, status: 200, response: 'file' },
  'POST /api/v1/cases/:id/media': { params: common.idParams, status: 201, response: records.mediaCreated },
  'GET /api/v1/cases/:id/media': { params: common.idParams, status: 200, response: records.mediaList },
  'GET /api/v1/media/:id/content': { params: common.idParams, status: 200, response: 'file' },
  'GET /api/v1/cases/:id/evidence': { params: common.idParams, status: 200, response: records.evidenceList },
  'POST /api/v1/cases/:id/evidence': {
    params: common.idParams,
    body: records.evidenceBody,
    status: 201,
    response: records.evidence,
  },
  'POST /api/v1/evidence/:id/preservation-decision': {
    params: common.idParams,
    body: records.preservationDecisionBody,
    status: 200,
    response: records.evidence,
  },
  'GET /api/v1/cases/:id/case-file': {
    params: common.idParams,
    status: 200,
    response: records.caseFileContents,
  },
  'GET /api/v1/cases/:id/archive': { params: common.idParams, status: 200, response: 'file' },
  'POST /api/v1/uploads': { status: 200, response: 'file' },
  'PATCH /api/v1/uploads/:uploadId': { params: records.uploadParams, status: 200, response: 'file' },
  'DELETE /api/v1/uploads/:uploadId': { params: records.uploadParams, status: 200, response: 'file' },
  'GET /api/v1/evaluation-checklist': { status: 200, response: evaluation.checklist },
  'POST /api/v1/evaluation-checklist': {
    body: evaluation.checklistBody,
    status: 201,
    response: evaluation.checklist,
  },
  'GET /api/v1/cases/:id/evaluations': {
    params: common.idParams,
    status: 200,
    response: evaluation.evaluationList,
  },
  'POST /api/v1/cases/:id/evaluations': {
    params: common.idParams,
    body: evaluation.evaluationBody,
    status: 201,
    response: evaluation.evaluation,
  },
  'GET /api/v1/public/legal-review-catalog': { status: 200, response: review.catalog },
  'POST /api/v1/review-catalog': { body: review.catalogBody, status: 201, response: review.catalog },
  'POST /api/v1/cases/:id/legal-reviews': {
    params: common.idParams,
    body: review.reviewSubmitBody,
    status: 201,
    response: review.legalReview,
  },
  'GET /api/v1/cases/:id/legal-reviews': {
    params: common.idParams,
    status: 200,
    response: review.legalReviewList,
  },
  'GET /api/v1/legal-reviews': { status: 200, response: review.legalReviewList },
  'GET /api/v1/legal-reviews/:id': { params: common.idParams, status: 200, response: review.legalReview },
  'GET /api/v1/legal-reviews/:id/opinion.docx': { params: common.idParams, status: 200, response: 'file' },
  'POST /api/v1/legal-reviews/:id/conflict': {
    params: common.idParams,
    body: review.reasonBody,
    status: 201,
    response: review.legalReview,
  },
  'POST /api/v1/legal-reviews/:id/dispute': {
    params: common.idParams,
    body: review.disputeBody,
    status: 201,
    response: review.legalReview,
  },
  'POST /api/v1/legal-reviews/:id/coordination': {
    params: common.idParams,
    body: review.coordinationBody,
    status: 200,
    response: review.legalReview,
  },
  'POST /api/v1/cases/:id/decision/check': {
    params: common.idParams,
    body: review.decisionCheckBody,
    status: 200,
    response: review.decisionCheck,
  },
  'GET /api/v1/review/reviewers': { status: 200, response: review.reviewerList },
  'PUT /api/v1/users/:id/legal-qualification': {
    params: common.idParams,
    body: review.qualificationBody,
    status: 200,
    response: review.qualification,
  },
  'POST /api/v1/legal-reviews/:id/extension': {
    params: common.idParams,
    body: review.reasonBody,
    status: 200,
    response: review.extensionResult,
  },
  'POST /api/v1/legal-reviews/:id/opinion': {
    params: common.idParams,
    body: review.opinionBody,
    status: 200,
    response: review.legalReview,
  },
  'POST /api/v1/cases/:id/decision': {
    params: common.idParams,
    body: review.decisionBody,
    status: 201,
    response: review.decision,
  },
  'GET /api/v1/review/staffing': { status: 200, response: review.staffing },
  'GET /api/v1/cases/:id/decision': { params: common.idParams, status: 200, response: review.decision },
  'GET /api/v1/cases/:id/decision/procedure': {
    params: common.idParams,
    status: 200,
    response: review.decisionProcedure,
  },
  'POST /api/v1/cases/:id/decision/document': {
    params: common.idParams,
    body: review.reasonBody,
    status: 201,
    response: records.record,
  },
  'GET /api/v1/cases/:id/execution': { params: common.idParams, status: 200, response: execution.execution },
  'POST /api/v1/cases/:id/service-consents': {
    params: common.idParams,
    body: execution.consentBody,
    status: 201,
    response: execution.consent,
  },
  'POST /api/v1/cases/:id/services': {
    params: common.idParams,
    body: execution.serviceBody,
    status: 201,
    response: execution.service,
  },
  'POST /api/v1/cases/:id/payments': {
    params: common.idParams,
    body: execution.paymentBody,
    status: 201,
    response: execution.payment,
  },
  'POST /api/v1/cases/:id/payments/:paymentId/hand-in': {
    params: execution.paymentParams,
    body: execution.handInBody,
    status: 200,
    response: execution.payment,
  },
  'POST /api/v1/cases/:id/demands': {
    params: common.idParams,
    body: execution.demandBody,
    status: 201,
    response: execution.demand,
  },
  'POST /api/v1/cases/:id/court-applications': {
    params: common.idParams,
    body: execution.courtApplicationBody,
    status: 201,
    response: execution.courtApplication,
  },
  'POST /api/v1/cases/:id/seizures': {
    params: common.idParams,
    body: execution.seizureBody,
    status: 201,
    response: execution.seizure,
  },
  'POST /api/v1/cases/:id/seizures/:seizureId/testing-periods': {
    params: execution.seizureParams,
    body: execution.seizureTestingBody,
    status: 201,
    response: execution.seizure,
  },
  'POST /api/v1/cases/:id/seizures/:seizureId/lift': {
    params: execution.seizureParams,
    body: execution.liftBody,
    status: 200,
    response: execution.seizure,
  },
  'POST /api/v1/cases/:id/correction-orders': {
    params: common.idParams,
    body: execution.orderBody,
    status: 201,
    response: execution.correctionOrder,
  },
  'POST /api/v1/cases/:id/correction-orders/:orderId/rechecks': {
    params: execution.orderParams,
    body: execution.recheckBody,
    status: 201,
    response: execution.recheck,
  },
  'POST /api/v1/cases/:id/correction-orders/:orderId/daily-penalties': {
    params: execution.orderParams,
    body: execution.dailyPenaltyBody,
    status: 201,
    response: execution.dailyPenalty,
  },
  'POST /api/v1/summary-decisions': {
    body: execution.summaryBody,
    status: 201,
    response: execution.summaryDecision,
  },
  'POST /api/v1/cases/:id/summary-decision/filing': {
    params: common.idParams,
    body: execution.filingBody,
    status: 200,
    response: execution.summaryDecision,
  },
  'POST /api/v1/cases/:id/outcomes': {
    params: common.idParams,
    body: execution.outcomeBody,
    status: 201,
    response: execution.outcome,
  },
  // ---- 行政执法公示 ----
  'POST /api/v1/disclosures': {
    body: publicity.disclosureCreateBody,
    status: 201,
    response: publicity.disclosure,
  },
  'GET /api/v1/disclosures': {
    query: publicity.disclosureListQuery,
    status: 200,
    response: publicity.disclosureList,
  },
  'GET /api/v1/disclosures/:id': { params: common.idParams, status: 200, response: publicity.disclosure },
  'PUT /api/v1/disclosures/:id/summary': {
    params: common.idParams,
    body: publicity.disclosureEditBody,
    status: 200,
    response: publicity.disclosure,
  },
  'PUT /api/v1/disclosures/:id/marks': {
    params: common.idParams,
    body: publicity.disclosureMarksBody,
    status: 200,
    response: publicity.disclosure,
  },
  'POST /api/v1/disclosures/:id/submit': {
    params: common.idParams,
    status: 200,
    response: publicity.disclosure,
  },
  'POST /api/v1/disclosures/:id/hold': {
    params: common.idParams,
    body: publicity.disclosureHoldBody,
    status: 200,
    response: publicity.disclosure,
  },
  'POST /api/v1/disclosures/:id/check': {
    params: common.idParams,
    body: publicity.disclosureCheckBody,
    status: 200,
    response: publicity.disclosure,
  },
  'POST /api/v1/disclosures/:id/return': {
    params: common.idParams,
    body: publicity.disclosureReturnBody,
    status: 200,
    response: publicity.disclosure,
  },
  'POST /api/v1/disclosures/:id/approve': {
    params: common.idParams,
    status: 200,
    response: publicity.disclosure,
  },
  'POST /api/v1/disclosures/:id/withdraw': {
    params: common.idParams,
    body: publicity.disclosureWithdrawBody,
    status: 200,
    response: publicity.disclosure,
  },
  'POST /api/v1/disclosures/:id/reopen': {
    params: common.idParams,
    body: publicity.disclosureReopenBody,
    status: 200,
    response: publicity.disclosure,
  },
  'GET /api/v1/corrections': {
    query: publicity.correctionListQuery,
    status: 200,
    response: publicity.correctionList,
  },
  'POST /api/v1/corrections/:id/answer': {
    params: common.idParams,
    body: publicity.correctionAnswerBody,
    status: 200,
    response: publicity.correctionItem,
  },
  'GET /api/v1/api-tokens': { status: 200, response: publicity.apiTokenList },
  'POST /api/v1/api-tokens': {
    body: publicity.tokenCreateBody,
    status: 201,
    response: publicity.apiTokenCreated,
  },
  'POST /api/v1/api-tokens/:id/revoke': {
    params: common.idParams,
    status: 200,
    response: publicity.apiToken,
  },
  'GET /api/v1/public/decisions': {
    query: publicity.publicDecisionQuery,
    status: 200,
    response: publicity.publicDecisionList,
  },
  'GET /api/v1/public/decision-filters': { status: 200, response: publicity.publicDecisionFilters },
  'GET /api/v1/public/decisions/:id': {
    params: common.idParams,
    status: 200,
    response: publicity.publicDecision,
  },
  'GET /api/v1/public/decisions/:id/versions/:version': {
    params: publicity.publicVersionParams,
    status: 200,
    response: publicity.publicDecision,
  },
  'POST /api/v1/public/corrections': {
    body: publicity.correctionBody,
    status: 201,
    response: publicity.correctionReceipt,
  },
  'GET /api/v1/public/corrections/:trackingCode': {
    params: publicity.trackingParams,
    status: 200,
    response: publicity.correctionPublicStatus,
  },
  /** JSON (`publicity.creditFeed`) or CSV by `format`. */
  'GET /api/v1/feeds/credit': { query: publicity.creditFeedQuery, status: 200, response: 'file' },
  // ---- 事前公开 ----
  'GET /api/v1/pre-disclosures': {
    query: preDisclosure.preDisclosureListQuery,
    status: 200,
    response: preDisclosure.preDisclosureList,
  },
  'POST /api/v1/pre-disclosures': {
    body: preDisclosure.preDisclosureCreateBody,
    status: 201,
    response: preDisclosure.preDisclosure,
  },
  'GET /api/v1/pre-disclosure-templates/powers.xlsx': { status: 200, response: 'file' },
  'GET /api/v1/pre-disclosures/:id': {
    params: common.idParams,
    status: 200,
    response: preDisclosure.preDisclosure,
  },
  'PUT /api/v1/pre-disclosures/:id': {
    params: common.idParams,
    body: preDisclosure.preDisclosureEditBody,
    status: 200,
    response: preDisclosure.preDisclosure,
  },
  'POST /api/v1/pre-disclosures/:id/submit': {
    params: common.idParams,
    status: 200,
    response: preDisclosure.preDisclosure,
  },
  'POST /api/v1/pre-disclosures/:id/check': {
    params: common.idParams,
    body: preDisclosure.preDisclosureCheckBody,
    status: 200,
    response: preDisclosure.preDisclosure,
  },
  'POST /api/v1/pre-disclosures/:id/return': {
    params: common.idParams,
    body: preDisclosure.preDisclosureReasonBody,
    status: 200,
    response: preDisclosure.preDisclosure,
  },
  'POST /api/v1/pre-disclosures/:id/approve': {
    params: common.idParams,
    status: 200,
    response: preDisclosure.preDisclosure,
  },
  'POST /api/v1/pre-disclosures/:id/withdraw': {
    params: common.idParams,
    body: preDisclosure.preDisclosureReasonBody,
    status: 200,
    response: preDisclosure.preDisclosure,
  },
  /** multipart: file (PDF, Word, image) */
  'POST /api/v1/pre-disclosures/:id/attachments': {
    params: common.idParams,
    status: 200,
    response: preDisclosure.preDisclosure,
  },
  /** multipart: file (.xlsx from the template) */
  'POST /api/v1/pre-disclosures/:id/powers-import': {
    params: common.idParams,
    status: 200,
    response: preDisclosure.preDisclosure,
  },
  'GET /api/v1/public/pre-disclosures': {
    status: 200,
    response: preDisclosure.publicPreDisclosureSections,
  },
  'GET /api/v1/public/pre-disclosures/:id': {
    params: common.idParams,
    status: 200,
    response: preDisclosure.publicPreDisclosure,
  },
  'GET /api/v1/public/pre-disclosures/:id/versions/:version': {
    params: preDisclosure.publicPreDisclosureVersionParams,
    status: 200,
    response: preDisclosure.publicPreDisclosure,
  },
  'GET /api/v1/public/pre-disclosures/:id/attachments/:sha256': {
    params: preDisclosure.publicAttachmentParams,
    status: 200,
    response: 'file',
  },
} as const satisfies Record<string, RouteContract>;

export type RouteContract = {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  status: number;
  response: z.ZodType | 'file';
};

export type ApiKey = keyof typeof API;
type Route<K extends ApiKey> = (typeof API)[K];

/** What the route answers (after the server's serialization), as the web receives it. */
export type ApiResponse<K extends ApiKey> =
  Route<K> extends { response: infer R extends z.ZodType } ? z.output<R> : never;
/** What the route accepts as its JSON body (defaults may be left out). */
export type ApiBody<K extends ApiKey> =
  Route<K> extends { body: infer B extends z.ZodType } ? z.input<B> : never;
/** The route's query string (defaults may be left out). */
export type ApiQuery<K extends ApiKey> =
  Route<K> extends { query: infer Q extends z.ZodType } ? z.input<Q> : never;
