import { DEADLINE_KIND_LABELS, type DeadlineKind } from '../../../shared/case-vocabulary.js';
import { planPart } from '../../../shared/legal-sources.js';
import type { CalendarService } from '../../platform/calendar/calendar.service.js';
import type { Executor } from '../../platform/db/database.js';
import type { CaseDeadlineTable } from '../../platform/db/schema.js';
import { decisionPeriod, DECISION_PERIOD, type ClockPeriod } from './case.rules.js';
import { caseRepository as repo, type CaseRow } from './case.repository.js';

/** Deadline kinds tracked on a case, with their Chinese label and legal source. */
export const DEADLINE_KINDS = {
  decision: {
    label: DEADLINE_KIND_LABELS.decision,
    source: '《行政处罚法》第六十条；《生态环境行政处罚办法》第五十七条',
  },
  evidence_preservation: {
    label: DEADLINE_KIND_LABELS.evidence_preservation,
    source: '《行政处罚法》第五十六条、第八十五条',
  },
  legal_review: {
    label: DEADLINE_KIND_LABELS.legal_review,
    source: `《广东省重大行政执法决定法制审核办法》第十八条；${planPart('规范审核程序')}`,
  },
  decision_service: {
    label: DEADLINE_KIND_LABELS.decision_service,
    source: '《行政处罚法》第六十一条、第八十五条',
  },
  payment: { label: DEADLINE_KIND_LABELS.payment, source: '《行政处罚法》第六十六条、第六十七条' },
  court_application: {
    label: DEADLINE_KIND_LABELS.court_application,
    source: '《行政强制法》第五十三条、第五十四条；《行政诉讼法》第四十六条',
  },
  seizure: { label: DEADLINE_KIND_LABELS.seizure, source: '《行政强制法》第二十五条' },
  onsite_hand_in: {
    label: DEADLINE_KIND_LABELS.onsite_hand_in,
    source: '《行政处罚法》第七十一条、第八十五条',
  },
  correction_recheck: {
    label: DEADLINE_KIND_LABELS.correction_recheck,
    source: '《环境保护主管部门实施按日连续处罚办法》第十条',
  },
  disclosure: {
    label: DEADLINE_KIND_LABELS.disclosure,
    source: '《广东省行政执法公示办法》第二十一条：处罚、许可决定7个工作日内，其他决定20个工作日内',
  },
  disclosure_withdrawal: {
    label: DEADLINE_KIND_LABELS.disclosure_withdrawal,
    source: '《行政处罚法》第四十八条、第八十五条；《广东省行政执法公示办法》第二十四条',
  },
} as const satisfies Record<DeadlineKind, { label: string; source: string }>;
export type { DeadlineKind };

/**
 * The label of a stored deadline kind; per-object kinds look like `evidence_preservation:<id>`. A
 * qualifier tells apart deadlines of one kind on a case: 法制审核（第2轮）.
 */
export function deadlineMeta(kind: string, qualifier?: string): { label: string; source: string } {
  const base = kind.split(':')[0] ?? kind;
  const meta = base in DEADLINE_KINDS ? DEADLINE_KINDS[base as DeadlineKind] : { label: kind, source: '' };
  return qualifier ? { ...meta, label: `${meta.label}（${qualifier}）` } : meta;
}

/** Another module's deadlines of a case (e.g. the evidence register's), refreshed with the case's own. */
export interface DeadlineSource {
  deadlines(tx: Executor, c: CaseRow, now: string): Promise<CaseDeadlineTable[]>;
  /**
   * What tells apart its deadlines of one kind (e.g. 第2轮 for `legal_review:<id>`), for the kinds it
   * knows among those given; the others are left out.
   */
  qualifiers?(db: Executor, kinds: readonly string[]): Promise<Map<string, string>>;
}

/**
 * Recomputes a case's stored deadlines from its state (materialised so that due-soon and overdue
 * lists are one indexed query). Runs inside the transaction of every change that can move them.
 */
export class CaseDeadlines {
  private readonly sources: DeadlineSource[] = [];
  constructor(
    private readonly calendar: CalendarService,
    /** The decision deadline is met once the decision is made. */
    private readonly decisions: { hasDecision(db: Executor, caseId: string): Promise<boolean> },
  ) {}

  addSource(source: DeadlineSource): void {
    this.sources.push(source);
  }

  /** The qualifiers of the given deadline kinds that a source gives (see `DeadlineSource.qualifiers`). */
  async qualifiers(db: Executor, kinds: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (kinds.length === 0) return out;
    for (const source of this.sources) {
      for (const [kind, text] of (await source.qualifiers?.(db, kinds)) ?? []) out.set(kind, text);
    }
    return out;
  }

  /** The case's deadlines refreshed after a change another module made to its own data. */
  async refreshCase(tx: Executor, caseId: string, today: string, now: string): Promise<void> {
    const c = await repo.find(tx, caseId);
    if (c) await this.refresh(tx, c, today, now);
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
        c.stage === 'execution' || c.stage === 'archived' || (await this.decisions.hasDecision(tx, c.id));
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
