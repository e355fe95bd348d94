import { z } from 'zod';

/**
 * Stored JSON that does not have the shape its column promises: a fault of the data or of the code
 * that wrote it, never of the request. The error handler answers it with a plain 500 and logs it.
 */
export class StoredJsonError extends Error {
  constructor(
    readonly column: string,
    readonly problems: string[],
  ) {
    super(`Stored JSON in ${column} does not match its schema: ${problems.join('; ')}`);
    this.name = 'StoredJsonError';
  }
}

/**
 * Parses the text of a JSON column with its schema instead of casting it: what comes back has been
 * checked to have the type the code relies on. `column` names it in the error (`caseRecord.fields`).
 */
export function parseJson<S extends z.ZodType>(schema: S, text: string, column: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new StoredJsonError(column, [`not JSON (${err instanceof Error ? err.message : String(err)})`]);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new StoredJsonError(
      column,
      result.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(value)'}: ${i.message}`),
    );
  }
  return result.data;
}

/** A JSON object of any keys (a record's fields, an event's detail as stored). */
export const jsonObject = z.record(z.string(), z.unknown());
