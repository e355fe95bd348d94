import { z } from 'zod';

/** Rule parameters the bureau changes without a release (each with its default and source). */
export const parameter = z.object({
  key: z.string(),
  label: z.string(),
  source: z.string(),
  default: z.unknown(),
  value: z.unknown(),
  updatedAt: z.string().nullable(),
});
export const parameterList = z.object({ items: z.array(parameter) });
export const parameterParams = z.object({ key: z.string().max(100) });
export const parameterBody = z.object({ value: z.unknown() });

export const health = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  storage: z.enum(['local', 's3']),
  version: z.string(),
});
