/**
 * Money, one way everywhere (server texts, documents, the web): amounts in 元 with two decimals and
 * thousands separators — 1,234.56 元 in text (never ¥ together with 元), 1,234.56 in an input whose
 * unit is 元 — and, where a document needs it, the amount in Chinese capitals (大写金额:
 * 壹仟贰佰叁拾肆元伍角陆分), written after 《正确填写票据和结算凭证的基本规定》.
 */

/** An amount in whole cents, rounded half away from zero (1.005 is 101 cents, not 100.4999…). */
const centsOf = (amount: number): number =>
  Math.round(Number((Math.abs(amount) * 100).toFixed(6))) * (amount < 0 ? -1 : 1);

/** 1234.56 → 1,234.56; 300000 → 300,000.00; -5 → -5.00. */
export function formatAmount(amount: number): string {
  const cents = Math.abs(centsOf(amount));
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 && cents > 0 ? '-' : ''}${whole}.${String(cents % 100).padStart(2, '0')}`;
}

/** Money in text: 1234.56 → 1,234.56 元. */
export function formatYuan(amount: number): string {
  return `${formatAmount(amount)} 元`;
}

/** Money kept in cents (the execution module's ledgers) in text: 123456 → 1,234.56 元. */
export function formatCents(cents: number): string {
  return formatYuan(Math.round(cents) / 100);
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const PLACES = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿'];

/** 0–9999 in capitals, a zero inside written once: 1001 → 壹仟零壹, 10 → 壹拾 (never 拾 alone). */
function groupText(n: number): string {
  let out = '';
  let zero = false;
  for (let place = 3; place >= 0; place -= 1) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      zero = out !== '';
      continue;
    }
    out += `${zero ? '零' : ''}${DIGITS[digit] ?? ''}${PLACES[place] ?? ''}`;
    zero = false;
  }
  return out;
}

/** The whole 元 in capitals by groups of four digits (万, 亿): 100010 → 壹拾万零壹拾. */
function wholeText(n: number): string {
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  let out = '';
  let zero = false;
  for (let i = groups.length - 1; i >= 0; i -= 1) {
    const group = groups[i] ?? 0;
    if (group === 0) {
      zero = out !== '';
      continue;
    }
    if (out !== '' && (zero || group < 1000)) out += '零';
    out += `${groupText(group)}${GROUPS[i] ?? ''}`;
    zero = false;
  }
  return out;
}

/**
 * An amount in Chinese capitals (大写金额): 0 → 零元整, 0.05 → 伍分, 10 → 壹拾元整, 100.5 → 壹佰元伍角,
 * 1001 → 壹仟零壹元整, 300000 → 叁拾万元整, 1234.56 → 壹仟贰佰叁拾肆元伍角陆分,
 * 10000000.01 → 壹仟万元零壹分. 整 after 元, none after 角 or 分; 零 before 分 when 角 is zero.
 * Amounts below a trillion (10^12) 元; a negative one is prefixed 负.
 */
export function chineseAmount(amount: number): string {
  if (!Number.isFinite(amount) || Math.abs(amount) >= 1e12)
    throw new RangeError(`amount out of range: ${amount}`);
  const cents = Math.abs(centsOf(amount));
  const whole = Math.floor(cents / 100);
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  const sign = amount < 0 && cents > 0 ? '负' : '';
  if (cents === 0) return '零元整';
  const yuan = whole > 0 ? `${wholeText(whole)}元` : '';
  if (jiao === 0 && fen === 0) return `${sign}${yuan}整`;
  const jiaoText = jiao > 0 ? `${DIGITS[jiao] ?? ''}角` : '';
  const fenText = fen > 0 ? `${jiao === 0 && yuan !== '' ? '零' : ''}${DIGITS[fen] ?? ''}分` : '';
  return `${sign}${yuan}${jiaoText}${fenText}`;
}

/**
 * An amount as an input shows it (its unit, 元, beside it): 1234567.5 → 1,234,567.50; '' for none.
 * While the person types, what they typed is kept as it is.
 */
export function amountInputText(
  value: number | string | undefined,
  info: { userTyping: boolean; input: string } = { userTyping: false, input: '' },
): string {
  if (info.userTyping) return info.input;
  if (value === undefined || value === '' || !Number.isFinite(Number(value))) return '';
  return formatAmount(Number(value));
}

/** What was typed into an amount input as plain number text: separators, spaces, ¥ and 元 dropped. */
export function amountInputValue(text: string | undefined): string {
  return (text ?? '').replace(/[,，\s¥￥元]/g, '');
}
