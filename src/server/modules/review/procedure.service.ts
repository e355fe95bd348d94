import type { IsoDate, Period } from '../../platform/calendar/calendar.rules.js';
import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { CaseRow, CaseService } from '../cases/case.service.js';
import type { ParameterService } from '../parameters/parameter.service.js';
import type { RecordFacts, RecordVersion } from '../records/record-facts.js';
import type { RecordService } from '../records/record.service.js';
import { isIsoDate } from '../../../shared/dates.js';
import { RECORD_TITLES } from '../../../shared/record-vocabulary.js';
import { DISCUSSION_FIELDS, type NoticeSnapshot } from './decision.rules.js';
import {
  HEARING_NOTICE_PERIOD,
  HEARING_REQUEST_WINDOW,
  chinaDateOf,
  hearingRightApplies,
  hostConflict,
  proposedPenalties,
  waiverOf,
  type Waiver,
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

/** When a record of the case was served on the party (the execution module's service facts). */
export interface DocumentService {
  recordServedOn(
    db: Executor,
    caseId: string,
    record: { id: string; documentNumber: string | null; createdAt: string; names: readonly string[] },
  ): Promise<IsoDate | null>;
}

/** What a 送达回证 may call the prior notice when it gives no number. */
const NOTICE_NAMES = [RECORD_TITLES.prior_notice, '事先告知书', '行政处罚告知书', '听证告知书'];

/** The party's side of the procedure after the latest notice, read from the case's records. */
export type NoticeState = {
  notice:
    | (NoticeSnapshot & { recordId: string; documentNumber: string | null; fields: Record<string, unknown> })
    | null;
  /** Hearing requests neither held nor withdrawn: the dates received. */
  pendingHearingRequests: IsoDate[];
  statementWindow: Period;
};

const PROCEDURE_RECORDS = [
  'prior_notice',
  'statement_waiver',
  'hearing_request',
  'hearing_withdrawal',
  'hearing_record',
] as const;

const dateField = (v: unknown): IsoDate | null => (typeof v === 'string' && isIsoDate(v) ? v : null);

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
    private readonly services: DocumentService,
    private readonly parameters: ParameterService,
    private readonly clock: Clock,
  ) {}

  register(records: RecordService) {
    records.registerCheck('statement_waiver', (db, c, fields) => this.checkWaiver(db, c, fields));
    records.registerCheck('hearing_request', (db, c, fields) => this.checkHearingRequest(db, c, fields));
    records.registerCheck('hearing_withdrawal', (db, c) => this.checkWithdrawal(db, c));
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

  /**
   * The 集体讨论 records (latest version of each series) with their place among the case's records and
   * the required facts they lack, and the place of each 法制审核意见书 by record id.
   */
  async discussionFacts(db: Executor, caseId: string) {
    const versions = await this.recordFacts.versionsOf(db, caseId, [
      'collective_discussion',
      'legal_review_opinion',
    ]);
    const latest = new Map<string, RecordVersion>();
    for (const v of versions) if (v.type === 'collective_discussion') latest.set(v.seriesId, v);
    const empty = (v: unknown) => blank(v) || (Array.isArray(v) && v.length === 0);
    return {
      discussions: [...latest.values()].map((v) => ({
        order: v.order,
        lacking: DISCUSSION_FIELDS.filter((k) => empty(v.fields[k])),
      })),
      orderOf: new Map(versions.map((v) => [v.id, v.order])),
    };
  }

  /** The statement window in force (parameter `procedure.statementDays`). */
  async statementWindow(db: Executor): Promise<Period> {
    return { days: await this.parameters.statementDays(db), unit: 'working_days' };
  }

  /**
   * The latest notice as the party received and answered it (APL Art. 44-45, 62, 64): its receipt —
   * the service recorded for it, or the receipt date a waiver answering it states (the waiver is signed
   * by the party, so it proves the notice reached them) —, what waivers made after it gave up, and
   * the hearing requests not yet held nor withdrawn.
   */
  async noticeState(db: Executor, caseId: string): Promise<NoticeState> {
    const statementWindow = await this.statementWindow(db);
    const records = await this.recordFacts.versionsOf(db, caseId, PROCEDURE_RECORDS);
    const after = (r: RecordVersion, type: string) =>
      records.filter((x) => x.type === type && x.order > r.order);
    const pendingHearingRequests = records
      .filter((r) => r.type === 'hearing_request')
      .filter((r) => after(r, 'hearing_record').length === 0 && after(r, 'hearing_withdrawal').length === 0)
      .map((r) => dateField(r.fields.receivedOn) ?? chinaDate(new Date(r.createdAt)));
    const last = records.filter((r) => r.type === 'prior_notice').at(-1);
    if (!last) return { notice: null, pendingHearingRequests, statementWindow };
    const number = last.documentNumber;
    // a waiver answers the notice it follows; one that names another notice's number answers that one
    const waivers = after(last, 'statement_waiver').filter((w) => {
      const named = typeof w.fields.noticeNumber === 'string' ? w.fields.noticeNumber.trim() : '';
      return named === '' || number === null || named === number.trim();
    });
    const waived: Waiver | null =
      waivers.length === 0
        ? null
        : waivers
            .map((w) => waiverOf(w.fields))
            .reduce((a, b) => ({
              statement: a.statement || b.statement,
              hearing: a.hearing || b.hearing,
            }));
    const servedOn = await this.services.recordServedOn(db, caseId, {
      id: last.id,
      documentNumber: number,
      createdAt: last.createdAt,
      names: NOTICE_NAMES,
    });
    const acknowledged = waivers.map(
      (w) =>
        dateField(w.fields.noticeReceivedOn) ??
        dateField(w.fields.declaredOn) ??
        chinaDate(new Date(w.createdAt)),
    );
    const receivedOn = [servedOn, ...acknowledged].filter((d): d is IsoDate => d !== null).sort()[0] ?? null;
    return {
      notice: {
        recordId: last.id,
        documentNumber: number,
        fields: last.fields,
        issuedOn: chinaDateOf(last.fields.issuedOn) ?? chinaDate(new Date(last.createdAt)),
        hearingRight: last.fields.hearingRight === true,
        penalties: proposedPenalties(last.fields),
        receivedOn,
        waived,
      },
      pendingHearingRequests,
      statementWindow,
    };
  }

  /** A waiver answers a notice the party received: not before it was issued, not after today. */
  private async checkWaiver(db: Executor, c: CaseRow, fields: Record<string, unknown>) {
    const notice = await this.latestNotice(db, c.id);
    if (!notice) throw new AppError('PRIOR_NOTICE_REQUIRED', { missing: ['record:prior_notice'] });
    const received = dateField(fields.noticeReceivedOn);
    if (received && (received < notice.issuedOn || received > chinaDate(this.clock())))
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          {
            path: 'fields.noticeReceivedOn',
            message: `收到告知书日期须在告知书日期（${notice.issuedOn}）与今天之间`,
          },
        ],
      });
  }

  /**
   * A hearing request answers a notice that carried the hearing right, within 5 working days of the
   * party's receipt of it (APL Art. 64(1), 85); it is recorded with the day it was received and by whom.
   */
  private async checkHearingRequest(db: Executor, c: CaseRow, fields: Record<string, unknown>) {
    const { notice } = await this.noticeState(db, c.id);
    if (!notice?.hearingRight) throw new AppError('NO_HEARING_RIGHT', { missing: ['record:prior_notice'] });
    const receivedOn = dateField(fields.receivedOn);
    if (receivedOn && receivedOn > chinaDate(this.clock()))
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'fields.receivedOn', message: '收到听证申请日期不能晚于今天' }],
      });
    if (receivedOn && notice.receivedOn) {
      const { due } = await this.calendar.due(notice.receivedOn, HEARING_REQUEST_WINDOW, db);
      if (receivedOn > due)
        throw new AppError('HEARING_REQUEST_LATE', {
          path: 'fields.receivedOn',
          noticeReceivedOn: notice.receivedOn,
          windowEnds: due,
        });
    }
  }

  /** A withdrawal answers a pending hearing request. */
  private async checkWithdrawal(db: Executor, c: CaseRow) {
    const { pendingHearingRequests } = await this.noticeState(db, c.id);
    if (pendingHearingRequests.length === 0)
      throw new AppError('CONFLICT', { reason: 'no_pending_hearing_request' });
  }

  private async checkNotice(
    db: Executor,
    c: CaseRow,
    fields: Record<string, unknown>,
    seriesId: string | null,
  ) {
    const penalties = proposedPenalties(fields);
    // a notice whose penalties carry the hearing right must say so: omitted is refused like false
    if (fields.hearingRight !== true && hearingRightApplies(penalties, c.partyType))
      throw new AppError('HEARING_RIGHT_REQUIRED', { path: 'fields.hearingRight' });
    // a heavier notice than the one before needs its reason (APL Art. 45): an earlier series, or
    // the earlier version of this one
    const previous = await this.latestNotice(db, c.id);
    if (!previous) return;
    // a notice of 按日连续处罚 announces a decision of its own (环境保护法 Art. 59), not a heavier one
    if (penalties.length > 0 && penalties.every((p) => p.type === 'daily_fine')) return;
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
    const { notice } = await this.noticeState(db, c.id);
    const requestedOn = chinaDateOf(fields.requestedOn);
    if (notice && requestedOn) {
      // from the party's receipt of the notice (APL Art. 64(1)); from its date while no receipt is known
      const from = notice.receivedOn ?? notice.issuedOn;
      const { due } = await this.calendar.due(from, HEARING_REQUEST_WINDOW, db);
      if (requestedOn > due)
        throw new AppError('HEARING_REQUEST_LATE', {
          path: 'fields.requestedOn',
          noticeReceivedOn: from,
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
