import { DEPARTMENT_KINDS, type DepartmentKind } from '../api/types.js';
import { t } from '../i18n/index.js';

export function departmentKindLabel(kind: DepartmentKind): string {
  return t(`departmentKinds.${kind}`);
}

export const DEPARTMENT_KIND_OPTIONS = DEPARTMENT_KINDS.map((kind) => ({
  value: kind,
  label: departmentKindLabel(kind),
}));

export const DEPARTMENT_KIND_COLORS: Record<DepartmentKind, string> = {
  body: 'geekblue',
  department: 'blue',
  branch: 'cyan',
};
