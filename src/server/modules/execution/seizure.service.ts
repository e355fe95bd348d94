import {
  LIFT_REASON_LABELS,
  SEIZURE_MEASURE_LABELS,
  SEIZURE_TESTING_KIND_LABELS,
  type SeizureTestingKind,
} from '../../../shared/execution-vocabulary.js';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../platform/auth/auth.service.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { ApprovalEffect } from '../cases/approval.service.js';
import type { CaseRow } from '../cases/case.service.js';
import type { ApprovalRequestInput } from '../cases/case.schema.js';
import { invalidField, notAfterToday, writeAction, type ExecutionDeps } from './execution-kit.js';
import { executionRepository as repo } from './execution.repository.js';
import { presentSeizure } from './execution.service.js';
import {
  SEIZURE_MAX_DAYS,
  seizureEndsOn,
  seizureExtensionProblem,
  testingDays,
  testingProblem,
  type LiftReason,
  type SeizureMeasure,
} from './seizure.rules.js';

/**
 * 查封扣押 and its term: 30 days, one extension of at most 30 days with the head's approval (approval
 * kind `seizure_extension`, payload `{ seizureId, days }`), and the lifting decision. ACL Art. 25, 28.
 */
export class SeizureService {
  constructor(private readonly deps: ExecutionDeps) {}

  async seize(
    principal: Principal,
    caseId: string,
    input: {
      measure: SeizureMeasure;
      items: unknown[];
      decisionNumber: string;
      seizedOn: string;
      periodDays: number;
    },
  ) {
    return writeAction(this.deps, principal, caseId, 'active', async (tx, c, x) => {
      notAfterToday('seizedOn', input.seizedOn, x.today);
      if (input.periodDays > SEIZURE_MAX_DAYS)
        throw invalidField('periodDays', `查封扣押期限不得超过${SEIZURE_MAX_DAYS}日`);
      const row = {
        id: randomUUID(),
        caseId: c.id,
        measure: input.measure,
        items: JSON.stringify(input.items),
        decisionNumber: input.decisionNumber,
        seizedOn: input.seizedOn,
        periodDays: input.periodDays,
        extensionDays: 0,
        extendedOn: null,
        liftedOn: null,
        liftReason: null,
        liftNote: null,
        createdBy: principal.id,
        createdAt: this.deps.clock().toISOString(),
      };
      await repo.insertSeizure(tx, row);
      const endsOn = seizureEndsOn(row.seizedOn, row.periodDays, 0);
      const label = SEIZURE_MEASURE_LABELS[input.measure];
      // a 行政强制 decision: published within 20 working days (GD-PUB Art. 21)
      await this.deps.cases.hooks.decided(tx, principal, c, {
        source: 'seizure',
        sourceId: row.id,
        documentNumber: input.decisionNumber,
        outcome: 'coercion',
        summary: `${label}（${input.decisionNumber}）`,
        facts: `对${input.items.map(seizedItemName).join('、')}实施${label}。`,
        basis: SEIZURE_BASIS,
        decidedOn: input.seizedOn,
        penalties: [],
        decision: `${label}，期限${input.periodDays}日（${input.seizedOn}至${endsOn}）`,
      });
      return {
        event: {
          type: 'seizure_recorded',
          summary: `${SEIZURE_MEASURE_LABELS[input.measure]}（${input.decisionNumber}），期限至 ${endsOn}`,
          detail: { seizureId: row.id, seizedOn: row.seizedOn, endsOn },
          after: row,
        },
        result: presentSeizure({
          ...row,
          items: input.items,
          testings: [],
          testingDays: 0,
          endsOn,
          status: endsOn < x.today ? 'expired' : 'in_force',
          disposedLate: false,
        }),
      };
    });
  }

  async lift(
    principal: Principal,
    caseId: string,
    seizureId: string,
    input: { liftedOn: string; reason: LiftReason; note?: string | undefined },
  ) {
    return writeAction(this.deps, principal, caseId, 'open', async (tx, c, x) => {
      const s = x.seizures.find((z) => z.id === seizureId);
      if (!s) throw notFound('seizure', seizureId);
      if (s.liftedOn !== null)
        throw new AppError('EXECUTION_NOT_APPLICABLE', { reason: 'already_lifted', liftedOn: s.liftedOn });
      notAfterToday('liftedOn', input.liftedOn, x.today);
      if (input.liftedOn < s.seizedOn) throw invalidField('liftedOn', '解除日期不能早于查封扣押日期');
      const patch = { liftedOn: input.liftedOn, liftReason: input.reason, liftNote: input.note ?? null };
      await repo.updateSeizure(tx, seizureId, patch);
      return {
        event: {
          type: 'seizure_lifted',
          summary: `解除${SEIZURE_MEASURE_LABELS[s.measure]}（${s.decisionNumber}）：${LIFT_REASON_LABELS[input.reason]}`,
          detail: { seizureId, ...patch, overdue: input.liftedOn > s.endsOn },
          before: s,
          after: { ...s, ...patch },
        },
        result: presentSeizure({ ...s, ...patch, status: 'lifted', disposedLate: input.liftedOn > s.endsOn }),
      };
    });
  }

  /**
   * A period of 检测、检验、检疫或者技术鉴定 of the seized things: outside the term, stated, and told to
   * the party in writing (ACL Art. 25(3)); the term's end moves by its days.
   */
  async addTesting(
    principal: Principal,
    caseId: string,
    seizureId: string,
    input: {
      kind: SeizureTestingKind;
      startedOn: string;
      endsOn: string;
      toldOn: string;
      note?: string | undefined;
    },
  ) {
    return writeAction(this.deps, principal, caseId, 'active', async (tx, c, x) => {
      const s = x.seizures.find((z) => z.id === seizureId);
      if (!s) throw notFound('seizure', seizureId);
      const problem = testingProblem(s, input, x.today);
      if (problem) throw invalidField(problem.path, problem.message);
      const row = {
        id: randomUUID(),
        caseId: c.id,
        seizureId,
        kind: input.kind,
        startedOn: input.startedOn,
        endsOn: input.endsOn,
        toldOn: input.toldOn,
        note: input.note ?? null,
        createdBy: principal.id,
        createdAt: this.deps.clock().toISOString(),
      };
      await repo.insertSeizureTesting(tx, row);
      const testings = [...s.testings, row];
      const days = testingDays(testings);
      const endsOn = seizureEndsOn(s.seizedOn, s.periodDays, s.extensionDays, days);
      return {
        event: {
          type: 'seizure_testing_recorded',
          summary: `${SEIZURE_MEASURE_LABELS[s.measure]}（${s.decisionNumber}）的物品${SEIZURE_TESTING_KIND_LABELS[input.kind]}期间 ${input.startedOn} 至 ${input.endsOn}（${input.toldOn} 书面告知当事人），不计入查封扣押期限，期限至 ${endsOn}`,
          detail: {
            seizureId,
            testingId: row.id,
            startedOn: input.startedOn,
            endsOn: input.endsOn,
            seizureEndsOn: endsOn,
          },
          after: row,
        },
        result: presentSeizure({
          ...s,
          testings,
          testingDays: days,
          endsOn,
          status: s.liftedOn !== null ? 'lifted' : x.today > endsOn ? 'expired' : 'in_force',
        }),
      };
    });
  }

  private async seizureFor(db: Executor, c: CaseRow, payload: ApprovalRequestInput['payload']) {
    if (payload.seizureId === undefined) throw invalidField('payload.seizureId', '请选择查封扣押');
    if (payload.days === undefined) throw invalidField('payload.days', '请填写延长天数');
    const x = await this.deps.state.of(db, c, chinaDate(this.deps.clock()));
    const s = x.seizures.find((z) => z.id === payload.seizureId);
    if (!s) throw invalidField('payload.seizureId', '请选择本案的查封扣押');
    const problem = seizureExtensionProblem(
      { extensions: s.extensionDays > 0 ? 1 : 0, liftedOn: s.liftedOn, endsOn: s.endsOn },
      payload.days,
      x.today,
    );
    if (problem === 'already_extended')
      throw new AppError('EXTENSION_LIMIT', { reason: problem, seizureId: s.id, max: 1 });
    if (problem) throw new AppError('APPROVAL_NOT_APPLICABLE', { reason: problem, seizureId: s.id });
    return { s, days: payload.days };
  }

  /** Approval kind `seizure_extension`: checked on request and again when granted (never a second extension). */
  readonly extensionEffect: ApprovalEffect = {
    check: async (db, c, payload) => {
      await this.seizureFor(db, c, payload);
    },
    apply: async (tx, c, payload, today) => {
      const { s, days } = await this.seizureFor(tx, c, payload);
      await repo.updateSeizure(tx, s.id, { extensionDays: days, extendedOn: today });
    },
  };
}

/**
 * The legal basis of 查封、扣押 by an environmental authority (环境保护法 Art. 25; 行政强制法 Art. 22-28;
 * 《环境保护主管部门实施查封、扣押办法》).
 */
export const SEIZURE_BASIS =
  '《中华人民共和国环境保护法》第二十五条；《中华人民共和国行政强制法》第二十二条至第二十八条；《环境保护主管部门实施查封、扣押办法》';

/** A seized item as the decision names it. */
function seizedItemName(item: unknown): string {
  if (typeof item === 'string') return item;
  if (typeof item === 'object' && item !== null && 'name' in item && typeof item.name === 'string')
    return item.name;
  return '';
}
