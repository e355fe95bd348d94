import { ERROR_MESSAGES, errorMessage as sentenceFor } from '../../shared/error-codes.js';
import { t } from '../i18n/index.js';

export interface FieldError {
  path: string;
  message: string;
}

/** An error answer of the API (or a network failure, status 0), with a Chinese message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** `details.fields` of a 400 VALIDATION_FAILED answer. */
  get fieldErrors(): FieldError[] {
    const fields = this.details['fields'];
    if (!Array.isArray(fields)) return [];
    return fields.flatMap((f: unknown) => {
      if (typeof f !== 'object' || f === null) return [];
      const { path, message } = f as Record<string, unknown>;
      if (typeof message !== 'string') return [];
      const p = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
      return [{ path: p, message }];
    });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The Chinese sentence to show for any error thrown by the client (or anything else). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return t('common.unexpectedError');
}

function messageFor(code: string, fallback: unknown, details: Record<string, unknown> = {}): string {
  if (Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, code)) {
    return sentenceFor(code as keyof typeof ERROR_MESSAGES, details);
  }
  if (typeof fallback === 'string' && fallback.length > 0) return fallback;
  return t('common.unexpectedError');
}

// The CSRF token lives in memory only (never in storage); it comes from login, /auth/me, password change.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
/** For requests not made through `request()` (uploads with progress use XMLHttpRequest). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

// Called on a 401 from any staff call (set by the back office; the portal leaves it unset).
let unauthorizedHandler: (() => void) | null = null;
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}
/** Run the 401 handler (for requests not made through `request()`). */
export function notifyUnauthorized(): void {
  unauthorizedHandler?.();
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** Do not run the 401 handler (the login and session probe handle 401 themselves). */
  skipAuthRedirect?: boolean;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The ApiError for an error answer whose JSON body has been read (null when it was not JSON). */
export function errorFromBody(status: number, body: unknown): ApiError {
  const inner: unknown = typeof body === 'object' && body !== null && 'error' in body ? body.error : null;
  const err = typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : null;
  const code = typeof err?.['code'] === 'string' ? err['code'] : `HTTP_${status}`;
  const details =
    typeof err?.['details'] === 'object' && err['details'] !== null
      ? (err['details'] as Record<string, unknown>)
      : {};
  return new ApiError(status, code, messageFor(code, err?.['message'], details), details);
}

async function parseError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return errorFromBody(response.status, body);
}

/** Call the API; resolves to the parsed JSON body (undefined for 204), throws ApiError otherwise. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', t('common.networkError'));
  }

  if (!response.ok) {
    const error = await parseError(response);
    if (response.status === 401 && !options.skipAuthRedirect) unauthorizedHandler?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) =>
    request<T>(path, { method: 'GET', query, signal }),
  post: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    request<T>(path, { ...options, method: 'POST', body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body: unknown) => request<T>(path, { method: 'PUT', body }),
  delete: <T = void>(path: string) => request<T>(path, { method: 'DELETE' }),
};
