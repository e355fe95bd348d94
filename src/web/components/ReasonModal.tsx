import { useState, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { t } from '../i18n/index.js';
import { applyApiError } from './formErrors.js';

interface Props<T> {
  title: string;
  /** What the action means, shown above the field. */
  hint?: ReactNode;
  label: string;
  okText?: string;
  danger?: boolean;
  maxLength?: number;
  /** The call; the modal shows its errors (the typed reason stays) and closes on success. */
  submit: (reason: string) => Promise<T>;
  onDone: (result: T) => void | Promise<void>;
  onClose: () => void;
}

/** A dialog that asks for one reason and sends it (extensions, disputes, declared conflicts…). */
export function ReasonModal<T>({
  title,
  hint,
  label,
  okText,
  danger,
  maxLength = 2000,
  submit,
  onDone,
  onClose,
}: Props<T>) {
  const [form] = Form.useForm<{ reason: string }>();
  const [errorText, setErrorText] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (reason: string) => submit(reason),
    onSuccess: async (result) => {
      await onDone(result);
      onClose();
    },
    onError: (error) => setErrorText(applyApiError(form, error, { fields: ['reason'] })),
  });
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('common.confirm')}
      okButtonProps={{ danger }}
      cancelText={t('common.cancel')}
      confirmLoading={send.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={560}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      {hint && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
          {hint}
        </Typography.Paragraph>
      )}
      <Form
        name="reasonForm"
        form={form}
        layout="vertical"
        onFinish={(v) => {
          setErrorText(null);
          send.mutate(v.reason.trim());
        }}
      >
        <Form.Item
          name="reason"
          label={label}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: label }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={maxLength} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
