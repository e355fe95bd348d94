import { z } from 'zod';
import { id, text } from './common.js';

/** 案卷评查: the checklist in versions and the scores of archived case files. */
export const checklistItem = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  label: text(200),
  maxScore: z.number().int().min(1).max(100),
});
export const checklist = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number(),
  source: z.string(),
  items: z.array(checklistItem),
  createdAt: z.string(),
});
export const evaluation = z.object({
  id: z.string(),
  caseId: z.string(),
  checklistId: z.string(),
  scores: z.array(z.object({ key: z.string(), score: z.number(), note: z.string().optional() })),
  total: z.number(),
  maxTotal: z.number(),
  grade: z.string(),
  comment: z.string(),
  evaluatorId: z.string(),
  evaluatedAt: z.string(),
});

export const evaluationList = z.object({ items: z.array(evaluation) });
export const checklistBody = z.object({
  name: text(100),
  source: text(500),
  items: z.array(checklistItem).min(1).max(50),
});
export const evaluationBody = z.object({
  checklistId: id,
  scores: z
    .array(
      z.object({
        key: z.string().max(40),
        score: z.number().min(0).max(100),
        note: z.string().max(500).optional(),
      }),
    )
    .max(50),
  comment: z.string().max(2000),
});
