import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select, Switch } from 'antd';
import type { Role } from '../../shared/roles.js';
import { usersApi } from '../api/admin.js';
import type { User } from '../api/types.js';
import { t } from '../i18n/index.js';
import { DepartmentTreeSelect } from './DepartmentTreeSelect.js';
import { applyApiError } from './formErrors.js';
import { passwordRules } from './passwordRule.js';
import { ROLE_OPTIONS } from './RoleTags.js';

interface Values {
  username: string;
  name: string;
  password: string;
  departmentId: string;
  roles: Role[];
  active: boolean;
}

const FIELDS = ['username', 'name', 'password', 'departmentId', 'roles', 'active'];
const CODE_FIELDS = { USERNAME_TAKEN: 'username', WEAK_PASSWORD: 'password' };

/** Create a user (no `user`) or edit one. */
export function UserFormModal({ user, onClose }: { user?: User; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [errorText, setErrorText] = useState<string | null>(null);
  const editing = user !== undefined;

  const save = useMutation({
    mutationFn: (v: Values) =>
      editing
        ? usersApi.update(user.id, {
            name: v.name.trim(),
            departmentId: v.departmentId,
            roles: v.roles,
            active: v.active,
          })
        : usersApi.create({
            username: v.username.trim(),
            name: v.name.trim(),
            password: v.password,
            departmentId: v.departmentId,
            roles: v.roles,
          }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      void message.success(editing ? t('common.saved') : t('common.created'));
      onClose();
    },
    onError: (error) => setErrorText(applyApiError(form, error, { fields: FIELDS, codeFields: CODE_FIELDS })),
  });

  const required = (key: Parameters<typeof t>[0]) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: t(key) }),
  });

  return (
    <Modal
      open
      title={editing ? t('admin.users.edit') : t('admin.users.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={560}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="userForm"
        form={form}
        layout="vertical"
        initialValues={
          user
            ? {
                username: user.username,
                name: user.name,
                departmentId: user.departmentId,
                roles: user.roles,
                active: user.active,
              }
            : { roles: [], active: true }
        }
        onFinish={(v) => {
          setErrorText(null);
          save.mutate(v);
        }}
      >
        <Form.Item
          name="username"
          label={t('admin.users.username')}
          rules={editing ? [] : [required('admin.users.username')]}
        >
          <Input disabled={editing} autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item name="name" label={t('admin.users.name')} rules={[required('admin.users.name')]}>
          <Input maxLength={64} />
        </Form.Item>
        {!editing && (
          <Form.Item
            name="password"
            label={t('admin.users.password')}
            rules={passwordRules}
            extra={t('common.passwordRule')}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item
          name="departmentId"
          label={t('admin.users.department')}
          rules={[
            { required: true, message: t('common.requiredSelect', { field: t('admin.users.department') }) },
          ]}
        >
          <DepartmentTreeSelect />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('admin.users.roles')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('common.requiredSelect', { field: t('admin.users.roles') }),
            },
          ]}
        >
          <Select mode="multiple" options={ROLE_OPTIONS} allowClear />
        </Form.Item>
        {editing && (
          <Form.Item name="active" label={t('admin.users.active')} valuePropName="checked">
            <Switch
              checkedChildren={t('status.account.active')}
              unCheckedChildren={t('status.account.inactive')}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
