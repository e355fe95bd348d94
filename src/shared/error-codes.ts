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
  STATEMENT_WINDOW_OPEN: '陈述申辩、听证申请期限尚未届满',
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
  BAD_REQUEST: '请求有误',
  INTERNAL_ERROR: '服务器内部错误',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/**
 * Sharper sentences for codes that cover several situations, by `details.reason` (e.g. what exactly
 * does not apply to the case's execution now).
 */
export const REASON_MESSAGES: Partial<Record<ErrorCode, Record<string, string>>> = {
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
  },
};

/** The sentence for an error: by its reason where one is known, else by its code. */
export function errorMessage(code: ErrorCode, details: Record<string, unknown> = {}): string {
  const reason = details['reason'];
  const sharper = typeof reason === 'string' ? REASON_MESSAGES[code]?.[reason] : undefined;
  return sharper ?? ERROR_MESSAGES[code];
}
