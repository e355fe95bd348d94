import type { z } from 'zod';
import type { API, ApiBody, ApiKey, ApiQuery, ApiResponse } from '../../shared/contracts/api.js';
import { request, type Query } from './client.js';

type Route<K extends ApiKey> = (typeof API)[K];
/** The path parameters of a route, as the caller gives them. */
export type ApiParams<K extends ApiKey> =
  Route<K> extends { params: infer P extends z.ZodType } ? z.input<P> : never;

/** What a call needs: the path parameters and body when the route has them, its query if any. */
export type CallArgs<K extends ApiKey> = (Route<K> extends { params: z.ZodType }
  ? { params: ApiParams<K> }
  : { params?: never }) &
  (Route<K> extends { body: z.ZodType } ? { body: ApiBody<K> } : { body?: never }) &
  (Route<K> extends { query: z.ZodType } ? { query?: ApiQuery<K> } : { query?: never }) & {
    signal?: AbortSignal;
    /** Do not run the 401 handler (the login and the session probe handle 401 themselves). */
    skipAuthRedirect?: boolean;
  };

const encode = (value: unknown): string => encodeURIComponent(String(value));

/**
 * The path of a route with its parameters filled in (`/api/v1/cases/:id` → `/api/v1/cases/…`); a
 * parameter's name may hold digits after its first letter (`:sha256`).
 */
export function pathOf(pattern: string, params: Record<string, unknown> = {}): string {
  return pattern.replace(/:([A-Za-z][A-Za-z0-9]*)/g, (_, name: string) => encode(params[name]));
}

/**
 * Call a route of the shared API table. The answer's type is the route's response schema's output,
 * so what the web reads is what the server sends.
 */
export function call<K extends ApiKey>(key: K, args: CallArgs<K>): Promise<ApiResponse<K>> {
  const space = key.indexOf(' ');
  const method = key.slice(0, space) as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  const { params, query, body, signal, skipAuthRedirect } = args as {
    params?: Record<string, unknown>;
    query?: Query;
    body?: unknown;
    signal?: AbortSignal;
    skipAuthRedirect?: boolean;
  };
  return request<ApiResponse<K>>(pathOf(key.slice(space + 1), params), {
    method,
    query,
    body: body ?? (method === 'POST' ? {} : undefined),
    signal,
    skipAuthRedirect,
  });
}

/** The address of a download route (a Word document, a recording, a ZIP) for a link. */
export function urlOf<K extends ApiKey>(key: K, params: ApiParams<K>): string {
  return pathOf(key.slice(key.indexOf(' ') + 1), params as Record<string, unknown>);
}
