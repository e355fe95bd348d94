import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

/** Finds the first string containing a NUL character, which no text column can store (PostgreSQL refuses it). */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = nulPath(value[i], `${path}.${i}`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = k.includes('\u0000') ? `${path}.${k}` : nulPath(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** Refuses NUL characters in path, query and body before any schema or service sees them. */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const path =
      nulPath(request.params, 'params') ??
      nulPath(request.query, 'querystring') ??
      nulPath(request.body, 'body');
    if (path)
      throw new AppError('VALIDATION_FAILED', { fields: [{ path, message: '不允许包含空字符（NUL）' }] });
  });
}
