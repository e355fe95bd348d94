/** Codes of the case workflow shared by the server and the web (stable API values). */

export const CASE_KINDS = ['penalty', 'coercion', 'inspection', 'permit'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** The contract's stages, in order: 立案, 调查取证, 审核决定, 送达执行, 结案归档. */
export const STAGES = ['initiated', 'investigation', 'decision', 'execution', 'archived'] as const;
export type Stage = (typeof STAGES)[number];

/** Audio/video activities (contract codes): 现场执法/检查, 调查取证, 听证, 留置/公告送达, 查封扣押, 强制拆除. */
export const MEDIA_ACTIVITIES = [
  'onsite_inspection',
  'investigation',
  'hearing',
  'service',
  'seizure',
  'demolition',
] as const;
export type MediaActivity = (typeof MEDIA_ACTIVITIES)[number];
