import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, type ApiKey } from '../src/shared/contracts/api.js';
import { createTestApp, type TestApp } from './support/app.js';

/**
 * One contract: every route the server registers uses exactly the schema objects that
 * `src/shared/contracts/api.ts` names for it, and the table names no route the server lacks. The web's
 * types are derived from that table (`ApiResponse<K>` = `z.output` of the route's response schema),
 * so a response the server changes is a type error in the web, never a silent drift.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const keyOf = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

describe('the shared API table', () => {
  it('names every registered route, and no route the server lacks', () => {
    const registered = t.app.apiRoutes.map(keyOf).sort();
    expect(registered.filter((k) => !(k in API))).toEqual([]);
    expect(Object.keys(API).filter((k) => !registered.includes(k))).toEqual([]);
  });

  it('gives each route the very schemas the server validates and serializes with', () => {
    const problems: string[] = [];
    for (const route of t.app.apiRoutes) {
      const key = keyOf(route) as ApiKey;
      const c: { params?: unknown; query?: unknown; body?: unknown; status: number; response: unknown } =
        API[key];
      const { params, querystring, body, response = {} } = route.schema;
      if (params !== c.params) problems.push(`${key}: params`);
      if (querystring !== c.query) problems.push(`${key}: query`);
      if (body !== c.body) problems.push(`${key}: body`);
      const statuses = Object.keys(response);
      if (c.response === 'file') {
        if (statuses.length > 0) problems.push(`${key}: declared as a file but has a JSON response`);
      } else {
        if (statuses.join() !== String(c.status))
          problems.push(`${key}: statuses ${statuses.join()} ≠ ${c.status}`);
        if (response[String(c.status)] !== c.response) problems.push(`${key}: response schema`);
      }
    }
    expect(problems).toEqual([]);
  });
});
