import {
  CHILD_DEPARTMENT_KINDS,
  DEPARTMENT_KINDS,
  type DepartmentKind,
} from '../../shared/org-vocabulary.js';
import { t } from '../i18n/index.js';

export function departmentKindLabel(kind: DepartmentKind): string {
  return t(`departmentKinds.${kind}`);
}

export const DEPARTMENT_KIND_OPTIONS = DEPARTMENT_KINDS.map((kind) => ({
  value: kind,
  label: departmentKindLabel(kind),
}));

/** The kinds a department may be given (the body is the root alone). */
export const CHILD_DEPARTMENT_KIND_OPTIONS = CHILD_DEPARTMENT_KINDS.map((kind) => ({
  value: kind,
  label: departmentKindLabel(kind),
}));

export const DEPARTMENT_KIND_COLORS: Record<DepartmentKind, string> = {
  body: 'geekblue',
  department: 'blue',
  branch: 'cyan',
};
