import { nextInCounter } from '../../platform/db/counters.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { ParameterService } from '../parameters/parameter.service.js';
import {
  DOCUMENT_NUMBER_KIND_LABELS,
  formatDocumentNumber,
  parseDocumentNumber,
  type DocumentNumberKind,
} from './document-number.rules.js';

/**
 * Issues and registers 文号 inside the transaction that writes the document: the next number of the
 * kind and year (a counter incremented atomically, skipping numbers already taken), or a number given
 * by the user (e.g. from a paper register) once it follows the pattern and is unused. Every number
 * issued or taken is registered, so none is used twice (the register's key refuses a race).
 */
export class DocumentNumbers {
  constructor(private readonly parameters: ParameterService) {}

  async pattern(kind: DocumentNumberKind, db?: Tx): Promise<string> {
    return String(await this.parameters.get(`document.numberPattern.${kind}`, db));
  }

  /** The number of a document: `given` checked and taken, else the next one issued. */
  async assign(
    tx: Tx,
    kind: DocumentNumberKind,
    caseId: string,
    year: number,
    given: string | undefined,
    now: string,
  ): Promise<string> {
    const pattern = await this.pattern(kind, tx);
    if (given !== undefined && given.trim() !== '')
      return this.take(tx, kind, pattern, caseId, year, given.trim(), now);
    for (;;) {
      const n = await this.next(tx, kind, year);
      const number = formatDocumentNumber(pattern, year, n);
      if (await this.taken(tx, number)) continue;
      await tx
        .insertInto('documentNumber')
        .values({ number, kind, year, seq: n, caseId, source: 'issued', createdAt: now })
        .execute();
      return number;
    }
  }

  private async take(
    tx: Tx,
    kind: DocumentNumberKind,
    pattern: string,
    caseId: string,
    year: number,
    number: string,
    now: string,
  ): Promise<string> {
    const parsed = parseDocumentNumber(pattern, number);
    const example = formatDocumentNumber(pattern, year, 1);
    if (!parsed)
      throw new AppError('DOCUMENT_NUMBER_INVALID', {
        reason: 'pattern',
        document: DOCUMENT_NUMBER_KIND_LABELS[kind],
        pattern,
        example,
      });
    if (parsed.year !== null && parsed.year !== year)
      throw new AppError('DOCUMENT_NUMBER_INVALID', { reason: 'year', year, example });
    if (await this.taken(tx, number)) throw new AppError('DOCUMENT_NUMBER_TAKEN', { number });
    await tx
      .insertInto('documentNumber')
      .values({ number, kind, year, seq: parsed.n, caseId, source: 'given', createdAt: now })
      .execute();
    return number;
  }

  private async taken(tx: Tx, number: string): Promise<boolean> {
    const row = await tx
      .selectFrom('documentNumber')
      .select('number')
      .where('number', '=', number)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The next number of a kind in a year, atomically (platform/db/counters.ts). */
  private next(tx: Tx, kind: DocumentNumberKind, year: number): Promise<number> {
    return nextInCounter(tx, 'document_number_counter', kind, year);
  }
}
