import type { Department } from '../api/types.js';

export interface DepartmentNode extends Department {
  children: DepartmentNode[];
}

function byOrder(a: Department, b: Department): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN');
}

/** Build the tree from the flat list (roots: parentId null, or a parent that is not in the list). */
export function buildDepartmentTree(items: readonly Department[]): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>();
  for (const item of items) nodes.set(item.id, { ...item, children: [] });
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent && parent.id !== node.id) parent.children.push(node);
    else roots.push(node);
  }
  const sortDeep = (list: DepartmentNode[]) => {
    list.sort(byOrder);
    for (const n of list) sortDeep(n.children);
  };
  sortDeep(roots);
  return roots;
}

/** The id and every descendant id of a department (a department cannot move under any of these). */
export function subtreeIds(items: readonly Department[], rootId: string): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const item of items) {
    if (item.parentId === null) continue;
    const list = childrenOf.get(item.parentId) ?? [];
    list.push(item.id);
    childrenOf.set(item.parentId, list);
  }
  const out = new Set<string>([rootId]);
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop();
    if (id === undefined) break;
    for (const child of childrenOf.get(id) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        stack.push(child);
      }
    }
  }
  return out;
}
