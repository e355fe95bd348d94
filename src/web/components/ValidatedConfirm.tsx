import { useState, type ReactNode } from 'react';
import { Button, Popconfirm, type ButtonProps } from 'antd';
import { t } from '../i18n/index.js';

interface Props extends Omit<ButtonProps, 'onClick' | 'title'> {
  /** The question asked before the action. */
  title: ReactNode;
  description?: ReactNode;
  /** Checks the form: rejects (and shows the messages next to the fields) when something is wrong. */
  validate: () => Promise<unknown>;
  onConfirm: () => void;
  children: ReactNode;
}

/**
 * A form's submit button that asks for confirmation only once the form is valid: a wrong or missing
 * field is shown next to the field first, not after the person has already said 确定.
 */
export function ValidatedConfirm({
  title,
  description,
  validate,
  onConfirm,
  disabled,
  loading,
  children,
  ...button
}: Props) {
  const [open, setOpen] = useState(false);
  const [checking, setChecking] = useState(false);
  const ask = async () => {
    setChecking(true);
    try {
      await validate();
      setOpen(true);
    } catch {
      // the form shows what is wrong next to the fields
    } finally {
      setChecking(false);
    }
  };
  return (
    <Popconfirm
      open={open}
      title={title}
      description={description}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      disabled={disabled}
      // the button opens it after validation; a click outside or Escape closes it
      onOpenChange={(next) => {
        if (!next) setOpen(false);
      }}
      onCancel={() => setOpen(false)}
      onConfirm={() => {
        setOpen(false);
        onConfirm();
      }}
    >
      <Button
        {...button}
        disabled={disabled}
        loading={loading === true || checking}
        onClick={() => void ask()}
      >
        {children}
      </Button>
    </Popconfirm>
  );
}
