import type {
  Circumstance,
  DecisionOutcome,
  DisputeDecision,
  PenaltyType,
  QualificationKind,
  ReviewChecklistKey,
  ReviewStatus,
} from '../../shared/review-vocabulary.js';
import type {
  CourtEnforcementResult,
  LiftReason,
  LitigationInstance,
  OnsiteGround,
  OrderStatus,
  OutcomeKind,
  PaymentMethod,
  PaymentPlan,
  RecheckResult,
  RemedyResult,
  SeizureMeasure,
  SeizureStatus,
  ServiceDocumentKind,
  ServiceMethod,
  SummaryPenaltyType,
} from '../../shared/execution-vocabulary.js';
import type { Role } from '../../shared/roles.js';

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  departmentId: string | null;
  departmentName: string | null;
}

export interface SessionResponse {
  user: SessionUser;
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface User {
  id: string;
  username: string;
  name: string;
  departmentId: string;
  departmentName: string;
  roles: Role[];
  active: boolean;
  certificateNo: string | null;
  createdAt: string;
}

export interface UserQuery {
  q?: string;
  departmentId?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

export interface CreateUserBody {
  username: string;
  name: string;
  password: string;
  departmentId: string;
  roles: Role[];
}

export interface UpdateUserBody {
  name?: string;
  departmentId?: string;
  roles?: Role[];
  active?: boolean;
}

export type DepartmentKind = 'body' | 'department' | 'branch';
export const DEPARTMENT_KINDS: readonly DepartmentKind[] = ['body', 'department', 'branch'];

export interface Department {
  id: string;
  parentId: string | null;
  name: string;
  kind: DepartmentKind;
  sortOrder: number;
  active: boolean;
}

export interface CreateDepartmentBody {
  name: string;
  parentId: string;
  kind: DepartmentKind;
  sortOrder?: number;
}

export interface UpdateDepartmentBody {
  name?: string;
  parentId?: string;
  kind?: DepartmentKind;
  sortOrder?: number;
  active?: boolean;
}

export type CertificateStatus = 'valid' | 'expired' | 'revoked';

export interface Officer {
  id: string;
  accountId: string;
  name: string;
  username: string;
  departmentId: string;
  departmentName: string;
  certificateNo: string;
  category: string;
  issuer: string;
  issuedOn: string;
  validUntil: string;
  status: CertificateStatus;
}

export interface OfficerQuery {
  q?: string;
  departmentId?: string;
  status?: CertificateStatus;
  page: number;
  pageSize: number;
}

export interface CreateOfficerBody {
  accountId: string;
  certificateNo: string;
  category: string;
  issuer: string;
  issuedOn: string;
  validUntil: string;
}

export interface UpdateOfficerBody {
  category?: string;
  issuer?: string;
  issuedOn?: string;
  validUntil?: string;
  revoked?: boolean;
}

export interface PublicOfficer {
  certificateNo: string;
  name: string;
  unit: string;
  category: string;
  validFrom: string;
  validUntil: string;
  status: CertificateStatus;
}

export interface CalendarYearSummary {
  year: number;
  papers: string[];
  dayCount: number;
  importedAt: string;
  source: string;
}

export interface CalendarDay {
  date: string;
  name: string;
  isOffDay: boolean;
}

export interface CalendarYear {
  year: number;
  provisional: boolean;
  days: CalendarDay[];
}

export interface CalendarUpload {
  year: unknown;
  papers?: unknown;
  days: unknown;
}

export interface WorkingDaysResult {
  from: string;
  days: number;
  due: string;
  provisional: boolean;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  hash: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  entries: number;
  head: string;
  brokenAt?: { seq: number; reason: string };
}

// ---- cases ----------------------------------------------------------------------------------

export const CASE_KINDS = ['penalty', 'coercion', 'inspection', 'permit'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** The five stages, in order. */
export const STAGES = ['initiated', 'investigation', 'decision', 'execution', 'archived'] as const;
export type Stage = (typeof STAGES)[number];

export const CASE_STATUSES = ['open', 'suspended', 'terminated'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const PARTY_TYPES = ['person', 'organization', 'individual_business'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export interface PartyInput {
  type: PartyType;
  name: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  address?: string;
  phone?: string;
}

export interface CreateCaseBody {
  kind: CaseKind;
  title: string;
  party: PartyInput;
  officerIds: string[];
  violationEndedOn?: string;
  discoveredOn?: string;
  graveHarm?: boolean;
}

export interface CreatedCase {
  id: string;
  number: string;
  kind: CaseKind;
  stage: Stage;
}

export interface Blocker {
  code: string;
  message: string;
  missing: string[];
}

export type DeadlineStatus = 'open' | 'paused' | 'met' | 'cancelled';

export interface Deadline {
  kind: string;
  label: string;
  source: string;
  startsOn: string;
  days: number;
  unit: 'working_days' | 'calendar_days';
  due: string;
  provisional: boolean;
  status: DeadlineStatus;
  overdue: boolean;
  dueSoon: boolean;
}

export interface CaseOfficer {
  accountId: string;
  name: string;
  certificateNo: string | null;
  certificateStatus: CertificateStatus | 'none';
  assignedAt: string;
  removedAt: string | null;
  removedReason: string | null;
}

export interface CaseView {
  id: string;
  number: string;
  kind: CaseKind;
  title: string;
  stage: Stage;
  status: CaseStatus;
  departmentId: string;
  party: {
    type: PartyType;
    name: string;
    idNumber: string | null;
    creditCode: string | null;
    legalRepresentative: string | null;
    address: string | null;
    phone: string | null;
  };
  discoveredOn: string;
  violationEndedOn: string | null;
  graveHarm: boolean;
  limitationLastDay: string | null;
  filedOn: string | null;
  /** general (普通程序) or summary (简易程序: decided on the spot, no 立案). */
  procedure: 'general' | 'summary';
  officers: CaseOfficer[];
  nextStage: Stage | null;
  blockers: Blocker[];
  deadlines: Deadline[];
  recordingScript: string[];
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export interface CaseSummary {
  id: string;
  number: string;
  kind: CaseKind;
  title: string;
  stage: Stage;
  status: CaseStatus;
  partyName: string;
  departmentId: string;
  createdAt: string;
}

export interface CaseQuery {
  q?: string;
  kind?: CaseKind;
  stage?: Stage;
  page: number;
  pageSize: number;
}

export interface TimelineItem {
  seq: number;
  at: string;
  actorName: string;
  type: string;
  summary: string;
  detail: Record<string, unknown>;
}

export const PERIOD_KINDS = [
  'testing',
  'monitoring',
  'appraisal',
  'announcement',
  'expert_review',
  'hearing',
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface CasePeriod {
  id: string;
  /** One of PERIOD_KINDS, or `suspension` (opened by a granted 中止). */
  kind: string;
  startedOn: string;
  endedOn: string | null;
  note: string;
}

/** Requests of 送达执行, made from the case's execution tab (deferral, instalments, a seizure's extension). */
export const EXECUTION_APPROVAL_KINDS = [
  'payment_deferral',
  'payment_instalments',
  'seizure_extension',
] as const;
export type ExecutionApprovalKind = (typeof EXECUTION_APPROVAL_KINDS)[number];

export const APPROVAL_KINDS = [
  'decision_extension',
  'suspension',
  'resumption',
  'termination',
  'recusal',
  ...EXECUTION_APPROVAL_KINDS,
] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];
export type ApprovalStatus = 'pending' | 'granted' | 'rejected';

export function isExecutionApproval(kind: string): kind is ExecutionApprovalKind {
  return (EXECUTION_APPROVAL_KINDS as readonly string[]).includes(kind);
}

export interface ApprovalPayload {
  officerId?: string;
  applicant?: 'party' | 'officer';
  /** decision_extension (≤30, with `basis`), seizure_extension (≤30, with `seizureId`). */
  days?: number;
  basis?: 'head' | 'collective_discussion';
  seizureId?: string;
  /** payment_deferral: the new last day to pay. */
  dueOn?: string;
  /** payment_instalments: amounts in 元 summing to what is unpaid. */
  instalments?: { dueOn: string; amount: number }[];
}

export interface ApprovalRequest {
  id: string;
  caseId: string;
  caseNumber?: string;
  caseTitle?: string;
  kind: string;
  payload: Record<string, unknown>;
  reason: string;
  status: ApprovalStatus;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

export interface ApprovalRequestBody {
  kind: ApprovalKind;
  reason: string;
  payload: ApprovalPayload;
}

export type DeadlineWithin = 'overdue' | 'due_soon' | 'all_open';

export interface DeadlineItem extends Deadline {
  caseId: string;
  caseNumber: string;
  caseTitle: string;
  stage: Stage;
}

// ---- records and media ------------------------------------------------------------------------

export type FieldKind = 'text' | 'longtext' | 'date' | 'datetime' | 'money' | 'number' | 'boolean' | 'list';

export interface TemplateField {
  key: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  help?: string;
  options?: { value: string; label: string }[];
}

export const MEDIA_ACTIVITIES = [
  'onsite_inspection',
  'investigation',
  'hearing',
  'service',
  'seizure',
  'demolition',
] as const;
export type MediaActivity = (typeof MEDIA_ACTIVITIES)[number];

export interface RecordTemplate {
  type: string;
  title: string;
  stage: Stage;
  supplementary: boolean;
  avActivity?: MediaActivity;
  fields: TemplateField[];
  notices: string[];
  signatures: string[];
  sealed: boolean;
}

export interface CaseRecord {
  id: string;
  caseId: string;
  seriesId: string;
  type: string;
  typeLabel: string;
  version: number;
  title: string;
  content: string;
  fields: Record<string, unknown>;
  documentNumber: string | null;
  supplementary: boolean;
  signedAt: string | null;
  sealedAt: string | null;
  createdBy: string;
  createdAt: string;
  missingFields: string[];
  latest: boolean;
}

export interface RecordBody {
  type: string;
  title: string;
  content: string;
  fields?: Record<string, unknown>;
  documentNumber?: string;
}

export interface CaseMedia {
  id: string;
  caseId: string;
  sha256: string;
  size: number;
  mimeType: string;
  activity: MediaActivity;
  capturedAt: string;
  storedAt: string;
  storageDueAt: string;
  late: boolean;
  device: string | null;
  location: string | null;
  officerId: string | null;
  continuous: boolean;
  insideHome: boolean;
  homeConsent: boolean;
  uploadedBy: string;
}

export interface MediaCreated extends CaseMedia {
  warnings: string[];
}

export interface MediaUploadMeta {
  activity: MediaActivity;
  /** ISO 8601 with an offset. */
  capturedAt: string;
  device?: string;
  location?: string;
  continuous?: boolean;
  insideHome?: boolean;
  homeConsent?: boolean;
}

export interface CaseFileEntry {
  order: number;
  file: string;
  title: string;
  kind: 'record' | 'media';
  recordId?: string;
  mediaId?: string;
  version?: number;
}

export interface CaseFileContents {
  caseId: string;
  number: string;
  contents: CaseFileEntry[];
  completeness: {
    complete: boolean;
    missingRecords: string[];
    incompleteRecords: { recordId: string; type: string; missingFields: string[] }[];
  };
}

// ---- legal review and the decision ------------------------------------------------------------

export interface Penalty {
  type: PenaltyType;
  /** 元, for money penalties. */
  amount?: number;
}

export interface Discretion {
  standard: string;
  reason: string;
}

/** The contract's decision body (also the draft a legal review looks at). */
export interface DecisionBody {
  documentNumber: string;
  outcome: DecisionOutcome;
  summary: string;
  facts: string;
  basis: string;
  decidedOn: string;
  penalties: Penalty[];
  discretion?: Discretion;
}

export interface CircumstanceInput {
  code: Circumstance;
  reason: string;
}

/** A review's draft: the decision body as submitted, with the flagged circumstances. */
export type ReviewDraft = Partial<DecisionBody> & { circumstances?: CircumstanceInput[] };

export interface MatchedRule {
  id: string;
  text: string;
  source: string;
}

export interface ChecklistItem {
  ok: boolean;
  note?: string;
}

export type ReviewChecklist = Record<ReviewChecklistKey, ChecklistItem>;

export interface ReviewDispute {
  position: string;
  raisedBy: string;
  raisedAt: string;
  decision: DisputeDecision | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface ReviewConflict {
  reviewerId: string;
  reason: string;
  declaredAt: string;
}

export interface LegalReview {
  id: string;
  caseId: string;
  caseNumber: string;
  caseTitle: string;
  round: number;
  status: ReviewStatus;
  /** Approved, or the head adopted the handling unit's position over a returned opinion. */
  passed: boolean;
  draft: ReviewDraft;
  matchedRules: MatchedRule[];
  submittedBy: string;
  submittedAt: string;
  receivedOn: string;
  due: string;
  extended: boolean;
  extensionReason: string | null;
  overdue: boolean;
  reviewerId: string | null;
  opinion: string | null;
  /** Items are `{ ok, note? }` (older opinions may hold a bare boolean). */
  checklist: Record<string, unknown> | null;
  decidedAt: string | null;
  /** The 法制审核意见书 record generated with the opinion. */
  opinionRecordId: string | null;
  dispute: ReviewDispute | null;
  conflicts: ReviewConflict[];
}

export interface ReviewSubmitBody {
  draft: DecisionBody;
  circumstances: CircumstanceInput[];
}

export interface OpinionBody {
  outcome: 'approved' | 'returned';
  checklist: ReviewChecklist;
  opinion: string;
}

export interface CaseDecision {
  id: string;
  caseId: string;
  documentNumber: string;
  outcome: DecisionOutcome;
  summary: string;
  facts: string;
  basis: string;
  decidedOn: string;
  penalties: Penalty[];
  major: boolean;
  legalReviewId: string | null;
  createdAt: string;
  discretion: Discretion | null;
}

export interface DecisionBlocker {
  code: string;
  missing: string[];
}

export interface DecisionCheck {
  major: boolean;
  matchedRules: MatchedRule[];
  blockers: DecisionBlocker[];
  hearingRight: boolean;
  /** Advice that does not block, e.g. `discretion_missing`. */
  warnings: string[];
}

export type CatalogRule =
  | { id: string; kind: 'penalty_type'; penaltyTypes: PenaltyType[]; text: string; source: string }
  | {
      id: string;
      kind: 'amount';
      personThreshold: number;
      organisationThreshold: number;
      text: string;
      source: string;
    }
  | { id: string; kind: 'circumstance'; circumstance: Circumstance; text: string; source: string }
  | { id: string; kind: 'free'; text: string; source: string };

export interface ReviewCatalog {
  id: string;
  version: number;
  effectiveFrom: string;
  publishedAt: string;
  rules: CatalogRule[];
}

export interface StaffingUnit {
  unitId: string;
  unitName: string;
  officers: number;
  reviewers: number;
  required: number;
  sufficient: boolean;
}

export interface Staffing {
  ratio: number;
  units: StaffingUnit[];
}

export interface LegalQualification {
  kind: QualificationKind;
  certificateNo: string | null;
}

export interface ReviewerInfo {
  id: string;
  name: string;
  active: boolean;
  departmentName: string;
  qualification: LegalQualification | null;
  qualified: boolean;
}

export interface QualificationBody {
  kind: QualificationKind | 'none';
  certificateNo?: string;
}

// ---- service, execution and closing -----------------------------------------------------------

export interface ServiceConsent {
  id: string;
  address: string;
  signedOn: string;
  note: string | null;
  createdAt: string;
}

export interface ServiceEntry {
  id: string;
  /** Entered through the API, or read from a 送达回证 record made directly. */
  source: 'entry' | 'record';
  documentKind: ServiceDocumentKind;
  documentRef: string | null;
  documentName: string;
  documentNumber: string | null;
  method: ServiceMethod | null;
  recipient: string | null;
  receivedOn: string | null;
  announcedOn: string | null;
  /** The legal service date (for 公告: the deemed date). */
  servedOn: string;
  mediaId: string | null;
  receiptRecordId: string | null;
  createdAt: string;
}

export interface PaymentEntry {
  id: string;
  source: 'entry' | 'record';
  amount: number | null;
  principal: number;
  lateFee: number;
  paidOn: string;
  receiptNumber: string | null;
  method: string | null;
  onsiteGround: string | null;
  handedInOn: string | null;
  handInDue: string | null;
  /** A bare 罚没款缴纳凭证 without an amount, counted as paying everything unpaid on its day. */
  assumedFull: boolean;
  receiptRecordId: string | null;
}

export interface Instalment {
  dueOn: string;
  amount: number;
  paid: number;
  overdue: boolean;
}

export interface PaymentSummary {
  amount: number;
  fine: number;
  paid: number;
  unpaid: number;
  overdue: number;
  dueOn: string | null;
  lateFee: number;
  lateFeeDays: number;
  lateFeeCapped: boolean;
  lateFeePaid: number;
  lateFeeBase: 'unpaid' | 'fine';
  plan: PaymentPlan | null;
  instalments: Instalment[];
  payments: PaymentEntry[];
}

export interface SeizedItem {
  name: string;
  spec?: string;
  quantity?: number;
  unit?: string;
  location?: string;
}

export interface Seizure {
  id: string;
  measure: SeizureMeasure;
  /** Names, or items with a name and details. */
  items: unknown[];
  decisionNumber: string;
  seizedOn: string;
  periodDays: number;
  extensionDays: number;
  extendedOn: string | null;
  endsOn: string;
  liftedOn: string | null;
  liftReason: string | null;
  liftNote: string | null;
  status: SeizureStatus;
}

export interface Recheck {
  id: string;
  orderId: string;
  recheckedOn: string;
  result: RecheckResult;
  note: string;
  createdAt: string;
}

export interface DailyPenalty {
  id: string;
  orderId: string;
  decisionNumber: string;
  decidedOn: string;
  firstDay: string;
  lastDay: string;
  days: number;
  dailyAmount: number;
  total: number;
  servedOn: string | null;
  dueOn: string | null;
}

export interface CorrectionOrder {
  id: string;
  documentNumber: string;
  requirements: string;
  orderedOn: string;
  servedOn: string;
  dueOn: string;
  recheckDue: string;
  status: OrderStatus;
  rechecks: Recheck[];
  dailyPenalties: DailyPenalty[];
}

export interface EnforcementDemand {
  id: string;
  servedOn: string;
  documentNumber: string | null;
  note: string | null;
  /** The last day of the 10 working days; the court may be applied to from the day after. */
  waitEndsOn: string;
  createdAt: string;
}

export interface CourtApplication {
  id: string;
  appliedOn: string;
  court: string;
  courtCaseNumber: string | null;
  note: string | null;
  createdAt: string;
}

export interface CaseOutcome {
  id: string;
  kind: OutcomeKind;
  result: string;
  decidedOn: string;
  body: string;
  documentNumber: string | null;
  summary: string | null;
  amount: number | null;
  recordId: string | null;
  /** Appended after archiving (补充归档). */
  supplementary: boolean;
  createdAt: string;
}

/** `GET /cases/{id}/execution`: everything of 送达执行 and whether the case may close. */
export interface ExecutionView {
  caseId: string;
  stage: string;
  status: string;
  asOf: string;
  decision: {
    source: 'decision' | 'summary';
    documentNumber: string;
    decidedOn: string;
    outcome: string;
  } | null;
  consent: ServiceConsent | null;
  service: ServiceEntry[];
  decisionServedOn: string | null;
  serviceDue: string | null;
  serviceLate: boolean;
  payment: PaymentSummary | null;
  seizures: Seizure[];
  correctionOrders: CorrectionOrder[];
  demand: EnforcementDemand | null;
  courtApplication: CourtApplication | null;
  courtWindow: { remedyEndsOn: string; opensOn: string; closesOn: string } | null;
  outcomes: CaseOutcome[];
  summaryDecision: { formNumber: string; decidedAt: string; location: string; filedOn: string | null } | null;
  complete: boolean;
  /** What keeps the case from 结案: `service:decision`, `payment`, `seizure:<id>` … */
  missing: string[];
}

export interface ConsentBody {
  address: string;
  signedOn: string;
  note?: string;
}

export type ServiceDocument =
  | { kind: 'decision' }
  | { kind: 'daily_penalty'; dailyPenaltyId: string }
  | { kind: 'record'; recordId: string }
  | { kind: 'other'; name: string; number?: string };

export interface ServiceBody {
  document: ServiceDocument;
  method: ServiceMethod;
  recipient: string;
  server?: string;
  receivedOn?: string;
  announcedOn?: string;
  announcementMedium?: string;
  mediaId?: string;
  trackingNumber?: string;
  electronicAddress?: string;
  signedBy?: string;
  refusalNote?: string;
  note?: string;
}

export interface PaymentBody {
  amount: number;
  lateFee?: number;
  paidOn: string;
  receiptNumber: string;
  method: PaymentMethod;
  onsiteGround?: OnsiteGround;
  payer?: string;
}

export interface DemandBody {
  servedOn: string;
  documentNumber?: string;
  note?: string;
}

export interface CourtApplicationBody {
  appliedOn: string;
  court: string;
  courtCaseNumber?: string;
  note?: string;
}

export interface SeizureBody {
  measure: SeizureMeasure;
  items: (string | SeizedItem)[];
  decisionNumber: string;
  seizedOn: string;
  periodDays: number;
}

export interface LiftBody {
  liftedOn: string;
  reason: LiftReason;
  note?: string;
}

export interface OrderBody {
  documentNumber: string;
  requirements: string;
  orderedOn: string;
  servedOn?: string;
  dueOn: string;
}

export interface RecheckBody {
  recheckedOn: string;
  result: RecheckResult;
  note: string;
}

export interface DailyPenaltyBody {
  decisionNumber: string;
  decidedOn: string;
  dailyAmount: number;
}

interface OutcomeCommon {
  decidedOn: string;
  body: string;
  appliedOn?: string;
  documentNumber?: string;
  summary?: string;
}
export type OutcomeBody =
  | ({ kind: 'reconsideration'; result: RemedyResult } & OutcomeCommon)
  | ({ kind: 'litigation'; result: RemedyResult; instance?: LitigationInstance } & OutcomeCommon)
  | ({ kind: 'court_enforcement'; result: CourtEnforcementResult; amount?: number } & OutcomeCommon);

export interface SummaryDecisionBody {
  title?: string;
  party: PartyInput;
  officerIds: string[];
  formNumber: string;
  /** ISO 8601 with an offset. */
  decidedAt: string;
  violationAt?: string;
  location: string;
  facts: string;
  basis: string;
  penalties: { type: SummaryPenaltyType; amount?: number }[];
  paymentMethod?: PaymentMethod;
  partyStatement?: string;
}

export interface SummaryDecision {
  caseId: string;
  caseNumber: string;
  stage: string;
  formNumber: string;
  decidedAt: string;
  decidedOn: string;
  location: string;
  penalties: { type: string; amount?: number }[];
  filedOn: string | null;
  recordId: string | null;
}
