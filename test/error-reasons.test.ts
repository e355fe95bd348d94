import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ERROR_MESSAGES,
  ERROR_REASONS,
  errorMessage,
  type ErrorCode,
  type ErrorDetails,
} from '../src/shared/error-codes.js';
import { AppError, forbidden } from '../src/server/platform/errors.js';
import { createTestApp, type Client, type TestApp } from './support/app.js';
import { buildCase } from './support/factories.js';

// Type-level: a reason that is not in the code's own list does not compile (`npm run check` fails if any
// of these lines stops being an error).
export const wrongReasons = () => [
  // @ts-expect-error not a reason of CONFLICT
  new AppError('CONFLICT', { reason: 'bogus' }),
  // @ts-expect-error case_scope is a reason of FORBIDDEN, not of CONFLICT
  new AppError('CONFLICT', { reason: 'case_scope' }),
  // @ts-expect-error NOT_FOUND takes no reason
  new AppError('NOT_FOUND', { what: 'case', reason: 'case_scope' }),
  // @ts-expect-error VALIDATION_FAILED details list the fields
  new AppError('VALIDATION_FAILED', { path: 'title' }),
  // @ts-expect-error not a reason of FORBIDDEN
  forbidden('bogus'),
];

const HAN = /\p{Script=Han}/u;

describe('error reasons', () => {
  const entries = Object.entries(ERROR_REASONS).flatMap(([code, reasons]) =>
    Object.entries(reasons).map(([reason, message]) => ({ code, reason, message })),
  );

  it('gives every reason of every code its own Chinese sentence, which errorMessage uses', () => {
    expect(entries.length).toBeGreaterThan(50);
    for (const { code, reason, message } of entries) {
      const label = `${code}.${reason}`;
      expect(code in ERROR_MESSAGES, label).toBe(true);
      expect(message.trim(), label).not.toBe('');
      expect(message, label).toMatch(HAN);
      expect(message, label).not.toBe(ERROR_MESSAGES[code as ErrorCode]);
      expect(errorMessage(code as ErrorCode, { reason }), label).toBe(message);
      // reasons read from the table at run time: the cast stands for any code's own reason
      const details = { reason } as ErrorDetails<ErrorCode>;
      expect(new AppError(code as ErrorCode, details).message, label).toBe(message);
    }
  });

  it('falls back to the code’s sentence for no reason, an unknown one, or a prototype name', () => {
    expect(errorMessage('CONFLICT')).toBe(ERROR_MESSAGES.CONFLICT);
    expect(errorMessage('CONFLICT', { reason: 'from_a_newer_server' })).toBe(ERROR_MESSAGES.CONFLICT);
    expect(errorMessage('CONFLICT', { reason: 'constructor' })).toBe(ERROR_MESSAGES.CONFLICT);
    expect(errorMessage('NOT_FOUND', { reason: 'already_decided' })).toBe(ERROR_MESSAGES.NOT_FOUND);
  });

  it('keeps a message given explicitly', () => {
    expect(new AppError('CONFLICT', { reason: 'already_decided' }, '自定义').message).toBe('自定义');
  });
});

describe('an error with a reason, through the API', () => {
  let t: TestApp;
  let officer1: Client;
  let reviewer: Client;
  beforeAll(async () => {
    t = await createTestApp();
    officer1 = await t.login('officer1');
    reviewer = await t.login('reviewer');
  });
  afterAll(async () => t.close());

  it('answers with the reason’s sentence, not the generic one', async () => {
    const c = await buildCase(t, officer1);
    const checklist = (await reviewer.get('/api/v1/evaluation-checklist')).json<{ id: string }>();
    const res = await reviewer.post(`/api/v1/cases/${c.id}/evaluations`, {
      checklistId: checklist.id,
      scores: [],
      comment: '',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: {
        code: 'CONFLICT',
        message: ERROR_REASONS.CONFLICT.case_not_archived,
        details: { reason: 'case_not_archived' },
      },
    });
  });
});
