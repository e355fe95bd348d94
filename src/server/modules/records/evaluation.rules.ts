/**
 * 案卷评查 (case-file evaluation): a configurable scoring checklist. The default follows the areas
 * of the 广东省行政执法案卷评查标准 as the seed names them (§二(二)4); the item weights and grade
 * bands are the bureau's choice [?] — administrators of the legal unit replace them with a new
 * checklist version.
 */
export type ChecklistItem = { key: string; label: string; maxScore: number };

export const DEFAULT_CHECKLIST: { name: string; source: string; items: ChecklistItem[] } = {
  name: '行政执法案卷评查表',
  source: '参照《广东省行政执法案卷评查标准》（粤司〔2019〕20号相关配套）整理；分值为本局设定',
  items: [
    { key: 'subject', label: '执法主体合法，执法人员具备执法资格', maxScore: 10 },
    { key: 'jurisdiction', label: '管辖权限合法', maxScore: 5 },
    { key: 'filing', label: '立案及时，程序合法', maxScore: 10 },
    { key: 'evidence', label: '事实清楚，证据确凿充分', maxScore: 20 },
    { key: 'law', label: '适用法律、法规、规章正确', maxScore: 15 },
    { key: 'discretion', label: '裁量适当，说明裁量理由', maxScore: 10 },
    { key: 'procedure', label: '程序合法（告知、陈述申辩、听证、法制审核、集体讨论、送达）', maxScore: 15 },
    { key: 'documents', label: '文书制作规范', maxScore: 5 },
    { key: 'recording', label: '音像记录完整、按时存储', maxScore: 5 },
    { key: 'archiving', label: '案卷归档及时、装订规范、材料齐全', maxScore: 5 },
  ],
};

/** Grade bands of the total as a percentage of the maximum [?]. */
export const GRADE_BANDS: readonly { min: number; grade: string }[] = [
  { min: 90, grade: '优秀' },
  { min: 80, grade: '良好' },
  { min: 60, grade: '合格' },
  { min: 0, grade: '不合格' },
];

export function gradeOf(total: number, maxTotal: number): string {
  const percent = maxTotal === 0 ? 0 : (total * 100) / maxTotal;
  return GRADE_BANDS.find((b) => percent >= b.min)?.grade ?? '不合格';
}

/** Problems with a set of scores against a checklist: unknown or missing items, out-of-range scores. */
export function scoreProblems(
  items: readonly ChecklistItem[],
  scores: readonly { key: string; score: number }[],
) {
  const problems: { path: string; message: string }[] = [];
  const byKey = new Map(items.map((i) => [i.key, i]));
  scores.forEach((s, i) => {
    const item = byKey.get(s.key);
    if (!item) problems.push({ path: `scores.${i}.key`, message: '评查项目不存在' });
    else if (s.score < 0 || s.score > item.maxScore)
      problems.push({ path: `scores.${i}.score`, message: `分值应在 0 至 ${item.maxScore} 之间` });
  });
  for (const item of items) {
    if (!scores.some((s) => s.key === item.key))
      problems.push({ path: 'scores', message: `缺少评查项目「${item.label}」` });
  }
  if (new Set(scores.map((s) => s.key)).size !== scores.length)
    problems.push({ path: 'scores', message: '评查项目重复' });
  return problems;
}
