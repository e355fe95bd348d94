import type { Migration } from 'kysely';
import * as foundation from './20261126_0001_foundation.js';
import * as cases from './20261126_0002_cases.js';
import * as evidence from './20261126_0003_evidence.js';
import * as evaluation from './20261126_0004_evaluation.js';
import * as review from './20261126_0005_review.js';
import * as reviewProcedure from './20261126_0006_review_procedure.js';
import * as execution from './20261126_0007_execution.js';
import * as caseProcedure from './20261126_0008_case_procedure.js';
import * as documentNumbers from './20261207_0009_document_numbers.js';
import * as seizureTesting from './20261207_0010_seizure_testing.js';
import * as publicity from './20261207_0011_publicity.js';
import * as auditCheckpoints from './20261207_0012_audit_checkpoints.js';
import * as publicSearch from './20261207_0013_public_search.js';
import * as sm3Fingerprints from './20261207_0014_sm3_fingerprints.js';
import * as preDisclosure from './20261207_0015_pre_disclosure.js';
import * as officerArea from './20261207_0016_officer_area.js';
import * as catalogSources from './20261214_0017_catalog_sources.js';

/** Every migration, by timestamped name. Append only; never edit a landed migration. */
export const migrations: Record<string, Migration> = {
  '20261126_0001_foundation': foundation,
  '20261126_0002_cases': cases,
  '20261126_0003_evidence': evidence,
  '20261126_0004_evaluation': evaluation,
  '20261126_0005_review': review,
  '20261126_0006_review_procedure': reviewProcedure,
  '20261126_0007_execution': execution,
  '20261126_0008_case_procedure': caseProcedure,
  '20261207_0009_document_numbers': documentNumbers,
  '20261207_0010_seizure_testing': seizureTesting,
  '20261207_0011_publicity': publicity,
  '20261207_0012_audit_checkpoints': auditCheckpoints,
  '20261207_0013_public_search': publicSearch,
  '20261207_0014_sm3_fingerprints': sm3Fingerprints,
  '20261207_0015_pre_disclosure': preDisclosure,
  '20261207_0016_officer_area': officerArea,
  '20261214_0017_catalog_sources': catalogSources,
};
