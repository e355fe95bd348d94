import type { FormRule } from 'antd';
import { t } from '../i18n/index.js';

/** The server's rule (WEAK_PASSWORD): at least 8 characters with both letters and digits. */
export const PASSWORD_PATTERN = /^(?=.*[A-Za-z])(?=.*\d).{8,}$/;

export const passwordRules: FormRule[] = [
  { required: true, message: t('common.passwordRule') },
  { pattern: PASSWORD_PATTERN, message: t('common.passwordRule') },
];

/** Rules for a "confirm password" field that must equal `field`. */
export function confirmRules(field: string): FormRule[] {
  return [
    { required: true, message: t('common.passwordMismatch') },
    ({ getFieldValue }) => ({
      validator: (_rule, value) =>
        value === getFieldValue(field)
          ? Promise.resolve()
          : Promise.reject(new Error(t('common.passwordMismatch'))),
    }),
  ];
}
