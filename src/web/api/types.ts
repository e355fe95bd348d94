/**
 * The web's names for the API's shapes. None is written out here: each is derived from the shared
 * contract (`src/shared/contracts/*`, the schemas the server validates and serializes with), so a
 * change on the server is a type error here, never a silent drift. Only type imports: nothing of
 * zod or the contracts is added to the bundle by this file.
 */
import type { z } from 'zod';
import type * as audit from '../../shared/contracts/audit.js';
import type * as auth from '../../shared/contracts/auth.js';
import type * as calendar from '../../shared/contracts/calendar.js';
import type * as cases from '../../shared/contracts/cases.js';
import type * as execution from '../../shared/contracts/execution.js';
import type * as org from '../../shared/contracts/org.js';
import type * as publicity from '../../shared/contracts/publicity.js';
import type * as records from '../../shared/contracts/records.js';
import type * as review from '../../shared/contracts/review.js';

type Out<T extends z.ZodType> = z.output<T>;
type In<T extends z.ZodType> = z.input<T>;

// ---- session and administration ----------------------------------------------------------------

export type SessionUser = Out<typeof auth.principal>;
export type SessionResponse = Out<typeof auth.sessionResponse>;

export type User = Out<typeof org.user>;
export type UserQuery = In<typeof org.userListQuery>;
export type CreateUserBody = In<typeof org.createUserBody>;
export type UpdateUserBody = In<typeof org.updateUserBody>;
export type Department = Out<typeof org.department>;
export type CreateDepartmentBody = In<typeof org.createDepartmentBody>;
export type UpdateDepartmentBody = In<typeof org.updateDepartmentBody>;
export type Officer = Out<typeof org.officer>;
export type OfficerQuery = In<typeof org.officerListQuery>;
export type CreateOfficerBody = In<typeof org.createCertificateBody>;
export type UpdateOfficerBody = In<typeof org.updateCertificateBody>;
export type PublicOfficer = Out<typeof org.publicOfficer>;
export type PublicOfficerQuery = In<typeof org.publicOfficerQuery>;
export type PublicOfficerList = Out<typeof org.publicOfficerList>;
export type PublicOfficerFilters = Out<typeof org.publicOfficerFilters>;

export type CalendarYearSummary = Out<typeof calendar.calendarYearList>['items'][number];
export type CalendarYear = Out<typeof calendar.calendarYear>;
export type CalendarDay = CalendarYear['days'][number];
export type CalendarUpload = In<typeof calendar.scheduleBody>;
export type WorkingDaysResult = Out<typeof calendar.addWorkingDaysResult>;

export type AuditEntry = Out<typeof audit.auditEntry>;
export type AuditVerifyResult = Out<typeof audit.auditVerification>;

// ---- cases -------------------------------------------------------------------------------------

export type PartyInput = In<typeof cases.partyInput>;
export type CreateCaseBody = In<typeof cases.createCaseBody>;
export type CreatedCase = Out<typeof cases.createdCase>;
export type CaseView = Out<typeof cases.caseView>;
export type Blocker = Out<typeof cases.blocker>;
export type Deadline = Out<typeof cases.deadline>;
export type CaseOfficer = CaseView['officers'][number];
export type CaseSummary = Out<typeof cases.caseSummary>;
export type CaseQuery = In<typeof cases.caseListQuery>;
export type TimelineItem = Out<typeof cases.timeline>['items'][number];
export type CasePeriod = Out<typeof cases.period>;
export type PeriodBody = In<typeof cases.periodBody>;
export type ApprovalRequest = Out<typeof cases.approval>;
export type PendingFiling = Out<typeof cases.pendingFiling>;
export type ApprovalRequestBody = In<typeof cases.approvalRequestBody>;
export type ApprovalPayload = NonNullable<ApprovalRequestBody['payload']>;
export type DeadlineWithin = Out<typeof cases.deadlineListQuery>['within'];
export type DeadlineItem = Out<typeof cases.deadlineList>['items'][number];

// ---- records and media -------------------------------------------------------------------------

export type TemplateField = Out<typeof records.templateField>;
export type RecordTemplate = Out<typeof records.recordTemplate>;
export type CaseRecord = Out<typeof records.recordList>['items'][number];
export type RecordBody = In<typeof records.createRecordBody>;
export type CaseMedia = Out<typeof records.media>;
export type MediaCreated = Out<typeof records.mediaCreated>;
/** The fields of a media upload as the form has them (sent as multipart fields or tus metadata). */
export type MediaUploadMeta = Out<typeof records.mediaFields>;
export type CaseFileContents = Out<typeof records.caseFileContents>;
export type CaseFileEntry = CaseFileContents['contents'][number];

// ---- legal review and the decision ---------------------------------------------------------------

export type Penalty = Out<typeof review.penalty>;
export type DecisionBody = In<typeof review.decisionBody>;
export type Discretion = NonNullable<DecisionBody['discretion']>;
export type ReviewSubmitBody = In<typeof review.reviewSubmitBody>;
export type CircumstanceInput = NonNullable<ReviewSubmitBody['circumstances']>[number];
export type LegalReview = Out<typeof review.legalReview>;
export type ReviewDraft = LegalReview['draft'];
export type MatchedRule = LegalReview['matchedRules'][number];
export type ReviewDispute = NonNullable<LegalReview['dispute']>;
export type ReviewConflict = LegalReview['conflicts'][number];
export type OpinionBody = In<typeof review.opinionBody>;
export type ReviewChecklist = OpinionBody['checklist'];
/** One point of the seven: found right or not, with a note. */
export type ChecklistItem = Exclude<ReviewChecklist[keyof ReviewChecklist], boolean>;
export type CaseDecision = Out<typeof review.decision>;
export type DecisionProcedureState = Out<typeof review.decisionProcedure>;
export type DecisionCheck = Out<typeof review.decisionCheck>;
export type DecisionBlocker = DecisionCheck['blockers'][number];
export type CatalogRule = Out<typeof review.catalogRule>;
export type ReviewCatalog = Out<typeof review.catalog>;
export type Staffing = Out<typeof review.staffing>;
export type StaffingUnit = Staffing['units'][number];
export type ReviewerInfo = Out<typeof review.reviewer>;
export type LegalQualification = NonNullable<ReviewerInfo['qualification']>;
export type QualificationBody = In<typeof review.qualificationBody>;

// ---- service, execution and closing ----------------------------------------------------------------

export type ExecutionView = Out<typeof execution.execution>;
export type ServiceConsent = Out<typeof execution.consent>;
export type ServiceEntry = Out<typeof execution.service>;
export type PaymentEntry = Out<typeof execution.payment>;
export type PaymentSummary = NonNullable<ExecutionView['payment']>;
export type Instalment = PaymentSummary['instalments'][number];
export type Seizure = Out<typeof execution.seizure>;
export type Recheck = Out<typeof execution.recheck>;
export type DailyPenalty = Out<typeof execution.dailyPenalty>;
export type CorrectionOrder = Out<typeof execution.correctionOrder>;
export type EnforcementDemand = Out<typeof execution.demand>;
export type CourtApplication = Out<typeof execution.courtApplication>;
export type CaseOutcome = Out<typeof execution.outcome>;
export type SummaryDecision = Out<typeof execution.summaryDecision>;

export type ConsentBody = In<typeof execution.consentBody>;
export type ServiceBody = In<typeof execution.serviceBody>;
export type ServiceDocument = ServiceBody['document'];
export type PaymentBody = In<typeof execution.paymentBody>;
export type DemandBody = In<typeof execution.demandBody>;
export type CourtApplicationBody = In<typeof execution.courtApplicationBody>;
export type SeizureBody = In<typeof execution.seizureBody>;
export type SeizedItem = Exclude<SeizureBody['items'][number], string>;
export type LiftBody = In<typeof execution.liftBody>;
export type SeizureTestingBody = In<typeof execution.seizureTestingBody>;
export type OrderBody = In<typeof execution.orderBody>;
export type RecheckBody = In<typeof execution.recheckBody>;
export type DailyPenaltyBody = In<typeof execution.dailyPenaltyBody>;
export type OutcomeBody = In<typeof execution.outcomeBody>;
export type SummaryDecisionBody = In<typeof execution.summaryBody>;

// ---- 行政执法公示 (disclosures, correction requests, integrator tokens, the portal) ---------------------

export type DisclosureListItem = Out<typeof publicity.disclosureListItem>;
export type DisclosureQuery = In<typeof publicity.disclosureListQuery>;
export type Disclosure = Out<typeof publicity.disclosure>;
export type DisclosureSummary = Disclosure['summary'];
export type DisclosureText = Disclosure['texts'][number];
export type RedactionSpan = DisclosureText['spans'][number];
export type RedactionMark = Disclosure['marks'][number];
export type DisclosureStepView = Disclosure['steps'][number];
export type DueState = DisclosureListItem['dueState'];
export type SummaryEdit = In<typeof publicity.summaryEdit>;
export type DisclosureCheckBody = In<typeof publicity.disclosureCheckBody>;
export type DisclosureHoldBody = In<typeof publicity.disclosureHoldBody>;
export type DisclosureWithdrawBody = In<typeof publicity.disclosureWithdrawBody>;

export type CorrectionItem = Out<typeof publicity.correctionItem>;
export type CorrectionQuery = In<typeof publicity.correctionListQuery>;
export type CorrectionAnswerBody = In<typeof publicity.correctionAnswerBody>;
export type ApiToken = Out<typeof publicity.apiToken>;
export type ApiTokenCreated = Out<typeof publicity.apiTokenCreated>;
export type TokenCreateBody = In<typeof publicity.tokenCreateBody>;

export type PublicDecisionQuery = In<typeof publicity.publicDecisionQuery>;
export type PublicDecisionItem = Out<typeof publicity.publicDecisionItem>;
export type PublicDecision = Out<typeof publicity.publicDecision>;
export type PublicVersionRef = PublicDecision['versions'][number];
export type PublicDecisionFilters = Out<typeof publicity.publicDecisionFilters>;
export type CorrectionBody = In<typeof publicity.correctionBody>;
export type CorrectionPublicStatus = Out<typeof publicity.correctionPublicStatus>;
