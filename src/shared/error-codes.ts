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
  BAD_REQUEST: '请求有误',
  INTERNAL_ERROR: '服务器内部错误',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
