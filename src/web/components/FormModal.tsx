import { useState, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Modal, Typography, type FormInstance } from 'antd';
import { t } from '../i18n/index.js';
import { applyApiError } from './formErrors.js';

interface Props<V, R> {
  title: ReactNode;
  /** The form's name (prefix of the field ids). */
  name: string;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  /** Top-level field names: server messages for them go next to the field, the rest to the summary. */
  fields: readonly string[];
  /** Error codes that belong to one field. */
  codeFields?: Record<string, string>;
  /** What the action means, shown above the fields. */
  hint?: ReactNode;
  okText?: string;
  width?: number;
  /** The call; errors are shown in the dialog (what was typed stays) and it closes on success. */
  submit: (values: V) => Promise<R>;
  /** Extra lines under the error summary (e.g. the items a 409 lists). */
  errorDetail?: (error: unknown) => ReactNode;
  onDone: (result: R) => void | Promise<void>;
  onClose: () => void;
  children: ReactNode;
}

/** A dialog with a form that sends one request: the shape of every "登记…" dialog. */
export function FormModal<V, R>({
  title,
  name,
  form,
  initialValues,
  fields,
  codeFields,
  hint,
  okText,
  width = 600,
  submit,
  errorDetail,
  onDone,
  onClose,
  children,
}: Props<V, R>) {
  const [failure, setFailure] = useState<{ text: string; detail: ReactNode } | null>(null);
  const send = useMutation({
    mutationFn: submit,
    onSuccess: async (result) => {
      await onDone(result);
      onClose();
    },
    onError: (error) => {
      const text = applyApiError(form, error, { fields, codeFields });
      setFailure(text === null ? null : { text, detail: errorDetail?.(error) ?? null });
    },
  });
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={send.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={width}
      styles={{ body: { maxHeight: 'calc(100vh - 260px)', overflowY: 'auto', paddingRight: 8 } }}
    >
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure.text}
          description={failure.detail ?? undefined}
          style={{ marginBottom: 16 }}
          role="alert"
        />
      )}
      {hint && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
          {hint}
        </Typography.Paragraph>
      )}
      <Form<V>
        name={name}
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => {
          setFailure(null);
          send.mutate(v);
        }}
      >
        {children}
      </Form>
    </Modal>
  );
}
