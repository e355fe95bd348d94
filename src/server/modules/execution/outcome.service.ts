import { formatCents } from '../../../shared/money.js';
import {
  COURT_ENFORCEMENT_RESULT_LABELS,
  OUTCOME_KIND_LABELS,
  REMEDY_RESULT_LABELS,
} from '../../../shared/execution-vocabulary.js';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../platform/auth/auth.service.js';
import { AppError } from '../../platform/errors.js';
import type { RecordType } from '../records/record-templates.js';
import { invalidField, notAfterToday, writeAction, type ExecutionDeps } from './execution-kit.js';
import type { ExecutionSnapshot } from './execution-state.js';
import { RECORD_RESULT } from './execution.rules.js';
import { executionRepository as repo } from './execution.repository.js';
import type { OutcomeInput } from './execution.schema.js';
import { presentOutcome } from './execution.service.js';
import { toCents } from './payment.rules.js';

/** The result of a remedy or of the court's enforcement, in Chinese. */
function outcomeResultLabel(result: OutcomeInput['result']): string {
  const labels: Record<string, string> = { ...REMEDY_RESULT_LABELS, ...COURT_ENFORCEMENT_RESULT_LABELS };
  return labels[result] ?? result;
}

const RECORD_TYPE: Record<OutcomeInput['kind'], RecordType> = {
  reconsideration: 'reconsideration_outcome',
  litigation: 'litigation_outcome',
  court_enforcement: 'court_enforcement_result',
};

/** The supplementary record's fields, in its template's vocabulary. */
function recordFields(input: OutcomeInput, x: ExecutionSnapshot): Record<string, unknown> {
  const optional = (key: string, value: unknown) =>
    value === undefined || value === null ? {} : { [key]: value };
  switch (input.kind) {
    case 'reconsideration':
      return {
        reconsiderationBody: input.body,
        ...optional('appliedOn', input.appliedOn),
        ...optional('reconsiderationNumber', input.documentNumber),
        decidedOn: input.decidedOn,
        result: RECORD_RESULT.reconsideration[input.result],
        ...optional('summary', input.summary),
      };
    case 'litigation':
      return {
        court: input.body,
        instance: input.instance,
        ...optional('filedOn', input.appliedOn),
        ...optional('courtCaseNumber', input.documentNumber),
        judgedOn: input.decidedOn,
        result: RECORD_RESULT.litigation[input.result],
        ...optional('summary', input.summary),
      };
    case 'court_enforcement':
      return {
        court: input.body,
        appliedOn: input.appliedOn ?? x.application?.appliedOn,
        ...optional('rulingNumber', input.documentNumber),
        ruledOn: input.decidedOn,
        result: input.result,
        ...optional('amountEnforced', input.amount),
        ...optional('summary', input.summary),
      };
  }
}

/**
 * Outcomes of 行政复议, 行政诉讼 and court enforcement: appended, never edited — also to an archived
 * case, where each is written with its supplementary record (补充归档, domain-rules §4b).
 */
export class OutcomeService {
  constructor(private readonly deps: ExecutionDeps) {}

  async append(principal: Principal, caseId: string, input: OutcomeInput) {
    return writeAction(this.deps, principal, caseId, 'decided', async (tx, c, x) => {
      if (!x.decision) throw new AppError('EXECUTION_NOT_APPLICABLE', { reason: 'no_decision' });
      notAfterToday('decidedOn', input.decidedOn, x.today);
      if (input.decidedOn < x.decision.decidedOn) throw invalidField('decidedOn', '日期不能早于原决定日期');
      if (input.appliedOn !== undefined && input.appliedOn > input.decidedOn)
        throw invalidField('appliedOn', '申请（起诉）日期不能晚于结果日期');
      if (input.kind === 'court_enforcement' && !x.application)
        throw new AppError('EXECUTION_NOT_APPLICABLE', { reason: 'no_court_application' });
      const title = `${OUTCOME_KIND_LABELS[input.kind]}结果：${outcomeResultLabel(input.result)}`;
      const record = await this.deps.records.generate(tx, principal, c, {
        type: RECORD_TYPE[input.kind],
        title,
        content: input.summary ?? title,
        ...(input.documentNumber ? { documentNumber: input.documentNumber } : {}),
        fields: recordFields(input, x),
      });
      const row = {
        id: randomUUID(),
        caseId: c.id,
        kind: input.kind,
        result: input.result,
        decidedOn: input.decidedOn,
        body: input.body,
        documentNumber: input.documentNumber ?? null,
        summary: input.summary ?? null,
        amountCents:
          input.kind === 'court_enforcement' && input.amount !== undefined ? toCents(input.amount) : null,
        recordId: record.id,
        createdBy: principal.id,
        createdAt: this.deps.clock().toISOString(),
      };
      await repo.insertOutcome(tx, row);
      if (input.kind !== 'court_enforcement')
        await this.deps.cases.hooks.outcome(tx, principal, c, {
          kind: input.kind,
          result: input.result,
          decidedOn: input.decidedOn,
          body: input.body,
        });
      return {
        event: {
          type: 'outcome_appended',
          summary: `${c.stage === 'archived' ? '补充归档：' : ''}${input.body}${title}（${input.decidedOn}）${row.amountCents === null ? '' : `，执行到位 ${formatCents(row.amountCents)}`}`,
          detail: { outcomeId: row.id, kind: input.kind, result: input.result, recordId: record.id },
          after: row,
        },
        result: presentOutcome(row, c.archivedAt),
      };
    });
  }
}
