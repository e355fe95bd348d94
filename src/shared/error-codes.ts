/**
 * Stable error codes of the API and the Chinese sentence shown for each.
 * The server uses the sentence as `error.message`; the web maps codes to the same sentences.
 */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: '请求参数无效',
  UNAUTHENTICATED: '请先登录',
  INVALID_CREDENTIALS: '用户名或密码错误',
  FORBIDDEN: '无权执行此操作',
  CSRF_TOKEN_INVALID: '页面已过期或请求来源无效，请刷新后重试',
  NOT_FOUND: '未找到请求的资源',
  METHOD_NOT_ALLOWED: '不支持的请求方法',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  UNSUPPORTED_MEDIA_TYPE: '不支持的内容类型',
  RATE_LIMITED: '尝试次数过多，请稍后再试',
  ACCOUNT_DISABLED: '账号已停用',
  USERNAME_TAKEN: '用户名已存在',
  CERTIFICATE_NUMBER_TAKEN: '执法证号已存在',
  DEPARTMENT_NOT_EMPTY: '该部门下仍有下级部门或人员，不能删除',
  DEPARTMENT_CYCLE: '不能把部门移动到其自身或其下级部门之下',
  ROOT_DEPARTMENT_LOCKED: '执法主体（根节点）不能删除或移动',
  WEAK_PASSWORD: '密码不符合要求：至少 8 位，且同时包含字母和数字',
  WRONG_PASSWORD: '当前密码不正确',
  LAST_ADMIN: '不能停用或移除最后一名系统管理员',
  CALENDAR_INVALID: '节假日安排数据有误',
  CONFLICT: '与当前状态冲突',
  TWO_OFFICERS_REQUIRED: '须有不少于两名持有效执法证的执法人员',
  LIMITATION_EXPIRED: '违法行为已超过追责时效，不予立案（《行政处罚法》第三十六条）',
  INVALID_TRANSITION: '案件不能进入该阶段',
  AV_RECORD_REQUIRED: '缺少法定的音像记录',
  RECORDING_INTERRUPTION_UNEXPLAINED: '音像记录中断未作书面说明',
  RECORD_REQUIRED: '缺少本阶段必备的执法文书',
  DECISION_REQUIRED: '尚未作出决定',
  CLOSING_APPROVAL_REQUIRED: '须有结案审批表',
  CASE_SUSPENDED: '案件已中止',
  CASE_TERMINATED: '案件已终止',
  CASE_ARCHIVED: '案件已归档，只能追加补充归档材料',
  RECUSAL_PENDING: '有待决定的回避申请',
  APPROVAL_NOT_PENDING: '该审批申请已处理',
  APPROVAL_NOT_APPLICABLE: '该审批申请不适用于案件当前状态',
  SELF_APPROVAL: '不能审批本人提出的申请',
  EXTENSION_LIMIT: '延期已达法定上限',
  CLUE_RESOLVED: '该线索已处理',
  RECORD_TYPE_NOT_ALLOWED: '该文书类型不适用于本案当前阶段',
  MEDIA_TYPE_NOT_ALLOWED: '不支持的音视频或图片格式',
  PERIOD_NOT_OPEN: '该期间已结束',
  RANGE_NOT_SATISFIABLE: '请求的字节范围无效',
  LEGAL_REVIEW_REQUIRED: '重大执法决定未经法制审核或审核未通过，不得作出决定',
  COLLECTIVE_DISCUSSION_REQUIRED: '重大执法决定须经集体讨论',
  PRIOR_NOTICE_REQUIRED: '作出行政处罚决定前须告知当事人',
  NOTICE_EXCEEDED: '决定不得重于事先告知的处罚（如需加重，须重新告知）',
  PRIOR_NOTICE_NOT_SERVED: '事先告知书尚未送达当事人：陈述申辩、听证申请期限自当事人收到告知书之日起计算',
  STATEMENT_WINDOW_OPEN: '陈述申辩、听证申请期限尚未届满',
  DECISION_DATE_INVALID: '决定日期无效：不得晚于今天，也不得早于立案日期',
  DOCUMENT_SETTINGS_MISSING:
    '决定书须载明的事项尚未设置（行政复议机关、诉讼法院或罚没款缴纳账户），请系统管理员在“规则参数”中设置',
  DECISION_DOCUMENT_REQUIRED: '尚未生成行政处罚决定书，不能送达或结案',
  DOCUMENT_NUMBER_INVALID: '文号不符合本机关的文号格式',
  DOCUMENT_NUMBER_TAKEN: '该文号已被使用',
  NO_HEARING_RIGHT: '最近一次事先告知未告知听证权利，不能登记听证申请',
  HEARING_PENDING: '当事人已申请听证，听证举行前不得作出决定',
  REVIEW_MATERIALS_INCOMPLETE: '送审材料不齐全',
  REVIEWER_CONFLICT: '审核人员系本案承办人员或存在利害关系，应当回避',
  REVIEWER_NOT_QUALIFIED: '审核人员未登记法律职业资格（初次从事法制审核的人员须取得法律职业资格）',
  DISPUTE_OPEN: '承办机构对审核意见的异议尚待负责人协调决定',
  HEARING_RIGHT_REQUIRED: '拟作出的处罚属于听证范围，告知书须告知听证权利',
  NOTICE_REASON_REQUIRED: '拟作出比原告知更重的处罚，须在重新告知时说明理由',
  HEARING_REQUEST_LATE: '当事人未在告知后5个工作日内要求听证，视为放弃听证权利',
  HEARING_NOTICE_TOO_SHORT: '听证通知须在举行听证的7个工作日前送达',
  HEARING_HOST_CONFLICT: '听证主持人不得由本案调查人员担任',
  EXECUTION_OPEN: '送达执行尚未完毕，不能结案',
  EXECUTION_NOT_APPLICABLE: '该执行事项不适用于案件当前状态',
  SERVICE_CONSENT_REQUIRED: '当事人未签署电子送达确认书，不能电子送达',
  SUMMARY_LIMIT_EXCEEDED: '超出简易程序（当场处罚）的适用范围：公民二百元、组织三千元以下罚款或者警告',
  FORM_NUMBER_TAKEN: '该预定格式决定书编号已使用',
  ONSITE_COLLECTION_NOT_ALLOWED: '不符合当场收缴罚款的条件',
  COURT_APPLICATION_TOO_EARLY: '尚不能申请人民法院强制执行：须催告且催告书送达满十个工作日，并待起诉期限届满',
  COURT_APPLICATION_TOO_LATE: '已超过申请人民法院强制执行的期限（起诉期限届满之日起三个月）',
  SEPARATION_OF_DUTIES: '填报、审核、审批须由三个不同的人完成',
  ROLE_NOT_ALLOWED: '不能作此角色设置',
  OFFICER_NOT_ELIGIBLE: '承办人员不符合要求',
  OWN_ACCOUNT: '不能通过管理功能修改本人账号的密码，请使用“修改密码”并输入当前密码',
  DISCLOSURE_STATE: '公示事项当前的状态不能进行该操作',
  NOT_PUBLISHED_OUTCOME: '该案件没有需要公示的执法决定',
  TOKEN_INVALID: '接口令牌无效或已撤销',
  TOKEN_SCOPE: '接口令牌无权访问该接口',
  BAD_REQUEST: '请求有误',
  INTERNAL_ERROR: '服务器内部错误',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/**
 * Codes that cover several situations name theirs in `details.reason`; each reason has its own sharper
 * sentence (what exactly conflicts, what exactly does not apply). `new AppError(code, details)` only
 * accepts a reason listed here for its code.
 */
export const ERROR_REASONS = {
  MEDIA_TYPE_NOT_ALLOWED: {
    document_type: '只能上传 PDF、Word（.docx、.doc）或图片（JPG、PNG）文件',
  },
  BAD_REQUEST: {
    invalid_blob_hash: '文件标识无效',
    invalid_range: '请求的字节范围无效',
  },
  FORBIDDEN: {
    disclosure_scope: '该公示事项不在您的管辖范围内',
    pre_disclosure_scope: '该事前公开事项不在您的管辖范围内',
    case_scope: '该案件不在您的管辖范围内',
    clue_scope: '该线索不在您的管辖范围内',
    department_scope: '该部门不在您的管理范围内',
    not_assigned: '您不是本案的承办人员，不能办理本案事项',
    not_uploader: '只能继续本人发起的上传',
  },
  CONFLICT: {
    concurrent_change: '数据已被同时修改，请刷新后重试',
    case_not_archived: '案件尚未结案归档，不能进行案卷评查',
    not_preserved: '该证据未处于先行登记保存状态，不能作出处理决定',
    review_pending: '本案已有尚未办结的法制审核，不能重复送审',
    review_not_pending: '该轮法制审核已经办结',
    review_not_returned: '只能对退回补正的法制审核意见提出异议',
    review_superseded: '该轮审核之后已重新送审，不能再对其提出异议',
    conflict_already_declared: '已申报过与本案的利益冲突',
    dispute_exists: '已对该轮法制审核意见提出过异议',
    no_open_dispute: '没有待负责人协调决定的异议',
    already_decided: '本案已经作出决定',
    already_signed: '该文书已经签字',
    no_pending_hearing_request: '没有尚待举行听证的听证申请，无需撤回',
    already_sealed: '该文书已经盖章',
  },
  INVALID_TRANSITION: {
    review_in_decision_stage_only: '只有处于审核决定阶段且正常办理的案件可以提交法制审核',
    decision_stage_only: '只有处于审核决定阶段且正常办理的案件可以作出决定',
  },
  APPROVAL_NOT_APPLICABLE: {
    already_pending: '已有同类审批申请尚待处理',
    period_expired: '办案期限已届满，不能再延长（延长须在期限届满前批准）',
    head_extension_first: '经集体讨论延长办案期限，须在负责人批准延长之后',
    already_preserved: '该证据已申请或已实施先行登记保存',
    no_decision_period: '只有已立案、处于调查取证或审核决定阶段的行政处罚案件可以延长办案期限',
    not_open: '案件未在正常办理中，不能申请中止',
    not_suspended: '案件未中止，无需恢复办理',
    not_supported: '该审批事项暂不可用',
    officer_not_assigned: '申请回避的人员不是本案承办人员',
    not_in_execution: '案件不在送达执行阶段',
    nothing_unpaid: '罚没款已经缴清',
    court_applied: '已申请人民法院强制执行',
    lifted: '该查封扣押已解除，不能延长',
    expired: '该查封扣押已届满，不能延长',
    too_long: '查封扣押的延长期限不得超过三十日',
  },
  EXTENSION_LIMIT: {
    already_extended: '查封扣押期限只能延长一次',
  },
  LEGAL_REVIEW_REQUIRED: {
    differs_from_approved:
      '拟作出的决定与法制审核通过的送审稿不一致，须按审核通过的内容作出决定，或就改动重新提交法制审核',
  },
  ONSITE_COLLECTION_NOT_ALLOWED: {
    summary_procedure_only: '依此情形当场收缴罚款，仅适用于当场作出的行政处罚决定',
    over_100_yuan: '当场处罚的罚款在一百元以下的，方可据此当场收缴',
  },
  DOCUMENT_NUMBER_INVALID: {
    pattern: '文号不符合本机关该类文书的文号格式（如：清环罚〔2026〕1号）',
    year: '文号中的年份须为文书作出的年份',
  },
  RECORD_TYPE_NOT_ALLOWED: {
    not_sealed_type: '该文书无需加盖印章',
    generated_only: '行政处罚决定书由系统根据作出的决定生成，不能另行制作',
  },
  OFFICER_NOT_ELIGIBLE: {
    creator_not_included: '立案的执法人员须为本案承办人员之一',
    other_unit: '承办人员须为本单位（本部门及下级部门）的执法人员',
  },
  ROLE_NOT_ALLOWED: {
    own_roles: '不能修改本人的角色',
    admin_case_role: '系统管理员账号不能同时担任执法、审核、公示等业务角色（职责分离）',
  },
  SEPARATION_OF_DUTIES: {
    filler: '审核人、审批人不得由本事项的填报人担任',
    checker: '审批人不得由本事项的审核人担任',
  },
  DISCLOSURE_STATE: {
    not_draft: '只有填报中的公示事项可以修改或提交',
    not_submitted: '只有待审核的公示事项可以审核',
    not_checked: '只有待审批的公示事项可以审批',
    not_published: '只有已公示的事项可以撤回',
    not_reopenable: '只有已公示或已撤回的事项可以更正后重新公示',
    not_editable: '公示事项已进入审核、审批或已办结，不能修改遮蔽',
  },
  NOT_PUBLISHED_OUTCOME: {
    no_decision: '案件尚未作出决定',
    outcome_not_published: '不予立案、移送等决定不属于行政执法决定公示范围',
  },
  REVIEWER_CONFLICT: {
    handler_of_case: '审核人员系本案承办人员或送审人，应当回避',
    declared_conflict: '审核人员已申报与本案存在利害关系，应当回避',
  },
  EXECUTION_NOT_APPLICABLE: {
    no_decision_in_force: '案件尚无生效的处理决定',
    not_in_execution: '案件不在送达执行阶段',
    no_decision: '案件尚无处理决定',
    no_court_application: '尚未申请人民法院强制执行，不能登记法院执行结果',
    already_lifted: '该查封扣押已解除',
    not_summary_procedure: '本案不是简易程序案件',
    already_filed: '当场处罚决定已报本机关备案',
    corrected: '复查结果为已改正，不适用按日连续处罚',
    no_recheck: '尚未复查，不能作出按日连续处罚',
    already_fined_to_recheck: '截至本次复查日的按日连续处罚已经作出',
    nothing_to_pay: '本案没有应缴纳的罚没款',
    exceeds_unpaid: '缴纳金额超过未缴金额',
    not_collected_onsite: '该笔款项不是当场收缴的',
    already_handed_in: '该笔当场收缴的罚款已交至本机关',
    nothing_unpaid: '罚没款已经缴清',
    court_applied: '已申请人民法院强制执行',
    not_overdue: '罚没款尚未逾期，不能催告',
    already_applied: '已经申请过人民法院强制执行',
    decision_not_served: '处理决定尚未送达',
    no_decision_document: '该处理决定不制作行政处罚决定书',
  },
} as const satisfies { [C in ErrorCode]?: Record<string, string> };

/** The codes whose details name a reason. */
export type ReasonedCode = keyof typeof ERROR_REASONS;
/** The reasons of a code (none for a code without a reason table). */
export type ErrorReason<C extends ErrorCode> = C extends ReasonedCode
  ? keyof (typeof ERROR_REASONS)[C]
  : never;

/** Details whose shape the client relies on, by code. */
type KnownDetails = {
  VALIDATION_FAILED: { fields: { path: string; message: string }[] };
  NOT_FOUND: { what: string; id?: string } | { path: string | undefined };
  RATE_LIMITED: { retryAfterSeconds: number };
};

/**
 * What `details` may hold for a code: its reason (only one of the code's own, none for a code without
 * reasons), the code's known fields, and any further facts of the situation.
 */
export type ErrorDetails<C extends ErrorCode> = C extends ErrorCode
  ? { reason?: ErrorReason<C> } & (C extends keyof KnownDetails ? KnownDetails[C] : unknown) &
      Record<string, unknown>
  : never;

/** The sentence for an error: by its reason where one is known, else by its code. */
export function errorMessage(code: ErrorCode, details: Record<string, unknown> = {}): string {
  const reason = details['reason'];
  const reasons: Partial<Record<ErrorCode, Readonly<Record<string, string>>>> = ERROR_REASONS;
  const table = reasons[code];
  const sharper =
    typeof reason === 'string' && table && Object.hasOwn(table, reason) ? table[reason] : undefined;
  return sharper ?? ERROR_MESSAGES[code];
}
