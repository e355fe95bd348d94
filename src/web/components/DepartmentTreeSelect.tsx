import { useMemo, type CSSProperties } from 'react';
import { TreeSelect } from 'antd';
import type { Department } from '../api/types.js';
import { t } from '../i18n/index.js';
import { buildDepartmentTree, subtreeIds, type DepartmentNode } from './departmentTree.js';
import { useDepartments } from './useDepartments.js';

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children: TreeOption[];
}

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** This department and its descendants cannot be chosen (moving a department under itself). */
  excludeSubtreeOf?: string;
  disabled?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

function toOptions(nodes: DepartmentNode[], blocked: Set<string>): TreeOption[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.active ? n.name : t('common.withNote', { name: n.name, note: t('admin.departments.inactive') }),
    disabled: blocked.has(n.id),
    children: toOptions(n.children, blocked),
  }));
}

/** A department picker usable as an antd Form control. */
export function DepartmentTreeSelect({ excludeSubtreeOf, value, onChange, ...rest }: Props) {
  const departments = useDepartments();
  const treeData = useMemo(() => {
    const items: Department[] = departments.data ?? [];
    const blocked = excludeSubtreeOf ? subtreeIds(items, excludeSubtreeOf) : new Set<string>();
    return toOptions(buildDepartmentTree(items), blocked);
  }, [departments.data, excludeSubtreeOf]);

  return (
    <TreeSelect<string>
      {...rest}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v)}
      treeData={treeData}
      loading={departments.isPending}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      popupMatchSelectWidth={false}
    />
  );
}
