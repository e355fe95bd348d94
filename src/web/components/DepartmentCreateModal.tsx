import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { departmentsApi } from '../api/admin.js';
import type { Department } from '../api/types.js';
import type { ChildDepartmentKind } from '../../shared/org-vocabulary.js';
import { t } from '../i18n/index.js';
import { CHILD_DEPARTMENT_KIND_OPTIONS } from './departmentKinds.js';
import { applyApiError } from './formErrors.js';
import { DEPARTMENTS_KEY } from './useDepartments.js';

interface Values {
  name: string;
  kind: ChildDepartmentKind;
  sortOrder?: number | null;
}

interface Props {
  parent: Department;
  onClose: () => void;
  onCreated: (department: Department) => void;
}

export function DepartmentCreateModal({ parent, onClose, onCreated }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [errorText, setErrorText] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: (v: Values) =>
      departmentsApi.create({
        name: v.name.trim(),
        parentId: parent.id,
        kind: v.kind,
        ...(typeof v.sortOrder === 'number' ? { sortOrder: v.sortOrder } : {}),
      }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: DEPARTMENTS_KEY });
      void message.success(t('common.created'));
      onCreated(created);
    },
    onError: (error) => setErrorText(applyApiError(form, error, { fields: ['name', 'kind', 'sortOrder'] })),
  });

  return (
    <Modal
      open
      title={t('admin.departments.addChildTitle', { name: parent.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="departmentCreate"
        form={form}
        layout="vertical"
        initialValues={{ kind: parent.kind === 'body' ? 'department' : parent.kind }}
        onFinish={(v) => {
          setErrorText(null);
          create.mutate(v);
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
          <Select options={CHILD_DEPARTMENT_KIND_OPTIONS} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('admin.departments.sortOrder')}>
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
