/**
 * 行政执法公示 (事后公开): the vocabularies of disclosures, redaction, correction requests and
 * integrator tokens, each with its one Chinese label table (domain-rules §1; GD-PUB).
 */

/** What a disclosure publishes: the decision's kind (GD-PUB Art. 21 sets 7 or 20 working days by it). */
export const DISCLOSURE_KINDS = ['penalty', 'permit', 'coercion', 'inspection', 'other'] as const;
export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number];
export const DISCLOSURE_KIND_LABELS = {
  penalty: '行政处罚',
  permit: '行政许可',
  coercion: '行政强制',
  inspection: '行政检查',
  other: '其他执法决定',
} as const satisfies Record<DisclosureKind, string>;

/** 填报 → 审核 → 审批 (GD-PUB Art. 6, 19), then published; held back or withdrawn with a reason. */
export const DISCLOSURE_STATUSES = [
  'draft',
  'submitted',
  'checked',
  'published',
  'withdrawn',
  'held',
] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];
export const DISCLOSURE_STATUS_LABELS = {
  draft: '填报中',
  submitted: '待审核',
  checked: '待审批',
  published: '已公示',
  withdrawn: '已撤回',
  held: '不予公开',
} as const satisfies Record<DisclosureStatus, string>;

/** The steps an item's history records. */
export const DISCLOSURE_STEPS = [
  'created',
  'edited',
  'submitted',
  'checked',
  'returned',
  'approved',
  'hold_requested',
  'held',
  'hold_rejected',
  'withdrawal_due',
  'withdrawn',
  'reopened',
] as const;
export type DisclosureStep = (typeof DISCLOSURE_STEPS)[number];
export const DISCLOSURE_STEP_LABELS = {
  created: '生成草稿',
  edited: '修改',
  submitted: '提交审核',
  checked: '审核通过',
  returned: '退回修改',
  approved: '审批公开',
  hold_requested: '申请不予公开',
  held: '批准不予公开',
  hold_rejected: '不批准不予公开',
  withdrawal_due: '应撤回',
  withdrawn: '撤回',
  reopened: '更正后重新填报',
} as const satisfies Record<DisclosureStep, string>;

/** Cases that are not published at all (GD-PUB Art. 15-16): the reason is recorded and filed. */
export const HOLD_REASONS = [
  'minor',
  'state_secret',
  'commercial_secret',
  'privacy',
  'security',
  'related_case',
  'other',
] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];
export const HOLD_REASON_LABELS = {
  minor: '当事人为未成年人',
  state_secret: '涉及国家秘密',
  commercial_secret: '涉及商业秘密为主要事实',
  privacy: '涉及个人隐私为主要事实',
  security: '公开后可能危及国家安全、公共安全、经济安全、社会稳定',
  related_case: '公开后可能影响相关案件查处',
  other: '法律、法规规定的其他情形',
} as const satisfies Record<HoldReason, string>;

/** Why a published decision leaves the portal (APL Art. 48; GD-PUB Art. 24). */
export const WITHDRAWAL_GROUNDS = ['changed', 'revoked', 'confirmed_illegal', 'void', 'other'] as const;
export type WithdrawalGround = (typeof WITHDRAWAL_GROUNDS)[number];
export const WITHDRAWAL_GROUND_LABELS = {
  changed: '决定被变更',
  revoked: '决定被撤销',
  confirmed_illegal: '决定被确认违法',
  void: '决定被确认无效',
  other: '其他原因',
} as const satisfies Record<WithdrawalGround, string>;

/** 当事人类型 as GD-PUB Art. 13 prints it on the public summary. */
export const PUBLIC_PARTY_TYPES = ['natural_person', 'legal_person', 'unincorporated'] as const;
export type PublicPartyType = (typeof PUBLIC_PARTY_TYPES)[number];
export const PUBLIC_PARTY_TYPE_LABELS = {
  natural_person: '自然人',
  legal_person: '法人',
  unincorporated: '非法人组织',
} as const satisfies Record<PublicPartyType, string>;

/** What the redaction found or what a checker masked (GD-PUB Art. 14). */
export const REDACTION_KINDS = [
  'party_name',
  'person_name',
  'organisation_name',
  'address',
  'phone',
  'id_number',
  'credit_code',
  'bank_card',
  'email',
  'licence_plate',
  'property_certificate',
  'manual',
] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];
export const REDACTION_KIND_LABELS = {
  party_name: '当事人名称',
  person_name: '自然人姓名',
  organisation_name: '单位名称',
  address: '住址',
  phone: '电话号码',
  id_number: '身份证号码',
  credit_code: '统一社会信用代码',
  bank_card: '银行账号',
  email: '电子邮箱',
  licence_plate: '车牌号码',
  property_certificate: '不动产权证号',
  manual: '人工遮蔽',
} as const satisfies Record<RedactionKind, string>;

/** A correction request's state (GD-PUB Art. 25). */
export const CORRECTION_STATUSES = ['received', 'answered'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];
export const CORRECTION_STATUS_LABELS = {
  received: '已受理',
  answered: '已答复',
} as const satisfies Record<CorrectionStatus, string>;

/** How the bureau answered a correction request. */
export const CORRECTION_RESULTS = ['corrected', 'not_corrected'] as const;
export type CorrectionResult = (typeof CORRECTION_RESULTS)[number];
export const CORRECTION_RESULT_LABELS = {
  corrected: '已更正',
  not_corrected: '经核实无误，不予更正',
} as const satisfies Record<CorrectionResult, string>;

/** Integrator token scopes (api-contract: feeds). */
export const TOKEN_SCOPES = ['credit', 'open_data'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
export const TOKEN_SCOPE_LABELS = {
  credit: '信用信息（双公示）数据接口',
  open_data: '公开数据接口',
} as const satisfies Record<TokenScope, string>;

// ---- 事前公开 (issue 13) -------------------------------------------------------------------

/**
 * The eleven sections of 事前公开 (seed §二(一)2; GD-PUB Art. 8), in the portal's order, with the
 * source of those the system writes itself: the organisation tree, the officer registry, the
 * recording rules it enforces, the legal-review catalog. The others are written by the publicity staff.
 */
export const PRE_DISCLOSURE_SECTIONS = [
  'body_duties',
  'officers',
  'powers',
  'random_inspection',
  'permit_guides',
  'flow_charts',
  'remedies',
  'av_list',
  'review_catalog',
  'laws_discretion',
  'post_board',
] as const;
export type PreDisclosureSection = (typeof PRE_DISCLOSURE_SECTIONS)[number];
export const PRE_DISCLOSURE_SECTION_LABELS = {
  body_duties: '主体与职责',
  officers: '执法人员',
  powers: '权责清单',
  random_inspection: '随机抽查事项清单',
  permit_guides: '办事指南',
  flow_charts: '执法流程图',
  remedies: '监督救济渠道',
  av_list: '音像记录清单',
  review_catalog: '重大执法决定法制审核目录',
  laws_discretion: '执法依据与裁量基准',
  post_board: '岗位信息',
} as const satisfies Record<PreDisclosureSection, string>;

/** Sections whose content the system generates from its own data (a change there makes a pending update). */
export const GENERATED_SECTIONS = ['body_duties', 'officers', 'av_list', 'review_catalog'] as const;
export type GeneratedSection = (typeof GENERATED_SECTIONS)[number];

/** 填报 → 审核 → 审批 like decisions; a published item keeps its public version while a change is worked on. */
export const PRE_DISCLOSURE_STATUSES = ['draft', 'submitted', 'checked', 'published', 'withdrawn'] as const;
export type PreDisclosureStatus = (typeof PRE_DISCLOSURE_STATUSES)[number];
export const PRE_DISCLOSURE_STATUS_LABELS = {
  draft: '填报中',
  submitted: '待审核',
  checked: '待审批',
  published: '已公开',
  withdrawn: '已撤回',
} as const satisfies Record<PreDisclosureStatus, string>;

export const PRE_DISCLOSURE_STEPS = [
  'created',
  'edited',
  'regenerated',
  'imported',
  'attached',
  'submitted',
  'checked',
  'returned',
  'approved',
  'withdrawn',
] as const;
export type PreDisclosureStep = (typeof PRE_DISCLOSURE_STEPS)[number];
export const PRE_DISCLOSURE_STEP_LABELS = {
  created: '创建',
  edited: '修改',
  regenerated: '据系统数据更新',
  imported: '导入表格',
  attached: '添加附件',
  submitted: '提交审核',
  checked: '审核通过',
  returned: '退回修改',
  approved: '审批公开',
  withdrawn: '撤回',
} as const satisfies Record<PreDisclosureStep, string>;

/** The columns of the 权责清单 table (seed §二(一)2), as in its .xlsx template. */
export const POWERS_COLUMNS = ['事项名称', '类别', '依据', '实施主体', '责任事项', '追责情形'] as const;
