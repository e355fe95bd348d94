import {
  errorMessage,
  type ErrorCode,
  type ErrorDetails,
  type ErrorReason,
} from '../../shared/error-codes.js';

export type { ErrorCode, ErrorDetails, ErrorReason };

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  CALENDAR_INVALID: 400,
  WEAK_PASSWORD: 400,
  BAD_REQUEST: 400,
  DOCUMENT_NUMBER_INVALID: 400,
  UNAUTHENTICATED: 401,
  TOKEN_INVALID: 401,
  TOKEN_SCOPE: 403,
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

/**
 * The one application error: a stable code, an HTTP status, a Chinese message and details. The details
 * must fit the code (`ErrorDetails`): a reason only from the code's own list in `ERROR_REASONS`.
 */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly status: number;
  readonly details: Record<string, unknown>;
  constructor(
    readonly code: C,
    details?: ErrorDetails<C>,
    message?: string,
  ) {
    super(message ?? errorMessage(code, details));
    this.details = details ?? {};
    this.name = 'AppError';
    // Domain and state conflicts are 409 unless the code says otherwise.
    this.status = STATUS[code] ?? 409;
  }
}

/** Whether a thrown value is an AppError (of any code; `instanceof` alone would type its code as any). */
export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

export const notFound = (what: string, id?: string) =>
  new AppError('NOT_FOUND', id === undefined ? { what } : { what, id });
export const forbidden = (reason: ErrorReason<'FORBIDDEN'>) => new AppError('FORBIDDEN', { reason });
export const invalid = (fields: { path: string; message: string }[]) =>
  new AppError('VALIDATION_FAILED', { fields });
