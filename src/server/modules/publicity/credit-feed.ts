import type { z } from 'zod';
import { creditRecord } from '../../../shared/contracts/publicity.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import { parseJson } from '../../platform/db/json.js';
import { disclosureRepository } from './disclosure.repository.js';
import type { DisclosureSummary } from '../../../shared/contracts/publicity.js';
import { PENALTY_TYPE_LABELS, type PenaltyType } from '../../../shared/review-vocabulary.js';
import type { PartyFacts } from './disclosure-content.js';
import { addMonths } from '../execution/payment.rules.js';
import { decisionText } from './disclosure.rules.js';

/**
 * Credit publication of a penalty lasts at least 3 months and at most 3 years from the decision
 * (国家发展改革委令第58号《失信行为纠正后的信用信息修复管理办法（试行）》 [S]): 3 years for the
 * penalties that restrict or end an activity, 3 months for the others [?].
 */
export const CREDIT_PUBLICATION_LONG_MONTHS = 36;
export const CREDIT_PUBLICATION_SHORT_MONTHS = 3;
export const LONG_CREDIT_PENALTIES: readonly PenaltyType[] = [
  'suspend_license',
  'lower_qualification',
  'revoke_license',
  'restrict_operation',
  'suspend_production',
  'closure',
  'restrict_practice',
];

const FINES: readonly PenaltyType[] = ['fine', 'daily_fine'];
const CONFISCATIONS: readonly PenaltyType[] = ['confiscate_gains', 'confiscate_property'];

export type CreditSource = {
  party: PartyFacts;
  summary: DisclosureSummary;
  title: string;
  penalties: readonly { type: PenaltyType; amount?: number }[];
  unit: string;
};

/** 万元 with up to six decimals (the feed's unit), or null when no such amount. */
function wan(penalties: CreditSource['penalties'], types: readonly PenaltyType[]): number | null {
  const amounts = penalties.filter((p) => types.includes(p.type) && p.amount !== undefined);
  if (amounts.length === 0) return null;
  const cents = amounts.reduce((sum, p) => sum + Math.round((p.amount ?? 0) * 100), 0);
  return Number((cents / 1_000_000).toFixed(6));
}

/** The 双公示 penalty record (domain-rules §1 field list [S]) of a published decision. */
export function creditRecordOf(s: CreditSource, authority: string, authorityCreditCode: string) {
  const p = s.party;
  const long = s.penalties.some((x) => LONG_CREDIT_PENALTIES.includes(x.type));
  const publicUntil = addMonths(
    s.summary.decidedOn,
    long ? CREDIT_PUBLICATION_LONG_MONTHS : CREDIT_PUBLICATION_SHORT_MONTHS,
  );
  return {
    partyName: p.name,
    partyCategory:
      p.type === 'organization'
        ? '法人及非法人组织'
        : p.type === 'individual_business'
          ? '个体工商户'
          : '自然人',
    creditCode: p.creditCode,
    legalRepresentative: p.legalRepresentative,
    idType: p.idNumber ? '身份证' : null,
    idNumber: p.idNumber,
    documentNumber: s.summary.documentNumber,
    violationType: s.summary.caseName,
    facts: s.summary.facts,
    basis: s.summary.basis,
    penaltyCategories: [...new Set(s.penalties.map((x) => PENALTY_TYPE_LABELS[x.type]))].join(';'),
    penaltyContent: decisionText('penalty', s.penalties) || s.summary.decision,
    fineWan: wan(s.penalties, FINES),
    confiscationWan: wan(s.penalties, CONFISCATIONS),
    licence: null as string | null,
    decidedOn: s.summary.decidedOn,
    validUntil: publicUntil,
    publicUntil,
    authority,
    authorityCreditCode: authorityCreditCode === '' ? null : authorityCreditCode,
    sourceUnit: s.unit,
    note: s.title,
  };
}
export type CreditRecordCore = ReturnType<typeof creditRecordOf>;

/** The CSV columns of the feed, in the field list's order, with their Chinese headers. */
export const CREDIT_CSV_COLUMNS: readonly [key: string, header: string][] = [
  ['partyName', '行政相对人名称'],
  ['partyCategory', '行政相对人类别'],
  ['creditCode', '统一社会信用代码'],
  ['legalRepresentative', '法定代表人'],
  ['idType', '证件类型'],
  ['idNumber', '证件号码'],
  ['documentNumber', '行政处罚决定书文号'],
  ['violationType', '违法行为类型'],
  ['facts', '违法事实'],
  ['basis', '处罚依据'],
  ['penaltyCategories', '处罚类别'],
  ['penaltyContent', '处罚内容'],
  ['fineWan', '罚款金额（万元）'],
  ['confiscationWan', '没收违法所得、没收非法财物的金额（万元）'],
  ['licence', '暂扣或吊销证照名称及编号'],
  ['decidedOn', '处罚决定日期'],
  ['validUntil', '处罚有效期'],
  ['publicUntil', '公示截止期'],
  ['authority', '处罚机关'],
  ['authorityCreditCode', '处罚机关统一社会信用代码'],
  ['sourceUnit', '数据来源单位'],
  ['note', '备注'],
  ['status', '公示状态'],
  ['withdrawalReason', '撤回原因'],
  ['changedAt', '变更时间'],
  ['recordId', '记录标识'],
  ['version', '版本'],
];

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s =
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);
  // a cell a spreadsheet would run as a formula is prefixed (CSV injection)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV that opens in a spreadsheet with Chinese intact: UTF-8 with a byte-order mark, CRLF lines. */
export function creditCsv(items: readonly Record<string, unknown>[]): string {
  const lines = [CREDIT_CSV_COLUMNS.map(([, h]) => csvCell(h)).join(',')];
  for (const item of items) lines.push(CREDIT_CSV_COLUMNS.map(([k]) => csvCell(item[k])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The stored 双公示 record of a version (made when it was published): the feed's record without its state. */
export const storedCreditRecord = creditRecord.omit({
  recordId: true,
  version: true,
  status: true,
  changedAt: true,
  withdrawalReason: true,
}) satisfies z.ZodType<CreditRecordCore>;

/**
 * `GET /feeds/credit`: the published penalty and permit decisions whose version was published or
 * withdrawn since a China date — the version in force and every withdrawal (not public: it carries the
 * party's name and numbers, for the credit systems).
 */
export class CreditFeed {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async items(since: string | undefined) {
    const rows = await disclosureRepository.creditSince(this.db, since);
    return {
      since: since ?? null,
      generatedAt: this.clock().toISOString(),
      items: rows
        .filter((r) => r.supersededAt === null || r.withdrawnAt !== null)
        .flatMap((r) =>
          r.credit === null
            ? []
            : [
                {
                  recordId: r.disclosureId,
                  version: r.version,
                  status: r.withdrawnAt ? ('withdrawn' as const) : ('published' as const),
                  ...parseJson(storedCreditRecord, r.credit, 'disclosureVersion.credit'),
                  changedAt: r.withdrawnAt ?? r.publishedAt,
                  withdrawalReason: r.withdrawalReason,
                },
              ],
        ),
    };
  }
}
