import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { authApi } from '../api/admin.js';
import { setCsrfToken } from '../api/client.js';
import type { SessionResponse } from '../api/types.js';
import { SESSION_KEY } from '../auth/session.js';
import { t } from '../i18n/index.js';
import { applyApiError } from './formErrors.js';
import { confirmRules, passwordRules } from './passwordRule.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 修改密码: the server answers with a new CSRF token (the session is rotated). */
export function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [errorText, setErrorText] = useState<string | null>(null);

  const change = useMutation({
    mutationFn: (v: Values) => authApi.changePassword(v.currentPassword, v.newPassword),
    onSuccess: (result) => {
      setCsrfToken(result.csrfToken);
      queryClient.setQueryData<SessionResponse>(SESSION_KEY, (old) =>
        old ? { ...old, csrfToken: result.csrfToken } : old,
      );
      void message.success(t('admin.password.done'));
      onClose();
    },
    onError: (error) => {
      setErrorText(
        applyApiError(form, error, {
          fields: ['currentPassword', 'newPassword'],
          codeFields: { WRONG_PASSWORD: 'currentPassword', WEAK_PASSWORD: 'newPassword' },
        }),
      );
    },
  });

  return (
    <Modal
      open
      title={t('admin.password.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="changePassword"
        form={form}
        layout="vertical"
        onFinish={(v) => {
          setErrorText(null);
          change.mutate(v);
        }}
      >
        <Form.Item
          name="currentPassword"
          label={t('admin.password.current')}
          rules={[{ required: true, message: t('common.required', { field: t('admin.password.current') }) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('admin.password.next')}
          rules={passwordRules}
          extra={t('common.passwordRule')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('admin.password.confirm')}
          dependencies={['newPassword']}
          rules={confirmRules('newPassword')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
