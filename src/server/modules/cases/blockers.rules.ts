import type { CertificateStatus } from '../org/org.rules.js';
import {
  CONTINUOUS_ACTIVITIES,
  MIN_OFFICERS,
  TWO_OFFICER_KINDS,
  nextStage,
  type CaseKind,
  type CaseStatus,
  type MediaActivity,
  type Stage,
} from './case.rules.js';

/** What stops a case from moving on: a stable code, a Chinese sentence and the missing items. */
export type Blocker = { code: BlockerCode; message: string; missing: string[] };

export type BlockerCode =
  | 'CASE_SUSPENDED'
  | 'RECUSAL_PENDING'
  | 'TWO_OFFICERS_REQUIRED'
  | 'AV_RECORD_REQUIRED'
  | 'RECORDING_INTERRUPTION_UNEXPLAINED'
  | 'RECORD_REQUIRED'
  | 'DECISION_REQUIRED'
  | 'EXECUTION_OPEN'
  | 'CLOSING_APPROVAL_REQUIRED';

export type CaseSnapshot = {
  kind: CaseKind;
  stage: Stage;
  status: CaseStatus;
  officers: { accountId: string; name: string; certificate: CertificateStatus | 'none'; active: boolean }[];
  /** Latest version of each record series. */
  records: { type: string; avActivity: MediaActivity | undefined }[];
  media: { activity: MediaActivity; continuous: boolean }[];
  pendingApprovals: string[];
  hasDecision: boolean;
  /** What keeps the case from 结案 (execution module: service, payment, seizures …); checked on the way to archived. */
  executionGaps?: string[];
};

/** Records without which a case may not leave a stage, by kind. */
export const REQUIRED_RECORDS: Partial<Record<Stage, Partial<Record<CaseKind, string[]>>>> = {
  // 调查终结: the investigation report closes the investigation of a penalty case (MEE-30 [S]).
  investigation: {
    penalty: ['investigation_report'],
    coercion: [],
    inspection: ['onsite_inspection_record'],
    permit: [],
  },
};

export function officerBlocker(s: CaseSnapshot): Blocker | undefined {
  if (!TWO_OFFICER_KINDS.includes(s.kind)) return undefined;
  const valid = s.officers.filter((o) => o.active && o.certificate === 'valid');
  if (valid.length >= MIN_OFFICERS) return undefined;
  const invalid = s.officers
    .filter((o) => o.active && o.certificate !== 'valid')
    .map((o) => `officer:${o.accountId}`);
  return {
    code: 'TWO_OFFICERS_REQUIRED',
    message: `须有不少于${MIN_OFFICERS}名持有效执法证的执法人员（《行政处罚法》第四十二条）`,
    missing: [`officers:${MIN_OFFICERS - valid.length}`, ...invalid],
  };
}

/** Blockers of the move from the case's current stage to `to` (the next stage, or archived after termination). */
export function blockersFor(s: CaseSnapshot, to: Stage): Blocker[] {
  const out: Blocker[] = [];
  if (s.status === 'suspended')
    out.push({ code: 'CASE_SUSPENDED', message: '案件已中止，恢复后方可继续', missing: ['resumption'] });
  if (s.pendingApprovals.includes('recusal')) {
    out.push({ code: 'RECUSAL_PENDING', message: '有待决定的回避申请', missing: ['approval:recusal'] });
  }
  if (to === 'archived') {
    // 结案 only once the decision was served and executed, enforcement applied for, or the case ended otherwise (§4b)
    if (s.executionGaps && s.executionGaps.length > 0) {
      out.push({
        code: 'EXECUTION_OPEN',
        message: '送达执行尚未完毕，不能结案',
        missing: s.executionGaps,
      });
    }
    if (!s.records.some((r) => r.type === 'closing_approval')) {
      out.push({
        code: 'CLOSING_APPROVAL_REQUIRED',
        message: '须有结案审批表',
        missing: ['record:closing_approval'],
      });
    }
    return out;
  }
  if (to === 'investigation' || to === 'decision') {
    const officers = officerBlocker(s);
    if (officers) out.push(officers);
  }
  if (to === 'decision') {
    const recorded = new Set(s.media.map((m) => m.activity));
    const needed = [
      ...new Set(s.records.map((r) => r.avActivity).filter((a): a is MediaActivity => a !== undefined)),
    ];
    const missingAv = needed.filter((a) => !recorded.has(a));
    if (missingAv.length > 0) {
      out.push({
        code: 'AV_RECORD_REQUIRED',
        message: '现场执法、调查取证等环节须有音像记录（《广东省行政执法全过程记录办法》第十四条）',
        missing: missingAv.map((a) => `media:${a}`),
      });
    }
    const interrupted = s.media.filter((m) => CONTINUOUS_ACTIVITIES.includes(m.activity) && !m.continuous);
    if (interrupted.length > 0 && !s.records.some((r) => r.type === 'recording_interruption_note')) {
      out.push({
        code: 'RECORDING_INTERRUPTION_UNEXPLAINED',
        message: '查封扣押、强制拆除须全程不间断记录；中断须书面说明',
        missing: ['record:recording_interruption_note'],
      });
    }
  }
  const required = REQUIRED_RECORDS[s.stage]?.[s.kind] ?? [];
  const missingRecords = required.filter((type) => !s.records.some((r) => r.type === type));
  if (missingRecords.length > 0) {
    out.push({
      code: 'RECORD_REQUIRED',
      message: '缺少本阶段必备的执法文书',
      missing: missingRecords.map((t) => `record:${t}`),
    });
  }
  if (to === 'execution' && !s.hasDecision) {
    out.push({ code: 'DECISION_REQUIRED', message: '尚未作出决定', missing: ['decision'] });
  }
  return out;
}

/** Where the case may go next: the next stage, or straight to archived once terminated. */
export function targetStage(s: Pick<CaseSnapshot, 'stage' | 'status'>): Stage | undefined {
  if (s.stage === 'archived') return undefined;
  return s.status === 'terminated' ? 'archived' : nextStage(s.stage);
}
