import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorMessage, type ErrorCode, type ErrorDetails } from '../../../shared/error-codes.js';
import { isUniqueViolation } from '../db/database.js';
import { isAppError } from '../errors.js';

type ErrorBody = { error: { code: ErrorCode; message: string; details: Record<string, unknown> } };

const body = (code: ErrorCode, details: Record<string, unknown> = {}, message?: string): ErrorBody => ({
  error: { code, message: message ?? errorMessage(code, details), details },
});

const concurrentChange: ErrorDetails<'CONFLICT'> = { reason: 'concurrent_change', retry: true };

/** Fastify's own client errors, by their codes, mapped onto ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

/** One error handler: stable codes, Chinese messages, never a 500 for bad input. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isAppError(error)) {
      if (error.code === 'RATE_LIMITED' && typeof error.details.retryAfterSeconds === 'number') {
        void reply.header('retry-after', String(error.details.retryAfterSeconds));
      }
      return reply.status(error.status).send(body(error.code, error.details, error.message));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        path: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message,
      }));
      return reply.status(400).send(body('VALIDATION_FAILED', { fields }));
    }
    // two writers raced for the same unique slot (e.g. the next record number of a case): nothing
    // was written by the loser, which may simply retry
    if (isUniqueViolation(error)) return reply.status(409).send(body('CONFLICT', concurrentChange));
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code = FASTIFY_CODES[error.code] ?? (status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST');
      const details =
        code === 'VALIDATION_FAILED' ? { fields: [{ path: 'body', message: error.message }] } : {};
      return reply.status(code === 'BAD_REQUEST' ? 400 : status).send(body(code, details));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL_ERROR', { requestId: request.id }));
  });
}
