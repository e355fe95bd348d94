import { useMemo, useState } from 'react';
import { Card, Col, Empty, Row, Space, Spin, Tag, Tree, type TreeDataNode } from 'antd';
import { DepartmentCreateModal } from '../../components/DepartmentCreateModal.js';
import { DepartmentEditor } from '../../components/DepartmentEditor.js';
import { DEPARTMENT_KIND_COLORS, departmentKindLabel } from '../../components/departmentKinds.js';
import { buildDepartmentTree, type DepartmentNode } from '../../components/departmentTree.js';
import { PageContainer } from '../../components/PageContainer.js';
import { QueryError } from '../../components/QueryError.js';
import { STATUS_COLORS } from '../../components/StatusTag.js';
import { useDepartments } from '../../components/useDepartments.js';
import { t } from '../../i18n/index.js';

function toTreeData(nodes: DepartmentNode[]): TreeDataNode[] {
  return nodes.map((n) => ({
    key: n.id,
    title: (
      <Space size={6} wrap={false}>
        <span>{n.name}</span>
        <Tag color={DEPARTMENT_KIND_COLORS[n.kind]} style={{ marginInlineEnd: 0 }}>
          {departmentKindLabel(n.kind)}
        </Tag>
        {!n.active && (
          <Tag color={STATUS_COLORS.inactive} style={{ marginInlineEnd: 0 }}>
            {t('admin.departments.inactive')}
          </Tag>
        )}
      </Space>
    ),
    children: toTreeData(n.children),
  }));
}

export function DepartmentsPage() {
  const departments = useDepartments();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [addingUnder, setAddingUnder] = useState<string | null>(null);

  const items = useMemo(() => departments.data ?? [], [departments.data]);
  const treeData = useMemo(() => toTreeData(buildDepartmentTree(items)), [items]);
  const expandedKeys = useMemo(
    () => items.map((d) => d.id).filter((id) => !collapsed.has(id)),
    [items, collapsed],
  );
  const selected = items.find((d) => d.id === selectedId) ?? null;
  const addingParent = items.find((d) => d.id === addingUnder) ?? null;

  return (
    <PageContainer title={t('admin.departments.title')}>
      {departments.isError && (
        <QueryError error={departments.error} onRetry={() => void departments.refetch()} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11} xxl={9}>
          <Card title={t('admin.departments.tree')}>
            {departments.isPending ? (
              <Spin />
            ) : treeData.length === 0 ? (
              <Empty description={t('admin.departments.empty')} />
            ) : (
              <Tree
                blockNode
                showLine
                treeData={treeData}
                expandedKeys={expandedKeys}
                selectedKeys={selectedId ? [selectedId] : []}
                onExpand={(keys) => {
                  const open = new Set(keys.map(String));
                  setCollapsed(new Set(items.map((d) => d.id).filter((id) => !open.has(id))));
                }}
                onSelect={(keys) => {
                  const first = keys[0];
                  if (first !== undefined) setSelectedId(String(first));
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={13} xxl={15}>
          <Card
            title={
              selected
                ? t('common.labelValue', { label: t('admin.departments.details'), value: selected.name })
                : t('admin.departments.details')
            }
          >
            {selected ? (
              <DepartmentEditor
                key={selected.id}
                department={selected}
                onAddChild={() => setAddingUnder(selected.id)}
                onDeleted={() => setSelectedId(null)}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.departments.selectHint')} />
            )}
          </Card>
        </Col>
      </Row>
      {addingParent && (
        <DepartmentCreateModal
          parent={addingParent}
          onClose={() => setAddingUnder(null)}
          onCreated={(created) => {
            setAddingUnder(null);
            setCollapsed((c) => {
              const next = new Set(c);
              next.delete(addingParent.id);
              return next;
            });
            setSelectedId(created.id);
          }}
        />
      )}
    </PageContainer>
  );
}
