import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { usersApi } from '../api/admin.js';
import type { User } from '../api/types.js';
import { t } from '../i18n/index.js';
import { applyApiError } from './formErrors.js';
import { confirmRules, passwordRules } from './passwordRule.js';

interface Values {
  newPassword: string;
  confirmPassword: string;
}

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [errorText, setErrorText] = useState<string | null>(null);

  const reset = useMutation({
    mutationFn: (v: Values) => usersApi.resetPassword(user.id, v.newPassword),
    onSuccess: () => {
      void message.success(t('admin.users.resetPasswordDone'));
      onClose();
    },
    onError: (error) =>
      setErrorText(
        applyApiError(form, error, { fields: ['newPassword'], codeFields: { WEAK_PASSWORD: 'newPassword' } }),
      ),
  });

  return (
    <Modal
      open
      title={t('admin.users.resetPasswordTitle', {
        name: t('common.userLabel', { name: user.name, username: user.username }),
      })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="resetPassword"
        form={form}
        layout="vertical"
        onFinish={(v) => {
          setErrorText(null);
          reset.mutate(v);
        }}
      >
        <Form.Item
          name="newPassword"
          label={t('admin.users.newPassword')}
          rules={passwordRules}
          extra={t('common.passwordRule')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('admin.users.confirmPassword')}
          dependencies={['newPassword']}
          rules={confirmRules('newPassword')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
