import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { CaseRow, CaseService } from '../cases/case.service.js';
import type { RecordFacts } from '../records/record-facts.js';
import type { RecordService } from '../records/record.service.js';
import {
  HEARING_NOTICE_PERIOD,
  HEARING_REQUEST_WINDOW,
  chinaDateOf,
  hearingRightApplies,
  hostConflict,
  proposedPenalties,
} from './procedure.rules.js';
import { heavierThanNotice } from './review.rules.js';

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export type NoticeFacts = {
  /** The date the notice was issued (its field, else the day it was recorded). */
  issuedOn: string;
  hearingRight: boolean;
  fields: Record<string, unknown>;
  seriesId: string;
};

/**
 * The procedure before a penalty decision, enforced on the records as they are made (APL Art. 44-45,
 * 63-65): hearing rights in the notice, a reason for a heavier new notice, the hearing request window,
 * the hearing notice period and a host who did not investigate the case.
 */
export class DecisionProcedure {
  constructor(
    private readonly calendar: CalendarService,
    private readonly cases: CaseService,
    private readonly recordFacts: RecordFacts,
  ) {}

  register(records: RecordService) {
    records.registerCheck('prior_notice', (db, c, fields, seriesId) =>
      this.checkNotice(db, c, fields, seriesId),
    );
    records.registerCheck('hearing_notice', (db, c, fields) => this.checkHearingNotice(db, c, fields));
    records.registerCheck('hearing_record', (db, c, fields) => this.checkHearingRecord(db, c, fields));
  }

  /** The latest prior notice of the case: the notice record (or version) made last. */
  async latestNotice(db: Executor, caseId: string): Promise<NoticeFacts | null> {
    const last = (await this.recordFacts.versions(db, caseId, 'prior_notice')).at(-1);
    if (!last) return null;
    const fields = last.fields;
    return {
      issuedOn: chinaDateOf(fields.issuedOn) ?? chinaDate(new Date(last.createdAt)),
      hearingRight: fields.hearingRight === true,
      fields,
      seriesId: last.seriesId,
    };
  }

  private async checkNotice(
    db: Executor,
    c: CaseRow,
    fields: Record<string, unknown>,
    seriesId: string | null,
  ) {
    const penalties = proposedPenalties(fields);
    if (fields.hearingRight === false && hearingRightApplies(penalties, c.partyType))
      throw new AppError('HEARING_RIGHT_REQUIRED', { path: 'fields.hearingRight' });
    // a heavier notice than the one before needs its reason (APL Art. 45): an earlier series, or
    // the earlier version of this one
    const previous = await this.latestNotice(db, c.id);
    if (!previous) return;
    const exceeds = heavierThanNotice(penalties, proposedPenalties(previous.fields));
    if (exceeds.length > 0 && blank(fields.heavierReason))
      throw new AppError('NOTICE_REASON_REQUIRED', {
        path: 'fields.heavierReason',
        exceeds,
        previousSeries: previous.seriesId,
        sameSeries: previous.seriesId === seriesId,
      });
  }

  private async investigators(db: Executor, c: CaseRow, extra: unknown): Promise<string[]> {
    const officers = (await this.cases.officers(db, c.id)).map((o) => o.name);
    const listed = Array.isArray(extra) ? extra.filter((x): x is string => typeof x === 'string') : [];
    return [...officers, ...listed];
  }

  private async checkHearingNotice(db: Executor, c: CaseRow, fields: Record<string, unknown>) {
    const conflict = hostConflict(fields.host, await this.investigators(db, c, undefined));
    if (conflict) throw new AppError('HEARING_HOST_CONFLICT', { path: 'fields.host', host: conflict });
    const notice = await this.latestNotice(db, c.id);
    const requestedOn = chinaDateOf(fields.requestedOn);
    if (notice && requestedOn) {
      const { due } = await this.calendar.due(notice.issuedOn, HEARING_REQUEST_WINDOW, db);
      if (requestedOn > due)
        throw new AppError('HEARING_REQUEST_LATE', {
          path: 'fields.requestedOn',
          noticeIssuedOn: notice.issuedOn,
          windowEnds: due,
        });
    }
    const issuedOn = chinaDateOf(fields.issuedOn);
    const hearingOn = chinaDateOf(fields.hearingAt);
    if (issuedOn && hearingOn) {
      const { due: earliest } = await this.calendar.due(issuedOn, HEARING_NOTICE_PERIOD, db);
      if (hearingOn < earliest)
        throw new AppError('HEARING_NOTICE_TOO_SHORT', { path: 'fields.hearingAt', earliest });
    }
  }

  private async checkHearingRecord(db: Executor, c: CaseRow, fields: Record<string, unknown>) {
    const conflict = hostConflict(fields.host, await this.investigators(db, c, fields.investigators));
    if (conflict) throw new AppError('HEARING_HOST_CONFLICT', { path: 'fields.host', host: conflict });
  }
}
