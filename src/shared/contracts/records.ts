import { z } from 'zod';
import { MEDIA_ACTIVITIES, STAGES } from '../case-vocabulary.js';
import { EVIDENCE_TYPES, PRESERVATION_OUTCOMES, PRESERVATION_STATUSES } from '../evidence-vocabulary.js';
import { FIELD_KINDS, RECORD_TYPES } from '../record-vocabulary.js';
import { id, isoDate, text } from './common.js';

export const recordType = z.enum(RECORD_TYPES);
const fields = z.record(z.string().max(64), z.unknown());

export const createRecordBody = z.object({
  type: recordType,
  title: text(200),
  content: z.string().max(200_000),
  fields: fields.optional(),
  documentNumber: text(100).optional(),
});
export const versionBody = createRecordBody.omit({ type: true });

export const record = z.object({
  id: z.string(),
  caseId: z.string(),
  seriesId: z.string(),
  type: recordType,
  typeLabel: z.string(),
  version: z.number(),
  title: z.string(),
  content: z.string(),
  fields: z.record(z.string(), z.unknown()),
  documentNumber: z.string().nullable(),
  supplementary: z.boolean(),
  signedAt: z.string().nullable(),
  sealedAt: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  missingFields: z.array(z.string()),
});
export const recordList = z.object({ items: z.array(record.extend({ latest: z.boolean() })) });

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
/** The text fields of a media upload (multipart). */
export const mediaFields = z.object({
  activity: z.enum(MEDIA_ACTIVITIES),
  capturedAt: z.iso.datetime({ offset: true }),
  device: text(100).optional(),
  location: text(300).optional(),
  officerId: id.optional(),
  continuous: flag.optional(),
  insideHome: flag.optional(),
  homeConsent: flag.optional(),
});

export const media = z.object({
  id: z.string(),
  caseId: z.string(),
  sha256: z.string(),
  /** SM3 (GB/T 32905) beside the SHA-256, when the installation keeps it (SM3_FINGERPRINTS). */
  sm3: z.string().nullable(),
  size: z.number(),
  mimeType: z.string(),
  activity: z.enum(MEDIA_ACTIVITIES),
  capturedAt: z.string(),
  storedAt: z.string(),
  storageDueAt: z.string(),
  late: z.boolean(),
  device: z.string().nullable(),
  location: z.string().nullable(),
  officerId: z.string().nullable(),
  continuous: z.boolean(),
  insideHome: z.boolean(),
  homeConsent: z.boolean(),
  uploadedBy: z.string(),
});
export const mediaCreated = media.extend({ warnings: z.array(z.string()) });
export const mediaList = z.object({ items: z.array(media) });

export const caseFileContents = z.object({
  caseId: z.string(),
  number: z.string(),
  contents: z.array(
    z
      .object({ order: z.number(), file: z.string(), title: z.string(), kind: z.enum(['record', 'media']) })
      .loose(),
  ),
  completeness: z.object({
    complete: z.boolean(),
    missingRecords: z.array(z.string()),
    incompleteRecords: z.array(
      z.object({ recordId: z.string(), type: z.string(), missingFields: z.array(z.string()) }),
    ),
  }),
});

export const evidenceBody = z.object({
  evidenceType: z.enum(EVIDENCE_TYPES),
  title: text(200),
  description: z.string().max(5000),
  source: text(300),
  collectedOn: isoDate,
  mediaId: id.optional(),
  recordId: id.optional(),
});
export const evidence = z.object({
  id: z.string(),
  caseId: z.string(),
  evidenceType: z.enum(EVIDENCE_TYPES),
  title: z.string(),
  description: z.string(),
  source: z.string(),
  collectedOn: z.string(),
  mediaId: z.string().nullable(),
  recordId: z.string().nullable(),
  preservationStatus: z.enum(PRESERVATION_STATUSES).nullable(),
  preservedOn: z.string().nullable(),
  preservationOutcome: z.string().nullable(),
  preservationDecidedOn: z.string().nullable(),
  createdAt: z.string(),
});
export const evidenceList = z.object({ items: z.array(evidence) });
export const preservationDecisionBody = z.object({
  outcome: z.enum(PRESERVATION_OUTCOMES),
  decidedOn: isoDate,
});

/** A 执法文书 template as the API lists it (fields, notices, signatures, seal). */
export const templateField = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(FIELD_KINDS),
  required: z.boolean(),
  help: z.string().optional(),
  options: z
    .array(z.object({ value: z.string(), label: z.string() }))
    .readonly()
    .optional(),
});
export const recordTemplate = z.object({
  type: recordType,
  title: z.string(),
  stage: z.enum(STAGES),
  supplementary: z.boolean(),
  /** Written only by the system (the 行政处罚决定书 from the decision): not offered for manual entry. */
  generated: z.boolean().optional(),
  avActivity: z.enum(MEDIA_ACTIVITIES).optional(),
  fields: z.array(templateField),
  notices: z.array(z.string()),
  signatures: z.array(z.string()),
  sealed: z.boolean(),
});
export const recordTemplateList = z.object({ items: z.array(recordTemplate) });

export const uploadParams = z.object({ uploadId: z.string().regex(/^[a-f0-9]{32}$/) });
/** tus Upload-Metadata of a media upload: the case and the multipart upload's fields. */
export const uploadMetadata = mediaFields.extend({ caseId: id });
