import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import type { Executor } from '../../platform/db/database.js';
import { decisionPeriod, DECISION_PERIOD, type ClockPeriod, type PeriodKind } from './case.rules.js';
import { caseRepository as repo, type CaseRow } from './case.repository.js';

/** Deadline kinds tracked on a case, with their Chinese label and legal source. */
export const DEADLINE_KINDS = {
  decision: { label: '作出处罚决定', source: '《行政处罚法》第六十条；《生态环境行政处罚办法》第五十七条' },
} as const;
export type DeadlineKind = keyof typeof DEADLINE_KINDS;

/**
 * Recomputes a case's stored deadlines from its state (materialised so that due-soon and overdue
 * lists are one indexed query). Runs inside the transaction of every change that can move them.
 */
export class CaseDeadlines {
  constructor(private readonly calendar: CalendarService) {}

  async refresh(tx: Executor, c: CaseRow, today: string, now: string): Promise<void> {
    if (c.kind === 'penalty' && c.filedOn !== null) {
      const periods = (await repo.periods(tx, c.id)).map((p): ClockPeriod => ({
        kind: p.kind as PeriodKind,
        startedOn: p.startedOn,
        endedOn: p.endedOn,
      }));
      const { period, paused } = decisionPeriod(c.decisionExtensionDays, periods, today);
      const { due, provisional } = await this.calendar.due(c.filedOn, period, tx);
      const met = c.stage === 'execution' || c.stage === 'archived';
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
  }
}
