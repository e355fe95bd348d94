import { formatYuan } from '../../../shared/money.js';
import { PENALTY_TYPE_LABELS } from '../../../shared/review-vocabulary.js';
import { randomUUID } from 'node:crypto';
import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import { chinaDate } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import { parseJson } from '../../platform/db/json.js';
import { AppError } from '../../platform/errors.js';
import { invalidField, notAfterToday, writeAction, type ExecutionDeps } from './execution-kit.js';
import { storedPenalties } from '../../../shared/contracts/review.js';
import { executionRepository as repo, type SummaryRow } from './execution.repository.js';
import type { SummaryInput } from './execution.schema.js';
import { toYuan, toCents } from './payment.rules.js';
import { summaryFineLimit, summaryProblems } from './summary.rules.js';

function present(s: SummaryRow, c: { id: string; number: string; stage: string }) {
  return {
    caseId: c.id,
    caseNumber: c.number,
    stage: c.stage,
    formNumber: s.formNumber,
    decidedAt: s.decidedAt,
    decidedOn: s.decidedOn,
    location: s.location,
    penalties: parseJson(storedPenalties, s.penalties, 'summaryDecision.penalties'),
    filedOn: s.filedOn,
    recordId: s.recordId,
  };
}

/**
 * 简易程序 (APL Art. 51-52): the decision made on the spot on a pre-numbered form is a case of its
 * own — a penalty case created directly in 送达执行 (no 立案, investigation or review stage), with the
 * 当场行政处罚决定书 as its decision, handed to the party on the spot (served that day), and filed
 * with the body afterwards. Payment, closing and the rest follow as for any decision.
 */
export class SummaryService {
  constructor(private readonly deps: ExecutionDeps) {}

  async decide(principal: Principal, input: SummaryInput) {
    const problems = summaryProblems(input.party.type, input.penalties);
    if (problems.length > 0)
      throw new AppError('SUMMARY_LIMIT_EXCEEDED', {
        missing: problems,
        limit: summaryFineLimit(input.party.type),
        partyType: input.party.type,
      });
    input.penalties.forEach((p, i) => {
      if (p.type === 'fine' && p.amount === undefined)
        throw invalidField(`penalties.${i}.amount`, '罚款须填写金额');
    });
    if (!input.officerIds.includes(principal.id))
      throw invalidField('officerIds', '当场作出处罚决定的执法人员须包括本人');
    const today = chinaDate(this.deps.clock());
    const decidedOn = chinaDate(new Date(input.decidedAt));
    notAfterToday('decidedAt', decidedOn, today, '决定时间不能晚于今天');
    if (input.violationAt !== undefined && input.violationAt > input.decidedAt)
      throw invalidField('violationAt', '违法行为时间不能晚于决定时间');
    if (await repo.summaryByForm(this.deps.db, input.formNumber))
      throw new AppError('FORM_NUMBER_TAKEN', { formNumber: input.formNumber });
    const penalties = input.penalties.map((p) => ({
      type: p.type,
      ...(p.amount === undefined ? {} : { amount: toYuan(toCents(p.amount)) }),
    }));
    const described = penalties
      .map((p) => `${PENALTY_TYPE_LABELS[p.type]}${p.amount === undefined ? '' : ` ${formatYuan(p.amount)}`}`)
      .join('、');
    let created: SummaryRow | undefined;
    try {
      const c = await this.deps.cases.create(
        principal,
        {
          kind: 'penalty',
          title: input.title ?? `${input.party.name}当场行政处罚（${input.formNumber}）`,
          party: input.party,
          officerIds: input.officerIds,
          discoveredOn: decidedOn,
        },
        undefined,
        {
          stage: 'execution',
          procedure: 'summary',
          summary: `简易程序：当场作出行政处罚决定（${input.formNumber}）`,
          within: async (tx, row) => {
            const now = this.deps.clock().toISOString();
            const record = await this.deps.records.generate(tx, principal, row, {
              type: 'onsite_penalty_decision',
              title: `当场行政处罚决定书（${input.formNumber}）`,
              content: `${input.facts}\n${described}`,
              documentNumber: input.formNumber,
              fields: {
                ...(input.violationAt ? { violationAt: input.violationAt } : {}),
                location: input.location,
                facts: input.facts,
                basis: input.basis,
                penalties,
                ...(input.paymentMethod ? { paymentMethod: input.paymentMethod } : {}),
                ...(input.partyStatement ? { partyStatement: input.partyStatement } : {}),
                decidedAt: input.decidedAt,
              },
            });
            created = {
              caseId: row.id,
              formNumber: input.formNumber,
              decidedAt: input.decidedAt,
              decidedOn,
              location: input.location,
              facts: input.facts,
              basis: input.basis,
              penalties: JSON.stringify(penalties),
              filedOn: null,
              recordId: record.id,
              createdBy: principal.id,
              createdAt: now,
            };
            await repo.insertSummary(tx, created);
            // handed to the party on the spot (APL Art. 52): served on the day of the decision
            await repo.insertService(tx, {
              id: randomUUID(),
              caseId: row.id,
              documentKind: 'decision',
              documentRef: null,
              documentName: '当场行政处罚决定书',
              documentNumber: input.formNumber,
              method: 'direct',
              recipient: input.party.name,
              receivedOn: decidedOn,
              announcedOn: null,
              servedOn: decidedOn,
              mediaId: null,
              trackingNumber: null,
              electronicAddress: null,
              receiptSeriesId: null,
              note: '当场交付当事人（《行政处罚法》第五十二条）',
              createdBy: principal.id,
              createdAt: now,
            });
            await this.deps.events.record(tx, actorOf(principal), row.id, {
              type: 'summary_decided',
              summary: `当场作出行政处罚决定（${input.formNumber}）：${described}，已当场交付当事人`,
              detail: { formNumber: input.formNumber, decidedOn, penalties },
              after: created,
            });
            // published within 7 working days (GD-PUB Art. 21): the publicity module makes its draft
            await this.deps.cases.hooks.decided(tx, principal, row, {
              source: 'summary',
              sourceId: row.id,
              documentNumber: input.formNumber,
              outcome: 'penalty',
              summary: described,
              facts: input.facts,
              basis: input.basis,
              decidedOn,
              penalties,
            });
            await this.deps.cases.deadlines.refresh(tx, row, today, now);
          },
        },
      );
      if (!created) throw new AppError('CONFLICT');
      return present(created, c);
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('FORM_NUMBER_TAKEN', { formNumber: input.formNumber });
      throw err;
    }
  }

  /** 备案: the officer files the on-the-spot decision with the body (APL Art. 52). */
  async file(principal: Principal, caseId: string, filedOn: string) {
    return writeAction(this.deps, principal, caseId, 'open', async (tx, c, x) => {
      const s = x.summary;
      if (!s) throw new AppError('EXECUTION_NOT_APPLICABLE', { reason: 'not_summary_procedure' });
      if (s.filedOn !== null)
        throw new AppError('EXECUTION_NOT_APPLICABLE', { reason: 'already_filed', filedOn: s.filedOn });
      notAfterToday('filedOn', filedOn, x.today);
      if (filedOn < s.decidedOn) throw invalidField('filedOn', '备案日期不能早于决定日期');
      await repo.fileSummary(tx, c.id, filedOn);
      return {
        event: {
          type: 'summary_filed',
          summary: `当场行政处罚决定书（${s.formNumber}）报本机关备案（${filedOn}）`,
          detail: { formNumber: s.formNumber, filedOn },
        },
        result: present({ ...s, filedOn }, c),
      };
    });
  }
}
