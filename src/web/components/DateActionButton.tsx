import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, Button, DatePicker, Popover, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { t } from '../i18n/index.js';
import { errorText } from './formErrors.js';

interface Props<R> {
  /** The button's text. */
  label: string;
  /** The popover's title. */
  title: string;
  /** The date field's accessible name. */
  dateLabel: string;
  /** The earliest date allowed (`YYYY-MM-DD`); never later than today. */
  notBefore?: string;
  submit: (date: string) => Promise<R>;
  onDone: (result: R) => void | Promise<void>;
}

/** A link button that asks for one date (today by default, never in the future) and sends it. */
export function DateActionButton<R>({ label, title, dateLabel, notBefore, submit, onDone }: Props<R>) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState<Dayjs | null>(dayjs());
  const send = useMutation({
    mutationFn: submit,
    onSuccess: async (result) => {
      await onDone(result);
      setOpen(false);
    },
    onError: (error) => void message.error(errorText(error)),
  });
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={title}
      content={
        <Space>
          <DatePicker
            value={date}
            onChange={setDate}
            format="YYYY-MM-DD"
            aria-label={dateLabel}
            disabledDate={(d) =>
              d.isAfter(dayjs(), 'day') || (notBefore !== undefined && d.isBefore(dayjs(notBefore), 'day'))
            }
          />
          <Button
            type="primary"
            loading={send.isPending}
            disabled={!date}
            onClick={() => date && send.mutate(date.format('YYYY-MM-DD'))}
          >
            {t('common.confirm')}
          </Button>
        </Space>
      }
    >
      <Button size="small" type="link">
        {label}
      </Button>
    </Popover>
  );
}
