import { describe, expect, it } from 'vitest';
import {
  amountInputText,
  amountInputValue,
  chineseAmount,
  formatAmount,
  formatCents,
  formatYuan,
} from '../src/shared/money.js';

/** One format for money everywhere (issue 14): src/shared/money.ts. */
describe('money in text', () => {
  it('prints 元 with two decimals and thousands separators, never ¥ with 元', () => {
    expect(formatYuan(300000)).toBe('300,000.00 元');
    expect(formatYuan(1234.56)).toBe('1,234.56 元');
    expect(formatYuan(0.05)).toBe('0.05 元');
    expect(formatYuan(0)).toBe('0.00 元');
    expect(formatYuan(999.995)).toBe('1,000.00 元');
    expect(formatYuan(1.005)).toBe('1.01 元');
    expect(formatYuan(-1234.5)).toBe('-1,234.50 元');
    expect(formatYuan(10000000.01)).toBe('10,000,000.01 元');
    expect(formatCents(123456)).toBe('1,234.56 元');
    expect(formatAmount(1234567.5)).toBe('1,234,567.50');
    expect(formatYuan(300000)).not.toContain('¥');
  });
});

describe('Chinese capital amounts (大写金额)', () => {
  it.each([
    [0, '零元整'],
    [0.05, '伍分'],
    [0.5, '伍角'],
    [10, '壹拾元整'],
    [16, '壹拾陆元整'],
    [100.5, '壹佰元伍角'],
    [1001, '壹仟零壹元整'],
    [1680.32, '壹仟陆佰捌拾元叁角贰分'],
    [325.04, '叁佰贰拾伍元零肆分'],
    [100000, '壹拾万元整'],
    [100010, '壹拾万零壹拾元整'],
    [107000.53, '壹拾万柒仟元伍角叁分'],
    [300000, '叁拾万元整'],
    [1234.56, '壹仟贰佰叁拾肆元伍角陆分'],
    [10000000.01, '壹仟万元零壹分'],
    [100000000, '壹亿元整'],
    [100000001, '壹亿零壹元整'],
    [6007.14, '陆仟零柒元壹角肆分'],
  ])('%s → %s', (amount, capitals) => {
    expect(chineseAmount(amount)).toBe(capitals);
  });

  it('refuses what it cannot write', () => {
    expect(() => chineseAmount(Number.NaN)).toThrow(RangeError);
    expect(() => chineseAmount(1e12)).toThrow(RangeError);
  });
});

describe('amount inputs', () => {
  it('show separators once typed and read them back as plain numbers', () => {
    expect(amountInputText(300000)).toBe('300,000.00');
    expect(amountInputText('1234.5')).toBe('1,234.50');
    expect(amountInputText(undefined)).toBe('');
    expect(amountInputText(300000, { userTyping: true, input: '3000' })).toBe('3000');
    expect(amountInputValue('300,000.00')).toBe('300000.00');
    expect(amountInputValue('¥ 1,234.56 元')).toBe('1234.56');
    expect(amountInputValue('')).toBe('');
    expect(amountInputValue(undefined)).toBe('');
  });
});
