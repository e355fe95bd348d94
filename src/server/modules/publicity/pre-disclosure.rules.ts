import {
  MEDIA_ACTIVITIES,
  MEDIA_ACTIVITY_LABELS,
  type MediaActivity,
} from '../../../shared/case-vocabulary.js';
import { POWERS_COLUMNS } from '../../../shared/publicity-vocabulary.js';
import type { Period } from '../../platform/calendar/calendar.rules.js';
import { digestOf } from '../../platform/audit/audit.rules.js';

/**
 * 事前 information is published within 20 working days after it is created or changed
 * (GD-PUB Art. 21 [T]; domain-rules §1). Counted from the day of the change, that day not counted.
 */
export const PRE_DISCLOSURE_PERIOD: Period = { days: 20, unit: 'working_days' };

/** A generated table: the part of a generated section the system writes (the rest stays editable). */
export type GeneratedTable = { columns: string[]; rows: string[][] };

/** The digest a generated table is compared by: a different one makes a pending update. */
export const tableDigest = (table: GeneratedTable) => digestOf(table) ?? '';

/** 主体与职责: the body and its units, from the organisation tree. */
export function bodyDutiesTable(
  departments: readonly { id: string; name: string; kind: string; parentId: string | null }[],
  kindLabel: (kind: string) => string,
): GeneratedTable {
  const names = new Map(departments.map((d) => [d.id, d.name]));
  return {
    columns: ['机构名称', '机构类型', '上级机构'],
    rows: departments.map((d) => [
      d.name,
      kindLabel(d.kind),
      d.parentId ? (names.get(d.parentId) ?? '') : '—',
    ]),
  };
}

/** 执法人员: every certificate of the registry, expired and revoked ones marked, never left out. */
export function officersTable(
  officers: readonly {
    name: string;
    departmentName: string;
    certificateNo: string;
    category: string;
    issuer: string;
    validUntil: string;
    statusLabel: string;
  }[],
): GeneratedTable {
  return {
    columns: ['姓名', '执法单位', '执法证号', '执法类别', '发证机关', '有效期至', '状态'],
    rows: [...officers]
      .sort((a, b) => a.certificateNo.localeCompare(b.certificateNo))
      .map((o) => [
        o.name,
        o.departmentName,
        o.certificateNo,
        o.category,
        o.issuer,
        o.validUntil,
        o.statusLabel,
      ]),
  };
}

/** 重大执法决定法制审核目录: the catalog in force, each circumstance with its source. */
export function reviewCatalogTable(rules: readonly { text: string; source: string }[]): GeneratedTable {
  return { columns: ['审核情形', '依据'], rows: rules.map((r) => [r.text, r.source]) };
}

/** 音像记录清单: the activities the system makes officers record, as it enforces them (GD-REC Art. 14, 19, 20). */
export function avListTable(
  required: readonly MediaActivity[],
  continuous: readonly MediaActivity[],
): GeneratedTable {
  return {
    columns: ['执法环节', '音像记录要求', '依据'],
    rows: MEDIA_ACTIVITIES.filter((a) => required.includes(a)).map((a) => [
      MEDIA_ACTIVITY_LABELS[a],
      continuous.includes(a) ? '全程不间断音像记录' : '全过程音像记录',
      continuous.includes(a)
        ? '《广东省行政执法全过程记录办法》第十四条、第十九条、第二十条'
        : '《广东省行政执法全过程记录办法》第十四条',
    ]),
  };
}

// ---- the 权责清单 import ------------------------------------------------------------------------

/** Categories of 行政职权 a 权责清单 row may name. */
export const POWER_CATEGORIES = [
  '行政许可',
  '行政处罚',
  '行政强制',
  '行政征收',
  '行政给付',
  '行政检查',
  '行政确认',
  '行政奖励',
  '行政裁决',
  '其他行政权力',
] as const;

/** Longest text a cell may hold. */
export const POWERS_CELL_MAX = 4000;

export type ImportProblem = { row: number; column?: string; message: string };

/**
 * Checks a 权责清单 sheet read as rows of cell texts (first row the header). Returns the data rows, or
 * every problem with its sheet row number (1-based, as Excel shows it): all rows or none.
 */
export function checkPowersSheet(sheet: readonly (readonly string[])[]): {
  rows: string[][];
  problems: ImportProblem[];
} {
  const problems: ImportProblem[] = [];
  const header = (sheet[0] ?? []).map((c) => c.trim());
  const missing = POWERS_COLUMNS.filter((c, i) => header[i] !== c);
  if (missing.length > 0) {
    problems.push({ row: 1, message: `表头应为：${POWERS_COLUMNS.join('、')}` });
    return { rows: [], problems };
  }
  const rows: string[][] = [];
  sheet.slice(1).forEach((raw, i) => {
    const rowNumber = i + 2;
    const cells = POWERS_COLUMNS.map((_, c) => (raw[c] ?? '').trim());
    if (cells.every((c) => c === '')) return; // blank lines between blocks
    POWERS_COLUMNS.forEach((column, c) => {
      const value = cells[c] ?? '';
      if (value === '') problems.push({ row: rowNumber, column, message: `${column}不能为空` });
      else if (value.length > POWERS_CELL_MAX)
        problems.push({ row: rowNumber, column, message: `${column}超过 ${POWERS_CELL_MAX} 字` });
    });
    const category = cells[1] ?? '';
    if (category !== '' && !(POWER_CATEGORIES as readonly string[]).includes(category))
      problems.push({ row: rowNumber, column: '类别', message: `类别应为：${POWER_CATEGORIES.join('、')}` });
    rows.push(cells);
  });
  if (rows.length === 0 && problems.length === 0) problems.push({ row: 2, message: '表格中没有事项' });
  return { rows: problems.length > 0 ? [] : rows, problems };
}
