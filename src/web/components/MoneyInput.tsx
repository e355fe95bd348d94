import { InputNumber, type InputNumberProps } from 'antd';
import { amountInputText, amountInputValue } from '../../shared/money.js';
import { t } from '../i18n/index.js';

/**
 * An amount in 元: two decimals, thousands separators once typed (1,234,567.50), 元 beside it — the
 * shared money format (src/shared/money.ts). The parser hands the input the plain number text, as
 * antd's own examples do: empty text is no value (not 0).
 */
export function MoneyInput(props: InputNumberProps<number>) {
  return (
    <InputNumber<number>
      min={0}
      precision={2}
      suffix={t('cases.records.moneyUnit')}
      formatter={amountInputText}
      parser={(text) => amountInputValue(text) as unknown as number}
      style={{ width: '100%' }}
      {...props}
    />
  );
}
