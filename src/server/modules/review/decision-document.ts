import type { Principal } from '../../platform/auth/auth.service.js';
import type { Executor, Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { EVIDENCE_TYPE_LABELS } from '../../../shared/evidence-vocabulary.js';
import type { DocumentSettingKey } from '../parameters/parameter.definitions.js';
import type { CaseRow } from '../cases/case.service.js';
import type { RecordFacts } from '../records/record-facts.js';
import type { RecordService } from '../records/record.service.js';
import { RECORD_TITLES } from '../../../shared/record-vocabulary.js';
import type { NoticeSnapshot } from './decision.rules.js';
import type { DecisionProcedure } from './procedure.service.js';
import { MONEY_PENALTIES, type Penalty } from './review.rules.js';

/** The decision as recorded (and reviewed): what its document is generated from. */
export type DecisionOfRecord = {
  documentNumber: string;
  outcome: string;
  summary: string;
  facts: string;
  basis: string;
  decidedOn: string;
  penalties: readonly Penalty[];
  discretion: { standard: string; reason: string } | null;
};

/** The outcomes whose document is the 行政处罚决定书 generated here (APL Art. 59). */
export const DOCUMENTED_OUTCOMES: readonly string[] = ['penalty'];

/**
 * What a decision's document prints by name and may not leave blank: the reconsideration body and the
 * court (APL Art. 59(5); 行政复议法 2023 Art. 20(3): without them the party's period becomes one year),
 * and where money is paid (APL Art. 59(4), 67).
 */
export function requiredSettings(outcome: string, penalties: readonly Penalty[]): DocumentSettingKey[] {
  if (!DOCUMENTED_OUTCOMES.includes(outcome)) return [];
  const money = penalties.some((p) => MONEY_PENALTIES.includes(p.type));
  return [
    'document.reconsiderationBody',
    'document.litigationCourt',
    ...(money
      ? (['document.paymentBank', 'document.paymentAccountName', 'document.paymentAccount'] as const)
      : []),
  ];
}

/** The party's side of the procedure, in the decision's words (APL Art. 59(2)). */
export function statementText(notice: (NoticeSnapshot & { documentNumber: string | null }) | null): string {
  if (!notice) return '';
  const number = notice.documentNumber ? `（${notice.documentNumber}）` : '';
  const received = notice.receivedOn ? `，你（单位）于${notice.receivedOn}收到` : '';
  const told = `本机关于${notice.issuedOn}作出《${RECORD_TITLES.prior_notice}》${number}${received}。`;
  const w = notice.waived;
  if (w?.statement && (w.hearing || !notice.hearingRight))
    return `${told}你（单位）书面放弃陈述、申辩${notice.hearingRight ? '和要求听证' : ''}的权利。`;
  return `${told}你（单位）在法定期限内${notice.hearingRight ? '依法行使或者放弃了陈述、申辩和要求听证的权利' : '依法行使或者放弃了陈述、申辩的权利'}。`;
}

/**
 * The fields of the 行政处罚决定书 from the decision as recorded, the evidence register, the notice and
 * the settings (pure): nothing typed separately, so the document cannot differ from the decision.
 */
export function decisionDocumentFields(
  d: DecisionOfRecord,
  facts: {
    evidence: readonly { evidenceType: string; title: string }[];
    notice: (NoticeSnapshot & { documentNumber: string | null }) | null;
    violatedProvisions: string | null;
    settings: Record<DocumentSettingKey, string>;
  },
): Record<string, unknown> {
  const money = d.penalties.some((p) => MONEY_PENALTIES.includes(p.type));
  const s = facts.settings;
  const labels: Record<string, string> = EVIDENCE_TYPE_LABELS;
  return {
    facts: d.facts,
    evidence: facts.evidence.map((e) => `${labels[e.evidenceType] ?? e.evidenceType}：${e.title}`),
    statementAndHearing: statementText(facts.notice),
    ...(facts.violatedProvisions ? { violatedProvisions: facts.violatedProvisions } : {}),
    basis: d.basis,
    ...(d.discretion ? { discretion: `${d.discretion.standard}。${d.discretion.reason}` } : {}),
    penalties: d.penalties.map((p) => ({
      type: p.type,
      ...(p.amount !== undefined ? { amount: p.amount } : {}),
    })),
    ...(money
      ? {
          performance: `自收到本决定书之日起十五日内，到${s['document.paymentBank']}或者通过电子支付系统缴纳。`,
          paymentAccount: `户名：${s['document.paymentAccountName']}；开户银行：${s['document.paymentBank']}；账号：${s['document.paymentAccount']}`,
        }
      : {}),
    decidedOn: d.decidedOn,
  };
}

/**
 * The 行政处罚决定书 of a case, generated from its decision inside the transaction that records the
 * decision (version 1), and again — a new version with its reason — when regenerated.
 */
export class DecisionDocuments {
  constructor(
    private readonly records: RecordService,
    private readonly recordFacts: RecordFacts,
    private readonly procedure: DecisionProcedure,
  ) {}

  /** Refuses a decision whose document would print a blank setting (`DOCUMENT_SETTINGS_MISSING`). */
  async requireSettings(db: Executor, outcome: string, penalties: readonly Penalty[]) {
    const settings = await this.records.documentSettings(db);
    const missing = requiredSettings(outcome, penalties).filter((k) => settings[k] === '');
    if (missing.length > 0) throw new AppError('DOCUMENT_SETTINGS_MISSING', { missing });
    return settings;
  }

  /** The document's series, when the case has one. */
  async series(db: Executor, caseId: string): Promise<string | null> {
    return (await this.records.versionsOf(db, caseId, 'penalty_decision')).at(-1)?.seriesId ?? null;
  }

  async generate(tx: Tx, principal: Principal, c: CaseRow, d: DecisionOfRecord, reason?: string) {
    const settings = await this.requireSettings(tx, d.outcome, d.penalties);
    const [evidence, state] = await Promise.all([
      this.recordFacts.evidenceOf(tx, c.id),
      this.procedure.noticeState(tx, c.id),
    ]);
    const violated = state.notice?.fields.violatedProvisions;
    const fields = decisionDocumentFields(d, {
      evidence,
      notice: state.notice,
      violatedProvisions: typeof violated === 'string' && violated.trim() !== '' ? violated.trim() : null,
      settings,
    });
    const series = await this.series(tx, c.id);
    return this.records.generate(
      tx,
      principal,
      c,
      {
        type: 'penalty_decision',
        title: RECORD_TITLES.penalty_decision,
        content: d.summary,
        documentNumber: d.documentNumber,
        fields: { ...fields, ...(reason ? { regeneratedReason: reason } : {}) },
      },
      series ?? undefined,
    );
  }
}
