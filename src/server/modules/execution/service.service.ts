import { SERVICE_METHOD_LABELS } from '../../../shared/execution-vocabulary.js';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../platform/auth/auth.service.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { CaseRow } from '../cases/case.service.js';
import type { RecordCheck } from '../records/record.service.js';
import { RECORD_TEMPLATES, type RecordType } from '../records/record-templates.js';
import { invalidField, notAfterToday, writeAction, type ExecutionDeps } from './execution-kit.js';
import type { ExecutionSnapshot, ServiceFact } from './execution-state.js';
import { executionRepository as repo } from './execution.repository.js';
import type { ServiceInput } from './execution.schema.js';
import {
  CONSENT_METHODS,
  RECEIPT_METHOD,
  SERVICE_AV_METHODS,
  methodOfReceipt,
  requiredServiceDate,
  serviceDate,
} from './service.rules.js';

/** The title of a decision document by its outcome and procedure. */
function decisionTitle(d: NonNullable<ExecutionSnapshot['decision']>): string {
  if (d.source === 'summary') return '当场行政处罚决定书';
  return d.outcome === 'penalty' ? '行政处罚决定书' : '不予行政处罚决定书';
}

/**
 * 送达: the party's consent to electronic service, and the service of any document of the case —
 * entered here with a 送达回证 written in the same transaction. Bare 送达回证 records made through the
 * records API count as well (see `ExecutionState`); `receiptCheck` holds them to the same rules.
 */
export class ServingService {
  constructor(private readonly deps: ExecutionDeps) {}

  async addConsent(
    principal: Principal,
    caseId: string,
    input: { address: string; signedOn: string; note?: string | undefined },
  ) {
    return writeAction(this.deps, principal, caseId, 'open', async (tx, c, x) => {
      notAfterToday('signedOn', input.signedOn, x.today);
      const row = {
        id: randomUUID(),
        caseId: c.id,
        address: input.address,
        signedOn: input.signedOn,
        note: input.note ?? null,
        createdBy: principal.id,
        createdAt: this.deps.clock().toISOString(),
      };
      await repo.insertConsent(tx, row);
      return {
        event: {
          type: 'service_consent_recorded',
          summary: `当事人签署电子送达确认书（${input.signedOn}），送达地址：${input.address}`,
          detail: { consentId: row.id, signedOn: input.signedOn },
          after: row,
        },
        result: {
          id: row.id,
          address: row.address,
          signedOn: row.signedOn,
          note: row.note,
          createdAt: row.createdAt,
        },
      };
    });
  }

  async serve(principal: Principal, caseId: string, input: ServiceInput): Promise<ServiceFact> {
    return writeAction(this.deps, principal, caseId, 'open', async (tx, c, x) => {
      const document = await this.document(tx, c, x, input.document);
      const dateKey = requiredServiceDate(input.method);
      const actDate = input[dateKey];
      if (actDate === undefined)
        throw invalidField(
          dateKey,
          dateKey === 'announcedOn' ? '公告送达须填写公告日期' : '请填写签收（送达）日期',
        );
      notAfterToday(dateKey, actDate, x.today);
      if (input.document.kind === 'decision' && x.decision && actDate < x.decision.decidedOn)
        throw invalidField(dateKey, '送达日期不能早于决定日期');
      if (CONSENT_METHODS.includes(input.method)) await requireConsent(tx, c.id, actDate);
      const mediaId = SERVICE_AV_METHODS.includes(input.method)
        ? await requireServiceMedia(tx, c.id, input.mediaId)
        : null;
      const servedOn = serviceDate(input.method, input, x.settings.announcementDays) ?? actDate;
      const now = this.deps.clock().toISOString();
      const receipt = await this.deps.records.generate(tx, principal, c, {
        type: 'service_receipt',
        title: `送达回证（${document.name}）`,
        content: `${SERVICE_METHOD_LABELS[input.method]}${document.name}${document.number ? ` ${document.number}` : ''}。`,
        fields: {
          documents: [{ name: document.name, ...(document.number ? { number: document.number } : {}) }],
          method: RECEIPT_METHOD[input.method],
          recipient: input.recipient,
          server: input.server ?? principal.name,
          receivedOn: input.method === 'announcement' ? servedOn : actDate,
          ...(input.signedBy ? { signedBy: input.signedBy } : {}),
          ...(input.refusalNote ? { refusalNote: input.refusalNote } : {}),
          ...(input.method === 'electronic'
            ? { electronicConsent: true, electronicAddress: input.electronicAddress ?? x.consent?.address }
            : {}),
          ...(input.trackingNumber ? { trackingNumber: input.trackingNumber } : {}),
          ...(input.method === 'announcement'
            ? {
                announcedOn: actDate,
                ...(input.announcementMedium ? { announcementMedium: input.announcementMedium } : {}),
              }
            : {}),
        },
      });
      const row = {
        id: randomUUID(),
        caseId: c.id,
        documentKind: input.document.kind,
        documentRef: document.ref,
        documentName: document.name,
        documentNumber: document.number,
        method: input.method,
        recipient: input.recipient,
        receivedOn: input.method === 'announcement' ? null : actDate,
        announcedOn: input.method === 'announcement' ? actDate : null,
        servedOn,
        mediaId,
        trackingNumber: input.trackingNumber ?? null,
        electronicAddress:
          input.electronicAddress ?? (input.method === 'electronic' ? (x.consent?.address ?? null) : null),
        receiptSeriesId: receipt.seriesId,
        note: input.note ?? null,
        createdBy: principal.id,
        createdAt: now,
      };
      await repo.insertService(tx, row);
      const fact: ServiceFact = {
        id: row.id,
        source: 'entry',
        documentKind: row.documentKind,
        documentRef: row.documentRef,
        documentName: row.documentName,
        documentNumber: row.documentNumber,
        method: input.method,
        recipient: row.recipient,
        receivedOn: row.receivedOn,
        announcedOn: row.announcedOn,
        servedOn,
        mediaId,
        receiptRecordId: receipt.id,
        createdAt: now,
      };
      return {
        event: {
          type: 'document_served',
          summary: `${SERVICE_METHOD_LABELS[input.method]}《${document.name}》${input.method === 'announcement' ? `，公告日期 ${actDate}，${servedOn} 视为送达` : `，送达日期 ${servedOn}`}`,
          detail: { serviceId: row.id, documentKind: row.documentKind, method: input.method, servedOn },
          after: row,
        },
        result: fact,
      };
    });
  }

  private async document(
    db: Executor,
    c: CaseRow,
    x: ExecutionSnapshot,
    doc: ServiceInput['document'],
  ): Promise<{ name: string; number: string | null; ref: string | null }> {
    switch (doc.kind) {
      case 'decision':
        if (!x.decision) throw new AppError('EXECUTION_NOT_APPLICABLE', { reason: 'no_decision' });
        // what is served is the 行政处罚决定书 generated from the decision (APL Art. 59, 61)
        if (x.documentMissing)
          throw new AppError('DECISION_DOCUMENT_REQUIRED', { missing: ['record:penalty_decision'] });
        return { name: decisionTitle(x.decision), number: x.decision.documentNumber, ref: null };
      case 'daily_penalty': {
        const d = x.daily.find((p) => p.id === doc.dailyPenaltyId);
        if (!d) throw notFound('daily_penalty', doc.dailyPenaltyId);
        return { name: '按日连续处罚决定书', number: d.decisionNumber, ref: d.id };
      }
      case 'record': {
        const r = await repo.record(db, doc.recordId);
        if (r?.caseId !== c.id) throw invalidField('document.recordId', '须为本案的文书');
        return {
          name: RECORD_TEMPLATES[r.type as RecordType].title,
          number: r.documentNumber,
          ref: r.id,
        };
      }
      case 'other':
        return { name: doc.name, number: doc.number ?? null, ref: null };
    }
  }

  /** A 送达回证 made through the records API follows the same rules: consent for e-service, A/V for 留置 and 公告. */
  readonly receiptCheck: RecordCheck = async (db, c, fields) => {
    const method = methodOfReceipt(fields['method']);
    if (method === undefined) return;
    const on = typeof fields['receivedOn'] === 'string' ? fields['receivedOn'] : '9999-12-31';
    if (CONSENT_METHODS.includes(method)) await requireConsent(db, c.id, on);
    if (SERVICE_AV_METHODS.includes(method)) await requireServiceMedia(db, c.id, undefined);
  };
}

/** Electronic service needs the party's consent signed on or before the service date. APL Art. 61 para 2. */
async function requireConsent(db: Executor, caseId: string, on: string) {
  const consents = await repo.consents(db, caseId);
  if (!consents.some((k) => k.signedOn <= on))
    throw new AppError('SERVICE_CONSENT_REQUIRED', { missing: ['service_consent'] });
}

/** 留置 and 公告送达 need an audio/video record of the service on the case. GD-REC Art. 14. */
async function requireServiceMedia(db: Executor, caseId: string, mediaId: string | undefined) {
  const media = (await repo.media(db, caseId)).filter((m) => m.activity === 'service');
  if (mediaId !== undefined) {
    if (!media.some((m) => m.id === mediaId))
      throw invalidField('mediaId', '须为本案活动类型为“留置/公告送达”的音像记录');
    return mediaId;
  }
  const first = media[0];
  if (!first)
    throw new AppError(
      'AV_RECORD_REQUIRED',
      { missing: ['media:service'] },
      '留置送达、公告送达须有音像记录（《广东省行政执法全过程记录办法》第十四条）',
    );
  return first.id;
}
