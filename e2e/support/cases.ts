import type { Page } from 'playwright-core';
import { apiOf } from './ui.js';

/** A small MP4-typed file: an `ftyp isom` box followed by some payload. */
export function mp4(payload: string): Buffer {
  return Buffer.concat([
    Buffer.from('000000186674797069736f6d0000020069736f6d6d703431', 'hex'),
    Buffer.from(payload.repeat(50)),
  ]);
}

/** Today in China time, `YYYY-MM-DD`. */
export function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

export const PARTY = {
  type: 'organization',
  name: '清远市某化工有限公司',
  creditCode: '91441800123456788U',
  legalRepresentative: '张伟',
} as const;

/**
 * Set-up through the API (the case walk covers these screens): a penalty case against an organisation
 * with the inspection record, its video and the investigation report, moved to 审核决定.
 */
export async function caseInDecisionStage(
  officer: Page,
  head: Page,
  title: string,
  party: Record<string, string> = PARTY,
): Promise<string> {
  const o = await apiOf(officer);
  const h = await apiOf(head);
  const officers = (await o.get('/api/v1/officers?page=1&pageSize=50')) as {
    items: { accountId: string; username: string }[];
  };
  const ids = officers.items
    .filter((x) => ['officer1', 'officer2'].includes(x.username))
    .map((x) => x.accountId);
  const created = await o.post('/api/v1/cases', { kind: 'penalty', title, party, officerIds: ids });
  const id = String(created['id']);
  await h.post(`/api/v1/cases/${id}/advance`, { to: 'investigation' });
  await o.post(`/api/v1/cases/${id}/records`, {
    type: 'onsite_inspection_record',
    title: '现场检查（勘察）笔录',
    content: '废气排放口正在排放，现场监测。',
  });
  const capturedAt = new Date(Date.now() - 3_600_000).toISOString();
  await o.upload(`/api/v1/cases/${id}/media`, {
    multipart: {
      activity: 'onsite_inspection',
      capturedAt,
      file: { name: 'onsite.mp4', mimeType: 'video/mp4', buffer: mp4('sanxiang e2e recording ') },
    },
  });
  await o.post(`/api/v1/cases/${id}/records`, {
    type: 'investigation_report',
    title: '行政处罚案件调查报告',
    content: '调查终结。',
  });
  await h.post(`/api/v1/cases/${id}/advance`, { to: 'decision' });
  return id;
}

/** What the decision of a test case says (defaults: a fine for exhaust gas over the standard). */
export interface DecisionText {
  summary?: string;
  facts?: string;
  basis?: string;
}

/**
 * A case decided today with a fine of `fine` 元 (below the catalog's thresholds: no legal review),
 * after the prior notice and the party's waiver (the review test covers these screens). The decision
 * makes the case's disclosure draft (行政执法公示).
 */
export async function caseDecided(
  officer: Page,
  head: Page,
  title: string,
  fine: number,
  options: { party?: Record<string, string>; decision?: DecisionText } = {},
): Promise<string> {
  const id = await caseInDecisionStage(officer, head, title, options.party);
  const o = await apiOf(officer);
  const h = await apiOf(head);
  await o.post(`/api/v1/cases/${id}/records`, {
    type: 'prior_notice',
    title: '行政处罚事先告知书',
    content: '拟罚款。',
    fields: { penalties: [{ type: 'fine', amount: fine }], hearingRight: true, issuedOn: chinaToday() },
  });
  await o.post(`/api/v1/cases/${id}/records`, {
    type: 'statement_waiver',
    title: '放弃陈述申辩声明',
    content: '放弃陈述、申辩和听证。',
  });
  // the 文号 is issued by the system (清环罚〔YYYY〕N号)
  await h.post(`/api/v1/cases/${id}/decision`, {
    outcome: 'penalty',
    summary: options.decision?.summary ?? '超标排放大气污染物',
    facts: options.decision?.facts ?? '经查，当事人废气排放口颗粒物浓度超过排放标准。',
    basis: options.decision?.basis ?? '《中华人民共和国大气污染防治法》第九十九条第（二）项',
    decidedOn: chinaToday(),
    penalties: [{ type: 'fine', amount: fine }],
    discretion: { standard: '大气类第1项', reason: '超标倍数较低，首次违法。' },
  });
  return id;
}

/** A case decided today (see `caseDecided`), moved to 送达执行. */
export async function caseInExecution(
  officer: Page,
  head: Page,
  title: string,
  fine: number,
): Promise<string> {
  const id = await caseDecided(officer, head, title, fine);
  await (await apiOf(head)).post(`/api/v1/cases/${id}/advance`, { to: 'execution' });
  return id;
}
