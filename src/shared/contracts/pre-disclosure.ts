import { z } from 'zod';
import {
  PRE_DISCLOSURE_SECTIONS,
  PRE_DISCLOSURE_STATUSES,
  PRE_DISCLOSURE_STEPS,
} from '../publicity-vocabulary.js';
import { id, isoDate, optionalText, page, pageQuery, text } from './common.js';
import { DUE_STATES } from './publicity.js';

/**
 * 事前公开 items (issue 13): one shape of content for every section — an introduction, labelled
 * facts (phones, addresses, periods), a table (the 权责清单's six columns, the officer list), a flow
 * (the steps of a procedure, drawn as a diagram) and attachments (PDF, Word, images in the blob store).
 */
const cell = z.string().trim().max(4000);
export const preDisclosureAttachment = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().max(200),
  mimeType: z.string().max(100),
  size: z.number().int().min(0),
});
export const preDisclosureBody = z.object({
  intro: z.string().trim().max(20_000).default(''),
  fields: z
    .array(z.object({ label: text(100), value: text(2000) }))
    .max(100)
    .default([]),
  table: z
    .object({
      columns: z.array(text(50)).min(1).max(12),
      rows: z.array(z.array(cell).max(12)).max(5000),
    })
    .nullable()
    .default(null),
  flow: z
    .array(
      z.object({
        title: text(100),
        detail: z.string().trim().max(1000).default(''),
        period: optionalText(100),
      }),
    )
    .max(40)
    .default([]),
  attachments: z.array(preDisclosureAttachment).max(30).default([]),
});
export type PreDisclosureBody = z.infer<typeof preDisclosureBody>;

/** What the back office sends: the editable parts (attachments are added by upload). */
export const preDisclosureBodyInput = preDisclosureBody.omit({ attachments: true });

export const preDisclosureCreateBody = z.object({
  section: z.enum(PRE_DISCLOSURE_SECTIONS),
  title: text(200),
  departmentId: id,
  body: preDisclosureBodyInput.optional(),
});
export const preDisclosureEditBody = z.object({
  title: text(200).optional(),
  departmentId: id.optional(),
  body: preDisclosureBodyInput.optional(),
});
export const preDisclosureCheckBody = z.object({ ok: z.boolean(), comment: optionalText(2000) });
export const preDisclosureReasonBody = z.object({ reason: text(500) });
export const preDisclosureListQuery = z.object({
  section: z.enum(PRE_DISCLOSURE_SECTIONS).optional(),
  status: z.enum(PRE_DISCLOSURE_STATUSES).optional(),
  due: z.enum(['due_soon', 'overdue']).optional(),
  ...pageQuery,
});

export const preDisclosureListItem = z.object({
  id,
  section: z.enum(PRE_DISCLOSURE_SECTIONS),
  title: z.string(),
  status: z.enum(PRE_DISCLOSURE_STATUSES),
  departmentId: id,
  departmentName: z.string(),
  generated: z.boolean(),
  changedOn: isoDate,
  due: isoDate,
  dueState: z.enum(DUE_STATES),
  /** The version on the portal now (null: never published, or withdrawn). */
  publishedVersion: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
});
export const preDisclosureList = page(preDisclosureListItem);

export const preDisclosureStepView = z.object({
  step: z.enum(PRE_DISCLOSURE_STEPS),
  actorName: z.string().nullable(),
  comment: z.string().nullable(),
  at: z.string(),
});

export const preDisclosure = preDisclosureListItem.extend({
  body: preDisclosureBody,
  withdrawalReason: z.string().nullable(),
  steps: z.array(preDisclosureStepView),
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    check: z.boolean(),
    approve: z.boolean(),
    return: z.boolean(),
    withdraw: z.boolean(),
  }),
});

/** The result of a 权责清单 import: the rows read, or every bad row with its number and reason (nothing imported). */
export const powersImportResult = preDisclosure;

// ---- the portal ---------------------------------------------------------------------------------

export const publicPreDisclosureItem = z.object({
  id,
  title: z.string(),
  version: z.number().int(),
  publishedAt: z.string(),
  department: z.string(),
});
export const publicPreDisclosureSections = z.object({
  sections: z.array(
    z.object({
      code: z.enum(PRE_DISCLOSURE_SECTIONS),
      title: z.string(),
      items: z.array(publicPreDisclosureItem),
    }),
  ),
});
export const publicPreDisclosure = publicPreDisclosureItem.extend({
  section: z.enum(PRE_DISCLOSURE_SECTIONS),
  sectionTitle: z.string(),
  body: preDisclosureBody,
  /** This version is the one in force (false on an earlier version's permalink). */
  current: z.boolean(),
  versions: z.array(
    z.object({ version: z.number().int(), publishedAt: z.string(), supersededAt: z.string().nullable() }),
  ),
});
export const publicPreDisclosureVersionParams = z.object({ id, version: z.coerce.number().int().min(1) });
export const publicAttachmentParams = z.object({ id, sha256: z.string().regex(/^[0-9a-f]{64}$/) });
