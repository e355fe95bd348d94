import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import type { Executor } from '../../platform/db/database.js';
import type { CaseDeadlineTable } from '../../platform/db/schema.js';
import { decisionPeriod, DECISION_PERIOD, type ClockPeriod } from './case.rules.js';
import { caseRepository as repo, type CaseRow } from './case.repository.js';

/** Deadline kinds tracked on a case, with their Chinese label and legal source. */
export const DEADLINE_KINDS = {
  decision: { label: '作出处罚决定', source: '《行政处罚法》第六十条；《生态环境行政处罚办法》第五十七条' },
  evidence_preservation: {
    label: '对先行登记保存的证据作出处理决定',
    source: '《行政处罚法》第五十六条、第八十五条',
  },
  legal_review: {
    label: '法制审核',
    source: '《广东省重大行政执法决定法制审核办法》第十八条；实施方案 二(三)4',
  },
  decision_service: { label: '送达行政处罚决定书', source: '《行政处罚法》第六十一条、第八十五条' },
  payment: { label: '缴纳罚没款', source: '《行政处罚法》第六十六条、第六十七条' },
  court_application: {
    label: '申请人民法院强制执行',
    source: '《行政强制法》第五十三条、第五十四条；《行政诉讼法》第四十六条',
  },
  seizure: { label: '查封扣押期限届满', source: '《行政强制法》第二十五条' },
  onsite_hand_in: { label: '当场收缴的罚款交至本机关', source: '《行政处罚法》第七十一条、第八十五条' },
  correction_recheck: {
    label: '对责令改正情况进行复查',
    source: '《环境保护主管部门实施按日连续处罚办法》第十条',
  },
} as const;
export type DeadlineKind = keyof typeof DEADLINE_KINDS;

/** The label of a stored deadline kind; per-object kinds look like `evidence_preservation:<id>`. */
export function deadlineMeta(kind: string): { label: string; source: string } {
  const base = kind.split(':')[0] ?? kind;
  return base in DEADLINE_KINDS ? DEADLINE_KINDS[base as DeadlineKind] : { label: kind, source: '' };
}

/** Another module's deadlines of a case (e.g. the evidence register's), refreshed with the case's own. */
export interface DeadlineSource {
  deadlines(tx: Executor, c: CaseRow, now: string): Promise<CaseDeadlineTable[]>;
}

/**
 * Recomputes a case's stored deadlines from its state (materialised so that due-soon and overdue
 * lists are one indexed query). Runs inside the transaction of every change that can move them.
 */
export class CaseDeadlines {
  private readonly sources: DeadlineSource[] = [];
  private decisions: { hasDecision(db: Executor, caseId: string): Promise<boolean> } | undefined;
  constructor(private readonly calendar: CalendarService) {}

  /** Wired after construction: the decision deadline is met once the decision is made. */
  useDecisionFacts(facts: { hasDecision(db: Executor, caseId: string): Promise<boolean> }): void {
    this.decisions = facts;
  }

  addSource(source: DeadlineSource): void {
    this.sources.push(source);
  }

  async refresh(tx: Executor, c: CaseRow, today: string, now: string): Promise<void> {
    if (c.kind === 'penalty' && c.filedOn !== null) {
      const periods = (await repo.periods(tx, c.id)).map((p): ClockPeriod => ({
        kind: p.kind,
        startedOn: p.startedOn,
        endedOn: p.endedOn,
      }));
      const { period, paused } = decisionPeriod(c.decisionExtensionDays, periods, today);
      const { due, provisional } = await this.calendar.due(c.filedOn, period, tx);
      const met =
        c.stage === 'execution' ||
        c.stage === 'archived' ||
        ((await this.decisions?.hasDecision(tx, c.id)) ?? false);
      const status = c.status === 'terminated' ? 'cancelled' : met ? 'met' : paused ? 'paused' : 'open';
      await repo.saveDeadline(tx, {
        caseId: c.id,
        kind: 'decision',
        startsOn: c.filedOn,
        days: period.days,
        unit: DECISION_PERIOD.unit,
        due,
        provisional: provisional ? 1 : 0,
        status,
        updatedAt: now,
      });
    }
    for (const source of this.sources) {
      for (const row of await source.deadlines(tx, c, now)) await repo.saveDeadline(tx, row);
    }
  }
}
