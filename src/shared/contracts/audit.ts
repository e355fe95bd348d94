import { z } from 'zod';
import { pageQuery } from './common.js';

export const auditVerification = z.object({
  ok: z.boolean(),
  entries: z.number(),
  head: z.string(),
  brokenAt: z.object({ seq: z.number(), reason: z.string() }).optional(),
  /** The chain against its signed checkpoints: `problem` bad_signature｜truncated｜rechained. */
  checkpoint: z
    .object({ entries: z.number(), at: z.string(), ok: z.boolean(), problem: z.string().optional() })
    .optional(),
});
export const auditEntryQuery = z.object(pageQuery);
export const auditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string(),
  hash: z.string(),
});
export const auditEntryList = z.object({ items: z.array(auditEntry), total: z.number() });
