import { uploadsDirOf, type Config } from './config.js';
import { AuditLog } from './platform/audit/audit-log.js';
import { AuditCheckpoints } from './platform/audit/checkpoints.js';
import { AuthService } from './platform/auth/auth.service.js';
import { CalendarService } from './platform/calendar/calendar.service.js';
import type { Clock } from './platform/clock.js';
import type { DatabaseHandle } from './platform/db/database.js';
import { StorageGc } from './modules/records/storage-gc.js';
import { PreDisclosureService } from './modules/publicity/pre-disclosure.service.js';
import { ApprovalService } from './modules/cases/approval.service.js';
import { CaseAccess } from './modules/cases/case-access.js';
import { CaseEvents } from './modules/cases/case-events.js';
import { CaseService } from './modules/cases/case.service.js';
import { ClueService } from './modules/cases/clue.service.js';
import { ExecutionState } from './modules/execution/execution-state.js';
import { createExecution, type ExecutionModule } from './modules/execution/execution.module.js';
import { OrgService } from './modules/org/org.service.js';
import { ParameterService } from './modules/parameters/parameter.service.js';
import { CaseFileService } from './modules/records/case-file.service.js';
import { EvaluationService } from './modules/records/evaluation.service.js';
import { EvidenceService } from './modules/records/evidence.service.js';
import { MediaService } from './modules/records/media.service.js';
import { RecordFacts } from './modules/records/record-facts.js';
import { DocumentNumbers } from './modules/records/document-numbers.js';
import { DecisionDocuments } from './modules/review/decision-document.js';
import { RecordService } from './modules/records/record.service.js';
import { DecisionReader } from './modules/review/decision-facts.js';
import { ReviewService } from './modules/review/review.service.js';
import { DecisionProcedure } from './modules/review/procedure.service.js';
import { StaffingService } from './modules/review/staffing.service.js';
import { createBlobStore, type BlobStore } from './platform/storage/index.js';
import { ApiTokens } from './platform/auth/api-tokens.js';
import { CorrectionService } from './modules/publicity/correction.service.js';
import { CreditFeed } from './modules/publicity/credit-feed.js';
import { DisclosureService } from './modules/publicity/disclosure.service.js';
import { PublicDecisions } from './modules/publicity/public-decisions.service.js';
import { SiteService } from './modules/site/site.service.js';
import { portalPagesSource, Sitemap } from './modules/site/sitemap.service.js';

/** The application's services, wired once per process (or per test). */
export type Services = {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  audit: AuditLog;
  auth: AuthService;
  calendar: CalendarService;
  org: OrgService;
  parameters: ParameterService;
  blobs: BlobStore;
  storageGc: StorageGc;
  cases: CaseService;
  approvals: ApprovalService;
  clues: ClueService;
  records: RecordService;
  media: MediaService;
  caseFiles: CaseFileService;
  evidence: EvidenceService;
  evaluations: EvaluationService;
  reviews: ReviewService;
  staffing: StaffingService;
  execution: ExecutionModule;
  disclosures: DisclosureService;
  preDisclosures: PreDisclosureService;
  publicDecisions: PublicDecisions;
  corrections: CorrectionService;
  creditFeed: CreditFeed;
  site: SiteService;
  sitemap: Sitemap;
  tokens: ApiTokens;
  checkpoints: AuditCheckpoints;
};

export function createServices(config: Config, database: DatabaseHandle, clock: Clock): Services {
  const { db } = database;
  const audit = new AuditLog(db, database.dialect, clock);
  const calendar = new CalendarService(db, audit);
  const org = new OrgService(db, audit, clock);
  const parameters = new ParameterService(db, audit, clock);
  const blobs: BlobStore = createBlobStore(config.storage);
  const access = new CaseAccess(org);
  const events = new CaseEvents(audit, clock);
  // what other modules tell the cases module: small read-only objects, built first and required
  const recordFacts = new RecordFacts();
  const decisions = new DecisionReader();
  const executionState = new ExecutionState(calendar, parameters, decisions, clock);
  const cases = new CaseService(db, database.dialect, access, events, calendar, parameters, clock, {
    recordings: recordFacts,
    decisions,
    execution: executionState,
  });
  const records = new RecordService(
    db,
    access,
    cases,
    events,
    clock,
    config.bodyName,
    recordFacts,
    new DocumentNumbers(parameters),
    parameters,
    org,
  );
  const approvals = new ApprovalService(db, access, cases, clock);
  const evidence = new EvidenceService(db, access, cases, events, calendar, clock);
  approvals.registerEffect('evidence_preservation', evidence.preservationEffect);
  cases.deadlines.addSource(evidence);
  const procedure = new DecisionProcedure(calendar, cases, recordFacts, executionState, parameters, clock);
  procedure.register(records);
  const staffing = new StaffingService(db, audit, clock);
  const reviews = new ReviewService(
    db,
    access,
    cases,
    records,
    calendar,
    audit,
    clock,
    procedure,
    staffing,
    new DecisionDocuments(records, recordFacts, procedure),
  );
  cases.deadlines.addSource(reviews);
  const execution = createExecution({
    db,
    access,
    cases,
    events,
    records,
    state: executionState,
    approvals,
    clock,
    penaltyGate: reviews,
  });
  const disclosures = new DisclosureService(
    db,
    database.dialect,
    cases,
    org,
    decisions,
    recordFacts,
    calendar,
    parameters,
    audit,
    clock,
    config.bodyName,
  );
  disclosures.register();
  const publicDecisions = new PublicDecisions(db, database.dialect);
  // what search engines are told of: the portal's fixed pages, then each module's public items
  const sitemap = new Sitemap();
  sitemap.addSource(portalPagesSource);
  sitemap.addSource(publicDecisions.sitemapSource);
  const preDisclosures = new PreDisclosureService(db, org, reviews, calendar, blobs, audit, clock);
  sitemap.addSource(preDisclosures.sitemapSource);
  return {
    config,
    database,
    clock,
    audit,
    auth: new AuthService(db, audit, config, clock),
    calendar,
    org,
    parameters,
    blobs,
    cases,
    approvals,
    evidence,
    evaluations: new EvaluationService(db, access, events, audit, clock),
    reviews,
    staffing,
    clues: new ClueService(db, access, cases, calendar, audit, clock),
    records,
    media: new MediaService(
      db,
      access,
      cases,
      blobs,
      calendar,
      parameters,
      clock,
      config.media.maxBytes,
      config.fingerprints.sm3,
    ),
    caseFiles: new CaseFileService(db, access, cases, records, blobs, clock, config.fingerprints.sm3),
    // blobs that rows refer to: recordings (the records module's own) and 事前公开 attachments
    storageGc: new StorageGc(db, blobs, uploadsDirOf(config), clock, [preDisclosures]),
    execution,
    disclosures,
    preDisclosures,
    publicDecisions,
    corrections: new CorrectionService(db, parameters, audit, clock),
    creditFeed: new CreditFeed(db, clock),
    site: new SiteService(parameters, config.bodyName),
    sitemap,
    tokens: new ApiTokens(db, audit, clock),
    checkpoints: new AuditCheckpoints(db, audit, config.auditKeyFile, clock),
  };
}
