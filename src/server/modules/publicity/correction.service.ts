import { randomUUID } from 'node:crypto';
import type { CorrectionResult, CorrectionStatus } from '../../../shared/publicity-vocabulary.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import { actorOf, type Principal } from '../../platform/auth/auth.service.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { ParameterService } from '../parameters/parameter.service.js';
import { newTrackingCode, requesterHash } from './correction.rules.js';
import { disclosureRepository as repo } from './disclosure.repository.js';

const HOUR_MS = 3_600_000;

/**
 * 纠错申请 (seed §二(一)1; GD-PUB Art. 25): anyone asks to correct published information and gets a
 * tracking code; the bureau answers with reasons; the requester reads the answer by the code. The
 * contact given is never echoed on a public route; the requester's address is kept only as a hash,
 * to limit requests per hour (parameter `publicity.correctionsPerHour`).
 */
export class CorrectionService {
  constructor(
    private readonly db: Db,
    private readonly parameters: ParameterService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async submit(address: string, input: { publicId?: string | undefined; content: string; contact: string }) {
    const hash = requesterHash(address);
    const now = this.clock();
    const limit = Number(await this.parameters.get('publicity.correctionsPerHour'));
    const recent = await repo.recentCorrections(
      this.db,
      hash,
      new Date(now.getTime() - HOUR_MS).toISOString(),
    );
    if (recent >= limit) throw new AppError('RATE_LIMITED', { retryAfterSeconds: 3600 });
    if (input.publicId !== undefined && !(await repo.publicOne(this.db, input.publicId)))
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'publicId', message: '未找到该公示信息' }],
      });
    const row = {
      id: randomUUID(),
      trackingCode: newTrackingCode(),
      publicId: input.publicId ?? null,
      content: input.content,
      contact: input.contact,
      requesterHash: hash,
      status: 'received' as const,
      result: null,
      answer: null,
      answeredBy: null,
      answeredAt: null,
      createdAt: now.toISOString(),
    };
    await this.db.transaction().execute(async (tx) => {
      await repo.insertCorrection(tx, row);
      await this.audit.append(
        tx,
        { id: null, name: 'public' },
        {
          action: 'correction.receive',
          objectType: 'correction_request',
          objectId: row.id,
          after: row,
          detail: { publicId: row.publicId },
        },
      );
    });
    return { trackingCode: row.trackingCode };
  }

  /** What the requester sees by the tracking code: the state and the answer, nothing they sent. */
  async status(trackingCode: string) {
    const row = await repo.correctionByCode(this.db, trackingCode.trim().toUpperCase());
    if (!row) throw notFound('correction', trackingCode);
    return {
      status: row.status,
      ...(row.result ? { result: row.result } : {}),
      ...(row.answer ? { answer: row.answer } : {}),
      ...(row.answeredAt ? { answeredAt: row.answeredAt } : {}),
    };
  }

  async list(query: { status?: CorrectionStatus | undefined; page: number; pageSize: number }) {
    const { items, total } = await repo.corrections(this.db, query.status, query.page, query.pageSize);
    return { items: items.map((r) => present(r)), total };
  }

  async answer(principal: Principal, id: string, result: CorrectionResult, answer: string) {
    const at = this.clock().toISOString();
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.correction(tx, id);
      if (!row) throw notFound('correction', id);
      const done = await repo.answerCorrection(tx, id, {
        status: 'answered',
        result,
        answer,
        answeredBy: principal.id,
        answeredAt: at,
      });
      if (Number(done.numUpdatedRows) !== 1) throw new AppError('CONFLICT', { reason: 'concurrent_change' });
      await this.audit.append(tx, actorOf(principal), {
        action: 'correction.answer',
        objectType: 'correction_request',
        objectId: id,
        before: row,
        detail: { result },
      });
    });
    const row = await repo.correctionView(this.db, id);
    if (!row) throw notFound('correction', id);
    return present(row);
  }
}

function present(r: NonNullable<Awaited<ReturnType<typeof repo.correctionView>>>) {
  return {
    id: r.id,
    trackingCode: r.trackingCode,
    publicId: r.publicId,
    publicTitle: r.publicTitle,
    content: r.content,
    contact: r.contact,
    status: r.status,
    result: r.result,
    answer: r.answer,
    answeredBy: r.answeredByName,
    answeredAt: r.answeredAt,
    createdAt: r.createdAt,
  };
}
