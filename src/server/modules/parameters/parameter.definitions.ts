import { z } from 'zod';
import { CASE_KIND_LABELS } from '../../../shared/case-vocabulary.js';
import { planPart } from '../../../shared/legal-sources.js';
import {
  CASE_KINDS,
  DEFAULT_MEDIA_STORAGE_RULE,
  DEFAULT_NUMBER_PATTERNS,
  MEDIA_STORAGE_RULES,
} from '../cases/case.rules.js';
import { DEFAULT_LATE_FEE_BASE, LATE_FEE_BASES } from '../execution/payment.rules.js';
import { ANNOUNCEMENT_DAYS } from '../execution/service.rules.js';
import { STATEMENT_DAYS } from '../review/procedure.rules.js';
import { CORRECTIONS_PER_HOUR } from '../publicity/correction.rules.js';
import {
  DEFAULT_DOCUMENT_PATTERNS,
  DOCUMENT_NUMBER_KINDS,
  DOCUMENT_NUMBER_KIND_LABELS,
} from '../records/document-number.rules.js';

/**
 * Rule parameters that the bureau may change without a release. Each has a default, a Chinese
 * label, and the source it comes from. Fixed legal numbers stay constants in the rules files.
 */
type Definition<T> = { schema: z.ZodType<T>; default: T; label: string; source: string };

const numberPattern = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .refine((p) => p.includes('{n}'), { message: '须包含序号占位符 {n}' });

/** A setting printed by name on documents: blank until the administrator sets it. */
const setting = z.string().trim().max(200);

/**
 * What the bureau's documents print by name (行政处罚决定书 and the notices): set by the administrator
 * (the demo sets Qingyuan's). A decision is not made while a setting it prints is blank — an unnamed
 * 复议机关 stretches the party's period to one year (行政复议法 2023 Art. 20(3)).
 */
export const DOCUMENT_SETTINGS = {
  'document.reconsiderationBody': {
    schema: setting,
    default: '',
    label: '行政复议机关（印在决定书上）',
    source:
      '《中华人民共和国行政复议法》（2023）第二十条、第二十四条：对县级以上地方人民政府工作部门的行政行为不服的，向本级人民政府申请行政复议（如：清远市人民政府）',
  } satisfies Definition<string>,
  'document.litigationCourt': {
    schema: setting,
    default: '',
    label: '行政诉讼管辖法院（印在决定书上）',
    source: '《中华人民共和国行政诉讼法》第十八条、第四十六条',
  } satisfies Definition<string>,
  'document.paymentBank': {
    schema: setting,
    default: '',
    label: '罚没款代收银行',
    source:
      '《中华人民共和国行政处罚法》第六十七条：当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款',
  } satisfies Definition<string>,
  'document.paymentAccountName': {
    schema: setting,
    default: '',
    label: '罚没款收款户名',
    source: '《中华人民共和国行政处罚法》第六十七条；《罚款决定与罚款收缴分离实施办法》',
  } satisfies Definition<string>,
  'document.paymentAccount': {
    schema: setting,
    default: '',
    label: '罚没款收款账号',
    source: '《中华人民共和国行政处罚法》第六十七条；《罚款决定与罚款收缴分离实施办法》',
  } satisfies Definition<string>,
  'document.sealText': {
    schema: setting,
    default: '',
    label: '印章文字（留空则为执法主体名称）',
    source: '《中华人民共和国行政处罚法》第五十九条：行政处罚决定书必须盖有作出行政处罚决定的行政机关的印章',
  } satisfies Definition<string>,
} as const;
export type DocumentSettingKey = keyof typeof DOCUMENT_SETTINGS;

const GUIDE = '《政府网站发展指引》（国办发〔2017〕47号）';

/**
 * The portal's footer (政府网站): who runs the site and its registrations, shown on every page and
 * answered by `GET /api/v1/public/site`. Blank: not shown (the sponsor falls back to the body's name).
 */
export const PORTAL_SETTINGS = {
  'portal.sponsor': {
    schema: z.string().trim().max(100),
    default: '',
    label: '门户网站主办单位（留空则为执法主体名称）',
    source: `${GUIDE}：网站页面底部应列明主办单位名称、网站标识码、ICP备案编号、公安机关备案号等`,
  } satisfies Definition<string>,
  'portal.siteCode': {
    schema: z
      .string()
      .trim()
      .regex(/^([0-9A-Za-z]{10})?$/, '网站标识码为10位数字或字母'),
    default: '',
    label: '网站标识码（10位，由政府网站信息报送系统赋予）',
    source: `${GUIDE}：网站标识码是政府网站的唯一身份代码，在网站页面底部显著位置展示`,
  } satisfies Definition<string>,
  'portal.icp': {
    schema: z.string().trim().max(50),
    default: '',
    label: 'ICP备案编号（如：粤ICP备12345678号）',
    source:
      '《非经营性互联网信息服务备案管理办法》（信息产业部令第33号）第十三条：在主页底部的中央位置标明备案编号，并链接备案管理系统网址（https://beian.miit.gov.cn/）',
  } satisfies Definition<string>,
  'portal.publicSecurityRecord': {
    schema: z.string().trim().max(50),
    default: '',
    label: '公安机关备案号（如：粤公网安备44180202000001号）',
    source: `《计算机信息网络国际联网安全保护管理办法》（公安部令第33号）第十二条；${GUIDE}`,
  } satisfies Definition<string>,
  'portal.address': {
    schema: z.string().trim().max(200),
    default: '',
    label: '门户网站页脚的联系地址',
    source: `${GUIDE}：网站页面底部列明联系方式`,
  } satisfies Definition<string>,
  'portal.phone': {
    schema: z.string().trim().max(50),
    default: '',
    label: '门户网站页脚的联系电话',
    source: `${GUIDE}：网站页面底部列明联系方式`,
  } satisfies Definition<string>,
} as const;
export type PortalSettingKey = keyof typeof PORTAL_SETTINGS;

export const PARAMETER_DEFINITIONS = {
  ...Object.fromEntries(
    CASE_KINDS.map((kind) => [
      `case.numberPattern.${kind}`,
      {
        schema: numberPattern,
        default: DEFAULT_NUMBER_PATTERNS[kind],
        label: `案件编号格式（${CASE_KIND_LABELS[kind]}）`,
        source: '本局文书编号规则；{year} 为年份，{n} 为当年序号',
      } satisfies Definition<string>,
    ]),
  ),
  ...Object.fromEntries(
    DOCUMENT_NUMBER_KINDS.map((kind) => [
      `document.numberPattern.${kind}`,
      {
        schema: numberPattern,
        default: DEFAULT_DOCUMENT_PATTERNS[kind],
        label: `文号格式（${DOCUMENT_NUMBER_KIND_LABELS[kind]}）`,
        source:
          '本局发文字号（《党政机关公文格式》GB/T 9704-2012：机关代字〔年份〕序号号）；{year} 为年份，{n} 为当年序号，由系统依次编号',
      } satisfies Definition<string>,
    ]),
  ),
  ...DOCUMENT_SETTINGS,
  ...PORTAL_SETTINGS,
  'media.storageRule': {
    schema: z.enum(MEDIA_STORAGE_RULES),
    default: DEFAULT_MEDIA_STORAGE_RULE,
    label: '音像记录存储时限',
    source: `hours24：采集后24小时内（${planPart('规范记录内容')}）；oneWorkingDay：1个工作日内（《广东省行政执法全过程记录办法》第二十三条）`,
  } satisfies Definition<(typeof MEDIA_STORAGE_RULES)[number]>,
  'execution.announcementDays': {
    schema: z.number().int().min(1).max(90),
    default: ANNOUNCEMENT_DAYS,
    label: '公告送达视为送达的期间（日）',
    source: '《中华人民共和国民事诉讼法》第九十五条：自发出公告之日起，经过三十日，即视为送达',
  } satisfies Definition<number>,
  'procedure.statementDays': {
    schema: z.number().int().min(1).max(30),
    default: STATEMENT_DAYS,
    label: '陈述申辩期限（工作日，自当事人收到事先告知书之日起）',
    source:
      '《行政处罚法》第四十四条、第四十五条未规定具体天数；实践中一般为3个工作日，尚无统一规定，本局可在此调整。告知书所载期限与系统执行的期限一致',
  } satisfies Definition<number>,
  'execution.lateFeeBase': {
    schema: z.enum(LATE_FEE_BASES),
    default: DEFAULT_LATE_FEE_BASE,
    label: '加处罚款的计算基数',
    source:
      'unpaid：按每日逾期未缴的罚款数额；fine：按罚款数额（《行政处罚法》第七十二条“每日按罚款数额的百分之三”）。实践中有不同理解，可配置',
  } satisfies Definition<(typeof LATE_FEE_BASES)[number]>,
  'publicity.showOrganisationName': {
    schema: z.boolean(),
    default: false,
    label: '公示全文中显示单位当事人名称',
    source:
      '《广东省行政执法公示办法》第十四条：公开执法决定全文时应当隐去当事人名称等信息；false（默认）：单位名称在摘要和全文中均隐去',
  } satisfies Definition<boolean>,
  'publicity.bodyCreditCode': {
    schema: z.string().trim().max(18),
    default: '',
    label: '执法主体统一社会信用代码（信用信息数据接口）',
    source: '“双公示”行政处罚信息数据项：处罚机关统一社会信用代码',
  } satisfies Definition<string>,
  'publicity.correctionsPerHour': {
    schema: z.number().int().min(1).max(1000),
    default: CORRECTIONS_PER_HOUR,
    label: '同一来源每小时可提交的纠错申请数',
    source: '《广东省行政执法公示办法》第二十五条（纠错申请）；防止滥用的限流，可配置',
  } satisfies Definition<number>,
} as Record<string, Definition<unknown>>;

export type ParameterKey = keyof typeof PARAMETER_DEFINITIONS;
