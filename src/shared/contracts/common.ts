import { z } from 'zod';
import { isIsoDate } from '../dates.js';

/** Request and response pieces every module's contract uses. */
export const isoDate = z.string().refine(isIsoDate, { message: '日期格式应为 YYYY-MM-DD' });
export const id = z.uuid();
export const idParams = z.object({ id });
export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};
export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()) }),
});
/** Text typed by people: trimmed, bounded. */
export const text = (max: number) => z.string().trim().min(1).max(max);
/** Optional text typed by people. */
export const optionalText = (max: number) => text(max).optional();
/** A paged list answer. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });
/** An unpaged list answer. */
export const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
/** An answer without a body (204). */
export const noContent = z.null();
