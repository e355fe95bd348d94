import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

/**
 * How deep a request's JSON may nest. Real bodies stay under 10 levels (a record's fields hold lists
 * of objects); thousands of levels would overflow the stack of recursive code further on (schema
 * validation, serialisation) — found by the attack on a running instance.
 */
export const MAX_INPUT_DEPTH = 32;

type Problem = { path: string; message: string };

/**
 * Walks a parsed input without recursion: the first string or key holding a NUL character (no text
 * column can store it; PostgreSQL refuses it), or the first value nested deeper than allowed.
 */
export function inputProblem(value: unknown, root: string): Problem | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value: v, path, depth } = item;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return { path, message: '不允许包含空字符（NUL）' };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return { path, message: `嵌套层级过深（最多 ${MAX_INPUT_DEPTH} 层）` };
    const entries: [string, unknown][] = Array.isArray(v)
      ? v.map((x, i): [string, unknown] => [String(i), x])
      : Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [k, x] = entries[i] ?? ['', undefined];
      if (k.includes('\u0000')) return { path: `${path}.${k}`, message: '不允许包含空字符（NUL）' };
      stack.push({ value: x, path: `${path}.${k}`, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Refuses NUL characters and over-deep nesting in path, query and body before any schema or service sees them. */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const problem =
      inputProblem(request.params, 'params') ??
      inputProblem(request.query, 'querystring') ??
      inputProblem(request.body, 'body');
    if (problem) throw new AppError('VALIDATION_FAILED', { fields: [problem] });
  });
}
