import { InputNumber, type InputNumberProps } from 'antd';
import { t } from '../i18n/index.js';

/** Thousands separators in the integer part: 1234567.5 → 1,234,567.50 (as typed while typing). */
function display(v: number | string | undefined, info: { userTyping: boolean; input: string }): string {
  if (info.userTyping) return info.input;
  if (v === undefined || v === '' || Number.isNaN(Number(v))) return '';
  const [whole = '', cents = '00'] = Number(v).toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** An amount in 元: ¥ prefix, two decimals, thousands separators (shown once typed). */
export function MoneyInput(props: InputNumberProps<number>) {
  return (
    <InputNumber<number>
      min={0}
      precision={2}
      prefix={t('cases.records.moneyPrefix')}
      formatter={display}
      parser={(v) => Number((v ?? '').replace(/,/g, ''))}
      style={{ width: '100%' }}
      {...props}
    />
  );
}
