import type { CaseEventType } from '../../../shared/case-events.js';
import type { DocumentNumberKind } from '../../../shared/document-vocabulary.js';
import type {
  ApprovalKind,
  ApprovalStatus,
  CaseKind,
  CaseProcedure,
  ClueSource,
  ClueStatus,
  DeadlineStatus,
  MediaActivity,
  PartyType,
  PeriodKind,
  PeriodUnit,
  Stage,
  StoredCaseStatus,
} from '../../../shared/case-vocabulary.js';
import type {
  EvidenceType,
  PreservationOutcome,
  PreservationStatus,
} from '../../../shared/evidence-vocabulary.js';
import type {
  CourtEnforcementResult,
  LiftReason,
  OnsiteGround,
  OutcomeKind,
  PaymentMethod,
  PaymentPlan,
  RecheckResult,
  RemedyResult,
  SeizureMeasure,
  SeizureTestingKind,
  ServiceDocumentKind,
  ServiceMethod,
} from '../../../shared/execution-vocabulary.js';
import type {
  DecisionOutcome,
  DisputeDecision,
  QualificationKind,
} from '../../../shared/review-vocabulary.js';
import type { Role } from '../../../shared/roles.js';
import type {
  CorrectionResult,
  CorrectionStatus,
  DisclosureKind,
  DisclosureStatus,
  DisclosureStep,
  HoldReason,
  PreDisclosureSection,
  PreDisclosureStatus,
  PreDisclosureStep,
  PublicPartyType,
  TokenScope,
  WithdrawalGround,
} from '../../../shared/publicity-vocabulary.js';
import type { DepartmentKind } from '../../../shared/org-vocabulary.js';

/**
 * Table types. Conventions (dialect-neutral): ids are text UUIDs made by the application;
 * timestamps are ISO-8601 UTC text; dates are `YYYY-MM-DD` text; booleans are integers 0/1;
 * JSON is text.
 */
type Bool = number;

export interface DepartmentTable {
  id: string;
  parentId: string | null;
  name: string;
  kind: DepartmentKind;
  sortOrder: number;
  active: Bool;
  createdAt: string;
  updatedAt: string;
}

export interface AccountTable {
  id: string;
  username: string;
  name: string;
  passwordHash: string;
  departmentId: string;
  active: Bool;
  createdAt: string;
  updatedAt: string;
  passwordChangedAt: string;
  lastLoginAt: string | null;
}

export interface AccountRoleTable {
  accountId: string;
  role: Role;
}

export interface OfficerCertificateTable {
  id: string;
  accountId: string;
  certificateNo: string;
  category: string;
  issuer: string;
  issuedOn: string;
  validUntil: string;
  revokedAt: string | null;
  /** 执法区域 printed on the certificate (migration 0016); null when not registered. */
  area: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionTable {
  id: string;
  accountId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string;
  userAgent: string;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  windowStartedAt: string;
  lockedUntil: string | null;
}

export interface AuditEntryTable {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  objectType: string;
  objectId: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  detail: string;
  prevHash: string;
  hash: string;
}

export interface CalendarYearTable {
  year: number;
  papers: string;
  source: string;
  importedAt: string;
  importedBy: string | null;
}

export interface CalendarDayTable {
  date: string;
  year: number;
  name: string;
  isOffDay: Bool;
}

export interface ParameterTable {
  key: string;
  value: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface CaseNumberCounterTable {
  kind: CaseKind;
  year: number;
  last: number;
}

export interface DocumentNumberCounterTable {
  kind: DocumentNumberKind;
  year: number;
  last: number;
}

/** Every 文号 issued or taken: never used twice. */
export interface DocumentNumberTable {
  number: string;
  kind: DocumentNumberKind;
  year: number | null;
  seq: number | null;
  caseId: string;
  source: 'issued' | 'given';
  createdAt: string;
}

export interface ClueTable {
  id: string;
  source: ClueSource;
  title: string;
  description: string;
  partyName: string | null;
  location: string | null;
  discoveredOn: string;
  departmentId: string;
  status: ClueStatus;
  extended: Bool;
  resolution: string | null;
  transferTo: string | null;
  transferReceipt: string | null;
  caseId: string | null;
  createdBy: string;
  createdAt: string;
  resolvedAt: string | null;
}

export interface EnforcementCaseTable {
  id: string;
  number: string;
  kind: CaseKind;
  title: string;
  stage: Stage;
  departmentId: string;
  clueId: string | null;
  partyType: PartyType;
  partyName: string;
  partyIdNumber: string | null;
  partyCreditCode: string | null;
  partyLegalRepresentative: string | null;
  partyAddress: string | null;
  partyPhone: string | null;
  discoveredOn: string;
  violationEndedOn: string | null;
  graveHarm: Bool;
  filedOn: string | null;
  decisionExtensionDays: number;
  /** open | suspended | terminated */
  status: StoredCaseStatus;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  /** general (普通程序) | summary (简易程序, decided on the spot) */
  procedure: CaseProcedure;
}

export interface CaseOfficerTable {
  caseId: string;
  accountId: string;
  assignedAt: string;
  removedAt: string | null;
  removedReason: string | null;
}

export interface ApprovalRequestTable {
  id: string;
  caseId: string;
  kind: ApprovalKind;
  payload: string;
  reason: string;
  status: ApprovalStatus;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

export interface CasePeriodTable {
  id: string;
  caseId: string;
  kind: PeriodKind;
  startedOn: string;
  endedOn: string | null;
  note: string;
  createdBy: string;
  createdAt: string;
}

export interface CaseDeadlineTable {
  caseId: string;
  kind: string;
  startsOn: string;
  days: number;
  unit: PeriodUnit;
  due: string;
  provisional: Bool;
  status: DeadlineStatus;
  updatedAt: string;
}

export interface CaseRecordTable {
  id: string;
  caseId: string;
  seriesId: string;
  version: number;
  /** RecordType; still `string` until `execution.repository.records` takes `RecordType[]`. */
  type: string;
  title: string;
  content: string;
  fields: string;
  documentNumber: string | null;
  supplementary: Bool;
  signedAt: string | null;
  sealedAt: string | null;
  createdBy: string;
  createdAt: string;
  /** The order the case's records were made in (1, 2, …); null only before migration 0006 filled it. */
  seq: number | null;
}

export interface MediaTable {
  id: string;
  caseId: string;
  sha256: string;
  /** SM3 of the bytes (GB/T 32905), when SM3_FINGERPRINTS was on as it was stored. */
  sm3: string | null;
  size: number;
  mimeType: string;
  fileName: string;
  activity: MediaActivity;
  capturedAt: string;
  storedAt: string;
  late: Bool;
  storageDueAt: string;
  device: string | null;
  location: string | null;
  officerId: string | null;
  continuous: Bool;
  insideHome: Bool;
  homeConsent: Bool;
  uploadedBy: string;
}

export interface CaseEventTable {
  id: string;
  caseId: string;
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  type: CaseEventType;
  summary: string;
  detail: string;
}

export interface EvidenceItemTable {
  id: string;
  caseId: string;
  evidenceType: EvidenceType;
  title: string;
  description: string;
  source: string;
  collectedOn: string;
  mediaId: string | null;
  recordId: string | null;
  /** null | requested | preserved | decided */
  preservationStatus: PreservationStatus | null;
  preservedOn: string | null;
  preservationOutcome: PreservationOutcome | null;
  preservationDecidedOn: string | null;
  createdBy: string;
  createdAt: string;
}

export interface EvaluationChecklistTable {
  id: string;
  name: string;
  version: number;
  items: string;
  source: string;
  createdBy: string | null;
  createdAt: string;
}

export interface CaseEvaluationTable {
  id: string;
  caseId: string;
  checklistId: string;
  scores: string;
  total: number;
  maxTotal: number;
  grade: string;
  comment: string;
  evaluatorId: string;
  evaluatedAt: string;
}

export interface ReviewCatalogTable {
  id: string;
  version: number;
  rules: string;
  effectiveFrom: string;
  publishedBy: string | null;
  publishedAt: string;
}

export interface LegalReviewTable {
  id: string;
  caseId: string;
  round: number;
  draft: string;
  substanceHash: string;
  matchedRules: string;
  /** ReviewStatus (pending | approved | returned); still `string` until the review module's inserts type it. */
  status: string;
  submittedBy: string;
  submittedAt: string;
  receivedOn: string;
  due: string;
  extended: Bool;
  extensionReason: string | null;
  reviewerId: string | null;
  checklist: string | null;
  opinion: string | null;
  decidedAt: string | null;
  /** The 法制审核意见书 record generated with the opinion. */
  opinionRecordId: string | null;
}

/** The handling unit disputes a returned review; the head coordinates (GD-REV Art. 20). */
export interface ReviewDisputeTable {
  id: string;
  reviewId: string;
  caseId: string;
  position: string;
  raisedBy: string;
  raisedAt: string;
  /** null while open | uphold_opinion | adopt_unit_position */
  decision: DisputeDecision | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** A reviewer's declared conflict of interest with a case (GD-REV Art. 21). */
export interface ReviewerConflictTable {
  id: string;
  caseId: string;
  reviewId: string;
  reviewerId: string;
  reason: string;
  declaredAt: string;
}

/** A legal reviewer's 法律职业资格, or service as a reviewer before the rule (APL Art. 58). */
export interface ReviewerQualificationTable {
  accountId: string;
  /** certificate | pre_existing */
  kind: QualificationKind;
  certificateNo: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface CaseDecisionTable {
  id: string;
  caseId: string;
  documentNumber: string;
  outcome: DecisionOutcome;
  summary: string;
  facts: string;
  basis: string;
  decidedOn: string;
  penalties: string;
  substanceHash: string;
  major: Bool;
  legalReviewId: string | null;
  decidedBy: string;
  createdAt: string;
  /** 裁量基准 applied and the reason, JSON {standard, reason}; null when none was given. */
  discretion: string | null;
}

// ---- 送达执行 (modules/execution); money in cents ----

/** The party's signed consent to electronic service (APL Art. 61). */
export interface ServiceConsentTable {
  id: string;
  caseId: string;
  address: string;
  signedOn: string;
  note: string | null;
  createdBy: string;
  createdAt: string;
}

/** One service (送达) of a document of the case. */
export interface ServiceEntryTable {
  id: string;
  caseId: string;
  /** decision | daily_penalty | record | other */
  documentKind: ServiceDocumentKind;
  /** The record id or daily penalty id served, when the kind names one. */
  documentRef: string | null;
  documentName: string;
  documentNumber: string | null;
  /** direct | mail | left_at_premises | electronic | announcement */
  method: ServiceMethod;
  recipient: string;
  receivedOn: string | null;
  announcedOn: string | null;
  /** The legal service date (for 公告: the deemed date). */
  servedOn: string;
  mediaId: string | null;
  trackingNumber: string | null;
  electronicAddress: string | null;
  /** The 送达回证 record written with it. */
  receiptSeriesId: string | null;
  note: string | null;
  createdBy: string;
  createdAt: string;
}

export interface PenaltyPaymentTable {
  id: string;
  caseId: string;
  amountCents: number;
  lateFeeCents: number;
  paidOn: string;
  receiptNumber: string;
  /** bank | electronic | onsite */
  method: PaymentMethod;
  onsiteGround: OnsiteGround | null;
  payer: string;
  handedInOn: string | null;
  receiptSeriesId: string | null;
  createdBy: string;
  createdAt: string;
}

/** A granted deferral or instalment plan (APL Art. 66). */
export interface PaymentPlanTable {
  id: string;
  caseId: string;
  /** deferral | instalments */
  kind: PaymentPlan;
  /** JSON [{ dueOn, amountCents }] */
  schedule: string;
  /** Principal already paid when the plan was granted. */
  settledCents: number;
  grantedOn: string;
  createdAt: string;
}

/** 催告 before applying to the court (ACL Art. 54). */
export interface EnforcementDemandTable {
  id: string;
  caseId: string;
  servedOn: string;
  documentNumber: string | null;
  note: string | null;
  createdBy: string;
  createdAt: string;
}

export interface CourtApplicationTable {
  id: string;
  caseId: string;
  appliedOn: string;
  court: string;
  courtCaseNumber: string | null;
  note: string | null;
  createdBy: string;
  createdAt: string;
}

/** 查封扣押 (ACL Art. 25). */
export interface SeizureTable {
  id: string;
  caseId: string;
  /** seal | detain */
  measure: SeizureMeasure;
  /** JSON list of items */
  items: string;
  decisionNumber: string;
  seizedOn: string;
  periodDays: number;
  extensionDays: number;
  extendedOn: string | null;
  liftedOn: string | null;
  liftReason: LiftReason | null;
  liftNote: string | null;
  createdBy: string;
  createdAt: string;
}

export interface SeizureTestingTable {
  id: string;
  caseId: string;
  seizureId: string;
  kind: SeizureTestingKind;
  startedOn: string;
  endsOn: string;
  /** The day the party was told of the period in writing (ACL Art. 25(3)). */
  toldOn: string;
  note: string | null;
  createdBy: string;
  createdAt: string;
}

export interface CorrectionOrderTable {
  id: string;
  caseId: string;
  documentNumber: string;
  requirements: string;
  orderedOn: string;
  servedOn: string;
  dueOn: string;
  createdBy: string;
  createdAt: string;
}

export interface CorrectionRecheckTable {
  id: string;
  caseId: string;
  orderId: string;
  recheckedOn: string;
  /** corrected | not_corrected */
  result: RecheckResult;
  note: string;
  createdBy: string;
  createdAt: string;
}

/** 按日连续处罚 for a period of refusal to correct. */
export interface DailyPenaltyTable {
  id: string;
  caseId: string;
  orderId: string;
  decisionNumber: string;
  decidedOn: string;
  firstDay: string;
  lastDay: string;
  days: number;
  dailyAmountCents: number;
  totalCents: number;
  createdBy: string;
  createdAt: string;
}

/** 简易程序: the on-the-spot decision of a case of its own (APL Art. 51-52). */
export interface SummaryDecisionTable {
  caseId: string;
  formNumber: string;
  decidedAt: string;
  decidedOn: string;
  location: string;
  facts: string;
  basis: string;
  /** JSON [{ type, amount? }] */
  penalties: string;
  filedOn: string | null;
  recordId: string | null;
  createdBy: string;
  createdAt: string;
}

/** 复议, 诉讼 and court enforcement outcomes, appended (never edited). */
export interface CaseOutcomeTable {
  id: string;
  caseId: string;
  /** reconsideration | litigation | court_enforcement */
  kind: OutcomeKind;
  result: RemedyResult | CourtEnforcementResult;
  decidedOn: string;
  body: string;
  documentNumber: string | null;
  summary: string | null;
  amountCents: number | null;
  recordId: string | null;
  createdBy: string;
  createdAt: string;
}

export interface DisclosureTable {
  id: string;
  caseId: string;
  /** decision | summary | daily_penalty */
  source: string;
  sourceId: string;
  kind: DisclosureKind;
  departmentId: string;
  status: DisclosureStatus;
  decidedOn: string;
  due: string;
  documentNumber: string | null;
  /** JSON: the draft's summary fields */
  content: string;
  /** the unredacted full text: never leaves the back office */
  originalText: string;
  /** JSON: KnownTerm[] — what the case knows about the party */
  knownTerms: string;
  /** JSON: ManualMark[] — the checker's masks and unmasks */
  marks: string;
  filledBy: string | null;
  checkedBy: string | null;
  holdReason: HoldReason | null;
  holdNote: string | null;
  holdRequestedBy: string | null;
  version: number;
  publishedAt: string | null;
  withdrawalDue: string | null;
  withdrawalGround: WithdrawalGround | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DisclosureStepTable {
  id: string;
  disclosureId: string;
  /** the step's place in the item's history */
  seq: number;
  step: DisclosureStep;
  actorId: string | null;
  comment: string | null;
  at: string;
}

export interface DisclosureVersionTable {
  id: string;
  disclosureId: string;
  version: number;
  /** JSON: the public snapshot (redacted) */
  content: string;
  /** JSON: the 双公示 record (party name and credit code: the credit feed only, never public) */
  credit: string | null;
  publishedAt: string;
  publishedBy: string;
  supersededAt: string | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
}

export interface PublicDecisionTable {
  id: string;
  versionId: string;
  version: number;
  kind: DisclosureKind;
  year: number;
  departmentId: string;
  partyType: PublicPartyType;
  decidedOn: string;
  publishedAt: string;
  status: 'published' | 'withdrawn';
  title: string;
  documentNumber: string | null;
  /** JSON: the list item's summary */
  summary: string;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  changedAt: string;
  searchTerms: string;
}

export interface PublicDecisionFtsTable {
  id: string;
  terms: string;
}

export interface CorrectionRequestTable {
  id: string;
  trackingCode: string;
  publicId: string | null;
  content: string;
  contact: string;
  requesterHash: string;
  status: CorrectionStatus;
  result: CorrectionResult | null;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  createdAt: string;
}

export interface ApiTokenTable {
  id: string;
  name: string;
  scope: TokenScope;
  tokenHash: string;
  prefix: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  lastUsedAt: string | null;
}

export interface AuditCheckpointTable {
  entries: number;
  head: string;
  at: string;
  keyId: string;
  signature: string;
}

/** 事前公开 items (modules/publicity/pre-disclosure.*): the working copy and its workflow. */
export interface PreDisclosureTable {
  id: string;
  section: PreDisclosureSection;
  title: string;
  departmentId: string;
  status: PreDisclosureStatus;
  /** JSON: contracts/pre-disclosure.ts preDisclosureBody */
  body: string;
  generatedFrom: string | null;
  sourceDigest: string | null;
  changedOn: string;
  due: string;
  filledBy: string | null;
  checkedBy: string | null;
  publishedVersion: number | null;
  publishedAt: string | null;
  withdrawalReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PreDisclosureStepTable {
  id: string;
  itemId: string;
  seq: number;
  step: PreDisclosureStep;
  actorId: string | null;
  comment: string | null;
  at: string;
}

export interface PreDisclosureVersionTable {
  id: string;
  itemId: string;
  version: number;
  title: string;
  departmentName: string;
  body: string;
  publishedAt: string;
  publishedBy: string | null;
  supersededAt: string | null;
}

export interface PreDisclosureAttachmentTable {
  itemId: string;
  sha256: string;
  fileName: string;
  mimeType: string;
  size: number;
  addedBy: string | null;
  addedAt: string;
}

export interface Database {
  department: DepartmentTable;
  account: AccountTable;
  accountRole: AccountRoleTable;
  officerCertificate: OfficerCertificateTable;
  session: SessionTable;
  loginThrottle: LoginThrottleTable;
  auditEntry: AuditEntryTable;
  auditCheckpoint: AuditCheckpointTable;
  preDisclosure: PreDisclosureTable;
  preDisclosureStep: PreDisclosureStepTable;
  preDisclosureVersion: PreDisclosureVersionTable;
  preDisclosureAttachment: PreDisclosureAttachmentTable;
  calendarYear: CalendarYearTable;
  calendarDay: CalendarDayTable;
  parameter: ParameterTable;
  caseNumberCounter: CaseNumberCounterTable;
  seizureTesting: SeizureTestingTable;
  documentNumberCounter: DocumentNumberCounterTable;
  documentNumber: DocumentNumberTable;
  clue: ClueTable;
  enforcementCase: EnforcementCaseTable;
  caseOfficer: CaseOfficerTable;
  approvalRequest: ApprovalRequestTable;
  casePeriod: CasePeriodTable;
  caseDeadline: CaseDeadlineTable;
  caseRecord: CaseRecordTable;
  media: MediaTable;
  caseEvent: CaseEventTable;
  evidenceItem: EvidenceItemTable;
  evaluationChecklist: EvaluationChecklistTable;
  caseEvaluation: CaseEvaluationTable;
  reviewCatalog: ReviewCatalogTable;
  legalReview: LegalReviewTable;
  caseDecision: CaseDecisionTable;
  reviewDispute: ReviewDisputeTable;
  reviewerConflict: ReviewerConflictTable;
  reviewerQualification: ReviewerQualificationTable;
  serviceConsent: ServiceConsentTable;
  serviceEntry: ServiceEntryTable;
  penaltyPayment: PenaltyPaymentTable;
  paymentPlan: PaymentPlanTable;
  enforcementDemand: EnforcementDemandTable;
  courtApplication: CourtApplicationTable;
  seizure: SeizureTable;
  correctionOrder: CorrectionOrderTable;
  correctionRecheck: CorrectionRecheckTable;
  dailyPenalty: DailyPenaltyTable;
  summaryDecision: SummaryDecisionTable;
  caseOutcome: CaseOutcomeTable;
  disclosure: DisclosureTable;
  disclosureStep: DisclosureStepTable;
  disclosureVersion: DisclosureVersionTable;
  publicDecision: PublicDecisionTable;
  publicDecisionFts: PublicDecisionFtsTable;
  correctionRequest: CorrectionRequestTable;
  apiToken: ApiTokenTable;
}
