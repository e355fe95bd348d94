import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderRecordDocx, type DocumentContext } from '../src/server/modules/records/docx.js';
import { MONEY_PENALTIES } from '../src/shared/review-vocabulary.js';
import {
  DEFAULT_NOTICE_PARAMETERS,
  PENALTY_TYPES,
  RECORD_STAGES,
  RECORD_TEMPLATES,
  RECORD_TYPES,
  fillNotice,
  recordAvActivity,
  templateFieldsSchema,
  validateRecordFields,
  type FieldDef,
  type RecordType,
} from '../src/server/modules/records/record-templates.js';

const EXPECTED_TITLES: Record<RecordType, string> = {
  filing_approval: '立案审批表',
  onsite_inspection_record: '现场检查（勘察）笔录',
  inquiry_record: '调查询问笔录',
  sampling_record: '采样取证登记单',
  evidence_preservation_notice: '先行登记保存证据通知书',
  correction_order: '责令改正违法行为决定书',
  investigation_report: '行政处罚案件调查报告',
  internal_approval: '案件处理内部审批表',
  prior_notice: '行政处罚事先（听证）告知书',
  statement_waiver: '当事人放弃陈述申辩、听证的书面声明',
  statement_record: '陈述申辩笔录',
  hearing_request: '听证申请书',
  hearing_withdrawal: '撤回听证申请书',
  hearing_notice: '听证通知书',
  hearing_record: '听证笔录',
  hearing_report: '听证报告',
  collective_discussion: '案件集体讨论笔录',
  legal_review_opinion: '法制审核意见书',
  penalty_decision: '行政处罚决定书',
  onsite_penalty_decision: '当场行政处罚决定书',
  daily_penalty_decision: '按日连续处罚决定书',
  seizure_decision: '查封（扣押）决定书',
  seizure_list: '查封扣押清单',
  extension_notice: '延期通知书',
  release_decision: '解除决定书',
  service_receipt: '送达回证',
  payment_receipt: '罚没款缴纳凭证',
  closing_approval: '结案审批表',
  recording_interruption_note: '音像记录中断情况说明',
  reconsideration_outcome: '行政复议结果',
  litigation_outcome: '行政诉讼结果',
  court_enforcement_result: '法院强制执行结果',
  supplementary_note: '补充归档说明',
};
const SUPPLEMENTARY: RecordType[] = [
  'reconsideration_outcome',
  'litigation_outcome',
  'court_enforcement_result',
  'supplementary_note',
];

/** A valid sample value of a field and the text it should print as. */
function sample(def: FieldDef): { value: unknown; printed: string[] } {
  if (def.options) {
    const option = def.options[def.options.length - 1] ?? { value: 'x', label: 'x' };
    return { value: option.value, printed: [option.label] };
  }
  switch (def.kind) {
    case 'text':
      return { value: `甲${def.key}值`, printed: [`甲${def.key}值`] };
    case 'longtext':
      return {
        value: `第一段${def.key}\n第二段${def.key}`,
        printed: [`第一段${def.key}`, `第二段${def.key}`],
      };
    case 'date':
      return { value: '2026-10-15', printed: ['2026年10月15日'] };
    case 'datetime':
      return { value: '2026-10-15T01:30:00Z', printed: ['2026年10月15日 9时30分'] };
    case 'money':
      return { value: 300000, printed: ['300,000.00 元（大写：叁拾万元整）'] };
    case 'number':
      return { value: 12, printed: ['12'] };
    case 'boolean':
      return { value: true, printed: ['是'] };
    case 'list':
      if (def.key === 'penalties') {
        return {
          value: [{ type: 'fine', amount: 300000 }, { type: 'warning' }],
          printed: ['罚款 300,000.00 元（大写：叁拾万元整）', '警告'],
        };
      }
      if (def.key === 'qa') {
        return {
          value: [{ question: '你单位的废气处理设施是否正常运行？', answer: '当天设施停运检修。' }],
          printed: ['问：你单位的废气处理设施是否正常运行？', '答：当天设施停运检修。'],
        };
      }
      if (def.key === 'items') {
        return {
          value: [{ name: '废气处理风机', quantity: 2, unit: '台', value: 12000.5 }],
          printed: ['名称：废气处理风机', '数量：2', '单位：台', '价值：12,000.50 元'],
        };
      }
      return { value: [`${def.key}一`, `${def.key}二`], printed: [`1. ${def.key}一`, `2. ${def.key}二`] };
  }
}

function sampleFields(type: RecordType): { fields: Record<string, unknown>; printed: string[] } {
  const fields: Record<string, unknown> = {};
  const printed: string[] = [];
  for (const def of RECORD_TEMPLATES[type].fields) {
    const s = sample(def);
    fields[def.key] = s.value;
    printed.push(def.label, ...s.printed);
  }
  return { fields, printed };
}

function context(type: RecordType, overrides: Partial<DocumentContext['record']> = {}): DocumentContext {
  return {
    bodyName: '清远市生态环境局',
    caseNumber: '清环罚〔2026〕12号',
    caseTitle: '某化工有限公司超标排放大气污染物案',
    caseKind: 'penalty',
    party: {
      type: 'organization',
      name: '清远某化工有限公司',
      creditCode: '91441800MA0000000X',
      legalRepresentative: '王某某',
      address: '清远市清城区某工业园1号',
      phone: '0763-0000000',
    },
    officers: [
      { name: '张三', certificateNo: '44180020001' },
      { name: '李四', certificateNo: '44180020002' },
    ],
    record: {
      type,
      title: RECORD_TEMPLATES[type].title,
      content: '经查，当事人于2026年9月排放废气超标。\n以上事实有现场检查笔录为证。',
      fields: sampleFields(type).fields,
      version: 2,
      createdAt: '2026-10-15T02:00:00.000Z',
      author: '张三',
      documentNumber: '清环罚字〔2026〕第12号',
      ...overrides,
    },
    parameters: { statementDays: 3 },
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The document's text: word/document.xml with the tags stripped and entities decoded. */
function documentText(docx: Buffer): string {
  const files = unzipSync(new Uint8Array(docx));
  const xml = files['word/document.xml'];
  if (xml === undefined) throw new Error('word/document.xml missing');
  return strFromU8(xml)
    .replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p}\n`)
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITIES[e] ?? '');
}

describe('record template catalogue', () => {
  it('has exactly the listed codes with their Chinese titles', () => {
    expect([...RECORD_TYPES].sort()).toEqual(Object.keys(EXPECTED_TITLES).sort());
    expect(Object.keys(RECORD_TEMPLATES).sort()).toEqual([...RECORD_TYPES].sort());
    for (const type of RECORD_TYPES) {
      expect(RECORD_TEMPLATES[type].type).toBe(type);
      expect(RECORD_TEMPLATES[type].title).toBe(EXPECTED_TITLES[type]);
    }
  });

  it('has unique titles and unique field keys', () => {
    const titles = RECORD_TYPES.map((t) => RECORD_TEMPLATES[t].title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const type of RECORD_TYPES) {
      const keys = RECORD_TEMPLATES[type].fields.map((f) => f.key);
      expect(new Set(keys).size, type).toBe(keys.length);
      const labels = RECORD_TEMPLATES[type].fields.map((f) => f.label);
      expect(new Set(labels).size, type).toBe(labels.length);
    }
  });

  it('puts each non-supplementary template in one of the five stages, supplementary ones after archiving', () => {
    for (const type of RECORD_TYPES) {
      const t = RECORD_TEMPLATES[type];
      expect(t.supplementary, type).toBe(SUPPLEMENTARY.includes(type));
      if (!t.supplementary) expect(RECORD_STAGES, type).toContain(t.stage);
      else expect(t.stage, type).toBe('archived');
    }
  });

  it('uses only placeholders that have a default value', () => {
    for (const type of RECORD_TYPES) {
      for (const notice of RECORD_TEMPLATES[type].notices) {
        expect(fillNotice(notice), `${type}: ${notice}`).not.toMatch(/[{}]|＿/);
      }
    }
  });

  it('seals the decisions and notices served on the party', () => {
    for (const type of [
      'penalty_decision',
      'prior_notice',
      'correction_order',
      'seizure_decision',
      'hearing_notice',
    ] as const) {
      expect(RECORD_TEMPLATES[type].sealed, type).toBe(true);
    }
    expect(RECORD_TEMPLATES.inquiry_record.sealed).toBe(false);
  });

  it('names the A/V activity; a 送达回证 needs one only for 留置 and 公告送达', () => {
    expect(RECORD_TEMPLATES.onsite_inspection_record.avActivity).toBe('onsite_inspection');
    expect(RECORD_TEMPLATES.hearing_record.avActivity).toBe('hearing');
    expect(RECORD_TEMPLATES.seizure_list.avActivity).toBe('seizure');
    expect(recordAvActivity('service_receipt', { method: 'direct' })).toBeUndefined();
    expect(recordAvActivity('service_receipt', { method: 'lodged' })).toBe('service');
    expect(recordAvActivity('service_receipt', { method: 'announcement' })).toBe('service');
    expect(recordAvActivity('inquiry_record', {})).toBe('investigation');
    expect(recordAvActivity('penalty_decision', {})).toBeUndefined();
  });

  it('records the contract fields of the prior notice, the service receipt and the payment receipt', () => {
    const keys = (t: RecordType): string[] => RECORD_TEMPLATES[t].fields.map((f) => f.key);
    expect(keys('prior_notice')).toEqual(
      expect.arrayContaining(['facts', 'evidence', 'basis', 'penalties', 'hearingRight']),
    );
    expect(keys('service_receipt')).toEqual(
      expect.arrayContaining(['documents', 'method', 'recipient', 'receivedOn']),
    );
    expect(
      RECORD_TEMPLATES.service_receipt.fields.find((f) => f.key === 'method')?.options?.map((o) => o.value),
    ).toEqual(['direct', 'mail', 'lodged', 'electronic', 'announcement']);
    expect(keys('payment_receipt')).toEqual(expect.arrayContaining(['amount', 'paidOn', 'receiptNumber']));
  });
});

describe('templateFieldsSchema', () => {
  it('is derived from each template: accepts its sample fields, leaves other keys alone', () => {
    for (const type of RECORD_TYPES) {
      const fields = { ...sampleFields(type).fields, notInTemplate: 42 };
      expect(templateFieldsSchema(RECORD_TEMPLATES[type]).safeParse(fields), type).toMatchObject({
        success: true,
        data: fields,
      });
    }
  });

  it('follows the field list: a template with other fields gets another schema', () => {
    const base = RECORD_TEMPLATES.supplementary_note;
    const extended = {
      ...base,
      fields: [
        ...base.fields,
        {
          key: 'color',
          label: '颜色',
          kind: 'text',
          required: true,
          options: [{ value: 'red', label: '红' }],
        },
      ] satisfies FieldDef[],
    };
    const fields = sampleFields('supplementary_note').fields;
    expect(templateFieldsSchema(base).safeParse(fields).success).toBe(true);
    const issues = templateFieldsSchema(extended).safeParse({ ...fields, color: 'blue' }).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([['color', '应为以下之一：红']]);
    expect(templateFieldsSchema(extended).safeParse({ ...fields, color: 'red' }).success).toBe(true);
  });
});

describe('validateRecordFields', () => {
  it('accepts complete sample fields of every template', () => {
    for (const type of RECORD_TYPES) {
      expect(validateRecordFields(type, sampleFields(type).fields), type).toEqual([]);
    }
  });

  it('names each missing required field, in Chinese', () => {
    const issues = validateRecordFields('onsite_inspection_record', {});
    const required = RECORD_TEMPLATES.onsite_inspection_record.fields.filter((f) => f.required);
    expect(issues.map((i) => i.path).sort()).toEqual(required.map((f) => f.key).sort());
    expect(issues.find((i) => i.path === 'location')?.message).toBe('「检查地点」为必填项');
    // blanks count as missing; optional fields may be absent
    const { fields } = sampleFields('onsite_inspection_record');
    expect(validateRecordFields('onsite_inspection_record', { ...fields, findings: '  ' })).toEqual([
      { path: 'findings', message: '「检查（勘察）情况」为必填项' },
    ]);
    expect(validateRecordFields('onsite_inspection_record', { ...fields, witness: undefined })).toEqual([]);
  });

  it('catches a bad date, datetime, boolean and option', () => {
    const { fields } = sampleFields('prior_notice');
    for (const bad of ['2026-02-30', '2026/10/15', '15.10.2026', 20261015]) {
      const issues = validateRecordFields('prior_notice', { ...fields, issuedOn: bad });
      expect(
        issues.map((i) => i.path),
        String(bad),
      ).toEqual(['issuedOn']);
      expect(issues[0]?.message).toMatch(/日期/);
    }
    const inspection = sampleFields('onsite_inspection_record').fields;
    expect(
      validateRecordFields('onsite_inspection_record', { ...inspection, startedAt: '2026-10-15 25:00' }),
    ).toHaveLength(1);
    expect(
      validateRecordFields('onsite_inspection_record', {
        ...inspection,
        startedAt: '2026-10-15T09:30:00+08:00',
      }),
    ).toEqual([]);
    expect(
      validateRecordFields('onsite_inspection_record', { ...inspection, certificatesShown: '是' }),
    ).toHaveLength(1);
    const receipt = sampleFields('service_receipt').fields;
    expect(validateRecordFields('service_receipt', { ...receipt, method: 'pigeon' })[0]?.path).toBe('method');
  });

  it('catches a negative amount and one with three decimals', () => {
    const { fields } = sampleFields('payment_receipt');
    expect(validateRecordFields('payment_receipt', { ...fields, amount: 300000.12 })).toEqual([]);
    expect(validateRecordFields('payment_receipt', { ...fields, amount: 0.1 })).toEqual([]);
    expect(validateRecordFields('payment_receipt', { ...fields, amount: -1 })).toEqual([
      { path: 'amount', message: '「缴纳金额」不能为负数' },
    ]);
    expect(validateRecordFields('payment_receipt', { ...fields, amount: 300000.123 })).toEqual([
      { path: 'amount', message: '「缴纳金额」最多保留两位小数' },
    ]);
    expect(validateRecordFields('payment_receipt', { ...fields, amount: '300000' })).toHaveLength(1);
    expect(validateRecordFields('payment_receipt', { ...fields, amount: Number.NaN })).toHaveLength(1);
  });

  it('checks the penalties list: known types, amounts for fines, money amounts', () => {
    const { fields } = sampleFields('prior_notice');
    const check = (penalties: unknown): string[] =>
      validateRecordFields('prior_notice', { ...fields, penalties }).map((i) => i.path);
    expect(check([{ type: 'fine', amount: 300000 }])).toEqual([]);
    for (const type of PENALTY_TYPES) {
      expect(check([{ type, amount: 1000 }]), type).toEqual([]);
    }
    expect(check([{ type: 'detention' }])).toEqual(['penalties.0.type']);
    expect(check([{ type: 'warning' }, { type: 'fine' }])).toEqual(['penalties.1.amount']);
    // every money penalty of the shared vocabulary needs its amount, 没收非法财物 included
    for (const type of MONEY_PENALTIES) expect(check([{ type }]), type).toEqual(['penalties.0.amount']);
    expect(
      validateRecordFields('prior_notice', { ...fields, penalties: [{ type: 'confiscate_property' }] }),
    ).toEqual([
      { path: 'penalties.0.amount', message: '「拟作出的行政处罚」第1项（没收非法财物）须填写金额' },
    ]);
    expect(check([{ type: 'confiscate_property', amount: 0 }])).toEqual([]);
    expect(check([{ type: 'suspend_production' }])).toEqual([]);
    expect(check([{ type: 'fine', amount: -5 }])).toEqual(['penalties.0.amount']);
    expect(check([{ type: 'fine', amount: 1.005 }])).toEqual(['penalties.0.amount']);
    expect(check(['罚款'])).toEqual(['penalties.0']);
    expect(check('罚款30万元')).toEqual(['penalties']);
    expect(check([])).toEqual(['penalties']);
  });

  it('accepts lists of strings or objects, nothing else', () => {
    const { fields } = sampleFields('investigation_report');
    expect(
      validateRecordFields('investigation_report', {
        ...fields,
        evidence: ['现场检查笔录', { name: '监测报告' }],
      }),
    ).toEqual([]);
    expect(
      validateRecordFields('investigation_report', { ...fields, evidence: [1, null] }).map((i) => i.path),
    ).toEqual(['evidence.0', 'evidence.1']);
  });
});

describe('renderRecordDocx', () => {
  it.each([...RECORD_TYPES])('renders %s with its title, case, party, fields and notices', async (type) => {
    const ctx = context(type);
    const docx = await renderRecordDocx(ctx);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const body = documentText(docx);
    const template = RECORD_TEMPLATES[type];

    for (const expected of [
      '清远市生态环境局',
      template.title,
      '清环罚〔2026〕12号',
      '清环罚字〔2026〕第12号',
      '某化工有限公司超标排放大气污染物案',
      '清远某化工有限公司',
      '统一社会信用代码',
      '91441800MA0000000X',
      '法定代表人（负责人）',
      '王某某',
      '张三（执法证号：44180020001）',
      '李四（执法证号：44180020002）',
      '经查，当事人于2026年9月排放废气超标。',
      '以上事实有现场检查笔录为证。',
      '版本：第2版',
      ...sampleFields(type).printed,
      ...template.notices.map((n) => fillNotice(n, ctx.parameters)),
      ...template.signatures.map((s) => `${s}（签名）`),
    ]) {
      expect(body, `${type}: ${expected}`).toContain(expected);
    }
    expect(body).not.toMatch(/\{[A-Za-z]\w*\}/);
    if (template.sealed) expect(body).toMatch(/清远市生态环境局\s*（印章）/);
    else expect(body).not.toContain('（印章）');
  });

  it('prints the remedies and payment terms on the penalty decision', async () => {
    const body = documentText(await renderRecordDocx(context('penalty_decision')));
    expect(body).toContain('60日内');
    expect(body).toContain('6个月内');
    expect(body).toContain('行政复议');
    expect(body).toContain('行政诉讼');
    expect(body).toContain('15日内');
    expect(body).toContain('3%');
    expect(body).toContain('罚款 300,000.00 元（大写：叁拾万元整）');
    expect(body).not.toContain('¥');
    // the seal and the decision date under the body's name
    expect(body).toMatch(/清远市生态环境局\s*（印章）\s*2026年10月15日/);
  });

  it('prints the configured statement days and the hearing window on the prior notice', async () => {
    const ctx = context('prior_notice');
    const body = documentText(await renderRecordDocx({ ...ctx, parameters: { statementDays: 7 } }));
    expect(body).toContain('收到本告知书之日起7个工作日内向本机关提出陈述、申辩意见');
    expect(body).toContain(`${DEFAULT_NOTICE_PARAMETERS.hearingDays}个工作日内提出`);
    expect(body).toContain('不因你（单位）陈述、申辩而给予更重的处罚');
  });

  it('lets parameters name the reconsideration body and the court', async () => {
    const ctx = context('penalty_decision');
    const body = documentText(
      await renderRecordDocx({
        ...ctx,
        parameters: {
          statementDays: 3,
          reconsiderationBody: '清远市人民政府',
          litigationCourt: '清远市清城区人民法院',
        },
      }),
    );
    expect(body).toContain('60日内向清远市人民政府申请行政复议');
    expect(body).toContain('6个月内向清远市清城区人民法院提起行政诉讼');
  });

  it('shows a person with 身份证号 and an individual business with its operator', async () => {
    const person = documentText(
      await renderRecordDocx({
        ...context('inquiry_record'),
        party: { type: 'person', name: '赵某某', idNumber: '441802199001010000' },
      }),
    );
    expect(person).toContain('赵某某');
    expect(person).toContain('身份证号码');
    expect(person).toContain('441802199001010000');
    expect(person).toContain('自然人');
    expect(person).not.toContain('统一社会信用代码');

    const shop = documentText(
      await renderRecordDocx({
        ...context('onsite_penalty_decision'),
        party: {
          type: 'individual_business',
          name: '清城区某汽修店',
          legalRepresentative: '钱某',
          creditCode: '92441800X',
        },
      }),
    );
    expect(shop).toContain('个体工商户');
    expect(shop).toContain('经营者');
    expect(shop).toContain('钱某');
  });

  it('never crashes on missing optional data', async () => {
    for (const type of RECORD_TYPES) {
      const ctx = context(type, {
        fields: {},
        content: '',
        documentNumber: undefined,
        createdAt: 'not a date',
      });
      const docx = await renderRecordDocx({ ...ctx, officers: [], party: { type: 'person', name: '孙某' } });
      const body = documentText(docx);
      expect(body, type).toContain(RECORD_TEMPLATES[type].title);
      expect(body, type).toContain('孙某');
      expect(body, type).not.toMatch(/\{[A-Za-z]\w*\}|undefined|NaN|\[object Object\]/);
    }
  });

  it('survives values of the wrong kind and characters XML cannot carry', async () => {
    const ctx = context('penalty_decision', {
      fields: {
        facts: 42,
        evidence: '现场检查笔录',
        penalties: [{ type: 'fine', amount: 'lots' }, 'odd', null, { type: 'unknown_type' }],
        decidedOn: 'yesterday',
        performance: { nested: { deep: true } },
      },
      content: 'A\u0000B\u0007C &<> "引号"',
    });
    const body = documentText(await renderRecordDocx(ctx));
    expect(body).toContain('ABC &<> "引号"');
    expect(body).toContain('yesterday');
    expect(body).toContain('42');
    expect(body).not.toMatch(/undefined|\[object Object\]/);
  });

  it('formats dates in China time and shows the record title when it differs', async () => {
    const body = documentText(
      await renderRecordDocx(
        context('onsite_inspection_record', {
          title: '现场检查（勘察）笔录（第二次检查）',
          fields: { ...sampleFields('onsite_inspection_record').fields, startedAt: '2026-10-15T16:05:00Z' },
        }),
      ),
    );
    expect(body).toContain('2026年10月16日 0时05分');
    expect(body).toContain('（现场检查（勘察）笔录（第二次检查））');
  });
});
