/**
 * The catalogue of text records (执法文书): what each document records, the rights and statutory
 * statements printed on it, who signs it and whether it carries the body's seal. Pure data and pure
 * functions, no I/O (docs/domain-rules.md §2, §4, §4b).
 *
 * The document list follows the 环境行政执法文书制作指南 (2016) [S]; the notices cite the law next to
 * each statement. Citations marked [?] are unconfirmed and kept configurable where they carry a number.
 */

import { z } from 'zod';
import {
  MEDIA_ACTIVITIES,
  MEDIA_ACTIVITY_LABELS,
  STAGES,
  type MediaActivity,
  type Stage,
} from '../../../shared/case-vocabulary.js';
import {
  LITIGATION_INSTANCE_LABELS,
  LITIGATION_INSTANCES,
  COURT_ENFORCEMENT_RESULT_LABELS,
  COURT_ENFORCEMENT_RESULTS,
  SERVICE_METHOD_LABELS,
} from '../../../shared/execution-vocabulary.js';
import {
  RECORD_TITLES,
  RECORD_TYPES,
  isRecordType,
  type RecordType,
} from '../../../shared/record-vocabulary.js';
import {
  DECISION_OUTCOME_LABELS,
  DECISION_OUTCOMES,
  MONEY_PENALTIES,
  PENALTY_TYPE_LABELS,
  PENALTY_TYPES,
  isPenaltyType,
  type PenaltyType,
} from '../../../shared/review-vocabulary.js';

// ---- vocabulary -----------------------------------------------------------------------------

export { RECORD_TITLES, RECORD_TYPES, isRecordType, type RecordType };
export { PENALTY_TYPE_LABELS, PENALTY_TYPES, isPenaltyType, type PenaltyType };

/** The case stages, in order (the contract's stages). */
export const RECORD_STAGES = STAGES;
export type RecordStage = Stage;

/** Activities that need an audio/video record (GD-REC Art. 14). */
export const AV_ACTIVITIES = MEDIA_ACTIVITIES;
export type AvActivity = MediaActivity;
/** The shared table (`MEDIA_ACTIVITY_LABELS`) under the name the records module has used. */
export const AV_ACTIVITY_LABELS = MEDIA_ACTIVITY_LABELS;

export type FieldKind = 'text' | 'longtext' | 'date' | 'datetime' | 'money' | 'number' | 'boolean' | 'list';

/** A closed set of values for a text field; the value is stored, the label printed. */
export type FieldOption = { value: string; label: string };

export type FieldDef = {
  key: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  help?: string;
  /** When present the value must be one of these (a select in the UI); the label is printed. */
  options?: readonly FieldOption[];
};

export type RecordTemplate = {
  type: RecordType;
  /** The Chinese document title (`RECORD_TITLES`). */
  title: string;
  /** The enforcement stage whose text record this is (GD-REC Art. 10-13). */
  stage: RecordStage;
  /** May be appended after archiving (补充归档). */
  supplementary: boolean;
  /** Written only by the system from what it records (the decision document from the decision), never by hand. */
  generated?: boolean;
  /**
   * The A/V activity the document records, if any. For a 送达回证 only 留置送达 and 公告送达 need
   * a recording: use {@link recordAvActivity}, which looks at the service method.
   */
  avActivity?: AvActivity;
  fields: FieldDef[];
  /** Rights, remedies and statutory statements printed on it; may contain `{placeholders}`. */
  notices: string[];
  /** Signature lines. */
  signatures: string[];
  /** Carries the body's seal. */
  sealed: boolean;
};

// ---- penalties --------------------------------------------------------------------------------

/** List fields whose items are penalties `{ type, amount? }` (the decision body's shape). */
export const PENALTY_LIST_KEYS: readonly string[] = ['penalties'];

/** The options of a select from a shared label table, in the vocabulary's order. */
function optionsOf<C extends string>(codes: readonly C[], labels: Record<C, string>): FieldOption[] {
  return codes.map((value) => ({ value, label: labels[value] }));
}

/** Chinese labels of the keys that objects inside list fields use (printed as 标签：值). */
export const LIST_ITEM_LABELS: Record<string, string> = {
  question: '问',
  answer: '答',
  name: '名称',
  number: '文号',
  spec: '规格型号',
  quantity: '数量',
  unit: '单位',
  location: '存放地点',
  condition: '状况',
  point: '采样点位',
  item: '监测项目',
  sampleNumber: '样品编号',
  container: '容器及保存',
  speaker: '发言人',
  role: '身份',
  opinion: '意见',
  description: '说明',
  type: '类别',
  amount: '金额',
  value: '价值',
  date: '日期',
};

/** Keys inside list items whose values are money (yuan). */
export const MONEY_ITEM_KEYS: readonly string[] = ['amount', 'value'];

// ---- notice parameters ------------------------------------------------------------------------

/**
 * Values for the `{placeholders}` in notices. The caller's `parameters` override these; each is a
 * configurable parameter with its source.
 */
export const DEFAULT_NOTICE_PARAMETERS = {
  /** 陈述申辩 window after the prior notice, working days: practice [S], not fixed by the APL [?]. */
  statementDays: 3,
  /** Hearing request after the notice: 5 日 = working days. APL Art. 64(1), 85. */
  hearingDays: 5,
  /** Hearing notice served before the hearing: 7 日 = working days. APL Art. 64(2), 85. */
  hearingNoticeDays: 7,
  /** Decision on evidence registered for preservation: 7 日 = working days. APL Art. 56, 85. */
  preservationDecisionDays: 7,
  /** Fine paid within 15 days of receiving the decision. APL Art. 67. */
  paymentDays: 15,
  /** Late fee per day, percent of the fine, capped at the fine. APL Art. 72(1). */
  lateFeePercent: 3,
  /** 行政复议 within 60 days. 行政复议法 (2023) Art. 20. */
  reconsiderationDays: 60,
  /** 行政诉讼 within 6 months. 行政诉讼法 Art. 46. */
  litigationMonths: 6,
  /** 查封扣押 at most 30 days, once extended by at most 30. ACL Art. 25. */
  seizureDays: 30,
  /** 公告送达 deemed served after 30 days. 民事诉讼法 Art. 95. */
  announcementDays: 30,
  /** The reconsideration body; since 2024 usually the people's government at the same level [?]. */
  reconsiderationBody: '有管辖权的行政复议机关',
  /** The court for 行政诉讼. */
  litigationCourt: '有管辖权的人民法院',
  /** Where fines are paid. APL Art. 67. */
  paymentBank: '指定银行',
} satisfies Record<string, number | string>;

export type NoticeParameters = { [k: string]: number | string | undefined };

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The placeholder names used in a text. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * Fills `{name}` placeholders from `parameters`, then from {@link DEFAULT_NOTICE_PARAMETERS}; a name
 * with no value at all becomes a blank to fill in by hand, never a raw `{name}`.
 */
export function fillNotice(text: string, parameters: NoticeParameters = {}): string {
  const defaults: NoticeParameters = DEFAULT_NOTICE_PARAMETERS;
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = Object.hasOwn(parameters, name) ? parameters[name] : defaults[name];
    return value === undefined || value === '' ? '＿＿＿＿' : String(value);
  });
}

// ---- shared notices ---------------------------------------------------------------------------

/** 行政复议法 (2023) Art. 20 (60 days); 行政诉讼法 Art. 46 (6 months). */
const REMEDY =
  '如不服本决定，可以在收到本决定书之日起{reconsiderationDays}日内向{reconsiderationBody}申请行政复议，' +
  '也可以在收到本决定书之日起{litigationMonths}个月内向{litigationCourt}提起行政诉讼。';

/** APL Art. 73; 行政复议法 Art. 42; 行政诉讼法 Art. 56. */
const NOT_SUSPENDED = '申请行政复议或者提起行政诉讼期间，本决定不停止执行，法律另有规定的除外。';

/** APL Art. 67 (15 days from receipt, bank or electronic payment, straight to the treasury). */
const PAYMENT =
  '本决定涉及罚款、没收违法所得的，你（单位）应当自收到本决定书之日起{paymentDays}日内，' +
  '到{paymentBank}或者通过电子支付系统缴纳，款项直接上缴国库。';

/** APL Art. 72(1): 3% a day, capped at the fine. */
const LATE_FEE =
  '到期不缴纳罚款的，本机关可以每日按罚款数额的{lateFeePercent}%加处罚款，加处罚款的数额不得超出罚款的数额。';

/** APL Art. 66 para 2: deferral or instalments on application and approval. */
const DEFERRAL =
  '确有经济困难，需要延期或者分期缴纳罚款的，可以向本机关提出书面申请，经批准后暂缓或者分期缴纳。';

/** APL Art. 72(4); ACL Art. 53 (apply within 3 months after the remedy periods end). */
const COURT_ENFORCEMENT =
  '逾期不申请行政复议、不提起行政诉讼，又不履行本决定的，本机关将依法申请人民法院强制执行。';

/** APL Art. 55 para 1. */
const CERTIFICATES_SHOWN =
  '执法人员已主动出示执法证件，表明身份；当事人或者有关人员有权要求执法人员出示执法证件，执法人员不出示的，有权拒绝接受调查或者检查。';

/** APL Art. 43. */
const RECUSAL =
  '执法人员已告知：执法人员与本案有直接利害关系或者有其他关系可能影响公正执法的，当事人有权申请回避。';

/** GD-REC Art. 18 (tell those present they are recorded); APL Art. 47 (whole-process record). */
const RECORDING = '执法人员已告知：本次执法活动全程进行音像记录。';

/** APL Art. 55 para 2. */
const COOPERATE = '当事人或者有关人员应当如实回答询问，并协助调查或者检查，不得拒绝或者阻挠。';

/** ACL Art. 8: rights against coercive measures. */
const COERCION_RIGHTS =
  '你（单位）对本机关实施的行政强制，享有陈述权、申辩权；因本机关违法实施行政强制受到损害的，有权依法要求赔偿。';

/** Practice [S]: after archiving, later events are appended, never edited in (domain-rules §4b). */
const SUPPLEMENTARY = '本材料为结案归档后的补充归档材料，只可追加，不得修改已归档的材料。';

// ---- field helpers ----------------------------------------------------------------------------

function req(key: string, label: string, kind: FieldKind, extra: Partial<FieldDef> = {}): FieldDef {
  return { key, label, kind, required: true, ...extra };
}
function opt(key: string, label: string, kind: FieldKind, extra: Partial<FieldDef> = {}): FieldDef {
  return { key, label, kind, required: false, ...extra };
}

const OUTCOME_OPTIONS: readonly FieldOption[] = optionsOf(DECISION_OUTCOMES, DECISION_OUTCOME_LABELS);

/**
 * 送达方式 (APL Art. 61; 民事诉讼法 Art. 87-95), labelled from the shared table. A record stores
 * 留置送达 as `lodged` (the API's service entries say `left_at_premises`): stored records keep their code.
 */
export const SERVICE_METHOD_OPTIONS: readonly FieldOption[] = [
  { value: 'direct', label: SERVICE_METHOD_LABELS.direct },
  { value: 'mail', label: SERVICE_METHOD_LABELS.mail },
  { value: 'lodged', label: SERVICE_METHOD_LABELS.left_at_premises },
  { value: 'electronic', label: SERVICE_METHOD_LABELS.electronic },
  { value: 'announcement', label: SERVICE_METHOD_LABELS.announcement },
];

const PENALTIES_HELP = '每项 { type, amount? }，type 为处罚种类代码，罚款等金额以元计';

const ITEMS_HELP = '每项 { name, spec?, quantity, unit, location?, condition? }';

// ---- the catalogue ----------------------------------------------------------------------------

export const RECORD_TEMPLATES: Record<RecordType, RecordTemplate> = {
  filing_approval: {
    type: 'filing_approval',
    title: RECORD_TITLES.filing_approval,
    stage: 'initiated',
    supplementary: false,
    fields: [
      req('source', '案件来源', 'text', {
        options: [
          { value: 'inspection', label: '现场检查' },
          { value: 'complaint', label: '信访投诉举报' },
          { value: 'monitoring', label: '自动监控（在线监测）' },
          { value: 'referral', label: '上级交办或者有关部门移送' },
          { value: 'other', label: '其他' },
        ],
      }),
      req('discoveredOn', '发现违法行为日期', 'date'),
      req('cause', '案由', 'text', { help: '如：涉嫌超标排放大气污染物' }),
      req('summary', '简要案情', 'longtext'),
      req('violatedProvisions', '涉嫌违反的法律条款', 'text'),
      opt('violationEndedOn', '违法行为终了日期', 'date', {
        help: '用于核查追责时效（《行政处罚法》第三十六条）',
      }),
      req('handlerOpinion', '承办人意见', 'longtext'),
      opt('departmentOpinion', '承办机构负责人意见', 'longtext'),
      opt('headOpinion', '本机关负责人审批意见', 'longtext'),
      opt('filedOn', '立案日期', 'date'),
    ],
    notices: [
      // APL Art. 36
      '立案前已核查追责时效：违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。',
    ],
    signatures: ['承办人', '承办机构负责人', '本机关负责人'],
    sealed: false,
  },

  onsite_inspection_record: {
    type: 'onsite_inspection_record',
    title: RECORD_TITLES.onsite_inspection_record,
    stage: 'investigation',
    supplementary: false,
    avActivity: 'onsite_inspection',
    fields: [
      req('startedAt', '检查开始时间', 'datetime'),
      req('endedAt', '检查结束时间', 'datetime'),
      req('location', '检查地点', 'text'),
      req('onsiteResponsible', '被检查单位现场负责人', 'text'),
      opt('onsiteResponsiblePosition', '现场负责人职务', 'text'),
      opt('onsiteResponsiblePhone', '现场负责人联系电话', 'text'),
      req('certificatesShown', '执法人员出示执法证件', 'boolean'),
      req('recusalInformed', '已告知申请回避的权利', 'boolean'),
      opt('recusalRequested', '当事人申请回避', 'boolean'),
      req('recordingInformed', '已告知全程音像记录', 'boolean'),
      req('findings', '检查（勘察）情况', 'longtext'),
      opt('facilitiesStatus', '生产及污染防治设施运行情况', 'longtext'),
      opt('evidenceCollected', '现场取证情况', 'list', { help: '拍照、录像、采样、复制资料等' }),
      opt('partyOpinion', '被检查单位（人）意见', 'longtext'),
      opt('witness', '见证人', 'text'),
      req('recorder', '记录人', 'text'),
      opt('refusalNote', '拒绝签名情况', 'text'),
    ],
    notices: [
      CERTIFICATES_SHOWN, // APL Art. 55 para 1
      RECUSAL, // APL Art. 43
      RECORDING, // GD-REC Art. 18; APL Art. 47
      COOPERATE, // APL Art. 55 para 2; 环境保护法 Art. 24 (被检查者应当如实反映情况)
      // 环境保护法 Art. 24
      '执法人员对检查中知悉的商业秘密依法予以保密。',
      // practice [S]; cf. ACL Art. 18(8) for the 现场笔录 of a coercive measure
      '本笔录经被检查单位（人）核对无误后签名或者盖章；拒绝签名或者盖章的，由执法人员在笔录中注明。',
    ],
    signatures: ['执法人员', '被检查单位（人）现场负责人', '记录人', '见证人'],
    sealed: false,
  },

  inquiry_record: {
    type: 'inquiry_record',
    title: RECORD_TITLES.inquiry_record,
    stage: 'investigation',
    supplementary: false,
    avActivity: 'investigation',
    fields: [
      req('startedAt', '询问开始时间', 'datetime'),
      req('endedAt', '询问结束时间', 'datetime'),
      req('location', '询问地点', 'text'),
      req('interviewee', '被询问人', 'text'),
      opt('intervieweeIdNumber', '被询问人身份证号码', 'text'),
      opt('intervieweeEmployer', '被询问人工作单位', 'text'),
      opt('intervieweePosition', '被询问人职务', 'text'),
      req('intervieweeRelation', '被询问人与本案关系', 'text', {
        help: '如：当事人的法定代表人、员工、证人',
      }),
      opt('intervieweePhone', '被询问人联系电话', 'text'),
      req('inquirer', '询问人', 'text'),
      req('recorder', '记录人', 'text'),
      req('certificatesShown', '执法人员出示执法证件', 'boolean'),
      req('recusalInformed', '已告知申请回避的权利', 'boolean'),
      req('recordingInformed', '已告知全程音像记录', 'boolean'),
      req('truthfulnessInformed', '已告知如实回答的义务', 'boolean'),
      req('qa', '询问内容', 'list', { help: '每项 { question, answer }' }),
      opt('intervieweeConfirmation', '被询问人核对意见', 'text', {
        help: '如：以上笔录我已看过，与我说的相符',
      }),
    ],
    notices: [
      CERTIFICATES_SHOWN, // APL Art. 55 para 1
      RECUSAL, // APL Art. 43
      RECORDING, // GD-REC Art. 14, 18; APL Art. 47
      // APL Art. 55 para 2
      '被询问人应当如实回答询问，如实提供有关情况和材料，不得拒绝或者阻挠调查；提供虚假情况的，依法承担相应的法律责任。',
      // practice [S]
      '被询问人有权核对笔录；记录有遗漏或者差错的，可以提出补充或者更正；核对无误后逐页签名或者按指印。',
    ],
    signatures: ['询问人', '被询问人', '记录人'],
    sealed: false,
  },

  sampling_record: {
    type: 'sampling_record',
    title: RECORD_TITLES.sampling_record,
    stage: 'investigation',
    supplementary: false,
    avActivity: 'investigation',
    fields: [
      req('sampledAt', '采样时间', 'datetime'),
      req('location', '采样地点', 'text'),
      req('samples', '采样点位及样品', 'list', { help: '每项 { point, item, sampleNumber, container? }' }),
      req('method', '采样方法及依据的技术规范', 'text'),
      opt('samplingAgency', '采样单位', 'text'),
      req('sampler', '采样人', 'text'),
      opt('productionStatus', '采样时生产及治理设施工况', 'longtext'),
      opt('sealing', '样品封存情况', 'text'),
      opt('preservation', '样品保存和运送方式', 'text'),
      opt('testingAgency', '送检单位', 'text'),
      opt('partyWitness', '当事人（见证人）', 'text'),
      opt('partyOpinion', '当事人意见', 'longtext'),
    ],
    notices: [
      CERTIFICATES_SHOWN, // APL Art. 55 para 1
      RECORDING, // GD-REC Art. 14, 18
      // practice [S]
      '采样在当事人或者见证人在场的情况下进行，样品经双方确认后封存；当事人对采样过程或者样品有异议的，应当当场提出并记录在案。',
    ],
    signatures: ['采样人', '执法人员', '当事人（见证人）'],
    sealed: false,
  },

  evidence_preservation_notice: {
    type: 'evidence_preservation_notice',
    title: RECORD_TITLES.evidence_preservation_notice,
    stage: 'investigation',
    supplementary: false,
    fields: [
      req('approvedOn', '本机关负责人批准日期', 'date'),
      req('reason', '先行登记保存的理由', 'longtext', { help: '证据可能灭失或者以后难以取得的情形' }),
      req('items', '先行登记保存的证据', 'list', { help: ITEMS_HELP }),
      req('storageLocation', '保存地点', 'text'),
      req('storageMethod', '保存方式', 'text', {
        options: [
          { value: 'onsite', label: '就地保存' },
          { value: 'offsite', label: '异地保存' },
        ],
      }),
      req('startedOn', '登记保存日期', 'date'),
      opt('decisionDue', '作出处理决定的期限', 'date'),
    ],
    notices: [
      // APL Art. 56
      '证据可能灭失或者以后难以取得，经本机关负责人批准，依照《中华人民共和国行政处罚法》第五十六条对上述证据先行登记保存。',
      // APL Art. 56, 85 (7 日 = working days)
      '本机关将在{preservationDecisionDays}个工作日内作出处理决定；在此期间，当事人或者有关人员不得销毁或者转移证据。',
    ],
    signatures: ['执法人员', '当事人'],
    sealed: true,
  },

  correction_order: {
    type: 'correction_order',
    title: RECORD_TITLES.correction_order,
    stage: 'investigation',
    supplementary: false,
    fields: [
      req('facts', '违法事实', 'longtext'),
      opt('evidence', '证据', 'list'),
      req('violatedProvisions', '违反的法律条款', 'text'),
      req('basis', '责令改正的依据', 'text'),
      req('requirements', '改正内容及要求', 'longtext'),
      req('deadline', '改正期限', 'date'),
      req('decidedOn', '决定日期', 'date'),
    ],
    notices: [
      // APL Art. 28; 按日连续处罚办法 (复查) [?]
      '你（单位）应当在本决定书规定的期限内改正违法行为，并将改正情况书面报告本机关；本机关将对改正情况进行复查。',
      // 环境保护法 Art. 59
      '违法排放污染物，受到罚款处罚，被责令改正，拒不改正的，本机关可以依照《中华人民共和国环境保护法》第五十九条，自责令改正之日的次日起，按照原处罚数额按日连续处罚。',
      REMEDY, // 行政复议法 Art. 20; 行政诉讼法 Art. 46
      NOT_SUSPENDED, // 行政复议法 Art. 42; 行政诉讼法 Art. 56
    ],
    signatures: [],
    sealed: true,
  },

  investigation_report: {
    type: 'investigation_report',
    title: RECORD_TITLES.investigation_report,
    stage: 'investigation',
    supplementary: false,
    fields: [
      req('investigationProcess', '调查经过', 'longtext'),
      req('facts', '违法事实', 'longtext'),
      req('evidence', '证据', 'list'),
      req('violatedProvisions', '违反的法律条款', 'text'),
      req('basis', '处罚依据', 'text'),
      req('discretion', '裁量情节及理由', 'longtext', { help: '适用的裁量基准及理由' }),
      req('outcome', '处理意见', 'text', { options: OUTCOME_OPTIONS }),
      opt('penalties', '建议处罚内容', 'list', { help: PENALTIES_HELP }),
      opt('hearingApplicable', '属于听证范围', 'boolean'),
      opt('majorCase', '属于重大执法决定（须法制审核）', 'boolean'),
    ],
    notices: [
      // APL Art. 57 para 1
      '调查终结，由承办机构提出处理意见，报本机关负责人审查后依法作出决定。',
    ],
    signatures: ['调查人员', '承办机构负责人'],
    sealed: false,
  },

  internal_approval: {
    type: 'internal_approval',
    title: RECORD_TITLES.internal_approval,
    stage: 'decision',
    supplementary: false,
    fields: [
      req('summary', '案情摘要', 'longtext'),
      req('outcome', '拟处理意见', 'text', { options: OUTCOME_OPTIONS }),
      opt('penalties', '拟处罚内容', 'list', { help: PENALTIES_HELP }),
      opt('statementAndHearing', '陈述申辩及听证情况', 'longtext'),
      opt('legalReview', '法制审核意见', 'longtext'),
      req('handlerOpinion', '承办人意见', 'longtext'),
      opt('departmentOpinion', '承办机构负责人意见', 'longtext'),
      opt('headOpinion', '本机关负责人审批意见', 'longtext'),
      opt('approvedOn', '审批日期', 'date'),
    ],
    notices: [
      // APL Art. 57 para 2, Art. 58
      '拟作出的决定属于重大执法决定的，须经法制审核；对情节复杂或者重大违法行为给予行政处罚的，须经本机关负责人集体讨论决定。',
    ],
    signatures: ['承办人', '承办机构负责人', '法制审核机构负责人', '本机关负责人'],
    sealed: false,
  },

  prior_notice: {
    type: 'prior_notice',
    title: RECORD_TITLES.prior_notice,
    stage: 'decision',
    supplementary: false,
    fields: [
      req('facts', '违法事实', 'longtext'),
      req('evidence', '证据', 'list'),
      req('violatedProvisions', '违反的法律条款', 'text'),
      req('basis', '处罚依据', 'text'),
      opt('discretion', '裁量基准及理由', 'longtext'),
      req('penalties', '拟作出的行政处罚', 'list', { help: PENALTIES_HELP }),
      // APL Art. 45: a heavier penalty than an earlier notice proposed needs a new notice with its reason
      opt('heavierReason', '重新告知（加重）的理由', 'longtext', {
        help: '拟作出的处罚重于此前告知的，须说明理由',
      }),
      opt('statementDeadline', '陈述申辩期限', 'date'),
      req('hearingRight', '告知听证权利', 'boolean', {
        help: '拟作出的处罚属于《行政处罚法》第六十三条规定的情形',
      }),
      opt('contactPerson', '联系人', 'text'),
      opt('contactPhone', '联系电话', 'text'),
      opt('contactAddress', '联系地址', 'text'),
      req('issuedOn', '告知日期', 'date'),
    ],
    notices: [
      // APL Art. 44
      '根据《中华人民共和国行政处罚法》第四十四条，本机关在作出行政处罚决定之前，告知你（单位）拟作出的行政处罚内容及事实、理由、依据，以及依法享有的陈述、申辩、要求听证等权利。',
      // APL Art. 44-45; the number of days is practice [S], configurable
      '你（单位）有权进行陈述和申辩，请于收到本告知书之日起{statementDays}个工作日内向本机关提出陈述、申辩意见；逾期未提出的，视为放弃此权利。',
      // APL Art. 45
      '本机关将充分听取你（单位）的意见，对提出的事实、理由和证据进行复核；事实、理由或者证据成立的，予以采纳。本机关不因你（单位）陈述、申辩而给予更重的处罚。',
      // APL Art. 63-64 (5 日 = working days, Art. 85)
      '拟作出的行政处罚属于《中华人民共和国行政处罚法》第六十三条规定情形的，你（单位）有权要求举行听证，请于收到本告知书之日起{hearingDays}个工作日内提出；逾期未提出的，视为放弃听证权利。当事人不承担组织听证的费用。',
    ],
    signatures: [],
    sealed: true,
  },

  statement_waiver: {
    type: 'statement_waiver',
    title: RECORD_TITLES.statement_waiver,
    stage: 'decision',
    supplementary: false,
    fields: [
      req('noticeNumber', '告知书文号', 'text'),
      req('noticeReceivedOn', '收到告知书日期', 'date'),
      req('waiveStatement', '放弃陈述、申辩的权利', 'boolean'),
      req('waiveHearing', '放弃要求听证的权利', 'boolean'),
      req('declarant', '声明人', 'text'),
      opt('declarantRole', '声明人身份', 'text', { help: '如：法定代表人、委托代理人' }),
      req('declaredOn', '声明日期', 'date'),
    ],
    notices: [
      // APL Art. 44
      '本人（单位）已收到行政处罚事先（听证）告知书，已知悉拟作出的行政处罚内容及事实、理由、依据，以及依法享有的陈述、申辩和要求听证的权利。',
      // APL Art. 62 (当事人明确放弃陈述或者申辩权利的除外)
      '本人（单位）自愿放弃上述所勾选的权利，本声明系本人（单位）的真实意思表示。',
    ],
    signatures: ['声明人（当事人）'],
    sealed: false,
  },

  statement_record: {
    type: 'statement_record',
    title: RECORD_TITLES.statement_record,
    stage: 'decision',
    supplementary: false,
    fields: [
      req('heldAt', '陈述申辩时间', 'datetime'),
      req('location', '地点', 'text'),
      req('statementBy', '陈述申辩人', 'text'),
      opt('agent', '委托代理人', 'text'),
      req('statement', '陈述申辩内容', 'longtext'),
      opt('evidenceSubmitted', '提交的证据材料', 'list'),
      opt('reviewOpinion', '复核意见', 'longtext'),
      opt('adopted', '陈述申辩意见被采纳', 'boolean'),
      req('recorder', '记录人', 'text'),
    ],
    notices: [
      // APL Art. 45
      '本机关将充分听取当事人的意见，对当事人提出的事实、理由和证据进行复核；事实、理由或者证据成立的，予以采纳。本机关不因当事人陈述、申辩而给予更重的处罚。',
      // practice [S]
      '本笔录经陈述申辩人核对无误后签名或者盖章。',
    ],
    signatures: ['陈述申辩人', '执法人员', '记录人'],
    sealed: false,
  },

  hearing_request: {
    type: 'hearing_request',
    title: RECORD_TITLES.hearing_request,
    stage: 'decision',
    supplementary: false,
    fields: [
      // APL Art. 64(1): within 5 日 (working days, Art. 85) of the party's receipt of the notice
      req('receivedOn', '收到听证申请日期', 'date'),
      req('requestedBy', '申请人', 'text', { help: '当事人或其委托代理人' }),
      opt('requestedByRole', '申请人身份', 'text', { help: '如：法定代表人、委托代理人' }),
      req('receivedBy', '接收人', 'text'),
      opt('requestForm', '申请方式', 'text', { help: '书面或口头（口头提出的，应当记录）' }),
      opt('noticeNumber', '告知书文号', 'text'),
      opt('reasons', '申请理由', 'longtext'),
    ],
    notices: [
      // APL Art. 64(1)
      '当事人要求听证的，应当在行政机关告知后五日内提出。',
    ],
    signatures: ['申请人（当事人）', '接收人'],
    sealed: false,
  },

  hearing_withdrawal: {
    type: 'hearing_withdrawal',
    title: RECORD_TITLES.hearing_withdrawal,
    stage: 'decision',
    supplementary: false,
    fields: [
      req('withdrawnOn', '撤回日期', 'date'),
      req('withdrawnBy', '撤回人', 'text'),
      opt('reason', '撤回理由', 'longtext'),
    ],
    notices: [
      // APL Art. 64(6): a party who withdraws gives up the hearing
      '本人（单位）自愿撤回听证申请，本声明系本人（单位）的真实意思表示。',
    ],
    signatures: ['声明人（当事人）'],
    sealed: false,
  },

  hearing_notice: {
    type: 'hearing_notice',
    title: RECORD_TITLES.hearing_notice,
    stage: 'decision',
    supplementary: false,
    fields: [
      req('requestedOn', '当事人要求听证日期', 'date'),
      req('hearingAt', '听证时间', 'datetime'),
      req('hearingLocation', '听证地点', 'text'),
      req('host', '听证主持人', 'text'),
      opt('hearingOfficers', '听证员', 'list'),
      opt('clerk', '记录员', 'text'),
      req('publicHearing', '公开举行', 'boolean'),
      opt('nonPublicReason', '不公开举行的理由', 'text'),
      opt('contactPerson', '联系人', 'text'),
      opt('contactPhone', '联系电话', 'text'),
      req('issuedOn', '通知日期', 'date'),
    ],
    notices: [
      // APL Art. 64(2), 85 (7 日 = working days)
      '本机关在举行听证的{hearingNoticeDays}个工作日前通知你（单位）听证的时间、地点。',
      // APL Art. 64(3)
      '除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，听证公开举行。',
      // APL Art. 64(4)
      '听证由本机关指定的非本案调查人员主持；你（单位）认为主持人与本案有直接利害关系的，有权申请回避。',
      // APL Art. 64(5); 授权委托书: practice [S]
      '你（单位）可以亲自参加听证，也可以委托一至二人代理；委托代理的，应当提交授权委托书。',
      // APL Art. 64(6)
      '你（单位）及代理人无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证。',
      // APL Art. 63 para 2
      '当事人不承担行政机关组织听证的费用。',
      // GD-REC Art. 14
      '听证全程进行音像记录。',
    ],
    signatures: [],
    sealed: true,
  },

  hearing_record: {
    type: 'hearing_record',
    title: RECORD_TITLES.hearing_record,
    stage: 'decision',
    supplementary: false,
    avActivity: 'hearing',
    fields: [
      req('startedAt', '听证开始时间', 'datetime'),
      req('endedAt', '听证结束时间', 'datetime'),
      req('location', '听证地点', 'text'),
      req('host', '听证主持人', 'text'),
      opt('hearingOfficers', '听证员', 'list'),
      req('clerk', '记录员', 'text'),
      req('partyAttendees', '当事人及委托代理人', 'list'),
      req('investigators', '案件调查人员', 'list'),
      req('publicHearing', '公开举行', 'boolean'),
      req('recusalInformed', '已告知申请回避的权利', 'boolean'),
      opt('recusalRequested', '当事人申请回避', 'boolean'),
      req('investigatorStatement', '调查人员提出的违法事实、证据和处罚建议', 'longtext'),
      req('partyDefence', '当事人的申辩和质证意见', 'longtext'),
      opt('crossExamination', '质证和辩论情况', 'longtext'),
      opt('finalStatements', '最后陈述', 'longtext'),
    ],
    notices: [
      // APL Art. 64(4)
      '听证主持人已宣布听证纪律，核对了听证参加人的身份，并告知当事人认为主持人与本案有直接利害关系的有权申请回避。',
      // APL Art. 64(7)
      '调查人员提出当事人违法的事实、证据和行政处罚建议，当事人进行申辩和质证。',
      // APL Art. 64(8)
      '本笔录交当事人或者其代理人核对无误后签字或者盖章；当事人或者其代理人拒绝签字或者盖章的，由听证主持人在笔录中注明。',
      // GD-REC Art. 14
      '听证全程进行音像记录。',
    ],
    signatures: ['听证主持人', '听证员', '记录员', '案件调查人员', '当事人或者委托代理人'],
    sealed: false,
  },

  hearing_report: {
    type: 'hearing_report',
    title: RECORD_TITLES.hearing_report,
    stage: 'decision',
    supplementary: false,
    fields: [
      req('hearingDate', '听证日期', 'date'),
      req('host', '听证主持人', 'text'),
      req('caseSummary', '案件基本情况', 'longtext'),
      req('hearingSummary', '听证基本情况', 'longtext'),
      opt('disputedIssues', '争议焦点', 'longtext'),
      req('hostOpinion', '听证主持人意见及处理建议', 'longtext'),
      req('reportedOn', '报告日期', 'date'),
    ],
    notices: [
      // APL Art. 65
      '听证结束后，本机关根据听证笔录，依照《中华人民共和国行政处罚法》第五十七条的规定作出决定。',
    ],
    signatures: ['听证主持人', '听证员'],
    sealed: false,
  },

  collective_discussion: {
    type: 'collective_discussion',
    title: RECORD_TITLES.collective_discussion,
    stage: 'decision',
    supplementary: false,
    fields: [
      req('heldAt', '讨论时间', 'datetime'),
      req('location', '讨论地点', 'text'),
      req('chair', '主持人', 'text'),
      req('attendees', '出席人员', 'list'),
      opt('observers', '列席人员', 'list'),
      req('recorder', '记录人', 'text'),
      req('briefing', '案情汇报', 'longtext'),
      req('opinions', '讨论意见', 'list', { help: '每项 { speaker, opinion }' }),
      req('conclusion', '讨论决定', 'longtext'),
    ],
    notices: [
      // APL Art. 57 para 2
      '对情节复杂或者重大违法行为给予行政处罚，由本机关负责人集体讨论决定。',
    ],
    signatures: ['主持人', '出席人员', '记录人'],
    sealed: false,
  },

  legal_review_opinion: {
    type: 'legal_review_opinion',
    title: RECORD_TITLES.legal_review_opinion,
    stage: 'decision',
    supplementary: false,
    fields: [
      req('submittedOn', '送审日期', 'date'),
      req('reviewer', '法制审核人员', 'text'),
      // the seven review items, GD-REV Art. 17
      req('subjectAndQualification', '执法主体及执法人员资格', 'longtext'),
      req('jurisdiction', '管辖', 'longtext'),
      req('procedure', '执法程序', 'longtext'),
      req('facts', '案件事实', 'longtext'),
      req('evidence', '证据', 'longtext'),
      req('legalBasis', '适用法律依据', 'longtext'),
      req('discretion', '行政裁量', 'longtext'),
      req('outcome', '审核结论', 'text', {
        options: [
          { value: 'approved', label: '同意' },
          { value: 'returned', label: '提出书面审核意见，退回承办机构' },
        ],
      }),
      opt('problemsAndSuggestions', '存在问题及建议', 'longtext'),
      req('reviewedOn', '审核日期', 'date'),
    ],
    notices: [
      // APL Art. 58; GD-REV Art. 19-20
      '重大执法决定未经法制审核或者审核未通过的，不得作出决定；承办机构应当根据审核意见补充、修改后重新送审。',
    ],
    signatures: ['法制审核人员', '法制审核机构负责人'],
    sealed: false,
  },

  penalty_decision: {
    type: 'penalty_decision',
    title: RECORD_TITLES.penalty_decision,
    stage: 'decision',
    supplementary: false,
    // generated from the decision as recorded (APL Art. 59): it cannot differ from the approved decision
    generated: true,
    fields: [
      req('facts', '违法事实', 'longtext'),
      req('evidence', '证据', 'list'),
      opt('statementAndHearing', '陈述申辩及听证情况', 'longtext'),
      req('violatedProvisions', '违反的法律条款', 'text'),
      req('basis', '处罚依据', 'text'),
      opt('discretion', '裁量基准及理由', 'longtext'),
      req('penalties', '行政处罚', 'list', { help: PENALTIES_HELP }),
      opt('performance', '履行方式和期限', 'longtext'),
      opt('paymentAccount', '收款账户', 'text'),
      req('decidedOn', '决定日期', 'date'),
    ],
    notices: [
      PAYMENT, // APL Art. 67
      LATE_FEE, // APL Art. 72(1)
      DEFERRAL, // APL Art. 66
      REMEDY, // 行政复议法 Art. 20; 行政诉讼法 Art. 46
      NOT_SUSPENDED, // APL Art. 73
      COURT_ENFORCEMENT, // APL Art. 72(4); ACL Art. 53
    ],
    signatures: [],
    sealed: true,
  },

  onsite_penalty_decision: {
    type: 'onsite_penalty_decision',
    title: RECORD_TITLES.onsite_penalty_decision,
    stage: 'decision',
    supplementary: false,
    avActivity: 'onsite_inspection',
    fields: [
      req('violationAt', '违法行为时间', 'datetime'),
      req('location', '违法行为地点', 'text'),
      req('facts', '违法行为', 'longtext'),
      req('basis', '处罚依据', 'text'),
      req('penalties', '行政处罚', 'list', { help: '警告，或者罚款：自然人二百元以下、单位三千元以下' }),
      req('paymentMethod', '罚款缴纳方式', 'text', {
        options: [
          { value: 'bank', label: '到指定银行缴纳' },
          { value: 'electronic', label: '通过电子支付系统缴纳' },
          { value: 'onsite', label: '当场收缴' },
        ],
      }),
      opt('receiptNumber', '专用票据号码', 'text'),
      opt('partyStatement', '当事人陈述申辩', 'longtext'),
      req('decidedAt', '决定时间', 'datetime'),
    ],
    notices: [
      // APL Art. 44, 52, 55
      '执法人员已出示执法证件，并告知当事人拟作出的行政处罚内容及事实、理由、依据和依法享有的陈述、申辩权利。',
      // APL Art. 67, 68, 70
      '当事人应当自收到本决定书之日起{paymentDays}日内到{paymentBank}或者通过电子支付系统缴纳罚款；依法给予一百元以下罚款或者不当场收缴事后难以执行的，执法人员可以当场收缴罚款，并出具专用票据。',
      LATE_FEE, // APL Art. 72(1)
      REMEDY, // 行政复议法 Art. 20; 行政诉讼法 Art. 46
      // APL Art. 52
      '本决定书由执法人员当场交付当事人，并报本机关备案；当事人拒绝签收的，在本决定书上注明。',
    ],
    signatures: ['执法人员', '当事人'],
    sealed: true,
  },

  daily_penalty_decision: {
    type: 'daily_penalty_decision',
    title: RECORD_TITLES.daily_penalty_decision,
    stage: 'decision',
    supplementary: false,
    fields: [
      req('originalDecisionNumber', '原行政处罚决定书文号', 'text'),
      req('correctionOrderNumber', '责令改正违法行为决定书文号', 'text'),
      req('correctionOrderServedOn', '责令改正决定书送达日期', 'date'),
      req('recheckedOn', '复查日期', 'date'),
      req('recheckFindings', '复查发现的违法排放情况', 'longtext'),
      req('evidence', '证据', 'list'),
      req('basis', '处罚依据', 'text'),
      req('dailyAmount', '原处罚数额（每日）', 'money'),
      req('days', '计罚日数', 'number'),
      req('penalties', '行政处罚', 'list', { help: PENALTIES_HELP }),
      req('decidedOn', '决定日期', 'date'),
    ],
    notices: [
      // 环境保护法 Art. 59; 环境保护主管部门实施按日连续处罚办法 Art. 17 [?]
      '按日连续处罚的计罚日数为责令改正违法行为决定书送达之日的次日起，至本机关复查发现违法排放污染物行为之日止；再次复查仍拒不改正的，计罚日数累计计算。',
      PAYMENT, // APL Art. 67
      LATE_FEE, // APL Art. 72(1)
      REMEDY, // 行政复议法 Art. 20; 行政诉讼法 Art. 46
      NOT_SUSPENDED, // APL Art. 73
      COURT_ENFORCEMENT, // APL Art. 72(4); ACL Art. 53
    ],
    signatures: [],
    sealed: true,
  },

  seizure_decision: {
    type: 'seizure_decision',
    title: RECORD_TITLES.seizure_decision,
    stage: 'investigation',
    supplementary: false,
    fields: [
      req('measure', '措施', 'text', {
        options: [
          { value: 'seal', label: '查封' },
          { value: 'detain', label: '扣押' },
        ],
      }),
      req('reason', '查封（扣押）的理由', 'longtext'),
      req('basis', '查封（扣押）的依据', 'text', { help: '如：《中华人民共和国环境保护法》第二十五条' }),
      req('approvedOn', '本机关负责人批准日期', 'date'),
      req('items', '查封（扣押）的设施、设备或者财物', 'list', { help: ITEMS_HELP }),
      req('periodDays', '查封（扣押）期限（日）', 'number'),
      req('startsOn', '期限起始日期', 'date'),
      req('endsOn', '期限届满日期', 'date'),
      opt('custody', '保管方式', 'text'),
      req('decidedOn', '决定日期', 'date'),
    ],
    notices: [
      // ACL Art. 25
      '查封、扣押的期限不超过{seizureDays}日；情况复杂的，经本机关负责人批准可以延长，但延长期限不超过{seizureDays}日，延长决定将书面告知你（单位）。需要检测、检验、检疫或者技术鉴定的，查封、扣押期间不包括检测、检验、检疫或者技术鉴定的期间。',
      // ACL Art. 26; 环境保护主管部门实施查封、扣押办法 (环境保护部令第29号) [?]
      '查封、扣押期间，你（单位）不得擅自损毁封条、变更查封状态或者启用、转移被查封、扣押的设施、设备和财物；本机关对查封、扣押的设施、设备和财物妥善保管，不得使用或者损毁。',
      COERCION_RIGHTS, // ACL Art. 8
      REMEDY, // 行政复议法 Art. 20; 行政诉讼法 Art. 46
    ],
    signatures: [],
    sealed: true,
  },

  seizure_list: {
    type: 'seizure_list',
    title: RECORD_TITLES.seizure_list,
    stage: 'investigation',
    supplementary: false,
    avActivity: 'seizure',
    fields: [
      req('decisionNumber', '查封（扣押）决定书文号', 'text'),
      req('executedAt', '实施时间', 'datetime'),
      req('location', '实施地点', 'text'),
      req('items', '查封（扣押）的设施、设备或者财物', 'list', { help: ITEMS_HELP }),
      opt('sealNumbers', '封条编号', 'text'),
      opt('witness', '见证人', 'text'),
      opt('partyAbsentNote', '当事人不到场情况', 'text'),
    ],
    notices: [
      // ACL Art. 24 para 2
      '本清单一式二份，由当事人和本机关分别保存。',
      // ACL Art. 18(9)
      '当事人不到场的，邀请见证人到场，由见证人和执法人员签名或者盖章。',
      // GD-REC Art. 14, 19-20
      '查封、扣押全过程进行不间断的音像记录。',
    ],
    signatures: ['执法人员', '当事人', '见证人'],
    sealed: false,
  },

  extension_notice: {
    type: 'extension_notice',
    title: RECORD_TITLES.extension_notice,
    stage: 'investigation',
    supplementary: false,
    fields: [
      req('originalDecisionNumber', '原查封（扣押）决定书文号', 'text'),
      req('originalEndsOn', '原期限届满日期', 'date'),
      req('extendedTo', '延长至', 'date'),
      req('reason', '延长理由', 'longtext'),
      req('approvedOn', '本机关负责人批准日期', 'date'),
      req('issuedOn', '通知日期', 'date'),
    ],
    notices: [
      // ACL Art. 25
      '情况复杂的，经本机关负责人批准，查封、扣押期限可以延长一次，延长期限不超过{seizureDays}日；延长决定书面告知当事人并说明理由。',
      COERCION_RIGHTS, // ACL Art. 8
      REMEDY, // 行政复议法 Art. 20; 行政诉讼法 Art. 46
    ],
    signatures: [],
    sealed: true,
  },

  release_decision: {
    type: 'release_decision',
    title: RECORD_TITLES.release_decision,
    stage: 'execution',
    supplementary: false,
    fields: [
      req('originalDecisionNumber', '原查封（扣押）决定书文号', 'text'),
      req('reason', '解除理由', 'text', {
        options: [
          { value: 'no_violation', label: '当事人没有违法行为' },
          { value: 'unrelated', label: '查封、扣押的场所、设施或者财物与违法行为无关' },
          { value: 'decided', label: '已作出处理决定，不再需要查封、扣押' },
          { value: 'expired', label: '查封、扣押期限已经届满' },
          { value: 'other', label: '其他不再需要采取查封、扣押措施的情形' },
        ],
      }),
      opt('reasonDetail', '具体情况', 'longtext'),
      req('items', '解除查封（扣押）的设施、设备或者财物', 'list', { help: ITEMS_HELP }),
      req('releasedOn', '解除日期', 'date'),
      opt('returnNote', '财物退还情况', 'longtext'),
      req('decidedOn', '决定日期', 'date'),
    ],
    notices: [
      // ACL Art. 28 para 2
      '解除查封、扣押后，本机关立即退还财物；已将鲜活物品或者其他不易保管的财物拍卖或者变卖的，退还拍卖或者变卖所得款项；变卖价格明显低于市场价格，给当事人造成损失的，给予补偿。',
    ],
    signatures: [],
    sealed: true,
  },

  service_receipt: {
    type: 'service_receipt',
    title: RECORD_TITLES.service_receipt,
    stage: 'execution',
    supplementary: false,
    avActivity: 'service',
    fields: [
      req('documents', '送达文书', 'list', { help: '每项 { name, number? }' }),
      req('method', '送达方式', 'text', { options: SERVICE_METHOD_OPTIONS }),
      req('recipient', '受送达人', 'text'),
      opt('serviceAddress', '送达地点', 'text'),
      req('server', '送达人', 'text'),
      opt('signedBy', '签收人', 'text'),
      opt('signerRelation', '代收人与受送达人的关系', 'text'),
      req('receivedOn', '签收日期', 'date', { help: '受送达人在送达回证上的签收日期为送达日期' }),
      opt('refusalNote', '拒收事由及见证情况', 'text'),
      opt('electronicConsent', '受送达人已签订电子送达确认书', 'boolean'),
      opt('electronicAddress', '电子送达地址', 'text'),
      opt('trackingNumber', '邮寄单号', 'text'),
      opt('announcementMedium', '公告载体', 'text'),
      opt('announcedOn', '公告日期', 'date'),
    ],
    notices: [
      // 民事诉讼法 Art. 87 (applied by APL Art. 61)
      '受送达人应当在本回证上记明收到日期，签名或者盖章；受送达人在送达回证上的签收日期为送达日期。',
      // 民事诉讼法 Art. 89; GD-REC Art. 14 (A/V for 留置送达)
      '受送达人拒绝接收的，送达人可以邀请有关基层组织或者所在单位的代表到场，说明情况，在送达回证上记明拒收事由和日期，由送达人、见证人签名或者盖章，把文书留在受送达人的住所；也可以把文书留在受送达人的住所，并采用拍照、录像等方式记录送达过程，即视为送达。',
      // APL Art. 61 para 2
      '经受送达人同意并签订确认书的，可以采用传真、电子邮件等方式送达。',
      // 民事诉讼法 Art. 91
      '邮寄送达的，以回执上注明的收件日期为送达日期。',
      // 民事诉讼法 Art. 95; GD-REC Art. 14 (A/V for 公告送达)
      '受送达人下落不明，或者用其他方式无法送达的，公告送达；自发出公告之日起，经过{announcementDays}日，即视为送达。',
    ],
    signatures: ['受送达人', '送达人', '见证人'],
    sealed: true,
  },

  payment_receipt: {
    type: 'payment_receipt',
    title: RECORD_TITLES.payment_receipt,
    stage: 'execution',
    supplementary: false,
    fields: [
      req('decisionNumber', '行政处罚决定书文号', 'text'),
      req('payer', '缴款人', 'text'),
      req('amount', '缴纳金额', 'money'),
      opt('lateFee', '其中加处罚款', 'money'),
      req('paidOn', '缴款日期', 'date'),
      req('receiptNumber', '票据号', 'text'),
      req('paymentMethod', '缴款方式', 'text', {
        options: [
          { value: 'bank', label: '指定银行缴纳' },
          { value: 'electronic', label: '电子支付系统缴纳' },
          { value: 'onsite', label: '当场收缴' },
        ],
      }),
      opt('collectingBank', '收款银行（国库）', 'text'),
      opt('instalment', '分期缴纳', 'boolean'),
    ],
    notices: [
      // APL Art. 67
      '罚款、没收违法所得由当事人到指定银行或者通过电子支付系统缴纳，直接上缴国库；作出罚款决定的行政机关及其执法人员不得自行收缴罚款，依法当场收缴的除外。',
      // APL Art. 70
      '当场收缴罚款的，出具国务院财政部门或者省、自治区、直辖市人民政府财政部门统一制发的专用票据。',
    ],
    signatures: ['经办人'],
    sealed: false,
  },

  closing_approval: {
    type: 'closing_approval',
    title: RECORD_TITLES.closing_approval,
    stage: 'archived',
    supplementary: false,
    fields: [
      req('closingReason', '结案情形', 'text', {
        options: [
          { value: 'executed', label: '行政处罚决定已执行完毕' },
          { value: 'court_enforcement', label: '已依法申请人民法院强制执行' },
          { value: 'no_penalty', label: '决定不予行政处罚' },
          { value: 'not_established', label: '违法事实不能成立' },
          { value: 'transferred', label: '已移送司法机关' },
          { value: 'terminated', label: '案件终止调查' },
          { value: 'other', label: '其他' },
        ],
      }),
      req('executionSummary', '处罚决定执行情况', 'longtext'),
      opt('amountPaid', '罚没款缴纳金额', 'money'),
      opt('remedySummary', '行政复议、行政诉讼情况', 'longtext'),
      req('handlerOpinion', '承办人意见', 'longtext'),
      opt('departmentOpinion', '承办机构负责人意见', 'longtext'),
      opt('headOpinion', '本机关负责人审批意见', 'longtext'),
      opt('closedOn', '结案日期', 'date'),
    ],
    notices: [
      // practice [S] (domain-rules §4b)
      '结案须行政处罚决定已执行完毕，或者已依法申请人民法院强制执行，或者案件已依法终结；案卷按规定顺序整理归档。',
    ],
    signatures: ['承办人', '承办机构负责人', '本机关负责人'],
    sealed: false,
  },

  recording_interruption_note: {
    type: 'recording_interruption_note',
    title: RECORD_TITLES.recording_interruption_note,
    stage: 'investigation',
    supplementary: false,
    fields: [
      req('activity', '执法活动', 'text', {
        options: optionsOf(AV_ACTIVITIES, AV_ACTIVITY_LABELS),
      }),
      req('device', '记录设备', 'text'),
      req('interruptedAt', '中断时间', 'datetime'),
      opt('resumedAt', '恢复记录时间', 'datetime'),
      req('cause', '中断原因', 'longtext'),
      req('duringInterruption', '中断期间执法活动情况', 'longtext'),
      opt('remedy', '补救措施', 'longtext'),
    ],
    notices: [
      // GD-REC Art. 19-20
      '查封扣押、强制拆除等须全程不间断记录；因设备故障、天气等客观原因中断记录的，重新开始记录时对中断原因进行语音说明；确实无法继续记录的，在事后书面说明情况。',
    ],
    signatures: ['说明人', '执法人员'],
    sealed: false,
  },

  reconsideration_outcome: {
    type: 'reconsideration_outcome',
    title: RECORD_TITLES.reconsideration_outcome,
    stage: 'archived',
    supplementary: true,
    fields: [
      req('reconsiderationBody', '复议机关', 'text'),
      req('appliedOn', '申请复议日期', 'date'),
      opt('reconsiderationNumber', '复议决定书文号', 'text'),
      req('decidedOn', '复议决定日期', 'date'),
      req('result', '复议结果', 'text', {
        options: [
          { value: 'upheld', label: '维持' },
          { value: 'changed', label: '变更' },
          { value: 'revoked', label: '撤销' },
          { value: 'confirmed_illegal', label: '确认违法' },
          { value: 'confirmed_void', label: '确认无效' },
          { value: 'rejected', label: '驳回复议请求' },
          { value: 'settled', label: '调解或者和解' },
          { value: 'terminated', label: '终止复议' },
        ],
      }),
      opt('summary', '复议决定主要内容', 'longtext'),
    ],
    notices: [SUPPLEMENTARY],
    signatures: ['归档人'],
    sealed: false,
  },

  litigation_outcome: {
    type: 'litigation_outcome',
    title: RECORD_TITLES.litigation_outcome,
    stage: 'archived',
    supplementary: true,
    fields: [
      req('court', '审理法院', 'text'),
      req('instance', '审级', 'text', {
        options: optionsOf(LITIGATION_INSTANCES, LITIGATION_INSTANCE_LABELS),
      }),
      opt('filedOn', '起诉日期', 'date'),
      opt('courtCaseNumber', '案号', 'text'),
      req('judgedOn', '裁判日期', 'date'),
      req('result', '裁判结果', 'text', {
        options: [
          { value: 'claim_rejected', label: '判决驳回原告诉讼请求' },
          { value: 'revoked', label: '判决撤销' },
          { value: 'changed', label: '判决变更' },
          { value: 'confirmed_illegal', label: '判决确认违法' },
          { value: 'confirmed_void', label: '判决确认无效' },
          { value: 'suit_dismissed', label: '裁定驳回起诉' },
          { value: 'withdrawn', label: '原告撤诉' },
          { value: 'settled', label: '调解' },
        ],
      }),
      opt('effective', '裁判已生效', 'boolean'),
      opt('summary', '裁判主要内容', 'longtext'),
    ],
    notices: [SUPPLEMENTARY],
    signatures: ['归档人'],
    sealed: false,
  },

  court_enforcement_result: {
    type: 'court_enforcement_result',
    title: RECORD_TITLES.court_enforcement_result,
    stage: 'archived',
    supplementary: true,
    fields: [
      req('court', '执行法院', 'text'),
      req('appliedOn', '申请强制执行日期', 'date'),
      opt('rulingNumber', '裁定书文号', 'text'),
      opt('ruledOn', '裁定日期', 'date'),
      req('result', '执行结果', 'text', {
        options: optionsOf(COURT_ENFORCEMENT_RESULTS, COURT_ENFORCEMENT_RESULT_LABELS),
      }),
      opt('amountEnforced', '执行到位金额', 'money'),
      opt('summary', '执行情况', 'longtext'),
    ],
    notices: [SUPPLEMENTARY],
    signatures: ['归档人'],
    sealed: false,
  },

  supplementary_note: {
    type: 'supplementary_note',
    title: RECORD_TITLES.supplementary_note,
    stage: 'archived',
    supplementary: true,
    fields: [
      req('reason', '补充归档事由', 'longtext'),
      opt('materials', '补充归档材料', 'list'),
      req('notedOn', '说明日期', 'date'),
    ],
    notices: [SUPPLEMENTARY],
    signatures: ['归档人'],
    sealed: false,
  },
};

/**
 * The A/V activity a record documents, given its fields: a 送达回证 needs a recording only for
 * 留置送达 and 公告送达 (GD-REC Art. 14); every other type answers its template's `avActivity`.
 */
export function recordAvActivity(type: RecordType, fields: Record<string, unknown>): AvActivity | undefined {
  if (type === 'service_receipt') {
    return fields['method'] === 'lodged' || fields['method'] === 'announcement' ? 'service' : undefined;
  }
  return RECORD_TEMPLATES[type].avActivity;
}

// ---- validation -------------------------------------------------------------------------------

export type FieldIssue = { path: string; message: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A `YYYY-MM-DD` string naming a real calendar day. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** An ISO 8601 date-time (`YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:MM]`) naming a real moment. */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATETIME.exec(value);
  if (m === null || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  return Number(m[4]) <= 23 && Number(m[5]) <= 59 && Number(m[6] ?? 0) <= 59;
}

/** Why a money value (yuan) is invalid, or undefined when it is a number ≥ 0 with at most 2 decimals. */
export function moneyProblem(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '应为金额数字（元）';
  if (value < 0) return '金额不能为负数';
  if (!Number.isSafeInteger(Math.round(value * 100))) return '金额超出可处理的范围';
  // the shortest decimal that round-trips is what the sender wrote: 0.1 → "0.1", 1.005 → "1.005"
  const written = String(value);
  if (written.includes('e-') || (written.split('.')[1]?.length ?? 0) > 2) return '金额最多保留两位小数';
  return undefined;
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/*
 * The schema of a template's fields is derived from its field definitions. Its messages say what is
 * wrong; `validateRecordFields` says where: it prefixes 「field label」 and, inside a list, 第n项 (from
 * the issue's path), so "「处罚内容」第2项（罚款）须填写金额" is written once for every list.
 */
const REQUIRED = '为必填项';

/** A message for a value of the wrong kind, or 为必填项 when there is none (blank counts as none). */
const kindError =
  (message: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? REQUIRED : message;

/** A money value (yuan): a number ≥ 0 with at most 2 decimals (`moneyProblem`). */
function moneyField(): z.ZodType {
  return z.number({ error: kindError('应为金额数字（元）') }).superRefine((value, ctx) => {
    const problem = moneyProblem(value);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem.replace(/^金额/, '') });
  });
}

/** Money inside a list item, e.g. `{ type: 'fine', amount }` or a seized item's `value`. */
const moneyInItem = z
  .unknown()
  .superRefine((value, ctx) => {
    const problem = moneyProblem(value);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `：${problem}` });
  })
  .optional();
const moneyKeysShape = Object.fromEntries(MONEY_ITEM_KEYS.map((key) => [key, moneyInItem]));

/** A penalty `{ type, amount? }`: a known type; the money penalties (`MONEY_PENALTIES`) need their amount. */
const penaltyItem = z
  .looseObject(
    { type: z.enum(PENALTY_TYPES, { error: '的处罚种类无效' }), ...moneyKeysShape },
    { error: '应为 { type, amount? }' },
  )
  .superRefine((item, ctx) => {
    if (MONEY_PENALTIES.includes(item.type) && item['amount'] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: `（${PENALTY_TYPE_LABELS[item.type]}）须填写金额`,
      });
    }
  });

/** Any other list item: a text, or an object whose money keys hold money. */
const listItem = z.union([z.string(), z.looseObject(moneyKeysShape)], { error: '应为文字或者对象' });

function valueSchema(def: FieldDef): z.ZodType {
  switch (def.kind) {
    case 'text':
    case 'longtext': {
      const values = def.options?.map((o) => o.value);
      if (values === undefined) return z.string({ error: kindError('应为文字') });
      const oneOf = `应为以下之一：${(def.options ?? []).map((o) => o.label).join('、')}`;
      return z.enum(values, {
        error: (issue) =>
          issue.input === undefined ? REQUIRED : typeof issue.input === 'string' ? oneOf : '应为文字',
      });
    }
    case 'date':
      return z
        .string({ error: kindError('应为有效日期（YYYY-MM-DD）') })
        .refine(isIsoDate, '应为有效日期（YYYY-MM-DD）');
    case 'datetime': {
      const message = '应为有效时间（如 2026-10-15T09:30:00+08:00）';
      return z.string({ error: kindError(message) }).refine(isIsoDateTime, message);
    }
    case 'money':
      return moneyField();
    case 'number':
      return z.number({ error: kindError('应为数字') });
    case 'boolean':
      return z.boolean({ error: kindError('应为是或者否') });
    case 'list':
      return z.array(PENALTY_LIST_KEYS.includes(def.key) ? penaltyItem : listItem, {
        error: kindError('应为列表'),
      });
  }
}

const schemas = new WeakMap<RecordTemplate, z.ZodType<Record<string, unknown>>>();

/**
 * The zod schema of a template's structured fields, derived from its field definitions: each field
 * of its kind (text, a closed set of options, a real date or moment, money in yuan, a number, yes/no,
 * a list — of penalties for `penalties`), required fields present (a blank text or an empty list is
 * absent). Fields the template does not name are left alone.
 */
export function templateFieldsSchema(template: RecordTemplate): z.ZodType<Record<string, unknown>> {
  const cached = schemas.get(template);
  if (cached !== undefined) return cached;
  const shape = Object.fromEntries(
    template.fields.map((def) => {
      const value = valueSchema(def);
      const absentIfBlank = (input: unknown) => (isBlank(input) ? undefined : input);
      return [def.key, z.preprocess(absentIfBlank, def.required ? value : value.optional())];
    }),
  );
  const schema = z.looseObject(shape);
  schemas.set(template, schema);
  return schema;
}

/**
 * Checks a record's structured fields against its template (`templateFieldsSchema`). Paths are field
 * keys (`penalties.0.amount`); messages are Chinese and name the field (and the list item).
 */
export function validateRecordFields(type: RecordType, fields: Record<string, unknown>): FieldIssue[] {
  const template = RECORD_TEMPLATES[type] as RecordTemplate | undefined;
  if (template === undefined) return [{ path: 'type', message: '未知的文书类型' }];
  const result = templateFieldsSchema(template).safeParse(fields);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [key, item] = issue.path;
    const def = template.fields.find((f) => f.key === key);
    const where =
      def === undefined ? '' : `「${def.label}」${typeof item === 'number' ? `第${item + 1}项` : ''}`;
    return { path: issue.path.map(String).join('.'), message: `${where}${issue.message}` };
  });
}
