import dayjs, { type Dayjs } from 'dayjs';
import { t } from '../../../../i18n/index.js';

/** Form rules and value helpers shared by the dialogs of 送达执行. */
export const requiredText = (field: string) => ({
  required: true,
  whitespace: true,
  message: t('common.required', { field }),
});

export const requiredDate = (field: string) => ({
  required: true,
  message: t('common.requiredSelect', { field }),
});

export const requiredChoice = requiredDate;

export const requiredNumber = (field: string) => ({
  required: true,
  type: 'number' as const,
  message: t('common.required', { field }),
});

/** DatePicker `disabledDate`: no day after today (the API refuses future dates). */
export const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/** `{ [key]: trimmed }` when something was typed, else nothing (optional body fields). */
export function optionalText<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  const v = value?.trim();
  return (v ? { [key]: v } : {}) as { [P in K]?: string };
}

export const isoDate = (d: Dayjs) => d.format('YYYY-MM-DD');
