import { useEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Popconfirm, Select, Space, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { departmentsApi } from '../api/admin.js';
import { ApiError } from '../api/client.js';
import type { Department, UpdateDepartmentBody } from '../api/types.js';
import type { DepartmentKind } from '../../shared/org-vocabulary.js';
import { t } from '../i18n/index.js';
import { CHILD_DEPARTMENT_KIND_OPTIONS, DEPARTMENT_KIND_OPTIONS } from './departmentKinds.js';
import { DepartmentTreeSelect } from './DepartmentTreeSelect.js';
import { applyApiError } from './formErrors.js';
import { DEPARTMENTS_KEY } from './useDepartments.js';

interface Values {
  name: string;
  kind: DepartmentKind;
  parentId: string | null;
  sortOrder: number;
  active: boolean;
}

const FIELDS = ['name', 'kind', 'parentId', 'sortOrder', 'active'];
const CODE_FIELDS = { DEPARTMENT_CYCLE: 'parentId' };

function changes(before: Department, v: Values): UpdateDepartmentBody {
  const body: UpdateDepartmentBody = {};
  const name = v.name.trim();
  if (name !== before.name) body.name = name;
  if (v.kind !== before.kind && v.kind !== 'body') body.kind = v.kind;
  if (v.parentId && v.parentId !== before.parentId) body.parentId = v.parentId;
  if (v.sortOrder !== before.sortOrder) body.sortOrder = v.sortOrder;
  if (v.active !== before.active) body.active = v.active;
  return body;
}

interface Props {
  department: Department;
  onAddChild: () => void;
  onDeleted: () => void;
}

/** Edit one department: rename, kind, move (parent), sort order, (de)activate, delete. */
export function DepartmentEditor({ department, onAddChild, onDeleted }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [errorText, setErrorText] = useState<string | null>(null);
  const isRoot = department.parentId === null;

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue({ ...department });
    setErrorText(null);
  }, [department, form]);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: DEPARTMENTS_KEY });
    await queryClient.invalidateQueries({ queryKey: ['users'] });
  };

  const save = useMutation({
    mutationFn: (body: UpdateDepartmentBody) => departmentsApi.update(department.id, body),
    onSuccess: async () => {
      await refresh();
      void message.success(t('common.saved'));
    },
    onError: (error) => setErrorText(applyApiError(form, error, { fields: FIELDS, codeFields: CODE_FIELDS })),
  });

  const remove = useMutation({
    mutationFn: () => departmentsApi.remove(department.id),
    onSuccess: async () => {
      onDeleted();
      await refresh();
      void message.success(t('common.deleted'));
    },
    onError: (error) => {
      const text = applyApiError(form, error, { fields: [] });
      if (error instanceof ApiError && error.code === 'DEPARTMENT_NOT_EMPTY') {
        const { children, accounts } = error.details;
        if (typeof children === 'number' && typeof accounts === 'number') {
          setErrorText(
            t('common.sentences', {
              a: text ?? error.message,
              b: t('admin.departments.notEmptyDetail', { children, accounts }),
            }),
          );
          return;
        }
      }
      setErrorText(text);
    },
  });

  return (
    <>
      {isRoot && (
        <Alert type="info" showIcon title={t('admin.departments.rootHint')} style={{ marginBottom: 16 }} />
      )}
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="departmentEdit"
        form={form}
        layout="vertical"
        initialValues={department}
        onFinish={(v) => {
          setErrorText(null);
          const body = changes(department, v);
          if (Object.keys(body).length === 0) {
            void message.info(t('common.saved'));
            return;
          }
          save.mutate(body);
        }}
      >
        <Form.Item
          name="name"
          label={t('admin.departments.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('admin.departments.name') }),
            },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('admin.departments.kind')} rules={[{ required: true }]}>
          <Select
            options={isRoot ? DEPARTMENT_KIND_OPTIONS : CHILD_DEPARTMENT_KIND_OPTIONS}
            disabled={isRoot}
          />
        </Form.Item>
        <Form.Item
          name="parentId"
          label={t('admin.departments.parent')}
          rules={
            isRoot
              ? []
              : [
                  {
                    required: true,
                    message: t('common.requiredSelect', { field: t('admin.departments.parent') }),
                  },
                ]
          }
        >
          <DepartmentTreeSelect
            disabled={isRoot}
            excludeSubtreeOf={department.id}
            placeholder={t('common.none')}
          />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('admin.departments.sortOrder')} rules={[{ required: true }]}>
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="active" label={t('admin.departments.active')} valuePropName="checked">
          <Switch
            disabled={isRoot}
            checkedChildren={t('status.department.active')}
            unCheckedChildren={t('status.department.inactive')}
          />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button icon={<PlusOutlined />} onClick={onAddChild}>
            {t('admin.departments.addChild')}
          </Button>
          <Popconfirm
            title={t('admin.departments.deleteConfirm', { name: department.name })}
            description={t('admin.departments.deleteHint')}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove.mutate()}
            disabled={isRoot}
          >
            <Button danger icon={<DeleteOutlined />} disabled={isRoot} loading={remove.isPending}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      </Form>
    </>
  );
}
