import { errorMessage, type ErrorCode } from '../../shared/error-codes.js';

export type { ErrorCode };

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  CALENDAR_INVALID: 400,
  WEAK_PASSWORD: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  ACCOUNT_DISABLED: 403,
  WRONG_PASSWORD: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  MEDIA_TYPE_NOT_ALLOWED: 415,
  RANGE_NOT_SATISFIABLE: 416,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
};

/** The one application error: a stable code, an HTTP status, a Chinese message and details. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
    message?: string,
  ) {
    super(message ?? errorMessage(code, details));
    this.name = 'AppError';
    // Domain and state conflicts are 409 unless the code says otherwise.
    this.status = STATUS[code] ?? 409;
  }
}

export const notFound = (what: string, id?: string) =>
  new AppError('NOT_FOUND', id === undefined ? { what } : { what, id });
export const forbidden = (reason: string) => new AppError('FORBIDDEN', { reason });
export const invalid = (fields: { path: string; message: string }[]) =>
  new AppError('VALIDATION_FAILED', { fields });
