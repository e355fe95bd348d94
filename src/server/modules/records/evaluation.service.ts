import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import type { Clock } from '../../platform/clock.js';
import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import { parseJson } from '../../platform/db/json.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { CaseAccess } from '../cases/case-access.js';
import type { CaseEvents } from '../cases/case-events.js';
import { DEFAULT_CHECKLIST, gradeOf, scoreProblems, type ChecklistItem } from './evaluation.rules.js';

/** `evaluationChecklist.items`: the checklist's items (`ChecklistItem`). */
const checklistItems: z.ZodType<ChecklistItem[]> = z.array(
  z.object({ key: z.string(), label: z.string(), maxScore: z.number() }),
);
/** `caseEvaluation.scores`: a score per item, with an optional note. */
const evaluationScores = z.array(
  z.object({ key: z.string(), score: z.number(), note: z.string().optional() }),
);

type ChecklistRow = {
  id: string;
  name: string;
  version: number;
  items: string;
  source: string;
  createdAt: string;
};

/** 案卷评查: versioned scoring checklists, applied to archived case files (seed §二(二)4-5). */
export class EvaluationService {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly events: CaseEvents,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  private presentChecklist(r: ChecklistRow) {
    return {
      id: r.id,
      name: r.name,
      version: r.version,
      source: r.source,
      items: parseJson(checklistItems, r.items, 'evaluationChecklist.items'),
      createdAt: r.createdAt,
    };
  }

  /** The checklist in force: the latest version; the default is created on first use. */
  async current() {
    const latest = await this.db
      .selectFrom('evaluationChecklist')
      .selectAll()
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (latest) return this.presentChecklist(latest);
    return this.publish(null, DEFAULT_CHECKLIST);
  }

  async publish(
    principal: Principal | null,
    input: { name: string; source: string; items: ChecklistItem[] },
  ) {
    if (new Set(input.items.map((i) => i.key)).size !== input.items.length) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'items', message: '评查项目标识重复' }] });
    }
    return this.db.transaction().execute(async (tx) => {
      const last = await tx
        .selectFrom('evaluationChecklist')
        .select('version')
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      const row = {
        id: randomUUID(),
        name: input.name,
        version: (last?.version ?? 0) + 1,
        items: JSON.stringify(input.items),
        source: input.source,
        createdBy: principal?.id ?? null,
        createdAt: this.clock().toISOString(),
      };
      await tx.insertInto('evaluationChecklist').values(row).execute();
      await this.audit.append(tx, principal ? actorOf(principal) : { id: null, name: 'system' }, {
        action: 'evaluation.checklist.publish',
        objectType: 'evaluation_checklist',
        objectId: row.id,
        after: row,
      });
      return this.presentChecklist(row);
    });
  }

  async evaluate(
    principal: Principal,
    caseId: string,
    input: {
      checklistId: string;
      scores: { key: string; score: number; note?: string | undefined }[];
      comment: string;
    },
  ) {
    const c = await this.access.readable(this.db, principal, caseId);
    if (c.stage !== 'archived')
      throw new AppError('CONFLICT', { reason: 'case_not_archived', stage: c.stage });
    const checklist = await this.db
      .selectFrom('evaluationChecklist')
      .selectAll()
      .where('id', '=', input.checklistId)
      .executeTakeFirst();
    if (!checklist) throw notFound('evaluation_checklist', input.checklistId);
    const items = parseJson(checklistItems, checklist.items, 'evaluationChecklist.items');
    const problems = scoreProblems(items, input.scores);
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
    const total = input.scores.reduce((sum, s) => sum + s.score, 0);
    const maxTotal = items.reduce((sum, i) => sum + i.maxScore, 0);
    const row = {
      id: randomUUID(),
      caseId,
      checklistId: checklist.id,
      scores: JSON.stringify(input.scores),
      total,
      maxTotal,
      grade: gradeOf(total, maxTotal),
      comment: input.comment,
      evaluatorId: principal.id,
      evaluatedAt: this.clock().toISOString(),
    };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('caseEvaluation').values(row).execute();
      await this.events.record(tx, actorOf(principal), caseId, {
        type: 'evaluated',
        summary: `案卷评查：${total}/${maxTotal}分，${row.grade}`,
        detail: { evaluationId: row.id, checklistVersion: checklist.version, total, grade: row.grade },
        after: row,
      });
    });
    return this.present(row);
  }

  private present(r: {
    id: string;
    caseId: string;
    checklistId: string;
    scores: string;
    total: number;
    maxTotal: number;
    grade: string;
    comment: string;
    evaluatorId: string;
    evaluatedAt: string;
  }) {
    return { ...r, scores: parseJson(evaluationScores, r.scores, 'caseEvaluation.scores') };
  }

  async list(principal: Principal, caseId: string) {
    await this.access.readable(this.db, principal, caseId);
    const rows = await this.db
      .selectFrom('caseEvaluation')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('evaluatedAt')
      .execute();
    return { items: rows.map((r) => this.present(r)) };
  }
}
