import {
  addDays,
  type IsoDate,
  type Period,
  type WorkingCalendar,
} from '../../platform/calendar/calendar.rules.js';

import { SERVICE_METHODS, type ServiceMethod } from '../../../shared/execution-vocabulary.js';
// codes shared with the web: src/shared/execution-vocabulary.ts
export { SERVICE_METHODS, type ServiceMethod } from '../../../shared/execution-vocabulary.js';

/**
 * Pure rules of service (送达), docs/domain-rules.md §4, §4b. The APL applies the Civil Procedure
 * Law's service rules (APL Art. 61); article numbers of 民事诉讼法 are those of the 2021 revision.
 */

/** 留置送达 and 公告送达 are recorded on audio/video. GD-REC Art. 14; 民事诉讼法 Art. 89 (留置 with photos or video). */
export const SERVICE_AV_METHODS: readonly ServiceMethod[] = ['left_at_premises', 'announcement'];

/** Electronic service only with the party's signed consent (确认书). APL Art. 61 para 2; 民事诉讼法 Art. 90. */
export const CONSENT_METHODS: readonly ServiceMethod[] = ['electronic'];

/**
 * 公告送达: deemed served when 30 days have passed since the announcement (the announcement day not
 * counted). 民事诉讼法 Art. 95. Default of parameter `execution.announcementDays`.
 */
export const ANNOUNCEMENT_DAYS = 30;

/**
 * A decision not handed over when announced is served within 7 日 — working days by APL Art. 85.
 * APL Art. 61.
 */
export const DECISION_SERVICE_PERIOD: Period = { days: 7, unit: 'working_days' };

/**
 * Decisions that are not served on the party: a transfer (移送) goes to the judicial organ [?] —
 * the transfer letter is not a decision against the party.
 */
export const UNSERVED_OUTCOMES: readonly string[] = ['transfer'];

/** The method codes of the 送达回证 template (`record-templates.ts`) for the API's. */
export const RECEIPT_METHOD: Record<ServiceMethod, string> = {
  direct: 'direct',
  mail: 'mail',
  left_at_premises: 'lodged',
  electronic: 'electronic',
  announcement: 'announcement',
};

export function methodOfReceipt(value: unknown): ServiceMethod | undefined {
  return SERVICE_METHODS.find((m) => RECEIPT_METHOD[m] === value);
}

/** The deemed service date of an announcement. 民事诉讼法 Art. 95. */
export function deemedServedOn(announcedOn: IsoDate, announcementDays = ANNOUNCEMENT_DAYS): IsoDate {
  return addDays(announcedOn, announcementDays);
}

/**
 * The legal service date: the date signed on the receipt (direct; 民事诉讼法 Art. 87), the day the
 * document was left (留置, Art. 89), the date on the postal return receipt (mail, Art. 91), the day
 * it reached the recipient's system (electronic, Art. 90), or the deemed date (公告, Art. 95).
 */
export function serviceDate(
  method: ServiceMethod,
  dates: { receivedOn?: IsoDate | undefined; announcedOn?: IsoDate | undefined },
  announcementDays = ANNOUNCEMENT_DAYS,
): IsoDate | undefined {
  if (method === 'announcement')
    return dates.announcedOn === undefined ? undefined : deemedServedOn(dates.announcedOn, announcementDays);
  return dates.receivedOn;
}

/** Which date a method needs in the request. */
export function requiredServiceDate(method: ServiceMethod): 'announcedOn' | 'receivedOn' {
  return method === 'announcement' ? 'announcedOn' : 'receivedOn';
}

/** The last day to serve the decision (7 working days after the decision date). APL Art. 61, 85. */
export function decisionServiceDue(cal: WorkingCalendar, decidedOn: IsoDate) {
  return cal.due(decidedOn, DECISION_SERVICE_PERIOD);
}

const DECISION_NAME = '处罚决定书';

/**
 * Whether a 送达回证 record serves the decision: it names no documents (a bare receipt made in the
 * execution stage is the decision's), or one item carries the decision's number, or an item without
 * a number is a 处罚决定书 (incl. 不予行政处罚决定书, 当场行政处罚决定书).
 */
export function receiptServesDecision(fields: Record<string, unknown>, decisionNumber: string): boolean {
  const documents = fields['documents'];
  if (!Array.isArray(documents) || documents.length === 0) return true;
  return documents.some((item: unknown) => {
    if (typeof item === 'string') return item.includes(decisionNumber) || item.includes(DECISION_NAME);
    if (typeof item !== 'object' || item === null) return false;
    const { number, name } = item as { number?: unknown; name?: unknown };
    if (typeof number === 'string' && number.trim() !== '') return number.trim() === decisionNumber.trim();
    return typeof name === 'string' && name.includes(DECISION_NAME);
  });
}

/** A receipt serves the decision only on or after the decision date (an earlier one served something else). */
export function servesDecision(
  fields: Record<string, unknown>,
  servedOn: IsoDate,
  decision: { documentNumber: string; decidedOn: IsoDate },
): boolean {
  return servedOn >= decision.decidedOn && receiptServesDecision(fields, decision.documentNumber);
}

/**
 * Whether a 送达回证 record serves a document other than the decision (e.g. the prior notice): one of
 * its items carries the document's number, or an item without a number is named as the document
 * (any of `names`). A receipt that names no documents serves only the decision.
 */
export function receiptServesDocument(
  fields: Record<string, unknown>,
  doc: { documentNumber: string | null; names: readonly string[] },
): boolean {
  const documents = fields['documents'];
  if (!Array.isArray(documents)) return false;
  const named = (name: unknown) => typeof name === 'string' && doc.names.some((n) => name.includes(n));
  return documents.some((item: unknown) => {
    if (typeof item === 'string')
      return (doc.documentNumber !== null && item.includes(doc.documentNumber)) || named(item);
    if (typeof item !== 'object' || item === null) return false;
    const { number, name } = item as { number?: unknown; name?: unknown };
    if (typeof number === 'string' && number.trim() !== '')
      return doc.documentNumber !== null && number.trim() === doc.documentNumber.trim();
    return named(name);
  });
}

const isDate = (v: unknown): v is IsoDate => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * Service by a bare 送达回证 record: its method and signing date (签收日期 is the service date;
 * a receipt without one counts from the day it was made), 公告 from its announcement date.
 */
export function receiptService(
  fields: Record<string, unknown>,
  madeOn: IsoDate,
  announcementDays = ANNOUNCEMENT_DAYS,
): { method: ServiceMethod | undefined; servedOn: IsoDate } {
  const method = methodOfReceipt(fields['method']);
  const announcedOn = isDate(fields['announcedOn']) ? fields['announcedOn'] : undefined;
  const receivedOn = isDate(fields['receivedOn']) ? fields['receivedOn'] : undefined;
  if (method === 'announcement' && announcedOn !== undefined)
    return { method, servedOn: deemedServedOn(announcedOn, announcementDays) };
  return { method, servedOn: receivedOn ?? madeOn };
}
